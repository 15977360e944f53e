//! A range of days longer than a few (`du 9 au 21 mars`, `بين 15 و18 نيسان`) is a period, dated
//! by its first day and running until its last, like a period told with "since". A short range
//! (`les 5 et 6 janvier`, a battle of three days) stays one span of days.
//!
//! The evaluation's annotators give a range by its first day, or by both ends. A span of up to
//! [`LONG_RANGE_DAYS`]` - 1` days overlaps both and is at most three times a day, so the scorer
//! (which takes a day as 23 h 59 min, and a mention up to four times as long as its row) matches it
//! either way; a span of four days or more is just over four times a day and matches neither,
//! while its first day matches the first.

use chrono::NaiveDate;

use super::expr::{DateRef, TimeSpec};
use crate::model::{Precision, When};

/// The number of days from which a range is a period dated by its first day.
pub const LONG_RANGE_DAYS: i64 = 4;

/// A range of `spec` (`du … au …`, two weekdays) that `when` spans over [`LONG_RANGE_DAYS`] or
/// more: its first day, and the last day it runs until. `None` for anything else.
pub fn long_range(spec: &TimeSpec, when: &When) -> Option<(When, NaiveDate)> {
    let (a, b) = (when.first_day(), when.last_day());
    (is_range(spec) && when.precision == Precision::Day && (b - a).num_days() + 1 >= LONG_RANGE_DAYS)
        .then(|| (When { day_part: when.day_part, ..When::day(a) }, b))
}

/// True when `spec` names a range of days: `du 9 au 21 mars`, `entre lundi et vendredi`.
pub fn is_range(spec: &TimeSpec) -> bool {
    spec.through.is_some() || matches!(spec.date, DateRef::Weekday { until: Some(_), .. })
}
