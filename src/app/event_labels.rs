//! Short labels of an event, shared by the list, the curation panel and the briefing: its date
//! at its precision, and the marks of what the analyst changed.

use crate::explore::{day_span, other_month_days, period_end};
use crate::i18n::Lang;
use crate::i18n::{day, month_name};
use crate::model::{Event, Precision};

/// A short date for the list, in the interface language.
pub fn short_when(e: &Event, lang: Lang) -> String {
    use chrono::Datelike;
    let Some(w) = e.when else { return lang.t("undated").to_string() };
    // a Hijri month or a part of one (`pendant le ramadan`): its days
    if let Some(days) = other_month_days(lang, &w) {
        return days;
    }
    // a long range of days dated by its first day (`du 1er au 10 avril`): both ends
    if let Some(last) = period_end(e, &w) {
        return day_span(lang, w.first_day(), last);
    }
    let what = match w.precision {
        Precision::Year => w.start.year().to_string(),
        Precision::Month => format!("{} {}", month_name(lang, w.start.month(), true), w.start.year()),
        Precision::Week if (w.last_day() - w.first_day()).num_days() == 6 => {
            lang.f("week {0}", &[&day(lang, w.first_day())])
        }
        // last week up to yesterday; a loose count of weeks back, about its day
        Precision::Week => day_span(lang, w.first_day(), w.last_day()),
        Precision::Day if w.first_day() != w.last_day() && w.approximate => {
            lang.f("about {0}", &[&day_span(lang, w.first_day(), w.last_day())])
        }
        Precision::Day if w.first_day() != w.last_day() => day_span(lang, w.first_day(), w.last_day()),
        Precision::Day => day(lang, w.first_day()),
        // a span of hours as the panel gives it (`00:00–04:00`), not its start alone
        Precision::Time if w.start != w.end && w.first_day() == w.last_day() => {
            format!("{} {}–{}", day(lang, w.first_day()), w.start.format("%H:%M"), w.end.format("%H:%M"))
        }
        Precision::Time => format!("{} {}", day(lang, w.first_day()), w.start.format("%H:%M")),
    };
    crate::explore::qualified(lang, w.qualifier, what)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{document_from_text, Corpus, Published, TextEncoding};
    use crate::lexicon::Lexicon;

    /// The list's date of the one event of a French sentence published on Wednesday 13 March 2024.
    fn listed(sentence: &str) -> String {
        let text = format!("Titre\n{sentence}\n");
        let mut d = document_from_text("a.txt".into(), &text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
        d.published = Some(Published::from_manifest(chrono::NaiveDate::from_ymd_opt(2024, 3, 13).unwrap()));
        let mut c = Corpus { documents: vec![d], ..Default::default() };
        let ex = crate::extract::extract(&mut c);
        assert_eq!(ex.events.len(), 1, "{sentence}");
        short_when(&ex.events[0], Lang::English)
    }

    #[test]
    fn the_list_shows_a_loose_count_as_about_and_last_week_as_its_days() {
        assert_eq!(
            listed("Il y a une semaine, des jihadistes ont attaqué un convoi près de Boni."),
            "about 5–7 Mar 2024"
        );
        assert_eq!(listed("La semaine dernière, des hommes armés ont incendié des greniers."), "4–12 Mar 2024");
        // next week is the calendar week after this one (said on Wednesday 13 March: from the 18th)
        assert_eq!(listed("La semaine prochaine, les ministres se réuniront à Niamey."), "week 18 Mar 2024");
        // a long range of days, dated by its first day, is listed by both ends
        assert_eq!(listed("Du 1er au 10 mars, des hommes armés ont attaqué des villages."), "1–10 Mar 2024");
    }

    #[test]
    fn the_list_shows_ramadan_as_its_days_and_a_quarter_as_a_quarter() {
        // Ramadan 1445: from 11 March (tabular calendar), not "Mar 2024"
        assert_eq!(
            listed("Pendant le ramadan, des hommes armés ont attaqué un convoi."),
            "about 11 Mar 2024 – 9 Apr 2024"
        );
        assert_eq!(
            listed("À la fin du ramadan, des hommes armés ont attaqué un convoi."),
            "about 31 Mar 2024 – 9 Apr 2024"
        );
        assert_eq!(
            listed("Au dernier trimestre 2023, des hommes armés ont attaqué un convoi."),
            "fourth quarter of 2023"
        );
        assert_eq!(listed("Fin février, des hommes armés ont attaqué un convoi."), "late Feb 2024");
    }
}
