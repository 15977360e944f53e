//! Background history: a date far before the article's own time and before the corpus's own
//! period (independence in 1960 in an article of 2024, "since 2002") says what the article
//! recalls, not what it reports. Such mentions are kept and listed on request, but they are no
//! events of the main timeline, so that its All view spans the corpus's own period.

use chrono::{Datelike, NaiveDate};

use crate::lexicon::{Lexicon, Role};
use crate::model::{EventType, Precision, When};
use crate::text::Tokens;

pub use crate::temporal::BACKGROUND_YEARS;
/// Years before its article beyond which the start of a lasting state (`منذ 2002`,
/// `depuis 2002`) is background.
pub const SINCE_BACKGROUND_YEARS: i32 = 15;

/// True when a mention dated `when` is background: it ends more than [`BACKGROUND_YEARS`]
/// ([`SINCE_BACKGROUND_YEARS`] after "since") before its article's publication date, and before
/// the corpus's own period (its earliest publication date, `corpus_start`). A mention of an
/// undated article is measured against the corpus's start alone; without any date, nothing is
/// background (the time of the writing is unknown).
pub fn is_background(when: &When, since: bool, published: Option<NaiveDate>, corpus_start: Option<NaiveDate>) -> bool {
    let years = if since { SINCE_BACKGROUND_YEARS } else { BACKGROUND_YEARS };
    let last = when.last_day();
    let before_corpus = corpus_start.is_none_or(|c| last < c);
    match published.or(corpus_start) {
        Some(p) => before_corpus && last.year() < p.year() - years,
        None => false,
    }
}

/// True when a date after "since" starts a state and names no kind of event (`Le Mali est
/// confronté depuis 2012 à la propagation jihadiste`, `يواجه المجلس العسكري أزمة منذ عام 2020`):
/// what the article describes, not an act it reports (the annotators leave such rows optional), so
/// background once it lies before the article's year and more than [`STATE_SINCE_DAYS`] before
/// it (`détenus depuis fin novembre 2024` in January 2025 is the article's own time). A wire
/// story's closing line would otherwise stretch the All view of a folder of one year back to 2012.
/// Attacks since a whole year (`تشهد مالي منذ عام 2012 هجمات`, `Depuis 2015, les attaques
/// jihadistes se sont étendues`) are such a state too: the acts of many years, none of them on the
/// year's date; a single act since a year (a hostage held since 2021, a town occupied since 2016)
/// or attacks since a month or a day keep their date.
pub fn is_state_since(when: &When, since: bool, event_type: EventType, published: Option<NaiveDate>) -> bool {
    let violence_of_years = event_type == EventType::Attack && when.precision == Precision::Year;
    since
        && (event_type == EventType::Other || violence_of_years)
        && published
            .is_some_and(|p| when.last_day().year() < p.year() && (p - when.last_day()).num_days() > STATE_SINCE_DAYS)
}

/// Days before its article within which a state's start is the article's own time.
pub const STATE_SINCE_DAYS: i64 = 365;

/// Tokens before a "since" within which a word of comparison makes it one.
const COMPARISON_REACH: usize = 10;

/// True when the "since" expression starting at token `start` compares (`دخل الجيش كيدال للمرة
/// الأولى منذ 2014`, `la première attaque de cette ampleur depuis 2016`): its date is the last
/// time before, recalled, not an event of the clause, so background whatever its age.
pub fn compares_since(toks: &Tokens, start: usize, lex: &Lexicon) -> bool {
    let stop = |j: usize| ['.', ';', '؛', ':'].iter().any(|&c| toks.is_punct(j, c));
    (start.saturating_sub(COMPARISON_REACH)..start)
        .rev()
        .take_while(|&j| !stop(j))
        .any(|j| lex.grammar.is(Role::Comparison, toks.forms(j)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(y: i32) -> When {
        When::year(y).expect("year")
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn history_far_before_the_article_and_the_corpus_is_background_and_recent_years_are_not() {
        let (p, start) = (day(2024, 9, 20), day(2024, 9, 17));
        assert!(is_background(&year(1960), false, p, start));
        assert!(!is_background(&year(2012), false, p, start), "the 2012 rebellion is the story of 2024");
        assert!(is_background(&year(2002), true, p, start), "since 2002");
        assert!(!is_background(&year(2020), true, p, start), "since 2020 is recent");
        assert!(!is_background(&year(1960), false, None, None), "no date at all, no judgement");
        // within the corpus's own period nothing is background, however old its article makes it
        assert!(!is_background(&year(2012), false, day(2025, 6, 1), day(2012, 3, 22)));
        assert!(is_background(&year(1996), false, day(2016, 12, 26), day(2012, 3, 22)));
        // an undated article: measured against the corpus's start
        assert!(is_background(&year(1988), false, None, day(2012, 3, 22)));
    }

    #[test]
    fn a_state_since_an_earlier_year_that_names_no_event_is_background() {
        let p = day(2024, 4, 18);
        assert!(is_state_since(&year(2012), true, EventType::Other, p));
        assert!(is_state_since(&year(2012), true, EventType::Attack, p), "attacks since 2012: the years' violence");
        assert!(!is_state_since(&year(2021), true, EventType::Kidnapping, p), "a hostage held since 2021: one act");
        assert!(!is_state_since(&year(2016), true, EventType::Clash, p), "a town occupied since 2016: one act");
        let march = When::month(2023, 3).expect("month");
        assert!(!is_state_since(&march, true, EventType::Attack, p), "attacks since March 2023 start then");
        assert!(!is_state_since(&year(2012), false, EventType::Other, p), "in 2012: a date, not a state");
        assert!(!is_state_since(&When::month(2024, 1).expect("month"), true, EventType::Other, p), "this year");
        assert!(!is_state_since(&year(2012), true, EventType::Other, None), "no date, no judgement");
        let late_last_year = When::month(2024, 11).expect("month");
        assert!(!is_state_since(&late_last_year, true, EventType::Other, day(2025, 1, 16)), "two months before");
        assert!(is_state_since(&When::month(2023, 11).expect("month"), true, EventType::Other, day(2025, 1, 16)));
    }
}
