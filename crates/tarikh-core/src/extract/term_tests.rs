//! The term an extension runs until is not its day, on sentences written for these tests: a
//! mandate or a transition extended `حتى 30 يونيو 2017`, `jusqu'en mars 2024`.

use super::meaning_tests::{days_of, events, titles_of};

#[test]
fn the_term_a_mandate_or_a_transition_is_extended_until_is_not_its_day() {
    for text in [
        "عنوان\nومدد مجلس الأمن مهمة البعثة الأممية حتى 30 يونيو 2017.\n",
        "Titre\nLe Conseil de sécurité de l'ONU a prolongé le mandat de la Minusma jusqu'au 30 juin 2017.\n",
        "Titre\nLa junte a prolongé la transition jusqu'en mars 2024.\n",
    ] {
        let ev = events(text, "2016-06-02");
        assert!(days_of(&ev).is_empty(), "{text}: {:?} {:?}", days_of(&ev), titles_of(&ev));
    }
    // the day it was extended stays its day
    let ev = events("عنوان\nوقرر مجلس الأمن الأربعاء تمديد مهمة البعثة الأممية حتى 30 يونيو 2017.\n", "2016-06-02");
    assert_eq!(days_of(&ev), ["2016-06-01"], "{:?}", titles_of(&ev));
    // fighting that lasts until a day ends on it
    let ev = events("Titre\nLes affrontements ont duré jusqu'à mercredi matin.\n", "2016-06-02");
    assert_eq!(days_of(&ev), ["2016-06-01"], "{:?}", titles_of(&ev));
}
