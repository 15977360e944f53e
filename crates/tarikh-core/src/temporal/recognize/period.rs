//! Periods read as parts of a whole or counted from a word: a part of a month, a year or a
//! week (`à la fin du mois de janvier`, `la deuxième quinzaine de février`, `en début de
//! semaine`), a span of the last units (`على مدار العامين الماضيين`), and a lone day of the
//! month (`Le 10, …`).

use super::{Parser, Piece};
use crate::lexicon::temporal::{Qualifier, TemporalWord as W, Unit};
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeSpec};

impl<'a> Parser<'a> {
    /// `أوائل الشهر الماضي`, `أواخر العام الماضي`, `منتصف يوليو`, `نهاية 2022`.
    pub(super) fn qualified(&self, i: usize) -> Option<Piece> {
        let (w, e) = self.word(i, |w| matches!(w, W::Qual(_)))?;
        let W::Qual(q) = w else { return None };
        // `نهاية الأسبوع` is the weekend, not the end of this week
        if self.word(i, |w| matches!(w, W::Unit { unit: Unit::Weekend, .. })).is_some_and(|(_, we)| we > e) {
            return None;
        }
        // (the word for a month between: `à la fin du mois de janvier`, `نهاية شهر يناير`)
        let mut k = e;
        if self.role_is(k, Role::MonthWord) {
            k += 1;
            if self.role_is(k, Role::OfDate) {
                k += 1;
            } else if self.t.is_word(k) && self.t.text(k) == "d" && self.t.is_punct(k + 1, '\'') {
                k += 2;
            }
        }
        // (`au troisième trimestre de 2023`; not `بداية من 2012`, starting from 2012)
        let quarter = matches!(q, Qualifier::Quarter(_));
        let of = if quarter && self.role_is(e, Role::OfDate) { e + 1 } else { e };
        // (a quarter or a season named by a demonstrative alone is this year's: `au premier
        // trimestre`, `cet été`)
        let this_year = || {
            (quarter || matches!(q, Qualifier::Season(_)) && self.has(i, |w| *w == W::RelThis).is_some())
                .then(|| (TimeSpec::date(DateRef::UnitOffset { unit: Unit::Year, n: 0 }), e, e))
        };
        let (mut spec, _, end) = self
            .core(e)
            .or_else(|| self.core(k).filter(|_| k > e))
            .or_else(|| self.core(of).filter(|p| of > e && matches!(p.0.date, DateRef::Calendar { year: Some(_), .. })))
            .or_else(|| self.this_unit(e))
            .or_else(this_year)?;
        // (a week is of a month: `la première semaine de 2024` is left alone)
        let week = matches!(q, Qualifier::Week(_));
        let ok = match spec.date {
            DateRef::Calendar { day: None, month: None, .. } | DateRef::UnitOffset { unit: Unit::Year, .. } if week => {
                false
            }
            DateRef::Calendar { day: None, month, year, .. } => month.is_some() || year.is_some(),
            DateRef::MonthRelative { .. } => true,
            DateRef::UnitOffset { unit: Unit::Month | Unit::Year | Unit::Week, .. } => true,
            DateRef::Hijri { day: None, .. } | DateRef::Holiday { day: 0, .. } => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        spec.qualifier = Some(q);
        Some((spec, i, end))
    }

    /// `cette année-là`, `la même année` alone: the year of the day the passage is about (after
    /// a month they give that month's year instead, [`Self::month_led`]).
    pub(super) fn that_year_alone(&self, i: usize) -> Option<Piece> {
        let e = self.has(i, |w| *w == W::ThatYear)?;
        // (not `ذلك العام الماضي`: `ذلك` is then "that", of the clause, and the year is last year)
        if self
            .has(e, |w| matches!(w, W::RelPast | W::RelNext | W::RelCurrent | W::RelFollowing | W::RelPreceding))
            .is_some()
        {
            return None;
        }
        Some((TimeSpec::date(DateRef::PassageUnit { unit: Unit::Year, n: 0 }), i, e))
    }

    /// A bare week, month or year after a part of it (`en début de semaine`, `au début du mois`,
    /// `en fin d'année`): that of publication.
    fn this_unit(&self, i: usize) -> Option<Piece> {
        let (w, e) =
            self.word(i, |w| matches!(w, W::Unit { unit: Unit::Week | Unit::Month | Unit::Year, count: 1 }))?;
        let W::Unit { unit, .. } = w else { return None };
        // (a month or a year in French only: `بداية العام` is as often the start of a year
        // the passage names)
        if unit != Unit::Week && !self.t.toks[i].latin {
            return None;
        }
        Some((TimeSpec::date(DateRef::UnitOffset { unit, n: 0 }), i, e))
    }

    /// A weekend alone (`خلال عطلة نهاية الأسبوع`, `نهاية الأسبوع`): the one of publication's
    /// week, as `ce week-end` (the last one, or the next in a clause that looks ahead).
    pub(super) fn bare_weekend(&self, i: usize) -> Option<Piece> {
        let (_, e) = self.word(i, |w| matches!(w, W::Unit { unit: Unit::Weekend, .. }))?;
        // (one named by its days, `le week-end des 4 et 5 mai`, is those days: the date after it)
        if self.has(e, |w| *w == W::DaysOf).is_some_and(|k| self.number(k).is_some()) {
            return None;
        }
        Some((TimeSpec::date(DateRef::UnitOffset { unit: Unit::Weekend, n: 0 }), i, e))
    }

    /// A count at token `k`, in digits or in words: (count, end).
    fn count_at(&self, k: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.number(k) {
            return Some((n, k + 1));
        }
        let (w, e) = self.word(k, |w| matches!(w, W::Number(_)))?;
        let W::Number(n) = w else { return None };
        Some((n, e))
    }

    /// `خلال الـ24 ساعة الماضية`, `الساعات الـ48 الأخيرة`, `les 24 dernières heures`, `au cours des
    /// trois derniers mois`: the last so many hours (in whole days, 24 at least) or units up to
    /// publication, the count before or after the word for "last" in French.
    pub(super) fn span_of_count(&self, i: usize) -> Option<Piece> {
        let j = self.has(i, |w| *w == W::SpanLead).unwrap_or(i);
        let days = |n: u32| (n >= 24).then(|| DateRef::PastSpan { unit: Unit::Day, n: n.div_ceil(24) });
        let piece = |d: DateRef, e: usize| Some((TimeSpec::date(d), i, e));
        // (French by its words: a count in digits is neither)
        let french = (i..self.t.len().min(j + 2)).any(|k| self.t.is_word(k) && self.t.toks[k].latin);
        if french {
            let (n1, k) = self.count_at(j).map_or((None, j), |(n, e)| (Some(n), e));
            let k = self.has(k, |w| *w == W::SpanLast)?;
            let (n2, k) = self.count_at(k).map_or((None, k), |(n, e)| (Some(n), e));
            let n = n1.or(n2)?;
            if let Some(e) = self.has(k, |w| *w == W::HourUnit) {
                return piece(days(n)?, e);
            }
            let (w, e) = self.word(k, |w| matches!(w, W::Unit { .. }))?;
            let W::Unit { unit, .. } = w else { return None };
            return (n >= 2).then_some(piece(DateRef::PastSpan { unit, n }, e)).flatten();
        }
        // `الساعات الـ24 الماضية`, `الـ24 ساعة الماضية`
        // (the hours' plural before a count with its article, `الساعات الـ48`: `الساعة 24` is a clock)
        let (n, k) = match self.has(j, |w| *w == W::HourUnit) {
            Some(k) if self.t.toks.get(k)?.glued_prefix => self.count_at(k)?,
            Some(_) => return None,
            None => {
                let (n, k) = self.count_at(j)?;
                (n, self.has(k, |w| *w == W::HourUnit)?)
            }
        };
        piece(days(n)?, self.has(k, |w| *w == W::SpanLast)?)
    }

    /// `على مدار العامين الماضيين`, `خلال الأشهر الثلاثة الأخيرة`.
    pub(super) fn span(&self, i: usize) -> Option<Piece> {
        let j = self.has(i, |w| *w == W::SpanLead).unwrap_or(i);
        let (w, mut k) = self.word(j, |w| matches!(w, W::Unit { .. }))?;
        let W::Unit { unit, count } = w else { return None };
        let n = match count {
            2 => 2,
            0 => {
                let n = if let Some(n) = self.number(k) {
                    k += 1;
                    n
                } else {
                    let (w, e) = self.word(k, |w| matches!(w, W::Number(_)))?;
                    k = e;
                    let W::Number(n) = w else { return None };
                    n
                };
                if n < 2 {
                    return None;
                }
                n
            }
            _ => return None,
        };
        let e = self.has(k, |w| *w == W::SpanLast)?;
        Some((TimeSpec::date(DateRef::PastSpan { unit, n }), i, e))
    }

    /// `Le 10, les habitants ont fui`: a day of the month alone, after `le` opening its
    /// sentence and before a comma, in a passage that has named its month; or anywhere with a
    /// part of the day after `au` (`ont attaqué le camp le 12 au soir`).
    pub(super) fn lone_day(&self, i: usize) -> Option<Piece> {
        let d = self.day_number(i)?;
        let opens = i == 1 || (i >= 2 && self.t.is_any_punct(i - 2));
        let le = i >= 1 && self.t.is_word(i - 1) && self.t.toks[i - 1].latin && self.t.text(i - 1) == "le";
        if le && self.text_is(i + 1, "au") {
            if let Some((W::DayPart(part), e)) = self.word(i + 2, |w| matches!(w, W::DayPart(_))) {
                let mut spec = TimeSpec::date(DateRef::DayOfMonth(d));
                spec.day_part = Some(part);
                return Some((spec, i - 1, e));
            }
        }
        (opens && le && self.t.is_punct(i + 1, ',')).then_some((TimeSpec::date(DateRef::DayOfMonth(d)), i - 1, i + 1))
    }
}
