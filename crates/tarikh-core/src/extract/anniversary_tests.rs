//! An anniversary kept (on sentences written for these tests): the day a coup or an attack is
//! remembered is a commemoration, not a second coup or attack; the event remembered keeps its
//! own date; a tribute paid to the dead (`cérémonie d'hommage`, `حفل تأبيني`) is one too.

use super::meaning_tests::{each_typed_on, events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn the_day_an_event_is_remembered_is_a_commemoration_not_the_event() {
    // published on Friday 26 July 2024
    each_typed_on(
        &[
            ("يحيي المجلس العسكري في النيجر يوم الجمعة الذكرى الأولى للانقلاب الذي أطاح بالرئيس.", EventType::Other),
            (
                "La junte célèbre ce vendredi le premier anniversaire du coup d'État qui a renversé le président.",
                EventType::Other,
            ),
            ("Les Maliens ont commémoré vendredi l'attaque contre l'école de gendarmerie.", EventType::Other),
        ],
        "2024-07-26",
        "2024-07-26",
    );
    // the coup remembered, dated of its own, stays the coup
    let ev =
        events("Titre\nLa junte a célébré vendredi l'anniversaire du coup d'État du 26 juillet 2023.\n", "2024-07-27");
    assert_eq!(type_on(&ev, "2023-07-26"), EventType::Coup, "{:?}", titles_of(&ev));
    // districts (`أحياء`) and a man named Yahya (`يحيى`) remember nothing
    let ev = events("عنوان\nوامتد إطلاق النار يوم الجمعة إلى عدة أحياء في العاصمة.\n", "2024-07-27");
    assert_ne!(type_on(&ev, "2024-07-26"), EventType::Other, "{:?}", titles_of(&ev));
}

#[test]
fn a_tribute_paid_to_the_dead_is_a_commemoration() {
    // published on Saturday 27 July 2024: Friday is the 26th
    for text in [
        "Jeudi, une cérémonie d'hommage s'est tenue devant l'école de gendarmerie.",
        "Les élèves ont rendu hommage jeudi aux victimes de l'attaque.",
        "أقيم الخميس حفل تأبيني لضحايا الهجوم في باماكو.",
    ] {
        let ev = events(&format!("Titre\n{text}\n"), "2024-07-27");
        assert!(ev.iter().any(|e| e.title.starts_with("Commemoration")), "{text}: {:?}", titles_of(&ev));
    }
}
