//! The dateline: a line near the top that is mostly a date (and time), such as
//! `الثلاثاء 17/سبتمبر/2024 - 05:21 م` or `نشر في: 17 سبتمبر 2024`. It gives the publication
//! date; it is not an event.

use chrono::{NaiveDate, NaiveTime};

use super::Paragraph;
use crate::lexicon::Lexicon;
use crate::temporal::{recognize, resolve, ResolveContext};
use crate::text::tokenize;

/// Lines from the top searched for a dateline.
const SEARCH_LINES: usize = 6;

/// The dateline's paragraph index, day and time, when the document has one.
pub fn find_dateline(paras: &[Paragraph], lex: &Lexicon) -> Option<(usize, NaiveDate, Option<NaiveTime>)> {
    for p in paras.iter().take(SEARCH_LINES) {
        // a dateline holds digits and is short
        if p.text.split_ascii_whitespace().nth(16).is_some() || !p.text.chars().any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c) || ('۰'..='۹').contains(&c)) {
            continue;
        }
        let toks = tokenize(&p.text);
        let words = toks.toks.iter().filter(|t| t.kind != crate::text::TokenKind::Punct).count();
        if words == 0 || words > 14 {
            continue;
        }
        let exprs = recognize(&toks, lex);
        // the expressions together (a Gregorian date, its Hijri twin, a clock time) make up
        // most of the line
        let is_word = |j: usize| toks.toks[j].kind != crate::text::TokenKind::Punct;
        let covered: usize = exprs.iter().map(|e| (e.tok_start..e.tok_end).filter(|&j| is_word(j)).count()).sum();
        if covered * 2 < words {
            continue;
        }
        let clock = exprs.iter().find_map(|e| (e.spec.date == crate::temporal::DateRef::None).then_some(e.spec.clock).flatten());
        for e in &exprs {
            if !e.spec.date.is_absolute() {
                continue;
            }
            let Some(r) = resolve(&e.spec, &ResolveContext::default()) else { continue };
            if r.when.precision < crate::model::Precision::Day {
                continue;
            }
            let time = if r.when.precision == crate::model::Precision::Time {
                Some(r.when.start.time())
            } else {
                clock.and_then(|c| NaiveTime::from_hms_opt(c.hour, c.minute, 0))
            };
            return Some((p.index, r.when.first_day(), time));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph { index: i, text: t.to_string(), line: i + 1, boilerplate: false, duplicate_of: None, near_duplicate: false, dateline: false })
            .collect()
    }

    fn found(texts: &[&str]) -> Option<(usize, String, Option<String>)> {
        find_dateline(&lines(texts), Lexicon::builtin()).map(|(i, d, t)| (i, d.to_string(), t.map(|t| t.format("%H:%M").to_string())))
    }

    #[test]
    fn datelines_of_several_outlets() {
        let title = "مالي: المجلس العسكري يؤجل الانتخابات الرئاسية";
        // a clock glued to the day, then the Hijri twin of the date
        assert_eq!(found(&[title, "الشرق الأوسط", "نُشر: 10:25-26 سبتمبر 2023 م ـ 11 ربيع الأول 1445 هـ"]), Some((2, "2023-09-26".into(), Some("10:25".into()))));
        assert_eq!(found(&[title, "الجزيرة نت - 28/1/2024"]), Some((1, "2024-01-28".into(), None)));
        assert_eq!(found(&[title, "نشر في: 29 يوليو 2024 - 14:35 بتوقيت أبوظبي"]), Some((1, "2024-07-29".into(), Some("14:35".into()))));
        // a sentence with a date in it is not a dateline
        assert_eq!(found(&[title, "وقال الجيش إن الهجوم الذي وقع في 17 سبتمبر 2024 أسفر عن مقتل عدد من الجنود في باماكو"]), None);
    }
}
