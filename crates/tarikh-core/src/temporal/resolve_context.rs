//! What the resolver may use besides a time expression itself: the publication date, the years
//! and days the text has named, and whether the sentence looks ahead.

use chrono::NaiveDate;

use crate::model::When;

/// What the resolver may use besides the expression itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct ResolveContext {
    /// The document's publication date, when known exactly.
    pub published: Option<NaiveDate>,
    /// An explicit year stated earlier in the same paragraph.
    pub year_hint: Option<i32>,
    /// The latest explicit year anywhere in the document.
    pub year_floor: Option<i32>,
    /// The latest year the document names with a day (`15 أيار 2015`; not `en 2015`).
    pub day_year_floor: Option<i32>,
    /// The latest year the corpus names with a day: a weekday and a day without a year, in an
    /// article without a publication date, fall in the latest fitting year up to it.
    pub corpus_year: Option<i32>,
    /// The first day of the latest date of month precision or finer resolved earlier in the
    /// document: its year is the passage's (used only when the publication date is unknown).
    pub discourse_day: Option<NaiveDate>,
    /// The day the discourse is about (for a clock time without a date).
    pub day_hint: Option<NaiveDate>,
    /// Days named after the latest single day, as (first, last, a night): a clock time without
    /// a date falls in a night between two days (`dans la nuit de dimanche à lundi`), in the
    /// evening of its first day or the small hours of its second; in a range of days (`du 3 au
    /// 4 avril`) it is one of them, not known which: the range, without its clock.
    pub days_hint: Option<(NaiveDate, NaiveDate, bool)>,
    /// The month the passage is about, when one was named after its latest day (`هاجمها
    /// مسلحون في كانون الثاني/يناير. ويومها …`: that day is in that January).
    pub month_hint: Option<When>,
    /// The sentence points forward (`سوف`, `من المقرر`).
    pub forward: bool,
    /// A word that schedules sets the date (`prévu en juillet`): a day or month without a year
    /// is its nearer occurrence, before or after the article.
    pub scheduled: bool,
    /// `published` is only one of the days the article may have appeared on: a written weekday
    /// decides the year of a day and month (else a weekday that fits no near year is a slip).
    pub weekday_decides: bool,
}
