#!/usr/bin/env python3
"""Compares Tarikh's bidi layout with Chromium's, line by line.

For each test text, Chromium lays it out with dir="rtl" in the bundled Noto Naskh Arabic at
the same size and width as Tarikh; a script in the page reads every word's position and
lists each line's words from left to right. `tarikh-dev bidi-lines` prints the same for Tarikh
(egui font measurement, our UAX #9 module). The two are compared line by line; a screenshot
of Chromium's rendering is written beside this script (chromium.png); `tarikh-dev bidi-demo` shows
the same texts as the app draws them (tarikh.png, taken under Xvfb by this script when
Xvfb is installed).

Needs: apt-get install chromium; a release build (cargo build --release).
Run: python3 docs/bidi/compare.py   (exit code 1 when a line differs)
"""
import base64, json, os, subprocess, sys, tempfile, html

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FONT = os.path.join(ROOT, "assets", "fonts", "NotoNaskhArabic-Regular.ttf")
TARIKH = os.path.join(ROOT, "target", "release", "tarikh-dev")
SIZE = 17
CASES = [
    ("city and year", 400, "باماكو 2024"),
    ("acronym in brackets", 600, "جماعة نصرة الإسلام والمسلمين (JNIM)، التابعة لتنظيم القاعدة"),
    ("date and time", 700, "وأشار البيان إلى أن إطلاق النار بدأ في 17 سبتمبر 2024 حوالي الساعة 05:30 بتوقيت غرينتش، وامتد إلى عدة أحياء في العاصمة."),
    ("long paragraph, narrow", 260, "أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، أنه تمكن من إحباط هجوم إرهابي استهدف مجمعاً تابعاً لقوات الدرك في العاصمة باماكو، مؤكداً أن الوضع بات تحت السيطرة."),
]

PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: naskh; src: url("data:font/ttf;base64,{font}"); }}
body {{ margin: 10px; background: white; }}
.t {{ font-family: naskh; font-size: {size}px; line-height: 1.7; margin: 0 0 18px 0; border: 1px solid #ccc; }}
</style></head><body>
{divs}
<pre id="out" style="display:none"></pre>
<script>
function wordsOf(div) {{
  const node = div.firstChild, text = node.textContent, out = [];
  const re = /\\S+/g; let m;
  while ((m = re.exec(text)) !== null) {{
    const w = m[0].replace(/^[^\\p{{L}}\\p{{N}}\\p{{M}}]+|[^\\p{{L}}\\p{{N}}\\p{{M}}]+$/gu, "");
    if (!w) continue;
    const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    const b = r.getClientRects()[0];
    out.push({{w: w, top: Math.round(b.top), left: b.left}});
  }}
  const lines = {{}};
  for (const o of out) {{ const k = Object.keys(lines).find(t => Math.abs(t - o.top) < 8); (lines[k ?? o.top] ??= []).push(o); }}
  return Object.keys(lines).map(Number).sort((a, b) => a - b).map(t => lines[t].sort((a, b) => a.left - b.left).map(o => o.w));
}}
document.fonts.load("{size}px naskh").then(() => document.fonts.ready).then(() => {{
  if (!document.fonts.check("{size}px naskh")) {{ document.getElementById("out").textContent = "FONT NOT LOADED"; return; }}
  document.getElementById("out").textContent = JSON.stringify([...document.querySelectorAll(".t")].map(wordsOf));
}});
</script></body></html>"""


def chromium_lines(tmp):
    divs = "\n".join(f'<div class="t" dir="rtl" style="width:{w}px">{html.escape(t)}</div>' for _, w, t in CASES)
    page = os.path.join(tmp, "bidi.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(PAGE.format(font=base64.b64encode(open(FONT, 'rb').read()).decode(), size=SIZE, divs=divs))
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp}/profile", "--allow-file-access-from-files", "--virtual-time-budget=3000"]
    dom = subprocess.run(["chromium", *flags, "--dump-dom", "file://" + page], capture_output=True, text=True, check=True).stdout
    tag = '<pre id="out" style="display:none">'
    start = dom.index(tag) + len(tag)
    raw = html.unescape(dom[start:dom.index("</pre>", start)])
    shot = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chromium.png")
    subprocess.run(["chromium", *flags, "--window-size=800,700", f"--screenshot={shot}", "file://" + page], capture_output=True)
    return json.loads(raw)


def tarikh_lines():
    out = []
    for _, w, t in CASES:
        res = subprocess.run([TARIKH, "bidi-lines", "--width", str(w), "--size", str(SIZE), t], capture_output=True, text=True, check=True)
        out.append(json.loads(res.stdout)[0])
    return out


def tarikh_screenshot():
    """The app's rendering of the same texts, under Xvfb (skipped when Xvfb is missing)."""
    if subprocess.run(["which", "Xvfb"], capture_output=True).returncode != 0:
        return
    env = dict(os.environ, DISPLAY=":96")
    xvfb = subprocess.Popen(["Xvfb", ":96", "-screen", "0", "800x700x24"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import time
        time.sleep(1)
        demo = subprocess.Popen([TARIKH, "bidi-demo"], env=env)
        time.sleep(3)
        shot = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tarikh.png")
        subprocess.run(["import", "-window", "root", shot], env=env)
        demo.kill()
    finally:
        xvfb.kill()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = tarikh_lines(), chromium_lines(tmp)
    tarikh_screenshot()
    failed = False
    for (name, width, _), a, b in zip(CASES, ours, theirs):
        print(f"== {name} (width {width}px)")
        reading_a = [w for line in a for w in reversed(line)]
        reading_b = [w for line in b for w in reversed(line)]
        for k in range(max(len(a), len(b))):
            la = a[k] if k < len(a) else []
            lb = b[k] if k < len(b) else []
            ok = la == lb
            failed |= not ok
            print(f"  line {k + 1}: {'same' if ok else 'DIFFERS'}")
            print(f"    tarikh:   {' | '.join(la)}")
            if not ok:
                print(f"    chromium: {' | '.join(lb)}")
        if reading_a != reading_b:
            failed = True
            print("  reading order DIFFERS")
    print("all lines match Chromium" if not failed else "some lines differ from Chromium")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
