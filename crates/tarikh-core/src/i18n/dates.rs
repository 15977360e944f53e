//! Dates in the interface language: `17 Sep 2024` or `17 سبتمبر 2024`, `July 2024` or
//! `يوليو 2024`. Month names come from the translation table (English names as keys).

use chrono::{Datelike, NaiveDate};

use super::Lang;

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name (`month` 1–12), short in English when `short` (Arabic names have no
/// short form).
pub fn month_name(lang: Lang, month: u32, short: bool) -> String {
    let en = MONTHS[(month.clamp(1, 12) - 1) as usize];
    match lang {
        Lang::English if short => en[..3].to_string(),
        _ => lang.t(en).to_string(),
    }
}

/// A day: `17 Sep 2024`, `17 سبتمبر 2024`.
pub fn day(lang: Lang, d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(lang, d.month(), true), d.year())
}

/// A day without the year: `17 Sep`, `17 سبتمبر`.
pub fn day_month(lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_name(lang, d.month(), true))
}

/// A month: `July 2024`, `يوليو 2024`.
pub fn month_year(lang: Lang, d: NaiveDate) -> String {
    format!("{} {}", month_name(lang, d.month(), false), d.year())
}

/// `s` with every English day written `%-d %b %Y` (`17 Sep 2024`) in the language.
pub fn localize_dates(lang: Lang, s: &str) -> String {
    if lang == Lang::English {
        return s.to_string();
    }
    let words: Vec<&str> = s.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut k = 0;
    while k < words.len() {
        if k + 2 < words.len() {
            let digits_at = words[k].find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let (pre, dw) = words[k].split_at(digits_at);
            let day = dw.parse::<u32>().ok().filter(|_| dw.len() <= 2 && !pre.chars().any(char::is_alphanumeric));
            let month = MONTHS.iter().position(|m| &m[..3] == words[k + 1]).map(|m| m as u32 + 1);
            let year_digits: String = words[k + 2].chars().take_while(|c| c.is_ascii_digit()).collect();
            if let (Some(d), Some(m), true) = (day, month, year_digits.len() == 4) {
                if let Some(date) = year_digits.parse().ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
                    out.push(format!("{pre}{}{}", self::day(lang, date), &words[k + 2][4..]));
                    k += 3;
                    continue;
                }
            }
        }
        out.push(words[k].to_string());
        k += 1;
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_months_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2024, 9, 17).unwrap();
        assert_eq!(day(Lang::English, d), "17 Sep 2024");
        assert_eq!(day(Lang::Arabic, d), "17 سبتمبر 2024");
        assert_eq!(month_year(Lang::English, d), "September 2024");
        assert_eq!(month_year(Lang::Arabic, NaiveDate::from_ymd_opt(2012, 1, 1).unwrap()), "يناير 2012");
        assert_eq!(day_month(Lang::Arabic, d), "17 سبتمبر");
        assert_eq!(
            localize_dates(Lang::Arabic, "= 18 Sep 2024; as in a.txt (17 Sep 2024)"),
            "= 18 سبتمبر 2024; as in a.txt (17 سبتمبر 2024)"
        );
        assert_eq!(localize_dates(Lang::Arabic, "up to 18 Sep 2024"), "up to 18 سبتمبر 2024");
        for m in 1..=12 {
            assert!(month_name(Lang::Arabic, m, false).chars().all(|c| ('\u{600}'..='\u{6ff}').contains(&c)));
        }
    }
}
