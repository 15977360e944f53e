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
        for e in recognize(&toks, lex) {
            if !e.spec.date.is_absolute() {
                continue;
            }
            let covered = (e.tok_start..e.tok_end).filter(|&j| toks.toks[j].kind != crate::text::TokenKind::Punct).count();
            if covered * 2 < words {
                continue;
            }
            let Some(r) = resolve(&e.spec, &ResolveContext::default()) else { continue };
            if r.when.precision < crate::model::Precision::Day {
                continue;
            }
            let time = (r.when.precision == crate::model::Precision::Time).then(|| r.when.start.time());
            return Some((p.index, r.when.first_day(), time));
        }
    }
    None
}
