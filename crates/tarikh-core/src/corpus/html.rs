//! Saved web pages (`.html`, `.htm`) as sources, read with a real HTML parser (`scraper`, on
//! html5ever): the article's body as paragraphs, its title, address and publication date from
//! the page's metadata.
//!
//! The body is the page's `<article>` (the one with the most text), else `<main>`, else
//! `<body>`. Scripts, styles, navigation, headers, footers, asides, forms and the like are
//! dropped, and so is page furniture recognised by its shape: a list whose items are links
//! (menus, related articles, "most read") and a block whose text is mostly link text. Entities
//! are decoded by the parser. Dates come from `article:published_time` and its kin, JSON-LD
//! `datePublished`, and a `<time>` marked as the publication's (`itemprop`, `pubdate`) or the
//! only date the body's `<time>` elements give; the address from `<link rel=canonical>` or
//! `og:url`. They are candidates, checked and chosen by [`crate::extract::published`].

use chrono::{NaiveDate, NaiveTime};
use scraper::{ElementRef, Html, Selector};

/// Elements whose content is never the article's text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "textarea", "input", "figure", "head", "menu", "dialog",
];
/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert"];
/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figcaption",
    "address",
    "body",
    "hr",
];
/// Items of a list of links are headlines, shorter than this on average.
const MAX_LINK_ITEM_CHARS: usize = 160;
/// Share of a block's text inside links above which it is a list of links, not prose.
const MAX_LINK_SHARE: f64 = 0.6;

/// What a saved page gives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlPage {
    /// `og:title`, else `<title>`.
    pub title: Option<String>,
    /// The article's text: its headline, then one paragraph per line.
    pub text: String,
    /// `<link rel=canonical>` or `og:url`.
    pub url: Option<String>,
    /// The publication date the metadata gives, its time, and which field gave it.
    pub published: Option<(NaiveDate, Option<NaiveTime>, String)>,
}

/// Reads a saved page.
pub fn read_html(source: &str) -> HtmlPage {
    let doc = Html::parse_document(source);
    let meta = |sel: &str| -> Option<String> {
        let s = Selector::parse(sel).ok()?;
        doc.select(&s)
            .filter_map(|e| e.value().attr("content").or_else(|| e.value().attr("href")))
            .map(|v| v.trim().to_string())
            .find(|v| !v.is_empty())
    };
    let title = meta("meta[property='og:title']").or_else(|| {
        let s = Selector::parse("title").ok()?;
        doc.select(&s).next().map(|t| collapse(&t.text().collect::<String>())).filter(|t| !t.is_empty())
    });
    let url = meta("link[rel='canonical']").or_else(|| meta("meta[property='og:url']")).filter(|u| u.contains("://"));
    let published = metadata_date(&doc, &meta);
    let root = content_root(&doc);
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(root) = root {
        let mut cur = String::new();
        walk(root, &mut paragraphs, &mut cur);
        flush(&mut cur, &mut paragraphs);
    }
    // the headline first, when the body does not open with it
    let headline = {
        let s = Selector::parse("h1").ok();
        s.and_then(|s| doc.select(&s).next().map(|h| collapse(&h.text().collect::<String>())))
            .filter(|h| !h.is_empty())
            .or_else(|| title.clone())
    };
    if let Some(h) = headline {
        if paragraphs.first() != Some(&h) {
            paragraphs.retain(|p| *p != h);
            paragraphs.insert(0, h);
        }
    }
    HtmlPage { title, text: paragraphs.join("\n"), url, published }
}

/// The element holding the article: the `<article>` with the most text, else `<main>`, else
/// `<body>`.
fn content_root(doc: &Html) -> Option<ElementRef<'_>> {
    let pick = |sel: &str| -> Option<ElementRef<'_>> {
        let s = Selector::parse(sel).ok()?;
        doc.select(&s).filter(|e| !inside_dropped(*e)).max_by_key(|e| e.text().map(str::len).sum::<usize>())
    };
    pick("article").or_else(|| pick("main")).or_else(|| pick("[role='main']")).or_else(|| pick("body"))
}

fn is_dropped(e: &ElementRef<'_>) -> bool {
    let v = e.value();
    DROPPED.contains(&v.name())
        || v.attr("role").is_some_and(|r| DROPPED_ROLES.contains(&r))
        || v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
}

fn inside_dropped(e: ElementRef<'_>) -> bool {
    e.ancestors().filter_map(ElementRef::wrap).any(|a| is_dropped(&a))
}

/// Text inside links, and all text, of an element.
fn link_share(e: ElementRef<'_>) -> f64 {
    let all: usize = e.text().map(|t| t.trim().chars().count()).sum();
    if all == 0 {
        return 0.0;
    }
    let a = Selector::parse("a").expect("selector");
    let linked: usize = e.select(&a).flat_map(|l| l.text()).map(|t| t.trim().chars().count()).sum();
    linked as f64 / all as f64
}

/// Page furniture by its shape: a list of links (menus, related articles, "most read") or a
/// block that is mostly links.
fn is_furniture(e: ElementRef<'_>) -> bool {
    let name = e.value().name();
    match name {
        "ul" | "ol" => is_list_of_links(e) || link_share(e) > MAX_LINK_SHARE,
        "dl" | "table" => link_share(e) > MAX_LINK_SHARE,
        "div" | "section" | "p" | "li" => {
            link_share(e) > MAX_LINK_SHARE && e.text().map(|t| t.trim().chars().count()).sum::<usize>() < 2_000
        }
        _ => false,
    }
}

/// A list whose items are short and nearly all hold a link: a menu, related articles, a
/// "most read" list (each headline with its own date), not the article's own list.
fn is_list_of_links(e: ElementRef<'_>) -> bool {
    let items: Vec<ElementRef<'_>> =
        e.children().filter_map(ElementRef::wrap).filter(|c| c.value().name() == "li").collect();
    if items.is_empty() {
        return false;
    }
    let a = Selector::parse("a").expect("selector");
    let linked = items.iter().filter(|li| li.select(&a).next().is_some()).count();
    let chars: usize = items.iter().map(|li| li.text().map(|t| t.trim().chars().count()).sum::<usize>()).sum();
    linked * 5 >= items.len() * 4 && chars / items.len() < MAX_LINK_ITEM_CHARS
}

fn walk(el: ElementRef<'_>, out: &mut Vec<String>, cur: &mut String) {
    for child in el.children() {
        if let Some(t) = child.value().as_text() {
            cur.push_str(t);
            continue;
        }
        let Some(ce) = ElementRef::wrap(child) else { continue };
        if is_dropped(&ce) || is_furniture(ce) {
            continue;
        }
        let name = ce.value().name();
        if name == "br" {
            flush(cur, out);
            continue;
        }
        let block = BLOCKS.contains(&name);
        if block {
            flush(cur, out);
        }
        walk(ce, out, cur);
        if block {
            flush(cur, out);
        }
    }
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let p = collapse(cur);
    if !p.is_empty() {
        out.push(p);
    }
    cur.clear();
}

/// White space (non-breaking spaces and line breaks included) collapsed to single spaces.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// `2021-05-24`, `2021-05-24T10:05:00+00:00`: the day and the time written.
pub fn iso_date(s: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let s = s.trim();
    let date = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    let time = s
        .get(10..)
        .and_then(|rest| rest.strip_prefix(['T', ' ']))
        .and_then(|t| NaiveTime::parse_from_str(t.get(..5)?, "%H:%M").ok());
    Some((date, time))
}

fn metadata_date(doc: &Html, meta: &dyn Fn(&str) -> Option<String>) -> Option<(NaiveDate, Option<NaiveTime>, String)> {
    for (sel, field) in [
        ("meta[property='article:published_time']", "article:published_time"),
        ("meta[itemprop='datePublished']", "itemprop datePublished"),
        ("meta[name='pubdate']", "meta pubdate"),
        ("meta[name='publishdate']", "meta publishdate"),
        ("meta[name='parsely-pub-date']", "meta parsely-pub-date"),
        ("meta[name='sailthru.date']", "meta sailthru.date"),
        ("meta[name='DC.date.issued']", "meta DC.date.issued"),
        ("meta[name='dcterms.date']", "meta dcterms.date"),
        ("meta[name='date']", "meta date"),
    ] {
        if let Some((d, t)) = meta(sel).as_deref().and_then(iso_date) {
            return Some((d, t, format!("the page's {field}")));
        }
    }
    if let Some((d, t)) = json_ld_date(doc) {
        return Some((d, t, "the page's JSON-LD datePublished".into()));
    }
    time_element_date(doc)
}

/// `datePublished` of the page's JSON-LD: an article's first, else the first found.
fn json_ld_date(doc: &Html) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let s = Selector::parse("script[type='application/ld+json']").ok()?;
    let mut found: Vec<(bool, String)> = Vec::new();
    for script in doc.select(&s) {
        let text: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(text.trim()) {
            collect_published(&v, &mut found, 0);
        }
    }
    let best = found.iter().find(|f| f.0).or(found.first())?;
    iso_date(&best.1)
}

fn collect_published(v: &serde_json::Value, out: &mut Vec<(bool, String)>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(d)) = m.get("datePublished") {
                let kind = m.get("@type").map(|t| t.to_string()).unwrap_or_default();
                out.push((kind.contains("Article") || kind.contains("Posting"), d.clone()));
            }
            for (k, x) in m {
                // a related item's own date is not this page's
                if k != "datePublished" && k != "relatedLink" && k != "mentions" {
                    collect_published(x, out, depth + 1);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_published(x, out, depth + 1)),
        _ => {}
    }
}

/// A `<time>` marked as the publication's, or the one date that the `<time>` elements outside
/// page furniture give (several dates are a list of other articles').
fn time_element_date(doc: &Html) -> Option<(NaiveDate, Option<NaiveTime>, String)> {
    let marked = Selector::parse("time[itemprop='datePublished'], time[pubdate]").ok()?;
    if let Some(t) = doc.select(&marked).find_map(|e| e.value().attr("datetime").and_then(iso_date)) {
        return Some((t.0, t.1, "the page's <time> marked as the publication date".into()));
    }
    let any = Selector::parse("time[datetime]").ok()?;
    let dates: Vec<(NaiveDate, Option<NaiveTime>)> = doc
        .select(&any)
        .filter(|e| !inside_dropped(*e) && !e.ancestors().filter_map(ElementRef::wrap).any(is_furniture))
        .filter_map(|e| e.value().attr("datetime").and_then(iso_date))
        .collect();
    let first = *dates.first()?;
    dates.iter().all(|d| d.0 == first.0).then(|| (first.0, first.1, "the page's only <time> date".into()))
}

/// A saved news page of our own, for tests here and in the extraction's.
#[cfg(test)]
pub(crate) mod tests_page {
    /// A saved news page of our own: navigation, a header with today's date, the article with
    /// its byline, a related-articles sidebar and a list of links each with its own date, a
    /// script, JSON-LD, a cookie notice and a footer.
    pub const PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>هجوم على قاعدة في غاو | موقع الأخبار</title>
<meta property="og:title" content="هجوم على قاعدة عسكرية في غاو">
<link rel="canonical" href="https://news.example.org/africa/2023/03/14/gao-base">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"News"},{"@type":"NewsArticle","headline":"هجوم","datePublished":"2023-03-14T09:30:00+00:00","relatedLink":{"@type":"NewsArticle","datePublished":"2019-01-01"}}]}</script>
<style>p { color: red }</style>
</head><body>
<header><div>الثلاثاء 5 ديسمبر 2026</div><nav><a href="/">الرئيسية</a> <a href="/africa">أفريقيا</a></nav></header>
<main>
<article>
<h1>هجوم على قاعدة عسكرية في غاو</h1>
<p class="byline">بقلم مراسلنا &amp; الوكالات</p>
<p>هاجم مسلحون قاعدة للجيش في غاو فجر الثلاثاء&nbsp;14 مارس 2023، وقال مسؤول إن الهجوم أسفر عن مقتل جنديين.</p>
<p>وأضاف المسؤول أن القوات صدت الهجوم بعد ساعتين من الاشتباكات.</p>
<script>var ads = "هاجم مسلحون في 2030";</script>
<ul class="related"><li><a href="/a">انتخابات في باماكو</a> <time datetime="2021-07-02">2 يوليو 2021</time></li><li><a href="/b">فيضانات في موبتي</a> <time datetime="2020-09-09">9 سبتمبر 2020</time></li></ul>
</article>
</main>
<aside><h3>الأكثر قراءة</h3><p>انقلاب في مالي في 18 أغسطس 2020</p></aside>
<div id="cookies" role="dialog"><p>نستخدم ملفات تعريف الارتباط منذ 2002.</p></div>
<footer><p>© 2026 موقع الأخبار</p></footer>
</body></html>"#;
}

#[cfg(test)]
mod tests {
    use super::tests_page::PAGE;
    use super::*;

    #[test]
    fn a_saved_news_page_gives_the_article_s_paragraphs_and_its_metadata() {
        let p = read_html(PAGE);
        let lines: Vec<&str> = p.text.lines().collect();
        assert_eq!(lines[0], "هجوم على قاعدة عسكرية في غاو");
        assert!(lines.contains(&"بقلم مراسلنا & الوكالات"), "entities decoded: {lines:?}");
        assert!(lines.iter().any(|l| l.contains("فجر الثلاثاء 14 مارس 2023")), "{lines:?}");
        assert_eq!(lines.len(), 4, "headline, byline, two paragraphs: {lines:?}");
        for furniture in ["الرئيسية", "2026", "انتخابات", "الأكثر قراءة", "2002", "ads", "color"]
        {
            assert!(!p.text.contains(furniture), "{furniture} left in {lines:?}");
        }
        assert_eq!(p.title.as_deref(), Some("هجوم على قاعدة عسكرية في غاو"));
        assert_eq!(p.url.as_deref(), Some("https://news.example.org/africa/2023/03/14/gao-base"));
        let (d, t, field) = p.published.unwrap();
        assert_eq!((d.to_string(), t.map(|t| t.to_string())), ("2023-03-14".into(), Some("09:30:00".into())));
        assert!(field.contains("JSON-LD"), "{field}");
    }

    #[test]
    fn dates_from_meta_tags_and_time_elements() {
        let p = read_html(
            r#"<html><head><meta property="article:published_time" content="2021-05-24T18:00:00Z"></head><body><p>نص</p></body></html>"#,
        );
        assert_eq!(p.published.map(|x| x.0.to_string()).as_deref(), Some("2021-05-24"));
        let p = read_html(
            r#"<html><body><article><p>Texte de l'article.</p><time datetime="2019-02-03T08:00">3 février</time></article></body></html>"#,
        );
        assert_eq!(p.published.map(|x| x.0.to_string()).as_deref(), Some("2019-02-03"));
        // two different dates in <time> elements: a list of other articles, no date
        let p = read_html(
            r#"<html><body><article><p>Texte.</p><time datetime="2019-02-03">a</time><p>Suite.</p><time datetime="2018-01-01">b</time></article></body></html>"#,
        );
        assert_eq!(p.published, None);
        // garbage and broken markup give no panic
        for s in [
            "",
            "<",
            "<html><body><p>unclosed <b>bold",
            "<script>",
            "<time datetime=\"9999-99-99\">x</time>",
            "&#xFFFFFFFF; &bogus;",
        ] {
            let _ = read_html(s);
        }
    }
}
