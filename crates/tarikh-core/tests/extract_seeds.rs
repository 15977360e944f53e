//! The bundled corpus end to end: publication dates and their bases, the 17 September 2024
//! attack as one event from four articles, repeats and the dateline yielding no events.

mod common;

use std::collections::HashSet;

use tarikh_core::corpus::{load_paths, Corpus, LoadOptions, PublishedBasis};
use tarikh_core::extract::{extract, extract_accepting_suggestions, Extraction};
use tarikh_core::model::{EventType, Precision};

/// The seeds as the trainers use them: the dates other articles suggest accepted.
fn seeds() -> (Corpus, Extraction) {
    let mut c = load_paths(&[common::seeds_dir()], &LoadOptions::default());
    let ex = extract_accepting_suggestions(&mut c);
    (c, ex)
}

#[test]
fn by_default_articles_dated_only_by_other_articles_get_a_suggestion_not_a_date() {
    let mut c = load_paths(&[common::seeds_dir()], &LoadOptions::default());
    let ex = extract(&mut c);
    for f in ["001", "004"] {
        let d = doc(&c, f);
        assert!(d.published.is_none(), "{f}: {:?}", d.published);
        let s = d.suggested.as_ref().expect(f);
        assert!(s.note.contains("000_aa9d35cc2d73f5e3.txt"), "{}", s.note);
    }
    assert_eq!(doc(&c, "001").suggested.as_ref().unwrap().date.to_string(), "2024-09-18");
    // their relative events are listed undated, not dated against a guess
    assert!(ex.undated.iter().any(|e| e.mentions.iter().any(|m| c.documents[m.doc].file.starts_with("001"))));
}

fn doc<'a>(c: &'a Corpus, prefix: &str) -> &'a tarikh_core::corpus::Document {
    c.documents.iter().find(|d| d.file.starts_with(prefix)).expect(prefix)
}

#[test]
fn publication_dates_and_their_basis() {
    let (c, _) = seeds();
    let p = |f: &str| doc(&c, f).published.clone();
    let d000 = p("000").unwrap();
    assert_eq!((d000.date.to_string(), d000.basis), ("2024-09-17".into(), PublishedBasis::Dateline));
    assert_eq!(d000.time.map(|t| t.to_string()), Some("17:21:00".into()), "05:21 م is 17:21");
    let d001 = p("001").unwrap();
    assert_eq!((d001.date.to_string(), d001.basis), ("2024-09-18".into(), PublishedBasis::Inferred));
    assert!(
        d001.note.contains("أمس") && d001.from_file.as_deref() == Some("000_aa9d35cc2d73f5e3.txt"),
        "{}",
        d001.note
    );
    assert!(p("002").is_none(), "seed 002 gives no date and must not get one");
    let d003 = p("003").unwrap();
    // the latest day it tells (Friday 20 September), less a margin of two days
    assert_eq!(d003.date.to_string(), "2024-09-18");
    assert!(d003.not_before, "seed 003 is only bounded below");
    let d004 = p("004").unwrap();
    assert!(["2024-09-20", "2024-09-21", "2024-09-22"].contains(&d004.date.to_string().as_str()), "{}", d004.date);
    assert!(!d004.not_before);
    assert!(d004.note.contains("يوم الثلاثاء"), "{}", d004.note);
}

#[test]
fn the_bamako_attack_is_one_event_from_four_articles() {
    let (c, ex) = seeds();
    let attack: Vec<_> = ex
        .events
        .iter()
        .filter(|e| {
            e.when.is_some_and(|w| w.first_day().to_string() == "2024-09-17") && e.event_type == EventType::Attack
        })
        .collect();
    assert_eq!(attack.len(), 1, "{:#?}", ex.events.iter().map(|e| &e.title).collect::<Vec<_>>());
    let e = attack[0];
    let docs: HashSet<&str> = e.mentions.iter().map(|m| &c.documents[m.doc].file[..3]).collect();
    assert_eq!(docs, HashSet::from(["000", "001", "003", "004"]));
    let w = e.when.unwrap();
    assert_eq!(
        (w.precision, w.iso_start()),
        (Precision::Time, "2024-09-17T05:30".to_string()),
        "the most precise compatible date"
    );
    assert!(e.actors.contains(&"JNIM".to_string()));
    assert!(e.places.contains(&"Bamako".to_string()));
    assert_eq!(e.title, "JNIM attacks gendarmerie school and military airport in Bamako", "who did what where");
}

#[test]
fn distinct_events_stay_apart() {
    let (_, ex) = seeds();
    let on = |day: &str| {
        ex.events
            .iter()
            .filter(|e| e.when.is_some_and(|w| w.first_day().to_string() == day))
            .map(|e| e.event_type)
            .collect::<Vec<_>>()
    };
    let d19 = on("2024-09-19");
    assert!(d19.contains(&EventType::CasualtyReport) && d19.contains(&EventType::Other), "toll and funerals: {d19:?}");
    let d20 = on("2024-09-20");
    assert!(
        d20.contains(&EventType::Diplomatic) && d20.contains(&EventType::Clash),
        "closure and night gunfire: {d20:?}"
    );
    let coups: Vec<String> =
        ex.events.iter().filter(|e| e.event_type == EventType::Coup).map(|e| e.when.unwrap().iso_start()).collect();
    assert_eq!(coups, vec!["2012", "2020", "2021"]);
    let coup21 =
        ex.events.iter().find(|e| e.event_type == EventType::Coup && e.when.unwrap().iso_start() == "2021").unwrap();
    assert_eq!(coup21.source_count(), 2, "the 2021 coup of seeds 000 and 003 is one event");
}

#[test]
fn repeats_dateline_and_boilerplate_yield_nothing() {
    let (c, ex) = seeds();
    let d000 = doc(&c, "000");
    assert!(d000.paragraphs[1].dateline);
    assert!(d000.paragraphs[2].boilerplate && d000.paragraphs[3].boilerplate, "طباعة and the byline");
    assert_eq!(d000.paragraphs.iter().filter(|p| p.duplicate_of.is_some()).count(), 22);
    let d004 = doc(&c, "004");
    let pull = d004.paragraphs.iter().find(|p| p.text.starts_with("دبلوماسيان")).unwrap();
    assert!(pull.near_duplicate && pull.duplicate_of.is_some());
    for e in ex.events.iter().chain(&ex.undated) {
        for m in &e.mentions {
            let p = &c.documents[m.doc].paragraphs[m.paragraph];
            assert!(p.is_content(), "mention from a non-content paragraph: {}", p.text);
        }
        let mut seen = HashSet::new();
        for m in &e.mentions {
            assert!(
                seen.insert((m.doc, &c.documents[m.doc].paragraphs[m.paragraph].text, m.time_span.start)),
                "repeat in {}",
                e.title
            );
        }
    }
    for d in &c.documents {
        assert!(!d.title.is_empty());
    }
    assert_eq!(doc(&c, "001").title, "القاعدة تهاجم العاصمة المالية");
    assert!(doc(&c, "003").title.starts_with("إغلاق السفارة الأمريكية"));
}

#[test]
fn relative_dates_in_an_undated_article_are_listed_undated() {
    let (c, ex) = seeds();
    assert!(!ex.undated.is_empty());
    for e in &ex.undated {
        assert!(e.when.is_none());
        assert!(e.mentions.iter().all(|m| c.documents[m.doc].file.starts_with("002")));
    }
}

#[test]
fn offsets_are_characters_and_quotes_match_the_text() {
    let (c, ex) = seeds();
    for e in &ex.events {
        for m in &e.mentions {
            let text: Vec<char> = c.documents[m.doc].paragraphs[m.paragraph].text.chars().collect();
            let quote: String = text[m.quote_span.start..m.quote_span.end].iter().collect();
            let time: String = text[m.time_span.start..m.time_span.end].iter().collect();
            assert_eq!(quote, c.documents[m.doc].quote(m));
            assert_eq!(time, m.time_text);
            assert!(m.quote_span.start <= m.time_span.start && m.time_span.end <= m.quote_span.end);
        }
    }
}

#[test]
fn the_attack_claims_table_holds_every_figure_with_its_claimant() {
    let mut c = load_paths(&[common::seeds_dir()], &LoadOptions::default());
    let ex = extract_accepting_suggestions(&mut c);
    let x = tarikh_core::explore::Explorer::new(c, ex);
    let i = x.events().iter().position(|e| e.title.starts_with("JNIM attacks gendarmerie")).unwrap();
    let got: Vec<(String, String)> =
        x.figures_of(i).iter().map(|f| (f.label(tarikh_core::i18n::Lang::English), f.claimant.clone())).collect();
    for (label, claimant) in [
        ("a number of soldiers killed", "Malian officials"),
        ("dozens killed", "JNIM"),
        ("at least 200 soldiers killed", "JNIM"),
        ("10 aircraft destroyed", "JNIM"),
        ("20 vehicles destroyed", "JNIM"),
        ("more than 50 students and soldiers killed", "the article"),
        ("about 70 people killed", "diplomats"),
        ("more than 70 killed", "diplomats"),
        ("hundreds killed or wounded", "diplomats"),
        ("funerals of about 50 police students", "a Malian newspaper"),
    ] {
        assert!(got.contains(&(label.to_string(), claimant.to_string())), "missing {label} ({claimant}) in {got:#?}");
    }
    assert!(x.disputed()[i], "about 70 and at least 200 cannot both be right");
    // the July battle's figures stay with the July battle
    let july = x.events().iter().position(|e| e.title.contains("Tin Zaouaten")).unwrap();
    assert!(
        x.figures_of(july)
            .iter()
            .any(|f| f.label(tarikh_core::i18n::Lang::English).contains("20") && f.claimant == "the army"),
        "{:?}",
        x.figures_of(july).iter().map(|f| f.label(tarikh_core::i18n::Lang::English)).collect::<Vec<_>>()
    );
    assert!(!got.iter().any(|(l, _)| l.contains("about 20")));
}
