//! A participle that describes a noun and dates only the date right after it (`الاتفاق الموقع
//! عام 2015`, `l'accord signé en 2015`), on sentences written for these tests: the date is the
//! act the participle names, not the act the clause tells of that noun (its ending in 2024),
//! and who the clause is about (or names further on) did not do it then.

use super::meaning_tests::{events, one_where, starts_on, titles_of};
use crate::model::EventType;

#[test]
fn an_agreement_signed_in_a_year_is_signed_then_not_ended_then() {
    for text in [
        "عنوان\nأعلن المجلس العسكري الحاكم في مالي مساء أمس الخميس الإنهاء \"الفوري\" لاتفاق الجزائر للسلام الموقع عام 2015 مع الجماعات الانفصالية في الشمال، متهما الجزائر بـ\"أعمال عدائية\".\n",
        "Titre\nLa junte a annoncé jeudi la fin avec effet immédiat de l'accord de paix signé en 2015.\n",
    ] {
        let ev = events(text, "2024-01-26");
        let signed = one_where(&ev, |e| starts_on(e, "2015"));
        assert_eq!(signed.event_type, EventType::Agreement, "{text}: {:?}", titles_of(&ev));
        let outside = |a: &String| a.contains("junta") || a == "Algeria";
        assert!(!signed.actors.iter().any(outside), "{text}: {} {:?}", signed.title, signed.actors);
        let ended = one_where(&ev, |e| starts_on(e, "2024-01-25"));
        assert_eq!(ended.event_type, EventType::Political, "{text}: {:?}", titles_of(&ev));
    }
}
