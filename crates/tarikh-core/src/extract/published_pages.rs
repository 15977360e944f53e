//! Tests of the decision on whole documents of our own: saved pages (metadata, address, text)
//! and plain texts, through the whole extraction.

use crate::corpus::load::{document_from_html, document_from_text};
use crate::corpus::{Corpus, PublishedBasis, TextEncoding};
use crate::lexicon::Lexicon;

fn extract_one(doc: crate::corpus::Document) -> (Corpus, super::super::Extraction) {
    let mut c = Corpus { documents: vec![doc], ..Default::default() };
    let ex = super::super::extract(&mut c);
    (c, ex)
}

fn page(file: &str, html: &str) -> crate::corpus::Document {
    document_from_html(file.into(), html, TextEncoding::Utf8, html.len(), Lexicon::builtin())
}

#[test]
fn a_saved_page_is_dated_by_its_metadata_and_yields_only_the_article_s_events() {
    let (c, ex) = extract_one(page("gao.html", crate::corpus::html::tests_page::PAGE));
    let d = &c.documents[0];
    let p = d.published.as_ref().expect("dated");
    assert_eq!((p.date.to_string(), p.basis), ("2023-03-14".into(), PublishedBasis::Metadata));
    assert!(p.note.contains("agrees with the address"), "{}", p.note);
    assert_eq!(d.url.as_deref(), Some("https://news.example.org/africa/2023/03/14/gao-base"));
    // the attack of 14 March 2023, nothing from the sidebar, the related list or the cookie notice
    let days: Vec<String> = ex.events.iter().filter_map(|e| e.when).map(|w| w.iso_start()).collect();
    assert!(days.iter().any(|d| d.starts_with("2023-03-14")), "{days:?}");
    assert!(days.iter().all(|d| d.starts_with("2023")), "only the article's own dates: {days:?}");
}

#[test]
fn a_page_whose_metadata_and_text_disagree_is_flagged_not_resolved() {
    let html = r#"<html><head><meta property="article:published_time" content="2022-11-02T10:00:00Z"></head><body><article>
<h1>Attaque près de Ménaka</h1>
<p>Publié le mardi 3 mai 2022</p>
<p>Des hommes armés ont attaqué hier un poste de l'armée près de Ménaka, selon une source sécuritaire.</p>
</article></body></html>"#;
    let (c, ex) = extract_one(page("menaka.html", html));
    let d = &c.documents[0];
    assert!(d.published.is_none(), "{:?}", d.published);
    let conflict = d.date_conflict.as_deref().expect("flagged");
    assert!(
        conflict.contains("metadata") && conflict.contains("2 Nov 2022") && conflict.contains("3 May 2022"),
        "{conflict}"
    );
    // «hier» stays undated rather than dated against either
    assert!(ex.events.iter().all(|e| e.mentions.iter().all(|m| m.time_text != "hier")));
}

#[test]
fn a_weekday_given_for_today_must_be_the_date_s_weekday() {
    // the address says 13 May 2024, a Monday; the text says today is Tuesday: refused
    let t = "Titre\nاليوم الثلاثاء أعلن الجيش عن مقتل مسلحين في هجوم قرب تمبكتو.\n";
    let mut doc = document_from_text("a.txt".into(), t, TextEncoding::Utf8, t.len(), Lexicon::builtin());
    doc.date_candidates.push(crate::corpus::DateCandidate::new(
        "2024-05-13".parse().unwrap(),
        None,
        PublishedBasis::Url,
        "address https://example.org/2024/05/13/x".into(),
    ));
    let (c, _) = extract_one(doc);
    let d = &c.documents[0];
    assert!(d.published.is_none(), "{:?}", d.published);
    assert!(d.date_candidates[0].refused.as_deref().is_some_and(|r| r.contains("Tue")), "{:?}", d.date_candidates);
}

#[test]
fn a_date_in_the_future_or_before_the_article_s_own_dates_is_refused() {
    let t = "Titre\nLes militaires ont pris le contrôle de Kidal le 14 novembre 2023 après une offensive.\n";
    for (date, why) in [("2023-11-01", "before"), ("2099-01-01", "after today")] {
        let mut doc = document_from_text("a_2099-01-01.txt".into(), t, TextEncoding::Utf8, t.len(), Lexicon::builtin());
        doc.date_candidates.retain(|c| c.basis != PublishedBasis::FileName);
        doc.date_candidates.push(crate::corpus::DateCandidate::new(
            date.parse().unwrap(),
            None,
            PublishedBasis::Url,
            "address".into(),
        ));
        let (c, _) = extract_one(doc);
        let d = &c.documents[0];
        assert!(d.published.as_ref().is_none_or(|p| p.not_before), "{date}: {:?}", d.published);
        assert!(
            d.date_candidates.iter().any(|c| c.refused.as_deref().is_some_and(|r| r.contains(why))),
            "{date}: {:?}",
            d.date_candidates
        );
    }
}

#[test]
fn an_address_copied_above_a_text_dates_it_and_is_no_event_s_date() {
    let t = "https://news.example.org/africa/2024/3/5/mali-convoi\nمالي: هجوم على موكب حاكم تمبكتو\nتعرض موكب حاكم منطقة تمبكتو لهجوم مسلح أمس الاثنين على الطريق بين تمبكتو وغوندام.\n";
    let doc = document_from_text("a.txt".into(), t, TextEncoding::Utf8, t.len(), Lexicon::builtin());
    assert!(doc.url.as_deref().is_some_and(|u| u.contains("/2024/3/5/")), "{:?}", doc.url);
    let (c, ex) = extract_one(doc);
    let p = c.documents[0].published.as_ref().expect("dated by its address");
    assert_eq!((p.date.to_string(), p.basis), ("2024-03-05".to_string(), PublishedBasis::Url));
    // yesterday, Monday, is the attack's day; the address's day is no event's
    let days: Vec<String> = ex.events.iter().filter_map(|e| e.when.map(|w| w.iso_start())).collect();
    assert_eq!(days, ["2024-03-04"]);
    // a line that only mentions an address among words is text
    let t = "Titre\nVoir https://news.example.org/2024/3/5/x pour la suite.\n";
    assert!(document_from_text("b.txt".into(), t, TextEncoding::Utf8, t.len(), Lexicon::builtin()).url.is_none());
}
