//! Accidents of aircraft (on sentences written for these tests): helicopters or planes that
//! collide (`تصادم بين مروحيتين`, `la collision de deux hélicoptères`) are an accident, though
//! soldiers die in it, not an attack; the day it is announced is a report of the dead.

use super::meaning_tests::{events, has_kind, type_on};
use crate::model::EventType;

#[test]
fn helicopters_that_collide_are_an_accident() {
    for text in [
        "وقتل 13 عسكريا فرنسيا مساء الاثنين في تصادم بين مروحيتين خلال عملية في مالي.",
        "Treize militaires français ont été tués lundi soir dans la collision de deux hélicoptères au Mali.",
    ] {
        let ev = events(text, "2019-11-26");
        assert_eq!(type_on(&ev, "2019-11-25"), EventType::Other, "{text}");
        assert!(ev.iter().any(|e| has_kind(e, "accident")), "{text}");
    }
}

#[test]
fn a_collision_announced_the_next_day_is_reported_not_an_attack() {
    let text = "أعلنت الرئاسة الفرنسية اليوم الثلاثاء مقتل 13 عسكريا في تصادم بين مروحيتين في مالي مساء الاثنين.";
    let ev = events(text, "2019-11-26");
    assert_eq!(type_on(&ev, "2019-11-25"), EventType::Other, "{ev:?}");
    assert!(ev.iter().all(|e| e.event_type != EventType::Attack), "{ev:?}");
}
