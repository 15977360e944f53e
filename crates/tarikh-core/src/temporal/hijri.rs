//! Hijri (Islamic) to Gregorian conversion with the arithmetical (tabular) calendar, civil epoch.
//! Official calendars (Umm al-Qura, sighting) can differ by a day or two; that is within what a
//! news date of Hijri month or year precision needs.

use chrono::NaiveDate;

/// Julian day number (at noon) of a Hijri date.
fn julian_day(y: i32, m: u32, d: u32) -> i64 {
    let y = y as i64;
    let m = m as i64;
    d as i64 + (29.5 * (m - 1) as f64).ceil() as i64 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_440 - 1
}

/// The Gregorian date of a Hijri date.
pub fn to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt((julian_day(y, m, d) - 1_721_425) as i32)
}

/// First and last Gregorian day of a Hijri month.
pub fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let a = to_gregorian(y, m, 1)?;
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Some((a, to_gregorian(ny, nm, 1)?.pred_opt()?))
}

/// First and last Gregorian day of a Hijri year.
pub fn year_span(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((to_gregorian(y, 1, 1)?, to_gregorian(y + 1, 1, 1)?.pred_opt()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(a: NaiveDate, y: i32, m: u32, d: u32) -> bool {
        (a - NaiveDate::from_ymd_opt(y, m, d).unwrap()).num_days().abs() <= 1
    }

    #[test]
    fn known_dates() {
        assert!(near(to_gregorian(1446, 1, 1).unwrap(), 2024, 7, 7));
        assert!(near(to_gregorian(1445, 9, 1).unwrap(), 2024, 3, 11));
        assert!(near(to_gregorian(1433, 5, 1).unwrap(), 2012, 3, 24));
        let (a, b) = year_span(1446).unwrap();
        assert!(near(a, 2024, 7, 7) && near(b, 2025, 6, 26), "{a} {b}");
    }
}
