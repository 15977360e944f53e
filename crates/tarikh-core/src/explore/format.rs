//! Human-readable dates and citations for the UI: "17 Sep 2024, about 05:30 GMT",
//! "2012 (year only)", "July 2024", "18 Sep 2024, inferred from 000_….txt".

use crate::corpus::{Corpus, Published, PublishedBasis};
use crate::i18n::dates::{day, month_year};
use crate::i18n::Lang;
use crate::model::{Event, Mention, Precision, Qualifier, When};

/// `what` (a month, a year, a day's span) with its part, in the interface language: "early
/// July 2024", "second half of 2023".
pub fn qualified(lang: Lang, q: Option<Qualifier>, what: String) -> String {
    match q {
        Some(Qualifier::Early) => lang.f("early {0}", &[&what]),
        Some(Qualifier::Mid) => lang.f("mid-{0}", &[&what]),
        Some(Qualifier::Late) => lang.f("late {0}", &[&what]),
        Some(Qualifier::FirstHalf) => lang.f("first half of {0}", &[&what]),
        Some(Qualifier::SecondHalf) => lang.f("second half of {0}", &[&what]),
        Some(Qualifier::Quarter(1)) => lang.f("first quarter of {0}", &[&what]),
        Some(Qualifier::Quarter(2)) => lang.f("second quarter of {0}", &[&what]),
        Some(Qualifier::Quarter(3)) => lang.f("third quarter of {0}", &[&what]),
        Some(Qualifier::Quarter(_)) => lang.f("fourth quarter of {0}", &[&what]),
        Some(Qualifier::Week(1)) => lang.f("first week of {0}", &[&what]),
        Some(Qualifier::Week(2)) => lang.f("second week of {0}", &[&what]),
        Some(Qualifier::Week(3)) => lang.f("third week of {0}", &[&what]),
        Some(Qualifier::Week(4)) => lang.f("fourth week of {0}", &[&what]),
        Some(Qualifier::Week(_)) => lang.f("last week of {0}", &[&what]),
        Some(Qualifier::Season(1)) => lang.f("spring {0}", &[&what]),
        Some(Qualifier::Season(2)) => lang.f("summer {0}", &[&what]),
        Some(Qualifier::Season(_)) => lang.f("autumn {0}", &[&what]),
        None => what,
    }
}

/// A date at its precision, in the interface language. `gmt` appends the time zone to times
/// of day.
pub fn when_label(w: &When, gmt: bool, lang: Lang) -> String {
    use chrono::Datelike;
    let (a, b) = (w.first_day(), w.last_day());
    match w.precision {
        // (a part of a year says more than the year: `first quarter of 2024`)
        Precision::Year if a.year() == b.year() && w.qualifier.is_some() => {
            qualified(lang, w.qualifier, a.year().to_string())
        }
        Precision::Year if a.year() == b.year() => lang.f("{0} (year only)", &[&a.year().to_string()]),
        Precision::Year => format!("{} – {}", day(lang, a), day(lang, b)),
        Precision::Month => {
            other_month_days(lang, w).unwrap_or_else(|| qualified(lang, w.qualifier, month_year(lang, a)))
        }
        Precision::Week if (b - a).num_days() == 6 => lang.f("week of {0}", &[&day(lang, a)]),
        // last week up to yesterday (`la semaine dernière`): the days it may be
        Precision::Week => day_span(lang, a, b),
        Precision::Day if a == b => day(lang, a),
        // a loose count (`il y a une semaine`): about that day
        Precision::Day if w.approximate => lang.f("about {0}", &[&day_span(lang, a, b)]),
        Precision::Day => day_span(lang, a, b),
        Precision::Time => {
            let mut time = w.start.format("%H:%M").to_string();
            if w.start != w.end {
                time = format!("{time}–{}", w.end.format("%H:%M"));
            }
            if w.approximate {
                time = lang.f("about {0}", &[&time]);
            }
            if gmt {
                time = lang.f("{0} GMT", &[&time]);
            }
            lang.f("{0}, {1}", &[&day(lang, a), &time])
        }
    }
}

/// The days of a month of another calendar (a Hijri month, `pendant le ramadan`: "about 11
/// Mar – 9 Apr 2024"), or a part of one (`à la fin du ramadan`), not named as the Gregorian
/// month it starts in; `None` for a calendar month or a part of one.
pub fn other_month_days(lang: Lang, w: &When) -> Option<String> {
    use chrono::Datelike;
    let (a, b) = (w.first_day(), w.last_day());
    // the calendar month it starts in, or the same part of it (`late March` is 21-31 March)
    let month = When::month(a.year(), a.month()).map(|m| w.qualifier.map_or(m, |q| m.qualified(q)));
    let calendar = month.is_some_and(|m| (m.first_day(), m.last_day()) == (a, b));
    if w.precision != Precision::Month || calendar {
        return None;
    }
    let days = day_span(lang, a, b);
    Some(if w.approximate { lang.f("about {0}", &[&days]) } else { days })
}

/// A span of days: `4–6 March 2024`, or both days in full when the months differ.
pub fn day_span(lang: Lang, a: chrono::NaiveDate, b: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if (a.year(), a.month()) == (b.year(), b.month()) {
        format!("{}–{}", a.day(), day(lang, b))
    } else {
        format!("{} – {}", day(lang, a), day(lang, b))
    }
}

/// True when a mention's time expression names GMT.
pub fn mentions_gmt(ms: &[Mention]) -> bool {
    ms.iter().any(|m| ["غرينتش", "جرينتش", "غرينيتش", "GMT", "ت.غ"].iter().any(|z| m.time_text.contains(z)))
}

/// The date of an event, as the source panel shows it.
pub fn event_when_label(e: &Event, lang: Lang) -> String {
    match &e.when {
        Some(w) => match period_end(e, w) {
            Some(last) => day_span(lang, w.first_day(), last),
            None => when_label(w, mentions_gmt(&e.mentions), lang),
        },
        None => lang.t("undated (relative date in an article of unknown date)").to_string(),
    }
}

/// The last day of a long range of days that starts on an event's day (`du 9 au 21 mars`):
/// the latest day a mention of a range dated that day runs until.
pub fn period_end(e: &Event, w: &When) -> Option<chrono::NaiveDate> {
    let day = (w.precision == Precision::Day && w.first_day() == w.last_day()).then(|| w.first_day())?;
    let ranges = e.mentions.iter().filter(|m| m.range && m.when.is_some_and(|mw| mw.first_day() == day));
    ranges.filter_map(|m| m.until).filter(|u| *u > day).max()
}

/// The date of one mention, as the source panel shows it: a long range of days by both ends
/// ("1–10 Apr 2024"), though dated by its first day.
pub fn mention_when_label(m: &Mention, lang: Lang) -> Option<String> {
    let w = m.when?;
    Some(match m.until.filter(|u| m.range && *u > w.first_day()) {
        Some(last) => day_span(lang, w.first_day(), last),
        None => when_label(&w, false, lang),
    })
}

/// A publication date and how it is known.
pub fn published_label(p: Option<&Published>, lang: Lang) -> String {
    let Some(p) = p else { return lang.t("publication date unknown").to_string() };
    let d = day(lang, p.date);
    match p.basis {
        PublishedBasis::Manifest => lang.f("{0} (corpus.json)", &[&d]),
        PublishedBasis::Dateline => match p.time {
            Some(t) => lang.f("{0}, {1} (dateline)", &[&d, &t.format("%H:%M")]),
            None => lang.f("{0} (dateline)", &[&d]),
        },
        _ if p.not_before => lang.f("no earlier than {0} (inferred)", &[&d]),
        PublishedBasis::Url => lang.f("{0} (from the address)", &[&d]),
        PublishedBasis::Metadata => lang.f("{0} (page metadata)", &[&d]),
        PublishedBasis::FileName => lang.f("{0} (from the file name)", &[&d]),
        PublishedBasis::Analyst => lang.f("{0} (set by the analyst)", &[&d]),
        PublishedBasis::Inferred => match &p.from_file {
            Some(f) => lang.f("{0}, inferred from {1}", &[&d, f]),
            None => lang.f("{0}, inferred", &[&d]),
        },
    }
}

/// The outlet of a document, or that it is unknown.
pub fn outlet_label(outlet: Option<&str>, lang: Lang) -> String {
    outlet.map(str::to_string).unwrap_or_else(|| lang.t("outlet unknown").to_string())
}

/// A citation for a mention: title, outlet, date, quote, and where it is.
pub fn citation(corpus: &Corpus, m: &Mention, lang: Lang) -> String {
    let d = &corpus.documents[m.doc];
    let outlet = outlet_label(d.outlet.as_deref(), lang);
    let mut s = lang.f(
        "{0} — {1}, {2}. «{3}» ({4}, paragraph {5})",
        &[&d.title, &outlet, &published_label(d.published.as_ref(), lang), &d.quote(m), &d.file, &m.paragraph],
    );
    if let Some(url) = &d.url {
        s.push_str(&format!(" {url}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn labels_show_precision() {
        let d = NaiveDate::from_ymd_opt(2024, 9, 17).unwrap();
        let en = Lang::English;
        assert_eq!(when_label(&When::year(2012).unwrap(), false, en), "2012 (year only)");
        assert_eq!(when_label(&When::month(2024, 7).unwrap(), false, en), "July 2024");
        assert_eq!(
            when_label(&When::month(2024, 8).unwrap().qualified(Qualifier::Early), false, en),
            "early August 2024"
        );
        assert_eq!(when_label(&When::day(d), false, en), "17 Sep 2024");
        // a week of a month: its days, labelled by its rank
        let first = When::month(2024, 3).unwrap().qualified(Qualifier::Week(1));
        assert_eq!((first.iso_start(), first.iso_end()), ("2024-03-01".into(), "2024-03-07".into()));
        assert_eq!(when_label(&first, false, en), "first week of March 2024");
        assert_eq!(when_label(&first, false, Lang::French), "première semaine de mars 2024");
        let last = When::month(2024, 2).unwrap().qualified(Qualifier::Week(5));
        assert_eq!(when_label(&last, false, en), "last week of February 2024");
        let t = d.and_hms_opt(5, 30, 0).unwrap();
        let w = When { approximate: true, ..When::time(t, t) };
        assert_eq!(when_label(&w, true, en), "17 Sep 2024, about 05:30 GMT");
        // a week ago, a day either side; last week up to yesterday; a calendar week
        let ago = When { approximate: true, ..When::span(d, d + chrono::Duration::days(2), Precision::Day) };
        assert_eq!(when_label(&ago, false, en), "about 17–19 Sep 2024");
        let last = When::span(d, d + chrono::Duration::days(14), Precision::Week);
        assert_eq!(when_label(&last, false, en), "17 Sep 2024 – 1 Oct 2024");
        let week = When::span(d, d + chrono::Duration::days(6), Precision::Week);
        assert_eq!(when_label(&week, false, en), "week of 17 Sep 2024");
        let ar = Lang::Arabic;
        assert_eq!(when_label(&When::day(d), false, ar), "17 سبتمبر 2024");
        assert_eq!(when_label(&w, true, ar), "17 سبتمبر 2024، نحو 05:30 بتوقيت غرينتش");
        assert_eq!(
            when_label(&When::month(2024, 8).unwrap().qualified(Qualifier::Early), false, ar),
            "أوائل أغسطس 2024"
        );
    }
}
