//! The scene of an attack (on sentences written for these tests): `موقع الهجوم`, `les lieux de
//! l'attaque` name a place, not the attack again; a regional official who goes there visits.

use super::meaning_tests::{events, has_kind, titles_of, type_on};
use crate::model::EventType;

#[test]
fn an_official_who_goes_to_the_scene_of_an_attack_visits_it() {
    for text in [
        "وتوجه حاكم منطقة موبتي صباح الثلاثاء إلى موقع الهجوم.",
        "Le gouverneur de la région de Mopti s'est rendu mardi matin sur les lieux de l'attaque.",
    ] {
        let ev = events(text, "2024-07-17");
        assert_eq!(type_on(&ev, "2024-07-16"), EventType::Political, "{text}: {:?}", titles_of(&ev));
        assert!(ev.iter().any(|e| has_kind(e, "visit")), "{text}: {:?}", titles_of(&ev));
    }
    // investigators who go there make no visit
    let ev = events("وتوجه فريق من المحققين يوم الثلاثاء إلى مكان الهجوم.", "2024-07-17");
    assert!(ev.iter().all(|e| !has_kind(e, "visit")), "{:?}", titles_of(&ev));
}
