//! Fighters who give themselves up (on sentences written for these tests): `استسلم المقاتلون
//! للجيش`, `se sont rendus à l'armée` are a surrender (`other`), not a visit; a minister who
//! goes to a town (`s'est rendu à Kidal`) still visits.

use super::kind_case_tests::each_of_kind_on;
use super::meaning_tests::{events, has_kind, titles_of};
use crate::model::EventType;

#[test]
fn fighters_who_give_themselves_up_surrender() {
    each_of_kind_on(
        &[
            "استسلم عشرات المقاتلين يوم السبت للجيش المالي في منطقة موبتي.",
            "Des dizaines de combattants se sont rendus samedi à l'armée malienne dans la région de Mopti.",
            "Samedi, une trentaine de jihadistes ont déposé les armes près de Mopti.",
        ],
        "2024-06-12",
        "2024-06-08",
        EventType::Other,
        "surrender",
    );
    let ev = events("Le ministre s'est rendu samedi à Kidal pour rencontrer les soldats de l'armée.", "2024-06-12");
    assert!(ev.iter().any(|e| has_kind(e, "visit")), "{:?}", titles_of(&ev));
}
