//! Tests of the explorer state and its commands on the seeds.

use super::*;
use crate::corpus::{load_paths, LoadOptions};

fn seeds() -> Explorer {
    let mut c = load_paths(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")], &LoadOptions::default());
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
        // named as an actor, or in a paragraph the event was drawn from
        let para = |m: &crate::model::Mention| x.corpus.documents[m.doc].paragraphs[m.paragraph].text.clone();
        assert!(x.events[i].actors.iter().any(|n| n == "Wagner Group") || x.events[i].mentions.iter().any(|m| para(m).contains("فاغنر") || para(m).contains("فاجنر")));
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
    assert!(crate::explore::timeline::from_x(all.1).format("%Y").to_string() <= "2012".to_string());
}
