//! A corpus of one Arabic and one French article about the same attack: one event with both
//! cards, the French paragraph laid out left to right and the Arabic one right to left; a name
//! in French finds the event drawn from Arabic text.

use egui::accesskit::{Role, TextDirection};
use egui_kittest::kittest::NodeT;
use egui_kittest::kittest::Queryable;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;
use tarikh::model::EventType;

use crate::common;

const ARABIC: &str = "\
هجوم على معسكر للجيش في تمبكتو
الأحد 12 مارس 2023

هاجم مسلحون معسكرا في تمبكتو يوم 11 مارس 2023.
";

const FRENCH: &str = "\
Attaque contre un camp de l'armée à Tombouctou
Publié le 12/03/2023 à 09h10

Des hommes armés ont attaqué un camp à Tombouctou le 11 mars 2023.
";

const FRENCH_PARAGRAPH: &str = "Des hommes armés ont attaqué un camp à Tombouctou le 11 mars 2023.";
const ARABIC_PARAGRAPH: &str = "هاجم مسلحون معسكرا في تمبكتو يوم 11 مارس 2023.";

fn mixed_app() -> TarikhApp {
    let dir = common::temp_dir("mixed");
    std::fs::write(dir.join("ar.txt"), ARABIC).unwrap();
    std::fs::write(dir.join("fr.txt"), FRENCH).unwrap();
    TarikhApp::load(&[dir])
}

fn attack(app: &TarikhApp) -> usize {
    app.x
        .events()
        .iter()
        .position(|e| {
            e.event_type == EventType::Attack && e.when.is_some_and(|w| w.first_day().to_string() == "2023-03-11")
        })
        .expect("the attack of 11 March 2023")
}

#[test]
fn one_event_two_cards_one_left_to_right_one_right_to_left() {
    let app = mixed_app();
    let languages: Vec<&str> = app.x.corpus().documents.iter().map(|d| d.language().code()).collect();
    assert_eq!(languages, ["ar", "fr"]);
    let i = attack(&app);
    let files: Vec<usize> = app.x.events()[i].mentions.iter().map(|m| m.doc).collect();
    assert!(
        files.contains(&0) && files.contains(&1),
        "both reports are one event: {:?}",
        app.x.events().iter().map(|e| &e.title).collect::<Vec<_>>()
    );
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    // each card says its language
    h.get_by_label_contains("Arabic");
    h.get_by_label_contains("French");
    // the French paragraph is laid out left to right, the Arabic one right to left
    let direction = |text: &str| h.get_by_label(text).accesskit_node().text_direction();
    assert_eq!(direction(FRENCH_PARAGRAPH), Some(TextDirection::LeftToRight));
    assert_eq!(direction(ARABIC_PARAGRAPH), Some(TextDirection::RightToLeft));
    // in the same column, the Arabic paragraph (one line) hugs the right edge, the French one
    // the left
    let (fr, ar) = (h.get_by_label(FRENCH_PARAGRAPH).rect(), h.get_by_label(ARABIC_PARAGRAPH).rect());
    let column = h.state().layout.side;
    assert!((column.right() - ar.right()).abs() < 40.0 && ar.width() > 0.0, "column {column:?}, Arabic {ar:?}");
    assert!(
        (fr.left() - column.left()).abs() < 40.0 && ar.right() > fr.right(),
        "column {column:?}, French {fr:?}, Arabic {ar:?}"
    );
}

#[test]
fn a_french_name_finds_the_event_drawn_from_arabic_text() {
    let dir = common::temp_dir("arabic-only");
    std::fs::write(dir.join("ar.txt"), ARABIC).unwrap();
    let mut h = common::app_harness(TarikhApp::load(&[dir]), [1500.0, 950.0]);
    h.run_steps(3);
    let i = attack(h.state());
    let search = h.get_by_role(Role::TextInput);
    search.focus();
    search.type_text("Tombouctou");
    h.run_steps(3);
    assert!(h.state().x.shown().contains(&i), "shown: {:?}", h.state().x.shown());
}

#[test]
fn a_card_of_an_undated_article_says_publication_date_unknown_once() {
    let dir = common::temp_dir("undated");
    // a date the text looks forward to bounds no publication date: the article stays undated
    std::fs::write(dir.join("ar.txt"), "عنوان\nسيعقد المجلس اجتماعا في تمبكتو يوم 11 مارس 2023.\n").unwrap();
    let app = TarikhApp::load(&[dir]);
    assert!(app.x.corpus().documents[0].published.is_none());
    let i = app.x.events().iter().position(|e| e.when.is_some()).expect("a dated event");
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(3);
    let header = h.get_by_label_contains("publication date unknown");
    let text = header.accesskit_node().label().unwrap_or_default().to_string();
    assert!(!text.contains("published publication"), "{text}");
}
