//! Who dismisses whom (on sentences written for these tests): the one dismissed is no agent of
//! the dismissal; the one who resigns is the agent of the resignation.

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
