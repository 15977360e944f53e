//! A crowd that protests by its verb, and assets frozen (on sentences written for these tests):
//! `احتج مئات السكان`, `des centaines d'habitants ont protesté`, `des centaines de personnes se
//! sont rassemblées` are a protest, though no noun of one is in the clause; `جمدت إيكواس أصول
//! مالي`, `la Cédéao a gelé les avoirs du Mali` are sanctions, as is an embargo. A state that
//! protests to another stays diplomacy; `pour protester` is no protest of its own.

use super::meaning_tests::{each_typed_on, events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_crowd_that_protests_by_its_verb_protests() {
    each_typed_on(
        &[
            ("احتج مئات السكان يوم الاثنين في سيغو على انقطاع الكهرباء.", EventType::Political),
            ("واحتجوا يوم الاثنين، وهم عشرات الطلاب، أمام مقر الوزارة في باماكو.", EventType::Political),
            (
                "Des centaines d'habitants ont protesté lundi à Ségou contre les coupures d'électricité.",
                EventType::Political,
            ),
            ("Lundi, des milliers de jeunes protestaient devant la mairie de Kayes.", EventType::Political),
            // a crowd gathered, whatever it stands for
            (
                "Lundi, plusieurs centaines de personnes se sont rassemblées à Bamako pour défendre le multipartisme.",
                EventType::Political,
            ),
        ],
        "2024-06-12",
        "2024-06-10",
    );
    // a state's protest lodged with another stays diplomacy
    let ev = events("احتجت مالي يوم الاثنين لدى الجزائر على تصريحات وزيرها.", "2024-06-12");
    assert_eq!(type_on(&ev, "2024-06-10"), EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn assets_frozen_and_embargoes_are_sanctions() {
    each_typed_on(
        &[
            ("جمدت المجموعة الاقتصادية لدول غرب أفريقيا يوم الاثنين أصول مالي في البنك المركزي.", EventType::Diplomatic),
            ("أعلنت واشنطن يوم الاثنين تجميد أرصدة ثلاثة مسؤولين ماليين.", EventType::Diplomatic),
            ("La Cédéao a gelé lundi les avoirs du Mali à la banque centrale régionale.", EventType::Diplomatic),
            ("La Cédéao a décrété lundi un embargo sur les armes à destination du Mali.", EventType::Diplomatic),
        ],
        "2024-06-12",
        "2024-06-10",
    );
    for text in [
        "جمدت المجموعة الاقتصادية لدول غرب أفريقيا يوم الاثنين أصول مالي في البنك المركزي.",
        "La Cédéao a gelé lundi les avoirs du Mali à la banque centrale régionale.",
    ] {
        let ev = events(text, "2024-06-12");
        assert!(ev.iter().any(|e| e.title.contains("sanctions")), "{text}: {:?}", titles_of(&ev));
    }
}
