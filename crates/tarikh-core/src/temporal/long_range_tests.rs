//! Long ranges of days: dated by their first day, running until their last; short ones stay
//! one span. Sentences written for the tests.

use chrono::NaiveDate;

use super::*;
use crate::lexicon::Lexicon;
use crate::text::tokenize;

/// (first day, last day, until) of the only expression of `text`, published on `published`.
fn range(text: &str, published: &str) -> (String, String, Option<NaiveDate>) {
    let lex = Lexicon::builtin();
    let e = recognize(&tokenize(text), lex);
    assert_eq!(e.len(), 1, "{text}: {e:?}");
    let ctx = ResolveContext { published: published.parse().ok(), ..Default::default() };
    let r = resolve(&e[0].spec, &ctx).unwrap_or_else(|| panic!("{text}: unresolved"));
    (r.when.first_day().to_string(), r.when.last_day().to_string(), r.until)
}

fn date(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}

#[test]
fn a_range_of_five_days_or_more_is_its_first_day_until_its_last() {
    let p = "2024-03-15"; // a Friday
    let first = |d: &str, until: &str| (d.to_string(), d.to_string(), date(until));
    assert_eq!(range("Du 4 au 11 mars, des villages ont été attaqués", p), first("2024-03-04", "2024-03-11"));
    assert_eq!(range("هاجم مسلحون قرى في الفترة من 4 إلى 11 مارس", p), first("2024-03-04", "2024-03-11"));
    // two weekdays: Monday to Friday of this week
    assert_eq!(range("entre lundi et vendredi, l'armée a patrouillé", p), first("2024-03-11", "2024-03-15"));
    assert_eq!(range("du 28 février au 4 mars", p), first("2024-02-28", "2024-03-04"));
    // an ordinal first day (`1er`) opens a range too
    assert_eq!(
        range("Du 1er au 10 avril, l'armée a mené une opération", "2024-04-18"),
        first("2024-04-01", "2024-04-10")
    );
}

#[test]
fn a_range_of_up_to_three_days_stays_one_span() {
    let p = "2024-03-15";
    let span = |a: &str, b: &str| (a.to_string(), b.to_string(), None);
    assert_eq!(range("Du 9 au 11 mars, des combats ont opposé", p), span("2024-03-09", "2024-03-11"));
    // four days are a period: a span of four days is just over four times a day
    assert_eq!(range("Du 9 au 12 mars, des combats ont opposé", p).2.map(|d| d.to_string()), Some("2024-03-12".into()));
    assert_eq!(range("وشن الجيش عملية بين 9 و11 مارس", p), span("2024-03-09", "2024-03-11"));
    // a night between two days is no range
    assert_eq!(range("dans la nuit de lundi à mardi", p), span("2024-03-11", "2024-03-12"));
}
