//! Dates written in digits (`17/09/2024`, `2024-09-17`, `ce dimanche (1/4/12)`), and a day and
//! month without a year after a word that introduces a date (`le 17/01`, `في 17/09`).

use super::{Parser, Piece};
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeSpec};

impl<'a> Parser<'a> {
    /// `17/09/2024`, `2024-09-17`, `17.9.2024`.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Piece> {
        let t = self.t;
        if t.is_number(i) && t.is_number(i + 2) && !t.is_number(i + 4) {
            return self.short_numeric_date(i);
        }
        if !(t.is_number(i) && t.is_number(i + 2) && t.is_number(i + 4)) {
            return None;
        }
        let sep = t.text(i + 1).chars().next()?;
        if !matches!(sep, '/' | '-' | '.') || !t.is_punct(i + 1, sep) || !t.is_punct(i + 3, sep) {
            return None;
        }
        let (a, b, c) = (t.toks[i].value, t.toks[i + 2].value, t.toks[i + 4].value);
        // a two-digit year only with slashes and right after a weekday (`ce dimanche (1/4/12)`)
        // or a word that introduces a date (`le 12/03/24`)
        let after_weekday = i >= 2 && t.is_punct(i - 1, '(') && self.weekday(i - 2).is_some()
            || i >= 1 && self.role_is(i - 1, Role::ShortDateLead);
        let (y, m, d) = if t.toks[i].digits == 4 {
            (a, b, c)
        } else if t.toks[i + 4].digits == 4 {
            (c, b, a)
        } else if t.toks[i + 4].digits == 2 && sep == '/' && after_weekday {
            (2000 + c, b, a)
        } else {
            return None;
        };
        // `03/13/2022`: a "month" over 12 with a day that could be a month is written month
        // first (as some sites' templates do); the reading that fits is the only one
        let (m, d) = if m > 12 && (1..=12).contains(&d) && t.toks[i].digits != 4 { (d, m) } else { (m, d) };
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let spec =
            TimeSpec::date(DateRef::Calendar { year: Some(y as i32), month: Some(m), day: Some(d), weekday: None });
        Some((spec, i, i + 5))
    }

    /// A day and month in digits without a year (`le 17/01`, `في 17/09`), only right after a word
    /// that introduces a date (else `3/4` is a fraction, `2/1` a score): the year is the one the
    /// publication date or the passage gives.
    pub(super) fn short_numeric_date(&self, i: usize) -> Option<Piece> {
        let t = self.t;
        if i == 0 || !self.role_is(i - 1, Role::ShortDateLead) || !t.is_punct(i + 1, '/') || t.is_punct(i + 3, '/') {
            return None;
        }
        let (d, m) = (t.toks[i].value, t.toks[i + 2].value);
        if t.toks[i].digits > 2 || t.toks[i + 2].digits > 2 || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let spec = TimeSpec::date(DateRef::Calendar { year: None, month: Some(m), day: Some(d), weekday: None });
        Some((spec, i, i + 3))
    }
}
