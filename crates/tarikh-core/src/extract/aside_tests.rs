//! A year stated in a phrase set off by a comma and a relative word (on sentences written for
//! these tests) is no year of the dates after the phrase: `La junte, qui a pris le pouvoir le 26
//! juillet 2023, a dénoncé en mars l'accord`, published in September 2024, is March 2024; a year
//! stated before the phrase still holds (`En 2012, les rebelles, qui …, ont proclamé le 6 avril`).
//! A phrase opened by a French past participle (`La junte, arrivée au pouvoir le …, a dénoncé`) is
//! set off alike (after a quantifier too: `tous dirigés par des militaires`), and one it names is
//! not who does the act after it.

use super::meaning_tests::events;

/// The (time text, first day) of every mention of `text`, published on `published`.
fn days(text: &str, published: &str) -> Vec<(String, String)> {
    let ev = events(text, published);
    let mut out: Vec<(String, String)> =
        ev.iter().flat_map(|e| &e.mentions).filter_map(|m| Some((m.time_text.clone(), m.when?.iso_start()))).collect();
    out.sort();
    out
}

/// Each (text, time text, first day) of `cases`, published on 16 September 2024: a mention of
/// that time text starts on that day (or in that month).
fn each_dated(cases: &[(&str, &str, &str)]) {
    for (text, written, day) in cases {
        let got = days(text, "2024-09-16");
        assert!(got.iter().any(|(t, d)| t == written && d.starts_with(day)), "{text}: {got:?}");
    }
}

#[test]
fn a_relative_phrase_s_year_is_no_year_of_the_clause_after_it() {
    each_dated(&[
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
    ]);
}

#[test]
fn a_participle_phrase_s_year_is_no_year_of_the_clause_after_it() {
    each_dated(&[
        (
            "Le conseil militaire, arrivé au pouvoir le 12 mai 2022, a suspendu en février les partis politiques.",
            "février",
            "2024-02",
        ),
        (
            "Le chef de la junte, élu président le 3 juin 2021, a promulgué le 14 mars la nouvelle loi.",
            "14 mars",
            "2024-03-14",
        ),
        // an Arabic participle opens such a phrase too
        (
            "وكان المجلس العسكري، المنبثق عن انقلاب 26 يوليو 2023، قد أعلن في 16 مارس إلغاء الاتفاق مع واشنطن.",
            "16 مارس",
            "2024-03-16",
        ),
        // a comma after a participle that is the sentence's own verb opens nothing, nor one in a
        // list of acts
        ("En 2021, le gouvernement a décidé, le 14 mars, de fermer les écoles.", "14 mars", "2021-03-14"),
        (
            "Les rebelles ont attaqué Kidal, tué dix soldats le 12 mars 2023, puis occupé Tessalit le 15 mars.",
            "15 mars",
            "2023-03-15",
        ),
    ]);
}

#[test]
fn one_named_in_a_phrase_set_off_before_the_act_does_not_do_it() {
    let text = "La junte, arrivée au pouvoir le 26 juillet 2023 en renversant le président Mohamed Bazoum, avait \
                dénoncé en mars l'accord de coopération militaire avec les États-Unis.";
    let ev = events(text, "2024-04-10");
    let ended = ev.iter().find(|e| e.mentions.iter().any(|m| m.time_text == "mars")).expect("the agreement ended");
    assert!(!ended.actors.iter().any(|a| a.contains("Bazoum")), "{:?}", ended.actors);
    assert!(!ended.title.contains("Bazoum"), "{}", ended.title);
    // and the phrase does not push the subject before it away from its act
    let text = "La junte, arrivée au pouvoir en juillet 2023 après un putsch, a dénoncé mardi l'accord de défense avec la France.";
    let ev = events(text, "2024-06-20");
    let ended = ev.iter().find(|e| e.mentions.iter().any(|m| m.time_text == "mardi")).expect("the agreement ended");
    assert!(ended.actors.iter().any(|a| a.contains("junta")), "{}: {:?}", ended.title, ended.actors);
    // (nor one opened by a quantifier of the subject before its participle)
    let text =
        "Le Mali et le Niger, tous deux dirigés par des militaires, ont annoncé en janvier leur retrait de la Cédéao.";
    let ev = events(text, "2024-12-07");
    let left = ev.iter().find(|e| e.mentions.iter().any(|m| m.time_text == "janvier")).expect("the leaving");
    assert!(left.actors.iter().any(|a| a == "Mali"), "{}: {:?}", left.title, left.actors);
    // named before the act, in its own clause, it does it
    let text =
        "Le président Mohamed Bazoum avait dénoncé en mars l'accord de coopération militaire avec les États-Unis.";
    let ev = events(text, "2023-04-10");
    let ended = ev.iter().find(|e| e.mentions.iter().any(|m| m.time_text == "mars")).expect("the agreement");
    assert!(ended.actors.iter().any(|a| a.contains("Bazoum")), "{:?}", ended.actors);
}
