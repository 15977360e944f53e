//! Background history: a date far before the article's own time (independence in 1960 in an
//! article of 2024, "since 2002") says what the article recalls, not what it reports. Such
//! mentions are kept and listed on request, but they are no events of the main timeline, so
//! that its All view spans the corpus's own period.

use chrono::{Datelike, NaiveDate};

use crate::model::When;

/// Years before publication beyond which a dated mention is history recalled, not news.
pub const BACKGROUND_YEARS: i32 = 20;
/// Years before publication beyond which the start of a lasting state (`منذ 2012`,
/// `depuis 2012`) is background.
pub const SINCE_BACKGROUND_YEARS: i32 = 15;

/// True when a mention dated `when` in an article published on `published` is background: it
/// ends more than [`BACKGROUND_YEARS`] before publication, or, after "since", more than
/// [`SINCE_BACKGROUND_YEARS`]. Without a publication date nothing is background (the article's
/// own time is unknown).
pub fn is_background(when: &When, since: bool, published: Option<NaiveDate>) -> bool {
    let Some(p) = published else { return false };
    let years = if since { SINCE_BACKGROUND_YEARS } else { BACKGROUND_YEARS };
    when.last_day().year() < p.year() - years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(y: i32) -> When {
        When::year(y).expect("year")
    }

    #[test]
    fn history_far_before_the_article_is_background_and_recent_years_are_not() {
        let p = NaiveDate::from_ymd_opt(2024, 9, 20);
        assert!(is_background(&year(1960), false, p));
        assert!(!is_background(&year(2012), false, p), "the 2012 rebellion is the corpus's own period");
        assert!(is_background(&year(2002), true, p), "since 2002");
        assert!(!is_background(&year(2020), true, p), "since 2020 is recent");
        assert!(!is_background(&year(1960), false, None), "no publication date, no judgement");
    }
}
