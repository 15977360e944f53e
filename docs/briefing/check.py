#!/usr/bin/env python3
"""Opens the seeds' briefing, as exported by Tarikh, in headless Chromium and checks that the
Arabic quotes are laid out right to left.

`tarikh export --format briefing` writes the page (one self-contained HTML file). A copy with a
small checking script appended is opened at the slide of the 17 September 2024 attack; for
every quote on that slide the script reads the computed direction and alignment and the screen
position of each word, and checks that the first line starts at the right edge with the
quote's first word and reads leftwards. The network is switched off (an unreachable proxy), so
the page must need nothing from outside. A screenshot of the slide is written beside this
script (chromium.png). The same is done for the page in the Arabic interface's language
(`--lang ar`: the whole page right to left, dates `17 سبتمبر 2024`), screenshot chromium-ar.png.

Needs: apt-get install chromium; a release build (cargo build --release).
Run: python3 docs/briefing/check.py   (exit code 1 when a check fails)
"""
import html, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARIKH = os.path.join(ROOT, "target", "release", "tarikh")

CHECK = """<pre id="check" style="display:none"></pre>
<script>
document.fonts.ready.then(() => {
  const slide = [...document.querySelectorAll('.slide')].find(s => s.querySelector('h2').textContent.startsWith('Attack on gendarmerie'));
  show(slides.indexOf(slide));
  const quotes = [...slide.querySelectorAll('blockquote')].map(q => {
    const node = q.firstChild, text = node.textContent, words = [];
    const re = /\\S+/g; let m;
    while ((m = re.exec(text)) !== null) {
      const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
      const b = r.getClientRects()[0];
      words.push({w: m[0], top: Math.round(b.top), left: b.left, right: b.right});
    }
    const st = getComputedStyle(q), box = q.getBoundingClientRect();
    return {direction: st.direction, align: st.textAlign, right: box.right, fontLoaded: document.fonts.check('28px "Noto Naskh Arabic"'), words};
  });
  const page = {direction: getComputedStyle(document.body).direction, date: slide.querySelector('.date').textContent};
  document.getElementById('check').textContent = JSON.stringify({slide: slide.id, title: slide.querySelector('h2').textContent, quotes, page});
});
</script>
"""

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--proxy-server=127.0.0.1:9", "--allow-file-access-from-files",
         "--virtual-time-budget=4000"]


def check(lang, shot_name, failures):
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "briefing.html")
        subprocess.run([TARIKH, "export", "--format", "briefing", "--lang", lang, os.path.join(ROOT, "seeds"), "-o", page], check=True)
        text = open(page, encoding="utf-8").read()
        checked = os.path.join(tmp, "checked.html")
        open(checked, "w", encoding="utf-8").write(text.replace("</body>", CHECK + "</body>"))
        flags = FLAGS + [f"--user-data-dir={tmp}/profile"]
        dom = subprocess.run(["chromium", *flags, "--dump-dom", "file://" + checked], capture_output=True, text=True, check=True).stdout
        tag = '<pre id="check" style="display:none">'
        start = dom.index(tag) + len(tag)
        result = json.loads(html.unescape(dom[start:dom.index("</pre>", start)]))
        shot = os.path.join(HERE, shot_name)
        subprocess.run(["chromium", *flags, "--window-size=1280,800", f"--screenshot={shot}", f"file://{page}#{result['slide']}"], capture_output=True)
    print(f"[{lang}] slide {result['slide']}: {result['title']}; page {result['page']['direction']}, date «{result['page']['date']}»")
    want_dir = "rtl" if lang == "ar" else "ltr"
    if result["page"]["direction"] != want_dir:
        failures.append(f"[{lang}] page direction {result['page']['direction']}")
    if lang == "ar" and "سبتمبر" not in result["page"]["date"]:
        failures.append(f"[{lang}] date not in Arabic")
    if not result["quotes"]:
        failures.append(f"[{lang}] no quote on the slide")
    for k, q in enumerate(result["quotes"], 1):
        words = q["words"]
        first_top = min(w["top"] for w in words)
        line1 = [w for w in words if abs(w["top"] - first_top) < 8]
        lefts = [w["left"] for w in line1]
        ok_dir = q["direction"] == "rtl" and q["align"] in ("right", "start")
        ok_start = abs(line1[0]["right"] - q["right"]) < 2.0
        ok_order = all(a > b for a, b in zip(lefts, lefts[1:]))
        print(f"  quote {k}: direction {q['direction']}, align {q['align']}, font loaded {q['fontLoaded']}, "
              f"first word at the right edge {ok_start}, line 1 reads right to left {ok_order}")
        print(f"    line 1, right to left: {' '.join(w['w'] for w in line1)}")
        if not (ok_dir and ok_start and ok_order and q["fontLoaded"]):
            failures.append(f"[{lang}] quote {k}")
    print(f"  screenshot: {os.path.relpath(shot, ROOT)}")


def main():
    failures = []
    check("en", "chromium.png", failures)
    check("ar", "chromium-ar.png", failures)
    print("the Arabic quotes read right to left" if not failures else "FAILED: " + ", ".join(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
