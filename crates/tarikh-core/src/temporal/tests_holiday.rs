//! Holidays as dates, and a day counted from a date, on sentences written for these tests.

use super::tests::dates;

/// (start, end, precision) of the only expression of `text`, published on `published`.
fn only(text: &str, published: &str) -> (String, String, String) {
    let d = dates(text, Some(published));
    assert_eq!(d.len(), 1, "{text}: {d:?}");
    (d[0].1.clone(), d[0].2.clone(), d[0].3.clone())
}

fn days(a: &str, b: &str) -> (String, String, String) {
    (a.into(), b.into(), "day".into())
}

#[test]
fn a_hijri_holiday_is_about_its_day_in_the_latest_year_up_to_publication() {
    // Eid al-Adha 1445 fell on 16 June 2024 (17 June in Mali): about that day, a day either side
    let p = "2024-07-20";
    assert_eq!(
        only("Des hommes armés ont attaqué le village le jour de la Tabaski.", p),
        days("2024-06-16", "2024-06-18")
    );
    assert_eq!(only("هاجم مسلحون القرية يوم عيد الأضحى.", p), days("2024-06-16", "2024-06-18"));
    // Eid al-Fitr 1445: 10 April 2024
    assert_eq!(only("Cinq fidèles ont été tués le jour de la Korité à Djibo.", p), days("2024-04-09", "2024-04-11"));
    // published before this year's Tabaski: last year's (28 June 2023, 29 in Mali)
    assert_eq!(only("L'attaque a eu lieu pendant la Tabaski.", "2024-05-01"), days("2023-06-28", "2023-06-30"));
    // a year written after it is that year's
    assert_eq!(only("L'attaque a eu lieu pendant la Tabaski 2022.", p), days("2022-07-09", "2022-07-11"));
    assert_eq!(only("قتل جنود في هجوم خلال عيد الفطر عام 2021.", p), days("2021-05-12", "2021-05-14"));
}

#[test]
fn a_day_before_or_after_a_holiday_counts_from_it() {
    let p = "2024-07-20";
    assert_eq!(only("à la veille de la Tabaski, des hommes armés ont attaqué", p), days("2024-06-15", "2024-06-17"));
    assert_eq!(only("هاجم مسلحون القرية عشية عيد الأضحى", p), days("2024-06-15", "2024-06-17"));
    assert_eq!(only("قتل عشرة مدنيين في ثاني أيام عيد الفطر", p), days("2024-04-10", "2024-04-12"));
    assert_eq!(
        only("Au lendemain de l'Aïd el-Fitr, trois commerçants ont été enlevés", p),
        days("2024-04-10", "2024-04-12")
    );
    // `عشية` before anything else is an evening, not an eve
    assert_eq!(only("هاجم مسلحون القرية عشية الثلاثاء", "2024-07-18").0, "2024-07-16");
}

#[test]
fn a_day_before_or_after_a_written_date_is_shifted_by_it() {
    let p = "2024-03-20";
    assert_eq!(
        only("Des hommes armés ont attaqué le village la veille du 12 mars.", p),
        days("2024-03-11", "2024-03-11")
    );
    assert_eq!(only("le lendemain du 12 mars 2023, le camp a été évacué", p), days("2023-03-13", "2023-03-13"));
    assert_eq!(only("l'avant-veille du 3 mars, un convoi a sauté sur une mine", p), days("2024-03-01", "2024-03-01"));
    // before an event named, `au lendemain de` counts from no date (`du 18 août` is the coup's)
    let d = dates("au lendemain du coup d'État du 18 août 2020, la Cédéao a fermé les frontières", Some(p));
    assert_eq!(d.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2020-08-18"], "{d:?}");
}

#[test]
fn ramadan_is_a_month_and_gregorian_holidays_are_their_day() {
    let p = "2024-07-20";
    assert_eq!(
        only("Au moins dix civils ont été tués pendant le ramadan.", p),
        ("2024-03-11".into(), "2024-04-09".into(), "month".into())
    );
    assert_eq!(only("هاجم مسلحون قافلة خلال شهر رمضان.", p).0, "2024-03-11");
    // its last third
    assert_eq!(only("Des jihadistes ont attaqué un camp à la fin du ramadan.", p).0, "2024-03-31");
    assert_eq!(only("Le village a été attaqué le jour de Noël.", p), days("2023-12-25", "2023-12-25"));
}

#[test]
fn a_day_counted_from_ramadan_counts_from_its_first_day_or_the_day_after_its_last() {
    let p = "2024-07-20";
    // 1 Ramadan 1445: 11 March 2024
    assert_eq!(only("وفي أول أيام شهر رمضان، نصب مسلحون كمينا لشاحنات", p), days("2024-03-10", "2024-03-12"));
    assert_eq!(
        only("Le premier jour du ramadan, des hommes armés ont tendu une embuscade", p),
        days("2024-03-10", "2024-03-12")
    );
    assert_eq!(only("la veille du ramadan, un convoi a été attaqué", p), days("2024-03-09", "2024-03-11"));
    // the day after it is 1 Shawwal, Eid al-Fitr (10 April 2024)
    assert_eq!(only("au lendemain du ramadan, un convoi a été attaqué", p), days("2024-04-09", "2024-04-11"));
    assert_eq!(only("le deuxième jour de la Tabaski, un convoi a été attaqué", p), days("2024-06-17", "2024-06-19"));
}
