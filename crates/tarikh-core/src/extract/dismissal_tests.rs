//! Who dismisses whom (on sentences written for these tests): the one dismissed is no agent of
//! the dismissal; the one who resigns is the agent of the resignation, not who announces that
//! he resigned; one stripped of his powers, or whose duties are ended (`a mis fin aux fonctions
//! du Premier ministre`), is dismissed; who proclaims himself head appoints himself, and the
//! body he is to head is not who appoints.

use super::meaning_tests::event_on;
use crate::model::EventType;

#[test]
fn the_one_dismissed_is_not_who_dismisses() {
    // published on Thursday 21 November 2024: Wednesday is the 20th
    for text in [
        "أقال أسيمي غويتا يوم الأربعاء رئيس الوزراء شوغل مايغا.",
        "Assimi Goïta a limogé mercredi le Premier ministre Choguel Maïga.",
        "Choguel Maïga a été limogé mercredi par Assimi Goïta.",
    ] {
        let e = event_on(text, "2024-11-21", "2024-11-20");
        assert_eq!(e.event_type, EventType::Political, "{text}: {}", e.title);
        assert_eq!(e.actors, ["Assimi Goïta"], "{text}: {}", e.title);
    }
    // unnamed, the one who dismisses leaves no actor: never the one dismissed
    let e = event_on("أقال رئيس المرحلة الانتقالية يوم الأربعاء رئيس الوزراء شوغل مايغا.", "2024-11-21", "2024-11-20");
    assert!(e.actors.is_empty(), "{:?}", e.actors);
    // who resigns does
    let e = event_on("استقال رئيس الوزراء شوغل مايغا يوم الأربعاء.", "2024-11-21", "2024-11-20");
    assert_eq!(e.actors, ["Choguel Maïga"], "{}", e.title);
}

#[test]
fn who_announces_that_others_resigned_did_not_resign() {
    // published on Thursday 27 May 2021: Wednesday is the 26th
    for text in [
        "أعلن مستشار لغويتا أن الرئيس ورئيس الوزراء قدما استقالتيهما يوم الأربعاء.",
        "Un conseiller de Goïta a annoncé que le président avait démissionné mercredi.",
    ] {
        let e = event_on(text, "2021-05-27", "2021-05-26");
        assert_eq!(e.event_type, EventType::Political, "{text}: {}", e.title);
        assert!(e.actors.is_empty(), "{text}: {:?}", e.actors);
    }
    // one who says he stripped others of their powers dismissed them
    for text in [
        "أعلن غويتا أنه جرد الرئيس من صلاحياته يوم الأربعاء.",
        "Le colonel Goïta a annoncé mercredi avoir démis le président de ses fonctions.",
    ] {
        let e = event_on(text, "2021-05-27", "2021-05-26");
        assert!(super::meaning_tests::has_kind(&e, "dismissal"), "{text}: {}", e.title);
        assert_eq!(e.actors, ["Assimi Goïta"], "{text}: {}", e.title);
    }
}

#[test]
fn an_end_put_to_someone_s_duties_dismisses_him() {
    // published on Friday 22 November 2024: Wednesday is the 20th
    let text = "Le général Assimi Goïta a mis fin mercredi soir aux fonctions du Premier ministre Choguel Maïga.";
    let e = event_on(text, "2024-11-22", "2024-11-20");
    assert!(super::meaning_tests::has_kind(&e, "dismissal"), "{}", e.title);
    assert_eq!(e.actors, ["Assimi Goïta"], "{}", e.title);
}

#[test]
fn who_proclaims_himself_head_of_a_body_is_appointed_by_himself_not_by_the_body() {
    // published on Saturday 29 July 2023: Friday is the 28th
    for text in [
        "أعلن الجنرال عبد الرحمن تياني يوم الجمعة نفسه رئيسا للمجلس العسكري.",
        "Le général Abdourahamane Tiani s'est proclamé vendredi chef de la junte.",
    ] {
        let e = event_on(text, "2023-07-29", "2023-07-28");
        assert!(super::meaning_tests::has_kind(&e, "appointment"), "{text}: {}", e.title);
        assert_eq!(e.actors.first().map(String::as_str), Some("Abdourahamane Tiani"), "{text}: {:?}", e.actors);
    }
}
