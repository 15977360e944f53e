//! Dates led by a weekday (`الثلاثاء 17 سبتمبر 2024`, `يوم الجمعة`, `الخميس الماضي`, `jeudi 7`),
//! and when a bare weekday is a date at all.

use super::{Parser, Piece};
use crate::lexicon::temporal::{TemporalWord as W, Unit};
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeExpr, TimeSpec, WeekdayDir};

impl<'a> Parser<'a> {
    /// Weekday first: `الثلاثاء 17 سبتمبر 2024`, `يوم الجمعة، 20 سبتمبر`, `يوم الثلاثاء`,
    /// `الخميس الماضي`, `يومي الخميس والجمعة`, a bare `الخميس،`.
    pub(super) fn weekday_led(&self, i: usize, licensed: bool) -> Option<Piece> {
        let (yawm, dual, j) = if self.bare_role(i, Role::DayWord) && self.weekday(i + 1).is_some() {
            (true, false, i + 1)
        } else if self.bare_role(i, Role::DaysWord) && self.weekday(i + 1).is_some() {
            (true, true, i + 1)
        } else {
            (false, false, i)
        };
        let (iso, definite, mut k) = self.weekday(j)?;
        if !yawm && !definite {
            return None;
        }
        let mut until = None;
        if dual {
            if let Some((iso2, _, k2)) = self.weekday(k) {
                until = Some(iso2);
                k = k2;
            }
        }
        // `de jeudi à samedi`, `من الخميس إلى السبت`, `entre jeudi et samedi`: the days between
        let mut ranged = false;
        if until.is_none() && j > 0 && self.role_is(j - 1, Role::RangeOpen) {
            if let Some((iso2, _, e2)) =
                self.has(k, |w| *w == W::RangeJoin).and_then(|k2| self.weekday(k2)).filter(|w| w.0 != iso)
            {
                until = Some(iso2);
                k = e2;
                ranged = true;
            }
        }
        // an explicit date after the weekday
        let mut q = k;
        if self.t.is_punct(q, '،') || self.t.is_punct(q, ',') || self.t.is_punct(q, '(') || self.t.is_punct(q, '-') {
            q += 1;
        }
        if let Some(e) = self.has(q, |w| *w == W::DateLink) {
            q = e;
        }
        if let Some((mut spec, _, mut e)) = self.day_month(q).or_else(|| self.numeric_date(q)).filter(|_| !ranged) {
            if let DateRef::Calendar { ref mut weekday, .. } | DateRef::Hijri { ref mut weekday, .. } = spec.date {
                *weekday = Some(iso);
            }
            if self.t.is_punct(q - 1, '(') && self.t.is_punct(e, ')') {
                e += 1;
            }
            return Some((spec, i, e));
        }
        // `jeudi 7`, `الخميس 7`: a day of the month without its month
        if let Some(day) = self.day_number(k).filter(|_| until.is_none()) {
            // not `jeudi 7 mars` (a date read above) nor `jeudi 7 soldats` (a count): the number
            // ends the phrase, or a word that may follow a day does
            let ends = !self.t.is_word(k + 1)
                || [Role::AfterDay, Role::DatePreposition, Role::ClockGap, Role::And, Role::AndFr]
                    .into_iter()
                    .any(|r| self.role_is(k + 1, r));
            if ends && self.number(k + 1).is_none() {
                return Some((TimeSpec::date(DateRef::WeekdayAndDay { iso, day }), i, k + 1));
            }
        }
        if let Some(e) = self.has(k, |w| *w == W::RelPastTwo) {
            return Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::BeforeLast, until }), i, e));
        }
        if let Some(e) = self.has(k, |w| *w == W::RelPast) {
            return Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::Last, until }), i, e));
        }
        if let Some(e) = self.has(k, |w| matches!(w, W::RelNext)) {
            return Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::Next, until }), i, e));
        }
        if let Some(e) = self.has(k, |w| matches!(w, W::RelFollowing)) {
            return Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::Following, until }), i, e));
        }
        if let Some(e) = self.has(k, |w| matches!(w, W::RelPreceding)) {
            return Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::Preceding, until }), i, e));
        }
        if !(yawm || licensed || ranged || self.bare_weekday_is_date(i, k)) {
            return None;
        }
        Some((TimeSpec::date(DateRef::Weekday { iso, dir: WeekdayDir::Latest, until }), i, k))
    }

    /// A weekday without يوم is a date when set off by punctuation, after a verb, a
    /// preposition, a definite word (`أعلنت البعثة الخميس`) or an event noun (`هجوم السبت`,
    /// the day of that event: when the article dates the event elsewhere, extraction drops it
    /// as a back-reference); not in a construct after another indefinite noun, nor in a name
    /// (`صلاة الجمعة`).
    pub(super) fn bare_weekday_is_date(&self, i: usize, end: usize) -> bool {
        if i == 0 {
            return true;
        }
        let prev = i - 1;
        // construct state is Arabic: a French weekday is a date unless it names something
        if self.t.toks[i].latin {
            return self.has(prev, |w| *w == W::WeekdayBlock).is_none();
        }
        let definite = self.definite(prev);
        if self.t.is_any_punct(prev) || self.t.is_punct(end, '،') || self.t.is_punct(end, ',') {
            return true;
        }
        if self.has(prev, |w| *w == W::WeekdayBlock).is_some() {
            return false;
        }
        // a clock time after it (`بقافلة الأربعاء عند الساعة السادسة`) makes it a day
        if self.clock_follows(end) {
            return true;
        }
        if self.is_trigger_word(prev) {
            return true; // `هجوم السبت`, `مجزرة الأحد`: the day of that event
        }
        // a definite word (`أعلنت البعثة الخميس`) is no noun in construct state
        if definite {
            return true;
        }
        // an indefinite noun in construct state before the weekday ("Tuesday's X") ends in ة
        // (a final ه is a pronoun: `استمرت الاضطرابات حوله الأحد`); prepositions and verbs
        // license the date
        let forms = self.t.forms(prev);
        let prep = self.lex.grammar.words(Role::DatePreposition).iter().any(|p| forms.has(p));
        // a relative adjective (`مصادر أمنية الثلاثاء`, `حصيلة رسمية الثلاثاء`) agrees with the
        // noun before it: the weekday after it is the clause's day, not a noun's complement
        let nisba = self.t.toks[prev].ta_marbuta && self.t.text(prev).ends_with("يه");
        // so does an adjective after an indefinite noun: feminine (`بطائرة مسيرة الثلاثاء`, a
        // drone on Tuesday; `مسيرة حاشدة الأحد`) or a plural that takes a feminine adjective
        // (`معارك عنيفة الخميس`, `بجروح خطيرة الثلاثاء`); after a preposition the word in ة
        // is the noun, in construct (`في جلسة الثلاثاء`)
        let adjective = self.t.toks[prev].ta_marbuta
            && prev > 0
            && self.t.is_word(prev - 1)
            && !self.t.is_any_punct(prev - 1)
            && !self.definite(prev - 1)
            && !self.definite(prev)
            && !self.role_is(prev - 1, Role::Preposition);
        prep || nisba || adjective || !self.t.toks[prev].ta_marbuta
    }
}

/// Tokens between a weekday and `last week` that make it that week's day (`, ` or `de la`).
const LAST_WEEK_GAP: usize = 3;

/// A weekday told beside `last week` (`la semaine dernière, lundi`, `lundi de la semaine
/// dernière`) is that day of the calendar week before publication's, not the latest Monday;
/// the two are one expression.
pub(super) fn weekdays_of_last_week(out: &mut Vec<TimeExpr>) {
    let last_week = |x: &TimeExpr| matches!(x.spec.date, DateRef::UnitOffset { unit: Unit::Week, n: -1 });
    let weekday = |x: &TimeExpr| matches!(x.spec.date, DateRef::Weekday { dir: WeekdayDir::Latest, until: None, .. });
    // one pass that writes each kept expression once (a long line may hold many pairs)
    let mut kept = 0;
    let mut k = 0;
    while k < out.len() {
        let pair = k + 1 < out.len() && {
            let (a, b) = (&out[k], &out[k + 1]);
            b.tok_start <= a.tok_end + LAST_WEEK_GAP && ((last_week(a) && weekday(b)) || (weekday(a) && last_week(b)))
        };
        let mut x = out[if pair && !weekday(&out[k]) { k + 1 } else { k }].clone();
        if pair {
            if let DateRef::Weekday { dir, .. } = &mut x.spec.date {
                *dir = WeekdayDir::LastWeek;
            }
            (x.start, x.tok_start) = (out[k].start, out[k].tok_start);
            (x.end, x.tok_end) = (out[k + 1].end, out[k + 1].tok_end);
        }
        out[kept] = x;
        kept += 1;
        k += if pair { 2 } else { 1 };
    }
    out.truncate(kept);
}
