//! A year stated in a phrase set off by a comma and a relative word (on sentences written for
//! these tests) is no year of the dates after the phrase: `La junte, qui a pris le pouvoir le 26
//! juillet 2023, a dénoncé en mars l'accord`, published in September 2024, is March 2024; a year
//! stated before the phrase still holds (`En 2012, les rebelles, qui …, ont proclamé le 6 avril`).

use super::meaning_tests::events;

/// The (time text, first day) of every mention of `text`, published on `published`.
fn days(text: &str, published: &str) -> Vec<(String, String)> {
    let ev = events(text, published);
    let mut out: Vec<(String, String)> =
        ev.iter().flat_map(|e| &e.mentions).filter_map(|m| Some((m.time_text.clone(), m.when?.iso_start()))).collect();
    out.sort();
    out
}

#[test]
fn a_relative_phrase_s_year_is_no_year_of_the_clause_after_it() {
    for (text, written, day) in [
        (
            "La junte, qui a pris le pouvoir le 26 juillet 2023, a dénoncé en mars l'accord avec Washington.",
            "mars",
            "2024-03",
        ),
        (
            "وكان المجلس العسكري، الذي وصل إلى السلطة في 26 يوليو 2023، قد أعلن في 16 مارس إلغاء الاتفاق مع واشنطن.",
            "16 مارس",
            "2024-03-16",
        ),
        (
            "En 2012, les rebelles, qui avaient pris Kidal le 30 mars 2012, ont proclamé le 6 avril l'indépendance.",
            "6 avril",
            "2012-04-06",
        ),
    ] {
        let got = days(text, "2024-09-16");
        assert!(got.iter().any(|(t, d)| t == written && d.starts_with(day)), "{text}: {got:?}");
    }
}
