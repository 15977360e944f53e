//! Dates that an address or a file name carries: `/2013/1/22/`, `/news/2016/0928/`,
//! `/20210526-slug`, `/201808090328.html`, `/2023-06-23/`, `report_2021-05-24.txt`. Shapes of
//! addresses, not outlets: a year segment followed by month and day segments, or a run of digits
//! that opens with a valid `YYYYMMDD`. A year and month alone (`/2025/11/slug`) give the month.
//!
//! What is found here is a candidate, not a decision: [`crate::extract::published`] checks it
//! against the article's own dates before it is taken.

use chrono::{Datelike, NaiveDate};

/// The earliest year a news address is taken to carry (older numbers are ids).
const FIRST_YEAR: i32 = 1990;

/// How precise a date found in an address is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressDate {
    /// A day: `/2013/1/22/`.
    Day(NaiveDate),
    /// A month only: `/2025/11/slug` (the first day of the month).
    Month(NaiveDate),
}

impl AddressDate {
    /// The day, or the month's first day.
    pub fn first_day(self) -> NaiveDate {
        match self {
            AddressDate::Day(d) | AddressDate::Month(d) => d,
        }
    }
}

/// The date a URL's path carries, if any, not after `today`. The host and the query's keys are
/// not read (a host may hold digits); percent-escapes are left as they are (slugs are text).
pub fn date_in_url(url: &str, today: NaiveDate) -> Option<AddressDate> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // the path (and query values) after the host
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    let segments: Vec<&str> = path.split(['/', '?', '&', '=', '#']).filter(|s| !s.is_empty()).collect();
    date_in_segments(&segments, today)
}

/// The address a saved article's line holds alone (`https://www.aljazeera.net/news/2024/3/5/…`,
/// as copied above the text): one word that opens with a scheme.
pub fn address_line(line: &str) -> Option<&str> {
    let t = line.trim();
    let scheme = t.starts_with("http://") || t.starts_with("https://");
    (scheme && !t.contains(char::is_whitespace)).then_some(t)
}

/// Lines from the top of a text file in which its address may stand.
pub const ADDRESS_LINES: usize = 3;

/// The date a file name carries (`2021-05-24`, `20210524`, `2021_05_24`), if any, not after
/// `today`. A bare year (`A01_ar_2012_coup.txt`) is no date.
pub fn date_in_file_name(file: &str, today: NaiveDate) -> Option<AddressDate> {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    // a day written with separators: three numbers in a row, year first
    let parts: Vec<&str> = stem.split(|c: char| !c.is_ascii_digit()).collect();
    for w in parts.windows(3) {
        if w[0].len() == 4 && (1..=2).contains(&w[1].len()) && (1..=2).contains(&w[2].len()) {
            if let Some(d) = day(w[0], w[1], w[2], today) {
                return Some(AddressDate::Day(d));
            }
        }
    }
    parts.iter().find_map(|p| digits_day(p, today)).map(AddressDate::Day)
}

fn date_in_segments(segments: &[&str], today: NaiveDate) -> Option<AddressDate> {
    // /YYYY/M/D/ and /YYYY/MMDD/
    for (k, s) in segments.iter().enumerate() {
        if !is_year(s) {
            continue;
        }
        let next = segments.get(k + 1).copied().unwrap_or("");
        let after = segments.get(k + 2).copied().unwrap_or("");
        let lead = |s: &str| -> String { s.chars().take_while(char::is_ascii_digit).collect() };
        if next.len() <= 2 && next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty() {
            let d = lead(after);
            // the day segment is a number, or a number opening a slug (`22-slug`)
            if (1..=2).contains(&d.len()) && (after.len() == d.len() || !after.as_bytes()[d.len()].is_ascii_digit()) {
                if let Some(x) = day(s, next, &d, today) {
                    return Some(AddressDate::Day(x));
                }
            }
            if let Some(m) = month(s, next, today) {
                return Some(AddressDate::Month(m));
            }
        }
        if next.len() == 4 && next.chars().all(|c| c.is_ascii_digit()) {
            if let Some(x) = day(s, &next[..2], &next[2..], today) {
                return Some(AddressDate::Day(x));
            }
        }
    }
    // a segment holding YYYY-MM-DD (`2023-06-23`, `2014-03-14-21-13-06`)
    for s in segments {
        let parts: Vec<&str> = s.split(['-', '_']).collect();
        for w in parts.windows(3) {
            if w[0].len() == 4 && w[1].len() == 2 && w[2].len() == 2 {
                if let Some(d) = day(w[0], w[1], w[2], today) {
                    return Some(AddressDate::Day(d));
                }
            }
        }
    }
    // a run of 8 to 18 digits opening a segment or a dash-separated part: YYYYMMDD…
    segments.iter().flat_map(|s| s.split(['-', '_', '.'])).find_map(|p| digits_day(p, today)).map(AddressDate::Day)
}

/// `20210526`, `201808090328`, `201905171041150346`: the leading digits of a part (letters
/// before them, as in `AN-2014…` or `HA…`, are a prefix only when separated by a dash).
fn digits_day(part: &str, today: NaiveDate) -> Option<NaiveDate> {
    let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
    if !(8..=18).contains(&digits.len()) {
        return None;
    }
    day(&digits[..4], &digits[4..6], &digits[6..8], today)
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) && s.parse::<i32>().is_ok_and(|y| y >= FIRST_YEAR)
}

fn day(y: &str, m: &str, d: &str, today: NaiveDate) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)?;
    (y >= FIRST_YEAR && date <= today).then_some(date)
}

fn month(y: &str, m: &str, today: NaiveDate) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    let date = NaiveDate::from_ymd_opt(y, m.parse().ok()?, 1)?;
    (y >= FIRST_YEAR && (date.year(), date.month()) <= (today.year(), today.month())).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }
    fn url(u: &str) -> Option<String> {
        date_in_url(u, today()).map(|d| match d {
            AddressDate::Day(d) => d.to_string(),
            AddressDate::Month(m) => format!("month {}", m.format("%Y-%m")),
        })
    }

    #[test]
    fn year_month_day_segments() {
        assert_eq!(url("https://example.net/videos/2013/1/22/%D9%85%D8%AE").as_deref(), Some("2013-01-22"));
        assert_eq!(url("https://example.org/news/world/2022/04/05/slug").as_deref(), Some("2022-04-05"));
        assert_eq!(url("https://example.net/495153/2024/09/25").as_deref(), Some("2024-09-25"));
        assert_eq!(url("http://example.cn/n3/2016/0928/c31663-9120703.html").as_deref(), Some("2016-09-28"));
    }

    #[test]
    fn digits_opening_a_segment() {
        assert_eq!(url("https://example.com/ar/region/20210526-slug-words").as_deref(), Some("2021-05-26"));
        assert_eq!(url("https://example.ae/20200223/slug").as_deref(), Some("2020-02-23"));
        assert_eq!(url("https://example.com/stories/201808090328.html").as_deref(), Some("2018-08-09"));
        assert_eq!(url("https://example.com/afrique/201905171041150346-slug/").as_deref(), Some("2019-05-17"));
        assert_eq!(url("https://example.com/mali/slug_AN-201405190041.html").as_deref(), Some("2014-05-19"));
        assert_eq!(url("https://example.com/actu/monde/slug/2023-06-23/1234").as_deref(), Some("2023-06-23"));
        assert_eq!(url("https://example.com/amp/248/2014-03-14-21-13-06").as_deref(), Some("2014-03-14"));
    }

    #[test]
    fn a_month_alone_is_a_month() {
        assert_eq!(url("https://example.com/ar/2025/11/%d8%ae%d8%a8").as_deref(), Some("month 2025-11"));
    }

    #[test]
    fn ids_hosts_and_the_future_are_no_dates() {
        assert_eq!(url("http://www.example.com/4825/news/read/1048607/1.html"), None);
        assert_eq!(url("https://example.com/aljazirah/1508043221"), None);
        assert_eq!(url("http://196.205.23.68/node/25411"), None);
        assert_eq!(url("https://example.com/?q=node%2F29595"), None);
        assert_eq!(url("https://example.com/2031/05/04/slug"), None);
        assert_eq!(url("https://example.com/2019/13/40/slug"), None);
        assert_eq!(url("https://example.com/1861984.aspx"), None);
    }

    #[test]
    fn file_names() {
        let f = |n: &str| date_in_file_name(n, today()).map(|d| d.first_day().to_string());
        assert_eq!(f("mali_2021-05-24_coup.txt").as_deref(), Some("2021-05-24"));
        assert_eq!(f("dir/20210524 article.html").as_deref(), Some("2021-05-24"));
        assert_eq!(f("rapport 2021_5_4.txt").as_deref(), Some("2021-05-04"));
        assert_eq!(f("A01_ar_2012_coup_euronews.txt"), None);
        assert_eq!(f("P003_ar_2023_nara.txt"), None);
    }
}
