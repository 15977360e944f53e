//! A part of a week or a month named with its noun's article (on sentences written for the
//! tests): `au milieu de la semaine dernière`, `à la fin de la semaine dernière`, `au début de
//! la semaine` are the middle, the end or the start of that week, as `en fin de semaine
//! dernière` already was, not the whole week.

use super::tests::spans as dates;

#[test]
fn a_part_of_a_week_with_its_article_is_that_part() {
    // published on Wednesday 21 June 2023: last week ran from Monday 12 to Sunday 18
    let p = "2023-06-21";
    for (text, start) in [
        ("Des hommes armés ont attaqué au milieu de la semaine dernière un poste près de Nara.", "2023-06-14"),
        ("Des hommes armés ont attaqué à la fin de la semaine dernière un poste près de Nara.", "2023-06-16"),
        ("Des hommes armés ont attaqué en fin de semaine dernière un poste près de Nara.", "2023-06-16"),
    ] {
        let d = dates(text, p);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        assert_eq!(d[0].1, start, "{text}: {d:?}");
    }
}
