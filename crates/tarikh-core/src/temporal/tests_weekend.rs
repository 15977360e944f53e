//! A weekend named by its days (on sentences written for the tests): `le week-end des 4 et 5
//! mai` is those days, not also the weekend before publication.

use super::tests::spans as dates;

#[test]
fn a_weekend_named_by_its_days_is_those_days() {
    // published on Sunday 12 May 2024: the last weekend is the 11th and 12th
    let p = "2024-05-12";
    for text in [
        "Le week-end des 4 et 5 mai, plusieurs attaques ont visé l'armée.",
        "Durant le week-end du 4 au 5 mai, plusieurs attaques ont visé l'armée.",
        "Le week-end du 4 mai, plusieurs attaques ont visé l'armée.",
    ] {
        let d = dates(text, p);
        assert!(d.iter().all(|(_, s, _)| s.as_str() < "2024-05-06"), "{text}: {d:?}");
        assert!(d.iter().any(|(_, s, _)| s == "2024-05-04"), "{text}: {d:?}");
    }
    // a weekend alone is still the last one
    let d = dates("Le week-end, plusieurs attaques ont visé l'armée.", p);
    assert_eq!(d.iter().map(|(_, s, e)| (s.as_str(), e.as_str())).collect::<Vec<_>>(), [("2024-05-11", "2024-05-12")]);
}

/// The weekend `text` names, resolved in a passage about `passage_day`, published on `published`.
fn weekend_of_passage(text: &str, passage_day: &str, published: &str) -> Vec<(String, String)> {
    let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    let ctx = super::ResolveContext {
        published: Some(day(published)),
        discourse_day: Some(day(passage_day)),
        ..Default::default()
    };
    super::tests::dates_in(text, &ctx).into_iter().filter(|d| d.1 != "-").map(|(_, s, e, _)| (s, e)).collect()
}

#[test]
fn the_weekend_before_or_after_the_passages_day_is_counted_from_that_day() {
    // published on Wednesday 20 August 2025; the passage is about Thursday the 14th
    let pair = |s: &str, e: &str| vec![(s.to_string(), e.to_string())];
    assert_eq!(
        weekend_of_passage("Le général, interpellé le week-end précédent, est détenu.", "2025-08-14", "2025-08-20"),
        pair("2025-08-09", "2025-08-10")
    );
    assert_eq!(
        weekend_of_passage("Ils ont été libérés le week-end suivant.", "2025-08-14", "2025-08-20"),
        pair("2025-08-16", "2025-08-17")
    );
    // the passage about Monday the 4th: the weekend after it is the 9th and 10th
    assert_eq!(
        weekend_of_passage("Ils ont été libérés le week-end suivant.", "2025-08-04", "2025-08-20"),
        pair("2025-08-09", "2025-08-10")
    );
}
