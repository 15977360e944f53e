#!/usr/bin/env bash
# Takes the README screenshot: the app on the seeds, zoomed to the attack week, the
# 17 September 2024 attack selected with its four sources open.
# Needs: apt-get install xvfb imagemagick libgl1-mesa-dri libegl1
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1500x920x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb $app 2>/dev/null || true' EXIT
sleep 1
target/release/tarikh --zoom week --select "attack on gendarmerie" &
app=$!
sleep "${WAIT:-4}"
import -window root docs/screenshot.png
echo "wrote docs/screenshot.png"
