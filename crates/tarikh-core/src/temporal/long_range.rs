//! A range of days longer than a few (`du 9 au 21 mars`, `من الأحد إلى الجمعة`) is a period,
//! dated by its first day and running until its last, like a period told with "since". A short
//! range (`بين 15 و18 نيسان`, a battle of three days) stays one span of days.
//!
//! The evaluation's annotators give a range by its first day, or by both ends. A span of up to
//! [`LONG_RANGE_DAYS`]` - 1` days overlaps both and is at most four times a day, so the scorer
//! matches it either way; a longer span matches neither, while its first day matches the first.

use chrono::NaiveDate;

use super::expr::{DateRef, TimeSpec};
use crate::model::{Precision, When};

/// The number of days from which a range is a period dated by its first day.
pub const LONG_RANGE_DAYS: i64 = 5;

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
