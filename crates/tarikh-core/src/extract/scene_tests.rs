//! The scene of an attack (on sentences written for these tests): `موقع الهجوم`, `les lieux de
//! l'attaque` name a place, not the attack again; a regional official who goes there visits.

use super::kind_case_tests::each_of_kind_on;
use super::meaning_tests::{events, has_kind, titles_of};
use crate::model::EventType;

#[test]
fn an_official_who_goes_to_the_scene_of_an_attack_visits_it() {
    each_of_kind_on(
        &[
            "وتوجه حاكم منطقة موبتي صباح الثلاثاء إلى موقع الهجوم.",
            "Le gouverneur de la région de Mopti s'est rendu mardi matin sur les lieux de l'attaque.",
        ],
        "2024-07-17",
        "2024-07-16",
        EventType::Political,
        "visit",
    );
    // investigators who go there make no visit
    let ev = events("وتوجه فريق من المحققين يوم الثلاثاء إلى مكان الهجوم.", "2024-07-17");
    assert!(ev.iter().all(|e| !has_kind(e, "visit")), "{:?}", titles_of(&ev));
}
