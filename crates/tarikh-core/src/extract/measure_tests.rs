//! Acts told by a verb whose other readings are common (on sentences written for these tests):
//! workers who strike (`أضرب المعلمون`, without `عن العمل`), parties dissolved (`حلت الحكومة
//! الأحزاب`), nationals evacuated (`أجلت فرنسا رعاياها`, which also reads "postponed").

use super::meaning_tests::{events, has_kind, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_strike_a_dissolution_and_an_evacuation_are_named_by_their_verbs() {
    for (text, ty, kind) in [
        ("أضرب المعلمون يوم الاثنين في جميع أنحاء البلاد للمطالبة بزيادة الرواتب.", EventType::Political, "protest"),
        ("حلت الحكومة يوم الاثنين جميع الأحزاب السياسية.", EventType::Political, "dissolution"),
        ("أجلت فرنسا يوم الاثنين رعاياها من النيجر.", EventType::Diplomatic, "diplomatic"),
    ] {
        let ev = events(text, "2024-06-12");
        assert_eq!(type_on(&ev, "2024-06-10"), ty, "{text}: {:?}", titles_of(&ev));
        assert!(ev.iter().any(|e| has_kind(e, kind)), "{text}: {:?}", titles_of(&ev));
    }
    // an election put off is still a postponement
    let ev = events("أجلت الحكومة يوم الاثنين الانتخابات الرئاسية.", "2024-06-12");
    assert!(ev.iter().any(|e| has_kind(e, "postponement")), "{:?}", titles_of(&ev));
}
