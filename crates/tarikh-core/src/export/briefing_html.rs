//! A briefing as one self-contained HTML page: no network access needed (the Arabic font is
//! embedded), one slide at a time with ←/→, Home/End (or every slide one after another when
//! printed). The browser lays the Arabic quotes out right to left (`dir="rtl"`).

use crate::explore::format::{event_when_label, outlet_label, published_label};
use crate::explore::timeline::to_x;
use crate::explore::Explorer;
use crate::i18n::Lang;

use super::escape;

/// The app's colours in its dark theme (egui's): the slide's background, strong and weak text.
const BACKGROUND: &str = "#0a0a0a";
const STRONG: &str = "#ffffff";
const TEXT: &str = "#8c8c8c";
const WEAK: &str = "#606060";

/// Standard base64 (RFC 4648) of `bytes`, as a `data:` URL wants it.
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The strip of the whole story as inline SVG, slide `k` marked.
fn strip(xs: &[f64], k: usize, current: &str) -> String {
    let (lo, hi) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| (a.min(v), b.max(v)));
    let pos = |v: f64| 20.0 + (v - lo) / (hi - lo).max(1e-9) * 960.0;
    let mut svg = String::from(
        r##"<svg class="strip" viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true"><line x1="10" y1="20" x2="990" y2="20" stroke="#888" stroke-width="2"/>"##,
    );
    for (j, &v) in xs.iter().enumerate() {
        let (r, fill) = if j == k { (9, current) } else { (4, WEAK) };
        svg.push_str(&format!(r#"<circle cx="{:.1}" cy="20" r="{r}" fill="{fill}"/>"#, pos(v)));
    }
    svg.push_str("</svg>");
    svg
}

/// A small map of the event's place as inline SVG (nothing fetched), marked as precisely as
/// the sources place it; nothing when the event names no place the map knows.
fn slide_map(x: &Explorer, i: usize, lang: Lang) -> String {
    let Some(loc) = x.locations.get(i).copied().flatten() else { return String::new() };
    let geo = crate::geo::Geography::builtin();
    let name = loc.place.map(|p| geo.places.all[p as usize].name.as_str()).unwrap_or("");
    let label = x.corpus.lexicon.gazetteer.display_name(name, lang);
    format!(
        "<figure class=\"map\">{}</figure>\n",
        crate::geo::svg::map_svg(geo, Some(&loc), label, &x.events[i].event_type.css(), [360.0, 270.0])
    )
}

/// The HTML page of the briefing `slides` (event indices, in order), its own words in `lang`
/// (an Arabic page runs right to left).
pub fn to_html(x: &Explorer, slides: &[usize], lang: Lang) -> String {
    let xs: Vec<f64> = slides.iter().map(|&i| x.events[i].when.map(|w| to_x(w.start)).unwrap_or(0.0)).collect();
    let mut body = String::new();
    for (k, &i) in slides.iter().enumerate() {
        let e = &x.events[i];
        body.push_str(&format!("<section class=\"slide\" id=\"s{}\" data-event=\"{}\">\n", k + 1, escape(&e.id)));
        body.push_str(&format!(
            "<p class=\"count\">{}</p>\n",
            escape(&lang.f("Slide {0} of {1}", &[&(k + 1), &slides.len()]))
        ));
        body.push_str(&format!(
            "<p class=\"date\" style=\"color: {}\">{}</p>\n<h2 dir=\"auto\">{}</h2>\n",
            e.event_type.css(),
            escape(&event_when_label(e, lang)),
            escape(x.title(i, lang))
        ));
        body.push_str(&slide_map(x, i, lang));
        let mut docs = Vec::new();
        for m in &e.mentions {
            if docs.contains(&m.doc) || docs.len() >= 3 {
                continue;
            }
            docs.push(m.doc);
            let d = &x.corpus.documents[m.doc];
            body.push_str(&format!(
                "<blockquote dir=\"rtl\" lang=\"ar\">{}</blockquote>\n<p class=\"source\">— <span dir=\"rtl\" lang=\"ar\">{}</span>{} {} · {} · {}</p>\n",
                escape(d.quote(m)),
                escape(&d.title),
                lang.t(","),
                escape(&outlet_label(d.outlet.as_deref(), lang)),
                escape(&published_label(d.published.as_ref(), lang)),
                x.grade(m)
            ));
        }
        if let Some(r) = &e.reference {
            body.push_str(&format!(
                "<p class=\"source\">{}</p>\n",
                escape(&lang.f("{0} record {1}: {2}", &[&r.dataset, &r.record, &r.notes]))
            ));
        }
        body.push_str(&strip(&xs, k, &e.event_type.css()));
        body.push_str("\n</section>\n");
    }
    let font = base64(crate::font_data::NASKH);
    format!(
        r#"<!doctype html>
<html lang="{code}" dir="{dir}"><head><meta charset="utf-8">
<title>{title}</title>
<style>
@font-face {{ font-family: "Noto Naskh Arabic"; src: url("data:font/ttf;base64,{font}") format("truetype"); }}
html, body {{ margin: 0; background: {bg}; color: {text}; font-family: system-ui, "Noto Naskh Arabic", sans-serif; }}
.slide {{ display: none; min-height: 100vh; box-sizing: border-box; padding: 5vh 6vw; }}
.slide.current {{ display: block; }}
.map {{ float: right; margin: 0 0 1em 2em; }}
[dir="rtl"] .map {{ float: left; margin: 0 2em 1em 0; }}
.count {{ color: {weak}; font-size: 2.2vh; }}
.date {{ font-size: 6vh; font-weight: bold; margin: 0.2em 0; }}
h2 {{ font-size: 4.4vh; color: {strong}; margin: 0.2em 0 1em 0; }}
html[dir="rtl"] h2 {{ text-align: right; }}
blockquote {{ font-family: "Noto Naskh Arabic", serif; font-size: 4vh; color: {strong}; line-height: 1.7; margin: 0.6em 0 0.2em 0; text-align: right; }}
.source {{ color: {text}; font-size: 2.4vh; }}
.source span {{ font-family: "Noto Naskh Arabic", serif; font-size: 2.6vh; }}
.strip {{ width: 100%; height: 40px; margin-top: 3vh; }}
@media print {{ .slide {{ display: block; page-break-after: always; min-height: auto; }} }}
</style></head>
<body>
{body}<script>
const slides = [...document.querySelectorAll('.slide')];
let k = Math.max(0, slides.findIndex(s => '#' + s.id === location.hash));
function show(n) {{ k = Math.min(Math.max(n, 0), slides.length - 1); slides.forEach((s, j) => s.classList.toggle('current', j === k)); history.replaceState(null, '', '#' + slides[k].id); }}
document.addEventListener('keydown', e => {{
  if (['ArrowRight', 'PageDown', ' '].includes(e.key)) show(k + 1);
  else if (['ArrowLeft', 'PageUp'].includes(e.key)) show(k - 1);
  else if (e.key === 'Home') show(0);
  else if (e.key === 'End') show(slides.length - 1);
}});
show(k);
</script>
</body></html>
"#,
        code = lang.code(),
        dir = if lang.rtl() { "rtl" } else { "ltr" },
        title = escape(&lang.f("Briefing — {0}", &[&x.corpus.name])),
        bg = BACKGROUND,
        strong = STRONG,
        text = TEXT,
        weak = WEAK,
    )
}
