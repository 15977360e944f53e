//! An article's publication date in the document view: a date suggested by another article is
//! shown with its evidence and changes nothing until accepted; a date set by the analyst moves
//! the article's relative events at once, is undone with Ctrl+Z and is saved in the workspace.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;

use crate::common;

/// The day of the event drawn from «أمس» in seed 001, if it is dated.
fn yesterday_of_001(h: &Harness<'static, TarikhApp>) -> Option<String> {
    let x = &h.state().x;
    let doc = x.corpus().documents.iter().position(|d| d.file.starts_with("001_")).unwrap();
    x.events()
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.doc == doc && m.time_text == "أمس"))
        .and_then(|e| e.when)
        .map(|w| w.iso_start()[..10].to_string())
}

#[test]
fn a_suggestion_changes_nothing_until_accepted_and_a_set_date_moves_the_relative_events() {
    let dir = common::copy_seeds("pubdate");
    let mut h = common::app_harness(TarikhApp::load(std::slice::from_ref(&dir)), [1500.0, 950.0]);
    h.run_steps(2);
    // the overview lists the two articles other articles date
    h.get_by_label_contains("Publication dates to review (2)");
    h.get_by_label_contains("Accept all suggested dates (2)");
    let doc = h.state().x.corpus().documents.iter().position(|d| d.file.starts_with("001_")).unwrap();
    h.state_mut().apply(Command::OpenDocument { doc, paragraph: 0 });
    h.run_steps(3);
    // shown with its evidence, not applied
    h.get_by_label_contains("Suggested by other articles: 2024-09-18");
    h.get_by_label_contains("Evidence: inferred");
    h.get_by_label_contains("as in 000_aa9d35cc2d73f5e3.txt");
    assert_eq!(yesterday_of_001(&h), None, "undated until the analyst accepts");
    assert!(h.state().x.corpus().documents[doc].published.is_none());

    // the analyst sets another day: «أمس» is the day before it, at once
    common::replace_text(&mut h, "Publication date", "2024-09-25");
    h.get_by_label("Set date").click();
    h.run_steps(3);
    assert_eq!(yesterday_of_001(&h).as_deref(), Some("2024-09-24"));
    h.get_by_label_contains("(set by the analyst)");
    // a date after today is refused with a message, and changes nothing
    common::replace_text(&mut h, "Publication date", "2999-01-01");
    h.get_by_label("Set date").click();
    h.run_steps(2);
    h.get_by_label("The date is after today.");
    assert_eq!(yesterday_of_001(&h).as_deref(), Some("2024-09-24"));

    // back to the sources, then the suggestion accepted
    h.get_by_label("Use the sources' date").click();
    h.run_steps(3);
    assert_eq!(yesterday_of_001(&h), None);
    h.get_by_label("Accept suggested date").click();
    h.run_steps(3);
    assert_eq!(yesterday_of_001(&h).as_deref(), Some("2024-09-17"));
    // undone with the keyboard
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(yesterday_of_001(&h), None);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(3);
    assert_eq!(yesterday_of_001(&h).as_deref(), Some("2024-09-17"));

    // saved in the workspace, and back on reopening
    std::thread::sleep(std::time::Duration::from_millis(1600));
    h.run_steps(2);
    let saved = std::fs::read_to_string(dir.join(".tarikh/workspace.json")).expect("workspace saved");
    assert!(saved.contains("\"op\": \"set_published\"") && saved.contains("\"accepted\": true"), "{saved}");
    drop(h);
    let again = common::app_harness(TarikhApp::load(std::slice::from_ref(&dir)), [1500.0, 950.0]);
    assert_eq!(yesterday_of_001(&again).as_deref(), Some("2024-09-17"));
    let _ = std::fs::remove_dir_all(&dir);
}
