//! `When`: a resolved date interval with its precision, printed as ISO 8601 at the coarsest
//! granularity that describes it exactly (`2012`, `2024-07`, `2024-09-17`, `2024-09-17T05:30`).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

pub use crate::lexicon::temporal::{DayPart, Qualifier};

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A year (or a part of one).
    Year,
    /// A month (or a part of one).
    Month,
    /// A week (used for inference only; `هذا الأسبوع`).
    Week,
    /// A day.
    Day,
    /// A time of day.
    Time,
}

impl Precision {
    /// Rank, coarse to fine.
    pub fn rank(self) -> u8 {
        match self {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Week => 2,
            Precision::Day => 3,
            Precision::Time => 4,
        }
    }
    /// Name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::Time => "time",
        }
    }
}

/// A resolved date: an inclusive interval `[start, end]` at minute resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    /// First minute.
    pub start: NaiveDateTime,
    /// Last minute (inclusive).
    pub end: NaiveDateTime,
    /// Precision.
    pub precision: Precision,
    /// Early/mid/late part of a month or year.
    pub qualifier: Option<Qualifier>,
    /// Part of the day, when the text gives one.
    pub day_part: Option<DayPart>,
    /// "About" (حوالي).
    pub approximate: bool,
}

fn at(d: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    d.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default())
}

/// Last day of a month.
pub fn last_day_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).map(|d| d - Duration::days(1))
}

impl When {
    fn new(start: NaiveDateTime, end: NaiveDateTime, precision: Precision) -> When {
        When { start, end, precision, qualifier: None, day_part: None, approximate: false }
    }
    /// A whole year.
    pub fn year(y: i32) -> Option<When> {
        Some(When::new(
            at(NaiveDate::from_ymd_opt(y, 1, 1)?, 0, 0),
            at(NaiveDate::from_ymd_opt(y, 12, 31)?, 23, 59),
            Precision::Year,
        ))
    }
    /// A whole month.
    pub fn month(y: i32, m: u32) -> Option<When> {
        Some(When::new(
            at(NaiveDate::from_ymd_opt(y, m, 1)?, 0, 0),
            at(last_day_of_month(y, m)?, 23, 59),
            Precision::Month,
        ))
    }
    /// A whole day.
    pub fn day(d: NaiveDate) -> When {
        When::new(at(d, 0, 0), at(d, 23, 59), Precision::Day)
    }
    /// Days `a..=b` at day precision.
    pub fn days(a: NaiveDate, b: NaiveDate) -> When {
        When::new(at(a, 0, 0), at(b, 23, 59), Precision::Day)
    }
    /// A span of days at the given precision (weeks, qualified months and years, Hijri years).
    pub fn span(a: NaiveDate, b: NaiveDate, precision: Precision) -> When {
        When::new(at(a, 0, 0), at(b, 23, 59), precision)
    }
    /// A minute, or a range of minutes.
    pub fn time(start: NaiveDateTime, end: NaiveDateTime) -> When {
        When::new(start, end.max(start), Precision::Time)
    }

    /// The first day.
    pub fn first_day(&self) -> NaiveDate {
        self.start.date()
    }
    /// The last day.
    pub fn last_day(&self) -> NaiveDate {
        self.end.date()
    }
    /// Length in minutes (at least one).
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes().max(0) + 1
    }
    /// True when the two intervals share a minute.
    pub fn overlaps(&self, o: &When) -> bool {
        self.start <= o.end && o.start <= self.end
    }
    /// True when `o` lies inside `self`.
    pub fn contains(&self, o: &When) -> bool {
        self.start <= o.start && o.end <= self.end
    }
    /// The middle of the interval (for plotting).
    pub fn midpoint(&self) -> NaiveDateTime {
        self.start + (self.end - self.start) / 2
    }

    /// Restricts a month or year to its early, middle or late part.
    pub fn qualified(self, q: Qualifier) -> When {
        let (a, b) = (self.first_day(), self.last_day());
        let (na, nb) = match self.precision {
            // counted in days from the month's first (the same as the 10th, 11th, 20th, 21st,
            // 15th and 16th of a calendar month; a Hijri month starts mid-way through one)
            Precision::Month => {
                let d = |n: i64| (a + chrono::Duration::days(n)).min(b);
                match q {
                    Qualifier::Early => (a, d(9)),
                    Qualifier::Mid => (d(10), d(19)),
                    Qualifier::Late => (d(20), b),
                    Qualifier::FirstHalf => (a, d(14)),
                    Qualifier::SecondHalf => (d(15), b),
                    Qualifier::Quarter(_) | Qualifier::Season(_) => return self,
                    // the last seven days, or a week counted from the first
                    Qualifier::Week(5) => ((b - chrono::Duration::days(6)).max(a), b),
                    Qualifier::Week(n) => {
                        let k = i64::from(n.clamp(1, 4)) - 1;
                        (d(7 * k), d(7 * k + 6))
                    }
                }
            }
            Precision::Year => {
                let y = a.year();
                let d = |m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or(a);
                match q {
                    Qualifier::Early => (d(1, 1), d(3, 31)),
                    Qualifier::Mid => (d(5, 1), d(8, 31)),
                    Qualifier::Late => (d(10, 1), d(12, 31)),
                    Qualifier::FirstHalf => (d(1, 1), d(6, 30)),
                    Qualifier::SecondHalf => (d(7, 1), d(12, 31)),
                    Qualifier::Quarter(n) => {
                        let first = 3 * u32::from(n.clamp(1, 4)) - 2;
                        let last = last_day_of_month(y, first + 2).unwrap_or(b);
                        (d(first, 1), last)
                    }
                    // spring, summer, autumn: three months from March, June, September
                    Qualifier::Season(n) => {
                        let first = 3 * u32::from(n.clamp(1, 3));
                        (d(first, 1), last_day_of_month(y, first + 2).unwrap_or(b))
                    }
                    Qualifier::Week(_) => return self,
                }
            }
            // a calendar week (`en début de semaine`): Monday and Tuesday, Wednesday to Friday,
            // or Friday to Sunday
            Precision::Week if (b - a).num_days() == 6 => {
                let d = |n: i64| a + chrono::Duration::days(n);
                match q {
                    Qualifier::Early => (a, d(1)),
                    Qualifier::Mid => (d(2), d(4)),
                    Qualifier::Late => (d(4), b),
                    Qualifier::FirstHalf => (a, d(3)),
                    Qualifier::SecondHalf => (d(3), b),
                    Qualifier::Quarter(_) | Qualifier::Week(_) | Qualifier::Season(_) => return self,
                }
            }
            _ => return self,
        };
        When { start: at(na, 0, 0), end: at(nb, 23, 59), qualifier: Some(q), ..self }
    }

    /// ISO 8601 text of the start, at the granularity the interval is aligned to.
    pub fn iso_start(&self) -> String {
        iso(self.start, self.granularity())
    }
    /// ISO 8601 text of the (inclusive) end.
    pub fn iso_end(&self) -> String {
        iso(self.end, self.granularity())
    }

    /// The coarsest granularity at which both ends fall on boundaries.
    fn granularity(&self) -> Precision {
        let (s, e) = (self.start, self.end);
        let starts_day = s.hour() == 0 && s.minute() == 0;
        let ends_day = e.hour() == 23 && e.minute() == 59;
        if !(starts_day && ends_day) || self.precision == Precision::Time {
            return Precision::Time;
        }
        let starts_month = s.day() == 1;
        let ends_month = last_day_of_month(e.year(), e.month()) == Some(e.date());
        if !(starts_month && ends_month) {
            return Precision::Day;
        }
        if s.month() == 1 && e.month() == 12 {
            Precision::Year
        } else {
            Precision::Month
        }
    }

    /// Parses the ISO forms printed by [`When::iso_start`] back into an interval.
    pub fn from_iso(start: &str, end: &str, precision: Precision) -> Option<When> {
        let a = parse_iso(start, false)?;
        let b = parse_iso(end, true)?;
        Some(When::new(a, b.max(a), precision))
    }
}

fn iso(t: NaiveDateTime, g: Precision) -> String {
    match g {
        Precision::Year => format!("{:04}", t.year()),
        Precision::Month => format!("{:04}-{:02}", t.year(), t.month()),
        Precision::Week | Precision::Day => t.format("%Y-%m-%d").to_string(),
        Precision::Time => t.format("%Y-%m-%dT%H:%M").to_string(),
    }
}

/// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; `end` gives the last minute of
/// a coarse form.
pub fn parse_iso(s: &str, end: bool) -> Option<NaiveDateTime> {
    let s = s.trim();
    let y: i32 = s.get(0..4)?.parse().ok()?;
    if s.len() == 4 {
        let d = if end { NaiveDate::from_ymd_opt(y, 12, 31)? } else { NaiveDate::from_ymd_opt(y, 1, 1)? };
        return Some(if end { at(d, 23, 59) } else { at(d, 0, 0) });
    }
    let m: u32 = s.get(5..7)?.parse().ok()?;
    if s.len() == 7 {
        let d = if end { last_day_of_month(y, m)? } else { NaiveDate::from_ymd_opt(y, m, 1)? };
        return Some(if end { at(d, 23, 59) } else { at(d, 0, 0) });
    }
    let d = NaiveDate::from_ymd_opt(y, m, s.get(8..10)?.parse().ok()?)?;
    if s.len() == 10 {
        return Some(if end { at(d, 23, 59) } else { at(d, 0, 0) });
    }
    let h: u32 = s.get(11..13)?.parse().ok()?;
    let mi: u32 = s.get(14..16)?.parse().ok()?;
    Some(at(d, h, mi))
}

impl Serialize for When {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("start", &self.iso_start())?;
        m.serialize_entry("end", &self.iso_end())?;
        m.serialize_entry("precision", self.precision.name())?;
        if let Some(q) = self.qualifier {
            m.serialize_entry("qualifier", &q)?;
        }
        if let Some(p) = self.day_part {
            m.serialize_entry("day_part", &p)?;
        }
        if self.approximate {
            m.serialize_entry("approximate", &true)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            start: String,
            end: Option<String>,
            precision: Precision,
            qualifier: Option<Qualifier>,
            day_part: Option<DayPart>,
            #[serde(default)]
            approximate: bool,
        }
        let r = Raw::deserialize(d)?;
        let end = r.end.clone().unwrap_or_else(|| r.start.clone());
        let mut w =
            When::from_iso(&r.start, &end, r.precision).ok_or_else(|| serde::de::Error::custom("bad ISO date"))?;
        w.qualifier = r.qualifier;
        w.day_part = r.day_part;
        w.approximate = r.approximate;
        Ok(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_iso_at_aligned_granularity() {
        let y = When::year(2012).unwrap();
        assert_eq!((y.iso_start(), y.iso_end()), ("2012".into(), "2012".into()));
        let late = y.qualified(Qualifier::Late);
        assert_eq!((late.iso_start(), late.iso_end()), ("2012-10".into(), "2012-12".into()));
        let m = When::month(2024, 8).unwrap().qualified(Qualifier::Early);
        assert_eq!((m.iso_start(), m.iso_end()), ("2024-08-01".into(), "2024-08-10".into()));
        let d = When::day(NaiveDate::from_ymd_opt(2024, 9, 17).unwrap());
        assert_eq!(d.iso_start(), "2024-09-17");
        let t0 = at(d.first_day(), 5, 30);
        assert_eq!(When::time(t0, t0).iso_end(), "2024-09-17T05:30");
    }

    #[test]
    fn round_trips_through_json() {
        let m = When::month(2024, 7).unwrap();
        let j = serde_json::to_string(&m).unwrap();
        assert_eq!(j, r#"{"start":"2024-07","end":"2024-07","precision":"month"}"#);
        let back: When = serde_json::from_str(&j).unwrap();
        assert_eq!(back, m);
    }
}

/// What fixed a resolved date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The expression is a full calendar date or year.
    Explicit,
    /// Relative to the publication date.
    Publication,
    /// A missing part was taken from the surrounding text.
    Context,
}
