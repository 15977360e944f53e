//! The French interface driven headless with egui_kittest: the language button switches the
//! chrome to French (no string asked for that the French table lacks), dates read
//! `17 septembre 2024`, and the layout stays left to right.

use egui_kittest::kittest::Queryable;
use tarikh::explore::Command;
use tarikh::i18n::Lang;
use tarikh::model::EventType;

use crate::common;

#[test]
fn switching_to_french_translates_the_chrome_and_dates() {
    let mut h = common::app_harness(common::seeds_dated_app(), [1500.0, 950.0]);
    h.run_steps(3);
    common::click_tool(&mut h, "Français");
    h.run_steps(4);
    assert_eq!(h.state().session.settings.lang, Some(Lang::French));
    h.get_by_label("Exporter");
    h.get_by_label("Choisissez un événement sur la frise ou dans la liste pour voir ses sources.");
    // the other two languages, each named in itself (on the row, or in its "…" menu)
    if h.query_by_label("English").is_none() {
        h.get_by_label("…").click();
        h.run_steps(2);
    }
    h.get_by_label("English");
    h.get_by_label("العربية");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    // the menus still start at the left edge
    assert!(h.get_by_label("Corpus").rect().left() < 100.0);
    let i = h
        .state()
        .x
        .events()
        .iter()
        .position(|e| {
            e.event_type == EventType::Attack && e.when.is_some_and(|w| w.first_day().to_string() == "2024-09-17")
        })
        .unwrap();
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    assert!(
        h.query_all_by_label_contains("17 septembre 2024").count() >= 2,
        "the event's date and its mentions' dates in French"
    );
    assert!(h.query_all_by_label_contains("Voir dans le document").count() >= 4);
    // the event's title is said in French: the act, its targets and place, who did it
    let title = h.state().x.title(i, Lang::French).to_string();
    assert!(title.starts_with("Attaque contre ") && title.contains("(Bamako)") && title.contains(" — "), "{title}");
    assert!(h.query_all_by_label_contains(&title).count() >= 1, "shown as the selected event's heading");
    assert!(h.query_by_label_contains("JNIM attacks").is_none(), "not the English title");
    let missing = tarikh::i18n::missing();
    assert!(missing.is_empty(), "strings the French table lacks: {missing:?}");
}
