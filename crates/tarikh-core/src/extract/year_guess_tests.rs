//! Years of days written without one in an article without a publication date: the corpus's
//! latest fitting year, the year of the paragraph's next dated day, or none when any year would
//! be a guess; sentences written for these tests.

use super::tests::corpus;

#[test]
fn a_weekday_and_day_without_a_year_in_an_undated_article_take_the_corpus_s_latest_fitting_year() {
    // an undated article naming only background years (2013) and "Monday 15 August": Monday
    // 15 August fell in 2016 and in 2022; the corpus writes days up to 2023, so 2022
    let undated = "Titre\nL'armée française, arrivée en 2013, a quitté le pays lundi 15 août, selon l'état-major.\n";
    let other = "Titre\nLe 3 mars 2023, une attaque a visé un convoi près de Gao.\n";
    let mut c = corpus(&[("a.txt", undated, None), ("b.txt", other, Some("2023-03-04"))]);
    let ex = super::extract(&mut c);
    let aug = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("15 août")).expect("mention");
    assert_eq!(aug.when.unwrap().iso_start(), "2022-08-15");
}

#[test]
fn a_weekday_and_day_that_fit_no_year_the_corpus_covers_stay_undated() {
    // "Monday 9 June" fits 2014 and 2025, no year from 2015 (the article's latest) to 2024 (the
    // corpus's latest day): any year is a guess, so undated with the reason, not 2025
    let undated = "Titre\nLe général, arrivé au pouvoir en 2015, a été investi lundi 9 juin président du conseil.\n";
    let other = "Titre\nLe 3 mars 2024, une attaque a visé un convoi près de Gao.\n";
    let mut c = corpus(&[("a.txt", undated, None), ("b.txt", other, Some("2024-03-04"))]);
    let ex = super::extract(&mut c);
    let dated = ex.events.iter().flat_map(|e| &e.mentions).any(|m| m.time_text.contains("9 juin"));
    assert!(!dated, "{:?}", ex.events.iter().map(|e| e.when).collect::<Vec<_>>());
    let undated = ex.undated.iter().flat_map(|e| &e.mentions).any(|m| m.time_text.contains("9 juin"));
    assert!(undated, "the mention is kept, undated");
}

#[test]
fn without_a_publication_date_a_day_takes_the_year_of_the_next_dated_day_of_its_paragraph() {
    let text = "Titre\nLe président entamera son second mandat le 4 septembre, a annoncé la Cour lundi 20 août 2018, qui rappelle aussi le scrutin de janvier 2012.\n";
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    let sep =
        ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("4 septembre")).expect("mention");
    assert_eq!(sep.when.unwrap().iso_start(), "2018-09-04");
}
