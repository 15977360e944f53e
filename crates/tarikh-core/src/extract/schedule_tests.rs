//! A date a word schedules (`prévu`, `prévues`, `attendu`, `المقررة`, `المحددة`) is its nearer
//! occurrence before or after the article, and so is the new date of a postponement; a bare
//! weekday right after a postponement dates the postponement; on sentences written for these tests.

use super::meaning_tests::{days_of, events};

/// Each article, published on its day, dates its one event on the start given.
fn each_dated_on(cases: &[(&str, &str, &str)]) {
    for (text, published, start) in cases {
        assert_eq!(days_of(&events(text, published)), [*start], "{text}");
    }
}

#[test]
fn a_date_a_word_schedules_is_its_nearer_occurrence_before_or_after_the_article() {
    each_dated_on(&[
        // in March, a summit set for July is next July, not the July gone by
        ("Titre\nLe sommet des chefs d'État est prévu en juillet à Bamako.\n", "2025-03-27", "2025-07"),
        ("عنوان\nوتعقد القمة المقررة في يوليو في باماكو.\n", "2025-03-27", "2025-07"),
        // in May, a vote that had been set for March is the March gone by
        ("Titre\nLe scrutin, prévu le 12 mars, a été reporté sine die.\n", "2025-05-20", "2025-03-12"),
        // in December, elections set (in the plural) for February are next February
        ("Titre\nLes élections, prévues le 4 février, ont été reportées.\n", "2023-12-20", "2024-02-04"),
        ("عنوان\nوأعلن المجلس العسكري تأجيل الانتخابات المحددة في 4 فبراير.\n", "2023-12-20", "2024-02-04"),
    ]);
}

#[test]
fn a_weekday_after_a_postponement_dates_it_and_the_date_it_is_put_off_to_is_ahead() {
    each_dated_on(&[
        // published on Wednesday 10 July 2024: Saturday is the 6th, and the new Saturday the 13th
        ("Titre\nLes élections ont été reportées samedi sine die.\n", "2024-07-10", "2024-07-06"),
        ("عنوان\nتم تأجيل الانتخابات الرئاسية يوم السبت إلى أجل غير مسمى.\n", "2024-07-10", "2024-07-06"),
        ("Titre\nLa réunion du gouvernement a été reportée à samedi.\n", "2024-07-10", "2024-07-13"),
        // put off, far from its verb, to a February still to come
        ("عنوان\nوأجل المجلس العسكري الانتخابات إلى 4 فبراير.\n", "2023-12-20", "2024-02-04"),
    ]);
}
