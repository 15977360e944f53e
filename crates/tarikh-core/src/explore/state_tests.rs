//! Tests of the explorer state and its commands on the seeds.

use super::*;
use crate::corpus::{load_paths, LoadOptions};

fn seeds() -> Explorer {
    let mut c = load_paths(
        &[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")],
        &LoadOptions::default(),
    );
    let ex = crate::extract::extract(&mut c);
    Explorer::new(c, ex)
}

#[test]
fn search_finds_wagner_in_any_spelling() {
    let mut x = seeds();
    let all = x.shown.len();
    x.apply(Command::Search("فاجنر".into()));
    let a: Vec<usize> = x.shown.clone();
    assert!(!a.is_empty() && a.len() < all);
    x.apply(Command::Search("Wagner".into()));
    assert_eq!(x.shown, a);
    x.apply(Command::Search("فاغنر".into()));
    assert_eq!(x.shown, a);
    for &i in &a {
        // its actor, named in a sentence the event was drawn from, or in its paragraph
        let para = |m: &crate::model::Mention| x.corpus.documents[m.doc].paragraphs[m.paragraph].text.clone();
        let wagner = crate::lexicon::Lexicon::builtin().gazetteer.id("Wagner Group").expect("in the gazetteer");
        assert!(
            x.events[i].actors.iter().any(|n| n == "Wagner Group")
                || x.events[i]
                    .mentions
                    .iter()
                    .any(|m| m.named.contains(&wagner) || para(m).contains("فاغنر") || para(m).contains("فاجنر"))
        );
    }
}

#[test]
fn stepping_selects_in_time_order_and_reveals() {
    let mut x = seeds();
    x.apply(Command::Preset(2)); // the attack week
    x.apply(Command::Step(1));
    assert_eq!(x.selected, Some(x.shown_dated()[0]));
    let first_view = x.view;
    assert!(first_view.0 <= crate::explore::timeline::span_of(&x.events[x.selected.unwrap()].when.unwrap()).x0);
    x.apply(Command::Step(1));
    assert_eq!(x.selected, Some(x.shown_dated()[1]));
    x.apply(Command::Step(-5));
    assert_eq!(x.selected, Some(x.shown_dated()[0]));
}

#[test]
fn type_filter_and_paragraph_selection() {
    let mut x = seeds();
    x.apply(Command::ToggleType(EventType::Coup));
    assert!(x.shown.iter().all(|&i| x.events[i].event_type != EventType::Coup));
    x.apply(Command::ClearFilters);
    let attack = x.events.iter().position(|e| e.title.starts_with("Attack on")).unwrap();
    let m = x.events[attack].mentions[0].clone();
    x.apply(Command::SelectFromParagraph { doc: m.doc, paragraph: m.paragraph });
    assert_eq!(x.selected, Some(attack));
    assert_eq!(x.document.map(|d| d.paragraph), Some(m.paragraph));
}

#[test]
fn presets_cover_all_year_and_key_week() {
    let x = seeds();
    let labels: Vec<String> = x.presets.iter().map(|p| p.0.text(crate::i18n::Lang::English)).collect();
    assert_eq!(labels, vec!["All", "2024", "Week of 16 Sep 2024"]);
    let all = &x.presets[0];
    assert!(crate::explore::timeline::from_x(all.1).format("%Y").to_string().as_str() <= "2012");
}

/// The events of document `doc` that are dated, and those that are not.
fn dated_and_undated_of(x: &Explorer, doc: usize) -> (usize, usize) {
    let of = |e: &crate::model::Event| e.mentions.iter().any(|m| m.doc == doc);
    let dated = x.events.iter().filter(|e| of(e) && e.when.is_some()).count();
    let undated = x.events.iter().filter(|e| of(e) && e.when.is_none()).count();
    (dated, undated)
}

#[test]
fn a_suggested_date_changes_nothing_until_accepted_and_an_analyst_date_moves_relative_events() {
    let mut x = seeds();
    // 001 says «أمس» of the attack that 000 dates: a suggestion, with its evidence, not applied
    let doc = x.corpus.documents.iter().position(|d| d.file.starts_with("001_")).unwrap();
    let s = x.corpus.documents[doc].suggested.clone().expect("suggested by another article");
    assert!(s.note.contains("000_") && x.corpus.documents[doc].published.is_none(), "{}", s.note);
    let (dated_before, undated_before) = dated_and_undated_of(&x, doc);
    assert!(undated_before > 0);
    // accepted: its relative events are dated against it
    x.apply(Command::Edit(Edit::accept_suggestion(&x.corpus.documents[doc]).unwrap()));
    let p = x.corpus.documents[doc].published.clone().unwrap();
    assert_eq!((p.date, p.basis), (s.date, crate::corpus::PublishedBasis::Analyst));
    let (dated, undated) = dated_and_undated_of(&x, doc);
    assert!(dated > dated_before && undated < undated_before, "{dated_before}/{undated_before} -> {dated}/{undated}");
    let yesterday = |x: &Explorer| {
        x.events
            .iter()
            .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
            .find(|(_, m)| m.doc == doc && m.time_text == "أمس")
            .and_then(|(e, _)| e.when)
            .map(|w| w.first_day())
    };
    assert_eq!(yesterday(&x), Some(s.date - chrono::Duration::days(1)));
    // set to another day, the same event moves with it
    let other = chrono::NaiveDate::from_ymd_opt(2024, 9, 25).unwrap();
    x.apply(Command::Edit(Edit::set_published(&x.corpus.documents[doc].file.clone(), Some(other))));
    assert_eq!(yesterday(&x), Some(other - chrono::Duration::days(1)));
    // undo twice: back to undated, as the sources say
    x.apply(Command::Undo);
    x.apply(Command::Undo);
    assert!(x.corpus.documents[doc].published.is_none());
    assert_eq!(dated_and_undated_of(&x, doc), (dated_before, undated_before));
    assert_eq!(yesterday(&x), None);
}

#[test]
fn selecting_an_event_in_view_leaves_the_view_and_one_out_of_it_is_centred() {
    let mut x = seeds();
    x.apply(Command::FitAll);
    let all = x.view;
    // a year-long band that starts just before the view: partly in view, the view stays
    let (a, b) = all;
    x.view = (a + 100.0, b);
    let band = (0..x.events.len()).find(|&i| {
        x.events[i].when.is_some_and(|w| {
            let s = crate::explore::timeline::span_of(&w);
            s.x0 < a + 100.0 && s.x1 > a + 100.0
        })
    });
    if let Some(i) = band {
        x.apply(Command::Select(Some(i)));
        assert_eq!(x.view, (a + 100.0, b), "a band in view keeps the view");
    }
    // every event in view: selecting any keeps the view
    x.apply(Command::FitAll);
    let view = x.view;
    for &i in x.shown_dated().to_vec().iter().take(10) {
        x.apply(Command::Select(Some(i)));
        assert_eq!(x.view, view);
    }
    // the attack week, then an event of 2012: centred on it, the week's width kept
    x.apply(Command::Preset(2));
    let week = x.view.1 - x.view.0;
    let old = (0..x.events.len())
        .find(|&i| x.events[i].when.is_some_and(|w| w.first_day().format("%Y").to_string() == "2012"))
        .unwrap();
    x.apply(Command::Select(Some(old)));
    let s = crate::explore::timeline::span_of(&x.events[old].when.unwrap());
    assert!(
        x.view.0 <= s.x0 && s.x1 <= x.view.1 && ((x.view.1 - x.view.0) - week).abs() < 1e-6 || s.x1 - s.x0 > week * 0.9,
        "{:?} for {s:?}",
        x.view
    );
}

#[test]
fn events_around_a_selection_show_the_window_and_escape_gives_the_view_back() {
    let mut x = crate::explore::synthetic_explorer(2_000);
    x.apply(Command::FitAll);
    let before = x.view;
    let c = x.n_dated / 2;
    // nothing selected: nothing happens
    x.apply(Command::Around { days: 7, same_place: false, shared_actor: false });
    assert!(x.filter.around.is_none());
    x.apply(Command::Select(Some(c)));
    x.apply(Command::Around { days: 7, same_place: false, shared_actor: false });
    let w = x.events[c].when.unwrap();
    let (lo, hi) = (w.first_day() - chrono::Duration::days(7), w.last_day() + chrono::Duration::days(7));
    let want: Vec<usize> = (0..x.events.len())
        .filter(|&i| i == c || x.events[i].when.is_some_and(|v| lo <= v.first_day() && v.last_day() <= hi))
        .collect();
    let mut shown = x.shown.clone();
    shown.sort_unstable();
    assert_eq!(shown, want);
    assert!(want.len() > 1 && want.len() < x.n_dated, "a window, not everything: {}", want.len());
    // the timeline shows the window, the selection kept
    let (a, b) = x.view;
    assert!((b - a - 15.0 - (w.last_day() - w.first_day()).num_days() as f64).abs() < 1e-6, "{a}..{b}");
    assert_eq!(x.selected, Some(c));
    // sharing a place narrows it
    x.apply(Command::Around { days: 7, same_place: true, shared_actor: false });
    assert!(x.shown.iter().all(|&i| x.events[i].places.iter().any(|p| x.events[c].places.contains(p))));
    x.apply(Command::LeaveAround);
    assert!(x.filter.around.is_none());
    assert_eq!(x.view, before);
    assert_eq!(x.shown.len(), x.events.len());
}
