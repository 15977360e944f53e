//! Short labels of an event, shared by the list, the curation panel and the briefing: its date
//! at its precision, and the marks of what the analyst changed.

use crate::i18n::Lang;
use crate::i18n::{day, month_name};
use crate::model::{Event, Precision, Qualifier};

/// A short date for the list, in the interface language.
pub fn short_when(e: &Event, lang: Lang) -> String {
    use chrono::Datelike;
    let Some(w) = e.when else { return lang.t("undated").to_string() };
    let what = match w.precision {
        Precision::Year => w.start.year().to_string(),
        Precision::Month => format!("{} {}", month_name(lang, w.start.month(), true), w.start.year()),
        Precision::Week => lang.f("week {0}", &[&day(lang, w.first_day())]),
        Precision::Day if w.first_day() != w.last_day() => {
            format!("{}–{}", w.first_day().day(), day(lang, w.last_day()))
        }
        Precision::Day => day(lang, w.first_day()),
        // a span of hours as the panel gives it (`00:00–04:00`), not its start alone
        Precision::Time if w.start != w.end && w.first_day() == w.last_day() => {
            format!("{} {}–{}", day(lang, w.first_day()), w.start.format("%H:%M"), w.end.format("%H:%M"))
        }
        Precision::Time => format!("{} {}", day(lang, w.first_day()), w.start.format("%H:%M")),
    };
    match w.qualifier {
        Some(Qualifier::Early) => lang.f("early {0}", &[&what]),
        Some(Qualifier::Mid) => lang.f("mid-{0}", &[&what]),
        Some(Qualifier::Late) => lang.f("late {0}", &[&what]),
        None => what,
    }
}

/// The marks of what the analyst changed, for headers and lists.
pub fn marks(c: &crate::workspace::Curation, lang: crate::i18n::Lang) -> String {
    let mut m = Vec::new();
    if c.added {
        m.push("added");
    }
    if c.title || c.when || c.event_type || c.merged || c.split || !c.note.is_empty() {
        m.push("edited");
    }
    if c.verified {
        m.push("verified");
    }
    if c.hidden {
        m.push("hidden");
    }
    m.iter().map(|s| format!("[{}]", lang.t(s))).collect::<Vec<_>>().join(" ")
}
