//! An arrest told with `القبض` (on sentences written for these tests), whether the day comes
//! before the verb, after `على`, or between `القبض` and `على`; detainees set free (`remis en
//! liberté`) are released, not arrested; one charged (`inculpé`) stands trial; inmates who
//! escape (`évasion`, `فرار السجناء`) break out of prison.

use super::meaning_tests::{events, titles_of};

#[test]
fn an_arrest_is_told_with_al_qabd() {
    for text in [
        "عنوان\nوألقت قوات الأمن القبض على ثلاثة مشتبه بهم في باماكو يوم الاثنين 2 سبتمبر 2024.\n",
        "عنوان\nوألقت قوات الأمن القبض يوم الاثنين 2 سبتمبر 2024 على ثلاثة مشتبه بهم في باماكو.\n",
    ] {
        let ev = events(text, "2024-09-10");
        assert!(
            ev.iter().any(|e| e.title.starts_with("Arrests") || e.title.contains("arrests")),
            "{:?}",
            titles_of(&ev)
        );
    }
}

#[test]
fn detainees_set_free_are_released_not_arrested() {
    let ev = events("Titre\nLes autorités ont remis en liberté mardi 20 détenus politiques.\n", "2024-04-18");
    assert!(ev.iter().any(|e| e.title.starts_with("Release")), "{:?}", titles_of(&ev));
    assert!(!ev.iter().any(|e| e.title.starts_with("Arrests")), "{:?}", titles_of(&ev));
}

#[test]
fn one_charged_stands_trial() {
    let ev = events("Titre\nUn ancien ministre a été inculpé mardi pour détournement de fonds.\n", "2024-04-18");
    assert!(ev.iter().any(|e| e.title.starts_with("Trial")), "{:?}", titles_of(&ev));
}

#[test]
fn inmates_who_escape_break_out_of_prison() {
    for text in [
        "Titre\nÉvasion de centaines de détenus d'une prison du nord mardi.\n",
        "عنوان\nفرار مئات السجناء من سجن في شمال البلاد يوم الثلاثاء.\n",
    ] {
        let ev = events(text, "2024-04-18");
        assert!(ev.iter().any(|e| e.title.starts_with("Prison break")), "{text}: {:?}", titles_of(&ev));
    }
    // people who flee their villages are displaced, no inmates
    let ev = events("عنوان\nفر آلاف السكان يوم الثلاثاء من قرى قرب موبتي.\n", "2024-04-18");
    assert!(ev.iter().any(|e| e.title.starts_with("Displacement")), "{:?}", titles_of(&ev));
}
