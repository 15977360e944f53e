//! Forces that answer their attackers (on sentences written for these tests): `ردت القوات على
//! المهاجمين`, `les militaires ont riposté`, `mis en fuite les assaillants` tell a fight, though no
//! noun of combat is in the clause; a reply in words stays a statement.

use super::meaning_tests::{each_typed_on, events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn forces_that_answer_attackers_fight() {
    each_typed_on(
        &[
            ("ردت القوات المسلحة مساء الاثنين على المهاجمين قرب نارا.", EventType::Clash),
            ("تصدى الجنود مساء الاثنين للمسلحين قرب نارا.", EventType::Clash),
            ("وأجبرتهم القوات على الفرار مساء الاثنين قرب نارا.", EventType::Clash),
            ("Les militaires ont riposté lundi soir près de Nara.", EventType::Clash),
            ("Lundi soir, les soldats ont mis en fuite les assaillants près de Nara.", EventType::Clash),
        ],
        "2024-06-12",
        "2024-06-10",
    );
}

#[test]
fn a_reply_in_words_is_no_fight() {
    for text in
        ["ردت الحكومة مساء الاثنين على بيان الأحزاب.", "Le gouvernement a riposté lundi soir aux critiques des partis."]
    {
        let ev = events(text, "2024-06-12");
        assert_ne!(type_on(&ev, "2024-06-10"), EventType::Clash, "{text}: {:?}", titles_of(&ev));
    }
}
