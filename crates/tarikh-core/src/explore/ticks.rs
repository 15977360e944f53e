//! Calendar ticks for the time axis: years, months, days or hours depending on the zoom, with
//! at least a label's width between them so that labels never overlap.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use super::timeline::{from_x, to_x};
use crate::i18n::dates::{day, day_month, month_name};
use crate::i18n::Lang;

/// One tick: position (days since 1970), label, and whether it is a major tick.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Position on the axis.
    pub x: f64,
    /// Label.
    pub label: String,
}

#[derive(Clone, Copy)]
enum Step {
    Years(i32),
    Months(u32),
    Days(i64),
    Hours(i64),
    Minutes(i64),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Years(n) => 365.25 * n as f64,
            Step::Months(n) => 30.44 * n as f64,
            Step::Days(n) => n as f64,
            Step::Hours(n) => n as f64 / 24.0,
            Step::Minutes(n) => n as f64 / 1440.0,
        }
    }
}

const STEPS: [Step; 19] = [
    Step::Minutes(15),
    Step::Minutes(30),
    Step::Hours(1),
    Step::Hours(3),
    Step::Hours(6),
    Step::Hours(12),
    Step::Days(1),
    Step::Days(2),
    Step::Days(7),
    Step::Days(14),
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(25),
    Step::Years(50),
];

/// Width reserved for one label, in pixels.
pub const LABEL_PX: f64 = 84.0;

fn first_on_or_after(t: NaiveDateTime, step: Step) -> NaiveDateTime {
    let d = t.date();
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    match step {
        Step::Years(n) => {
            let mut y = d.year() - d.year().rem_euclid(n);
            loop {
                let c = midnight(NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(d));
                if c >= t {
                    return c;
                }
                y += n;
            }
        }
        Step::Months(n) => {
            let mut idx = d.year() * 12 + d.month0() as i32;
            idx -= idx.rem_euclid(n as i32);
            loop {
                let c = midnight(
                    NaiveDate::from_ymd_opt(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1).unwrap_or(d),
                );
                if c >= t {
                    return c;
                }
                idx += n as i32;
            }
        }
        Step::Days(n) => {
            let mut c = midnight(d);
            if n == 7 {
                c -= Duration::days(d.weekday().num_days_from_monday() as i64);
            }
            while c < t {
                c += Duration::days(n);
            }
            c
        }
        Step::Hours(n) => {
            let mut c = midnight(d) + Duration::hours((t.hour() as i64 / n) * n);
            while c < t {
                c += Duration::hours(n);
            }
            c
        }
        Step::Minutes(n) => {
            let mut c = midnight(d) + Duration::minutes(((t.hour() * 60 + t.minute()) as i64 / n) * n);
            while c < t {
                c += Duration::minutes(n);
            }
            c
        }
    }
}

fn advance(t: NaiveDateTime, step: Step) -> NaiveDateTime {
    match step {
        Step::Years(n) => t.with_year(t.year() + n).unwrap_or(t + Duration::days(365 * n as i64)),
        Step::Months(n) => {
            let idx = t.year() * 12 + t.month0() as i32 + n as i32;
            NaiveDate::from_ymd_opt(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1, 1)
                .map(|d| d.and_time(t.time()))
                .unwrap_or(t)
        }
        Step::Days(n) => t + Duration::days(n),
        Step::Hours(n) => t + Duration::hours(n),
        Step::Minutes(n) => t + Duration::minutes(n),
    }
}

fn label(t: NaiveDateTime, step: Step, lang: Lang) -> String {
    let month = month_name(lang, t.month(), true);
    match step {
        Step::Years(_) => t.format("%Y").to_string(),
        Step::Months(_) if t.month() == 1 => format!("{month} {}", t.year()),
        Step::Months(_) => month,
        Step::Days(_) if t.day() == 1 || t.ordinal() == 1 => day(lang, t.date()),
        Step::Days(_) => day_month(lang, t.date()),
        Step::Hours(_) | Step::Minutes(_) if t.hour() == 0 && t.minute() == 0 => day_month(lang, t.date()),
        Step::Hours(_) | Step::Minutes(_) => t.format("%H:%M").to_string(),
    }
}

/// Ticks for the range `[x0, x1]` drawn over `width_px` pixels, labelled in `lang`.
pub fn ticks(x0: f64, x1: f64, width_px: f64, lang: Lang) -> Vec<Tick> {
    if x0.is_nan() || x1.is_nan() || x1 <= x0 || width_px <= 0.0 {
        return Vec::new();
    }
    let days_per_px = (x1 - x0) / width_px;
    let step = STEPS.iter().copied().find(|s| s.approx_days() / days_per_px >= LABEL_PX).unwrap_or(Step::Years(100));
    let mut t = first_on_or_after(from_x(x0), step);
    let end = from_x(x1);
    let mut out = Vec::new();
    while t <= end && out.len() < 1000 {
        out.push(Tick { x: to_x(t), label: label(t, step, lang) });
        let next = advance(t, step);
        if next <= t {
            break;
        }
        t = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(y: i32, m: u32, d: u32) -> f64 {
        to_x(NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(0, 0, 0).unwrap())
    }

    #[test]
    fn unit_adapts_to_zoom_and_labels_never_crowd() {
        let all = ticks(x(2012, 1, 1), x(2025, 1, 1), 1000.0, Lang::English);
        assert!(all.iter().all(|t| t.label.len() == 4), "years: {all:?}");
        let year = ticks(x(2024, 1, 1), x(2025, 1, 1), 1000.0, Lang::English);
        assert!(year.iter().any(|t| t.label == "Jan 2024") && year.iter().any(|t| t.label == "Jul"), "{year:?}");
        let week = ticks(x(2024, 9, 16), x(2024, 9, 23), 1000.0, Lang::English);
        assert!(week.iter().any(|t| t.label == "17 Sep"), "{week:?}");
        let hours = ticks(x(2024, 9, 17), x(2024, 9, 17) + 0.5, 1000.0, Lang::English);
        assert!(hours.iter().any(|t| t.label == "06:00"), "{hours:?}");
        let week_ar = ticks(x(2024, 9, 16), x(2024, 9, 23), 1000.0, Lang::Arabic);
        assert!(week_ar.iter().any(|t| t.label == "17 سبتمبر"), "{week_ar:?}");
        // spacing in pixels is at least a label's width
        for (t, (x0, x1)) in [(&all, (x(2012, 1, 1), x(2025, 1, 1))), (&week, (x(2024, 9, 16), x(2024, 9, 23)))] {
            for pair in t.windows(2) {
                assert!((pair[1].x - pair[0].x) / (x1 - x0) * 1000.0 >= LABEL_PX * 0.9);
            }
        }
    }
}
