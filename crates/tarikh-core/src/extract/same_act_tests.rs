//! Acts done again (on sentences written for these tests).

use super::super::meaning_tests::{event_on, events, has_kind, type_on};
use crate::model::EventType;

#[test]
fn a_state_that_follows_another_does_the_act_told_before() {
    let text = "أعلنت مالي يوم الأحد انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا. وحذت النيجر حذوها يوم الاثنين.";
    let e = event_on(text, "2025-10-30", "2025-10-27");
    assert_eq!(e.event_type, EventType::Diplomatic, "{}", e.title);
    assert!(has_kind(&e, "withdrawal_membership"), "{}", e.title);
    assert_eq!(e.actors, ["Niger"], "{}", e.title);
}

#[test]
fn states_that_did_the_same_the_next_day_are_typed_as_the_first() {
    let text = "Mardi, l'ambassade des États-Unis a exhorté ses ressortissants à quitter le Mali. \
                Le Royaume-Uni a fait de même mercredi.";
    let ev = events(text, "2025-10-30");
    assert_eq!(type_on(&ev, "2025-10-28"), EventType::Diplomatic, "{ev:?}");
    assert_eq!(type_on(&ev, "2025-10-29"), EventType::Diplomatic, "{ev:?}");
}

#[test]
fn with_no_act_told_before_the_same_stays_other() {
    let e = event_on("Le Niger a fait de même lundi.", "2025-10-30", "2025-10-27");
    assert_eq!(e.event_type, EventType::Other, "{}", e.title);
}
