//! The term an extension runs until is not its day, on sentences written for these tests: a
//! mandate or a transition extended `حتى 30 يونيو 2017`, `jusqu'en mars 2024`. A term of office
//! granted, a leader re-elected and a mission given a new term are of their kinds.

use super::meaning_tests::{days_of, each_typed_on, events, titles_of};
use crate::model::EventType;

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

#[test]
fn a_term_granted_a_re_election_and_a_missions_new_term_are_typed_by_what_they_are() {
    each_typed_on(
        &[
            // a term of office granted is political, not the arrests the clause opens with
            (
                "Ces arrestations interviennent alors que le chef de la junte s'est vu octroyer en juillet un mandat de cinq ans renouvelable.",
                EventType::Political,
            ),
            ("وفي يوليو منح البرلمان الانتقالي رئيس المجلس العسكري ولاية رئاسية مدتها خمس سنوات.", EventType::Political),
            // a re-election is an election
            ("En juillet, le président a entamé un nouveau mandat après sa réélection.", EventType::Political),
            ("Le président a été réélu en juillet avec 56 % des voix.", EventType::Political),
            // voters who go to the polls make no visit
            ("En juillet, les électeurs se sont rendus aux urnes dans le calme.", EventType::Political),
            // a mission's new term is the mission's mandate renewed
            ("En juillet, le Conseil de sécurité a accordé un nouveau mandat d'un an à la mission.", EventType::Diplomatic),
        ],
        "2025-08-16",
        "2025-07",
    );
}
