#!/usr/bin/env bash
# Takes the README screenshots: the app on the seeds, zoomed to the attack week, the
# 17 September 2024 attack selected with its four sources open (the dates two of them take
# from the others accepted: --accept-suggestions), in the English interface
# (docs/screenshot.png) and in the Arabic one (docs/screenshot-ar.png).
# Needs: apt-get install xvfb imagemagick libgl1-mesa-dri libegl1
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1500x920x24 >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $xvfb $app 2>/dev/null || true' EXIT
sleep 1
for lang in ar en; do
  target/release/tarikh seeds --lang "$lang" --accept-suggestions --zoom week --select "attack on gendarmerie" &
  app=$!
  sleep "${WAIT:-4}"
  out=docs/screenshot.png
  [ "$lang" = ar ] && out=docs/screenshot-ar.png
  import -window root "$out"
  kill "$app"
  wait "$app" 2>/dev/null || true
  echo "wrote $out"
done
# (English last: the app remembers the language of its last run)
