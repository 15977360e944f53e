//! Curation through the UI: an event's date edited in the source panel, undone and redone
//! with the keyboard, and found saved in the workspace file.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;
use tarikh::model::Precision;

use crate::common;

fn date_of(h: &Harness<'static, TarikhApp>, id: &str) -> (String, Precision) {
    let x = &h.state().x;
    let e = x.events().iter().find(|e| e.mentions.iter().any(|m| m.id == id)).unwrap();
    let w = e.when.unwrap();
    (w.iso_start(), w.precision)
}

fn replace_text(h: &mut Harness<'static, TarikhApp>, label: &str, text: &str) {
    common::replace_text(h, label, text);
}

#[test]
fn edit_a_date_undo_redo_and_find_it_saved() {
    let dir = common::copy_seeds("date");
    let mut app = TarikhApp::load(std::slice::from_ref(&dir));
    // the seeds as trainers use them: the two suggested publication dates accepted
    app.apply(Command::AcceptAllSuggestions);
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(2);
    let i = h.state().x.events().iter().position(|e| e.event_type == tarikh::model::EventType::Kidnapping).unwrap();
    let key = h.state().x.events()[i].mentions[0].id.clone();
    let before = date_of(&h, &key);
    assert_eq!(before, ("2024-08-01".to_string(), Precision::Month));
    h.get_by_label_contains("JNIM takes hostages in Niamey").click();
    h.run_steps(2);
    h.get_by_label("Curate this event").click();
    h.run_steps(2);
    replace_text(&mut h, "Date start", "2024-08-05");
    replace_text(&mut h, "Date end", "2024-08-05");
    h.get_by_label("Precision").click();
    h.run_steps(2);
    h.get_by_label("day").click();
    h.run_steps(2);
    h.get_by_label("Save date").click();
    h.run_steps(2);
    assert_eq!(date_of(&h, &key), ("2024-08-05".to_string(), Precision::Day));
    assert!(h.query_by_label_contains("curated: date").is_some(), "the header marks the curated field");

    // leave the text field, then undo and redo with the keyboard
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(date_of(&h, &key), before);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(date_of(&h, &key), ("2024-08-05".to_string(), Precision::Day));

    // autosave within two seconds
    std::thread::sleep(std::time::Duration::from_millis(1600));
    h.run_steps(2);
    let saved = std::fs::read_to_string(dir.join(".tarikh/workspace.json")).expect("workspace saved");
    let ws: serde_json::Value = serde_json::from_str(&saved).unwrap();
    let edits = ws["edits"].as_array().unwrap();
    assert_eq!(edits.len(), 3, "{saved}");
    assert!(edits[..2].iter().all(|e| e["op"] == "set_published" && e["accepted"] == true), "{saved}");
    assert_eq!(edits[2]["op"], "set_when");
    assert_eq!(edits[2]["event"], &*key);
    assert_eq!(edits[2]["when"]["start"], "2024-08-05");
    assert_eq!(edits[2]["when"]["precision"], "day");
    let _ = std::fs::remove_dir_all(&dir);
}
