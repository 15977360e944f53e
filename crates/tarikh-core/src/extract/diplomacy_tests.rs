//! Acts between states told without the words of a visit or a summit (on sentences written for
//! these tests): relations frozen or restored, a note of protest, aid suspended, flights banned,
//! a chargé d'affaires summoned.

use super::meaning_tests::{events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn acts_between_states_are_diplomatic() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    for text in [
        "قررت مالي يوم الثلاثاء تجميد علاقاتها مع الجزائر.",
        "سلمت الجزائر يوم الثلاثاء مذكرة احتجاج إلى السفير المالي.",
        "أعلنت فرنسا يوم الثلاثاء تعليق مساعداتها التنموية لمالي.",
        "منعت مالي يوم الثلاثاء الطائرات الفرنسية من التحليق فوق أراضيها.",
        "استدعت وزارة الخارجية يوم الثلاثاء القائم بالأعمال الفرنسي.",
        "Paris a suspendu mardi son aide au développement au Burkina Faso.",
        "Le Mali a convoqué mardi le chargé d'affaires algérien.",
        "Le Mali a interdit mardi le survol de son territoire aux avions français.",
        "Le Mali et l'Algérie ont rétabli mardi leurs relations diplomatiques.",
    ] {
        let ev = events(&format!("Titre\n{text}\n"), "2024-04-18");
        assert_eq!(type_on(&ev, "2024-04-16"), EventType::Diplomatic, "{text}: {:?}", titles_of(&ev));
    }
    // a suspension at home stays one
    let ev = events("Titre\nLa junte a suspendu mardi les activités des partis politiques.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Political, "{:?}", titles_of(&ev));
}
