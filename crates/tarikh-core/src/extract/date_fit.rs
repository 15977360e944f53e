//! Whether two mentions' dates can be one event's: they overlap once a time of day is widened by
//! the slack sources leave (they round and disagree a little).

use chrono::Duration;

use crate::model::{Precision, When};

/// Slack around a time of day when comparing two dates.
const TIME_SLACK_MINUTES: i64 = 90;

/// The span of `w`, a time of day widened by [`TIME_SLACK_MINUTES`] on each side.
pub(super) fn widened(w: &When) -> (chrono::NaiveDateTime, chrono::NaiveDateTime) {
    if w.precision == Precision::Time {
        (w.start - Duration::minutes(TIME_SLACK_MINUTES), w.end + Duration::minutes(TIME_SLACK_MINUTES))
    } else {
        (w.start, w.end)
    }
}

/// True when the (widened) spans of `a` and `b` overlap.
pub(super) fn dates_compatible(a: &When, b: &When) -> bool {
    let (a0, a1) = widened(a);
    let (b0, b1) = widened(b);
    a0 <= b1 && b0 <= a1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_of_day_is_widened_and_days_overlap_as_spans() {
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2024, 7, d).expect("day");
        let at = |h: u32, m: u32| {
            let t = day(1).and_hms_opt(h, m, 0).expect("time");
            When::time(t, t)
        };
        assert!(dates_compatible(&at(22, 0), &at(23, 15)));
        assert!(!dates_compatible(&at(5, 0), &at(10, 0)));
        assert!(dates_compatible(&When::days(day(1), day(2)), &at(22, 0)));
        assert!(!dates_compatible(&When::day(day(2)), &at(22, 0)));
    }
}
