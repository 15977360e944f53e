//! A weekend named by its days (on sentences written for the tests): `le week-end des 4 et 5
//! mai` is those days, not also the weekend before publication.

/// (time text, start, end) of every expression in `text`, resolved against `published`.
fn dates(text: &str, published: &str) -> Vec<(String, String, String)> {
    super::tests::dates(text, Some(published)).into_iter().map(|(t, s, e, _)| (t, s, e)).collect()
}

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
