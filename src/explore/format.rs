//! Human-readable dates and citations for the UI: "17 Sep 2024, about 05:30 GMT",
//! "2012 (year only)", "July 2024", "18 Sep 2024, inferred from 000_….txt".

use chrono::{Datelike, NaiveDate};

use crate::corpus::{Corpus, Published, PublishedBasis};
use crate::model::{Event, Mention, Precision, Qualifier, When};

fn day(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn qual(q: Option<Qualifier>) -> &'static str {
    match q {
        Some(Qualifier::Early) => "early ",
        Some(Qualifier::Mid) => "mid-",
        Some(Qualifier::Late) => "late ",
        None => "",
    }
}

/// A date at its precision. `gmt` appends the time zone to times of day.
pub fn when_label(w: &When, gmt: bool) -> String {
    let (a, b) = (w.first_day(), w.last_day());
    match w.precision {
        Precision::Year if a.year() == b.year() => format!("{}{} (year only)", qual(w.qualifier), a.year()),
        Precision::Year => format!("{} – {}", day(a), day(b)),
        Precision::Month if w.qualifier.is_some() => format!("{}{}", qual(w.qualifier), a.format("%B %Y")),
        Precision::Month => a.format("%B %Y").to_string(),
        Precision::Week => format!("week of {}", day(a)),
        Precision::Day if a == b => day(a),
        Precision::Day => format!("{}–{}", a.format("%-d"), day(b)),
        Precision::Time => {
            let about = if w.approximate { "about " } else { "" };
            let zone = if gmt { " GMT" } else { "" };
            if w.start == w.end {
                format!("{}, {about}{}{zone}", day(a), w.start.format("%H:%M"))
            } else {
                format!("{}, {about}{}–{}{zone}", day(a), w.start.format("%H:%M"), w.end.format("%H:%M"))
            }
        }
    }
}

/// True when a mention's time expression names GMT.
pub fn mentions_gmt(ms: &[Mention]) -> bool {
    ms.iter().any(|m| ["غرينتش", "جرينتش", "غرينيتش", "GMT", "ت.غ"].iter().any(|z| m.time_text.contains(z)))
}

/// The date of an event, as the source panel shows it.
pub fn event_when_label(e: &Event) -> String {
    match &e.when {
        Some(w) => when_label(w, mentions_gmt(&e.mentions)),
        None => "undated (relative date in an article of unknown date)".into(),
    }
}

/// A publication date and how it is known.
pub fn published_label(p: Option<&Published>) -> String {
    let Some(p) = p else { return "publication date unknown".into() };
    match p.basis {
        PublishedBasis::Manifest => format!("{} (corpus.json)", day(p.date)),
        PublishedBasis::Dateline => match p.time {
            Some(t) => format!("{}, {} (dateline)", day(p.date), t.format("%H:%M")),
            None => format!("{} (dateline)", day(p.date)),
        },
        PublishedBasis::Inferred if p.not_before => format!("no earlier than {} (inferred)", day(p.date)),
        PublishedBasis::Inferred => match &p.from_file {
            Some(f) => format!("{}, inferred from {f}", day(p.date)),
            None => format!("{}, inferred", day(p.date)),
        },
    }
}

/// A citation for a mention: title, outlet, date, quote, and where it is.
pub fn citation(corpus: &Corpus, m: &Mention) -> String {
    let d = &corpus.documents[m.doc];
    let outlet = d.outlet.clone().unwrap_or_else(|| "outlet unknown".into());
    let mut s = format!("{} — {}, {}. «{}» ({}, paragraph {})", d.title, outlet, published_label(d.published.as_ref()), m.quote, d.file, m.paragraph);
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
        assert_eq!(when_label(&When::year(2012).unwrap(), false), "2012 (year only)");
        assert_eq!(when_label(&When::month(2024, 7).unwrap(), false), "July 2024");
        assert_eq!(when_label(&When::month(2024, 8).unwrap().qualified(Qualifier::Early), false), "early August 2024");
        assert_eq!(when_label(&When::day(d), false), "17 Sep 2024");
        let t = d.and_hms_opt(5, 30, 0).unwrap();
        let w = When { approximate: true, ..When::time(t, t) };
        assert_eq!(when_label(&w, true), "17 Sep 2024, about 05:30 GMT");
    }
}
