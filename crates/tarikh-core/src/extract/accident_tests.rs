//! Accidents of aircraft (on sentences written for these tests): helicopters or planes that
//! collide (`تصادم بين مروحيتين`, `la collision de deux hélicoptères`) are an accident, though
//! soldiers die in it, not an attack; the day it is announced is a report of the dead.

use super::kind_case_tests::each_of_kind_on;
use super::meaning_tests::{events, type_on};
use crate::model::EventType;

#[test]
fn helicopters_that_collide_are_an_accident() {
    each_of_kind_on(
        &[
            "وقتل 13 عسكريا فرنسيا مساء الاثنين في تصادم بين مروحيتين خلال عملية في مالي.",
            "Treize militaires français ont été tués lundi soir dans la collision de deux hélicoptères au Mali.",
        ],
        "2019-11-26",
        "2019-11-25",
        EventType::Other,
        "accident",
    );
}

#[test]
fn a_collision_announced_the_next_day_is_reported_not_an_attack() {
    let text = "أعلنت الرئاسة الفرنسية اليوم الثلاثاء مقتل 13 عسكريا في تصادم بين مروحيتين في مالي مساء الاثنين.";
    let ev = events(text, "2019-11-26");
    assert_eq!(type_on(&ev, "2019-11-25"), EventType::Other, "{ev:?}");
    assert!(ev.iter().all(|e| e.event_type != EventType::Attack), "{ev:?}");
}

#[test]
fn deaths_told_beside_what_caused_them_are_the_accident_s() {
    each_of_kind_on(
        &[
            "L'effondrement d'une mine d'or a fait 40 morts dimanche dans la région de Kayes.",
            "Quarante orpailleurs ont péri dimanche dans l'effondrement d'une mine près de Kayes.",
            "لقي 40 شخصا حتفهم يوم الأحد في انهيار منجم للذهب في كايس.",
            "Plusieurs maisons se sont effondrées dimanche à Kayes après des pluies, faisant trois morts.",
        ],
        "2024-06-12",
        "2024-06-09",
        EventType::Other,
        "accident",
    );
    // deaths in an attack stay the attack's
    let ev = events("Dix soldats sont morts dimanche dans une attaque près de Kayes.", "2024-06-12");
    assert_eq!(type_on(&ev, "2024-06-09"), EventType::Attack);
}
