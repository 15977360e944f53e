//! Clock times and parts of the day (`الساعة 05:30 بتوقيت غرينتش`, `بين منتصف الليل والرابعة
//! صباحًا`, `صباح الثلاثاء`), and the joining of a date with a clock time that follows it.

use super::{is_day_level, Parser, Piece};
use crate::lexicon::temporal::{DayPart, TemporalWord as W};
use crate::lexicon::Role;
use crate::temporal::expr::{Clock, DateRef, TimeExpr, TimeSpec};
use crate::text::token::Tokens;

impl<'a> Parser<'a> {
    /// `بين منتصف الليل والرابعة صباحًا`, `من الساعة 5 حتى 7 مساء`.
    pub(super) fn clock_range(&self, i: usize) -> Option<Piece> {
        if !self.role_is(i, Role::RangeOpen) {
            return None;
        }
        let (a, e1) = self.clock(i + 1)?;
        let k = if self.role_is(e1, Role::RangeClose) { e1 + 1 } else { e1 };
        let (b, e2) = self.clock(k)?;
        let mut first = a;
        if a.hour < 12 && b.hour >= 12 && a.hour != 0 && a.hour + 12 <= b.hour {
            first.hour += 12;
        }
        let clock = Clock { until: Some((b.hour, b.minute)), ..first };
        let (spec, end) = self.date_after_clock(clock, e2);
        Some((spec, i, end))
    }

    /// A clock time (`الساعة 05:30 بتوقيت غرينتش`, `الخامسة صباحًا`, `05:21 م`, `منتصف الليل`).
    fn clock(&self, i: usize) -> Option<(Clock, usize)> {
        let mut j = i;
        let before = self.has(j, |w| *w == W::ClockBefore);
        let approximate = if let Some(e) = before.or_else(|| self.has(j, |w| *w == W::ClockAbout)) {
            j = e;
            true
        } else {
            false
        };
        let has_word = if let Some(e) = self.has(j, |w| *w == W::ClockWord) {
            j = e;
            true
        } else {
            false
        };
        let (mut hour, mut minute, worded);
        if let Some((W::FixedHour(h), e)) = self.word(j, |w| matches!(w, W::FixedHour(_))) {
            // (shortly before midnight is the day's last minute, not the next one's first)
            (hour, minute) = if h == 0 && before.is_some() { (23, 59) } else { (h, 0) };
            j = e;
            worded = true;
        } else if let Some(h) = self.number(j) {
            if h > 24 {
                return None;
            }
            if self.t.is_punct(j + 1, ':')
                && self.t.is_number(j + 2)
                && self.t.toks[j + 2].digits == 2
                && self.t.toks[j + 2].value < 60
            {
                hour = h;
                minute = self.t.toks[j + 2].value;
                j += 3;
                worded = true;
            } else if let Some(e) = self.has(j + 1, |w| *w == W::HourMark) {
                // `16h`, `10h15`, `23 heures`; not `les dernières 24 heures`, a length of time,
                // nor `il y a 3 heures`, `منذ 3 ساعات`, hours ago
                if j > 0 && self.role_is(j - 1, Role::DurationLead) {
                    return None;
                }
                let ago = |k: usize| self.has(k, |w| matches!(w, W::Ago | W::Since)) == Some(j);
                if (j.saturating_sub(3)..j).any(ago) {
                    return None;
                }
                hour = h;
                minute = 0;
                j = e;
                if self.t.is_number(j) && self.t.toks[j].digits == 2 && self.t.toks[j].value < 60 {
                    minute = self.t.toks[j].value;
                    j += 1;
                } else if let Some((W::MinuteWord(m), e2)) = self.word(j, |w| matches!(w, W::MinuteWord(_))) {
                    // `5 heures et demie`, `6 heures moins le quart`
                    (hour, minute) = with_minutes(hour, m);
                    j = e2;
                }
                worded = true;
            } else if has_word {
                hour = h;
                minute = 0;
                j += 1;
                worded = false;
            } else {
                return None;
            }
        } else if let Some((W::HourWord(h), e)) = self.word(j, |w| matches!(w, W::HourWord(_))) {
            hour = h;
            minute = 0;
            // a French hour in words ends with its mark (`vers cinq heures`); only after a word of
            // time (`à`, `vers`) is it a clock: `pendant deux heures`, `en deux heures` are
            // lengths of time, `à deux heures de route` a distance, `deux heures après` a count
            let marked_word = e > j && self.has(e - 1, |w| *w == W::HourMark).is_some();
            let count_of_hours = self.has(e, |w| matches!(w, W::Later | W::Earlier)).is_some()
                || (self.t.is_word(e) && matches!(self.t.text(e), "de" | "d"));
            worded = has_word || (marked_word && approximate && !count_of_hours);
            j = e;
            if let Some((W::MinuteWord(m), e2)) = self.word(j, |w| matches!(w, W::MinuteWord(_))) {
                (hour, minute) = with_minutes(hour, m);
                j = e2;
            }
        } else {
            return None;
        }
        let mut marked = false;
        if let Some(e) = self.has(j, |w| *w == W::ClockAm) {
            if hour == 12 {
                hour = 0;
            }
            j = e;
            marked = true;
        } else if let Some(e) = self.has(j, |w| *w == W::ClockPm) {
            let night = self
                .lex
                .grammar
                .words(Role::NightStem)
                .iter()
                .any(|s| self.t.forms(j).iter().any(|f| f.starts_with(s.as_str())));
            if hour < 12 && !(night && hour < 5) {
                hour += 12;
            }
            j = e;
            marked = true;
        }
        // `العاشرة من مساء الأحد`: the part of the day that follows says am or pm
        if !(worded || marked || has_word) && self.role_is(j, Role::From) {
            if let Some((W::DayPart(part), _)) = self.word(j + 1, |w| matches!(w, W::DayPart(_))) {
                hour = in_part_of_day(Clock { hour, minute, until: None, approximate }, Some(part)).hour;
                marked = true;
            }
        }
        if !(worded || marked || has_word) {
            return None;
        }
        if let Some(e) = self.has(j, |w| *w == W::ClockZone) {
            j = e;
        }
        Some((Clock { hour: hour % 24, minute, until: None, approximate }, j))
    }

    /// Whether a clock time starts at `i`, or one clock-gap word after it (`عند الساعة السادسة`).
    pub(super) fn clock_follows(&self, i: usize) -> bool {
        if i >= self.t.toks.len() {
            return false;
        }
        self.clock(i).is_some() || (is_clock_gap(self.t, i, self.lex) && self.clock(i + 1).is_some())
    }

    /// A clock, with the day it belongs to when one follows (`الخامسة من صباح الثلاثاء`).
    pub(super) fn clock_expr(&self, i: usize) -> Option<Piece> {
        let (clock, e) = self.clock(i)?;
        let (spec, end) = self.date_after_clock(clock, e);
        Some((spec, i, end))
    }

    /// A part of the day written after its day, in Latin script (`samedi matin`, `hier
    /// après-midi`): the day's piece takes it.
    pub(super) fn trailing_day_part(&self, (mut spec, s, e): Piece) -> Piece {
        if spec.day_part.is_some() || !is_day_level(&spec.date) || !self.t.toks.get(e).is_some_and(|t| t.latin) {
            return (spec, s, e);
        }
        match self.word(e, |w| matches!(w, W::DayPart(_))) {
            Some((W::DayPart(part), e2)) => {
                spec.day_part = Some(part);
                (spec, s, e2)
            }
            _ => (spec, s, e),
        }
    }

    fn date_after_clock(&self, clock: Clock, e: usize) -> (TimeSpec, usize) {
        // `العاشرة من مساء الأحد`, `13h00 de vendredi`
        let k = if self.role_is(e, Role::From)
            || self.role_is(e, Role::FromFr)
            || self.t.is_punct(e, '،')
            || self.t.is_punct(e, ',')
        {
            e + 1
        } else {
            e
        };
        let day = self
            .day_part(k)
            .or_else(|| self.core(k).filter(|p| is_day_level(&p.0.date)).map(|p| self.trailing_day_part(p)));
        match day {
            Some((mut spec, _, end)) if spec.clock.is_none() => {
                spec.clock = Some(clock);
                (spec, end)
            }
            _ => (TimeSpec { clock: Some(clock), ..TimeSpec::date(DateRef::None) }, e),
        }
    }

    /// `صباح الثلاثاء`, `فجر أمس`, `مساء يوم الجمعة`, `صباح اليوم`, `ليلة 17 سبتمبر`.
    pub(super) fn day_part(&self, i: usize) -> Option<Piece> {
        let (w, mut e) = self.word(i, |w| matches!(w, W::DayPart(_)))?;
        let W::DayPart(part) = w else { return None };
        if self.bare_role(e, Role::DayWord) && self.weekday(e + 1).is_none() {
            e += 1;
        }
        // `la nuit de samedi à dimanche`, `dans la matinée du lundi 15 août`, `à l'aube de ce
        // vendredi`
        if let Some(e2) = self.has(e, |w| *w == W::DayPartLink) {
            // `dans la nuit du 31 mars au 1er avril`: a night across the end of a month
            if let Some((mut spec, _, end)) = self.day_range(e) {
                spec.day_part = Some(part);
                return Some((spec, i, end));
            }
            let this_weekday = self.has(e2, |w| *w == W::RelThis).is_some_and(|e3| self.weekday(e3).is_some());
            if self.core_day(e2, true).is_some() || this_weekday {
                e = e2;
            }
        }
        // `ليلة 11 إلى 12 مارس`: a night between two days, the night word opening the range
        if self.t.is_number(e) {
            if let Some((mut spec, _, end)) = self.day_range_led(e, true) {
                spec.day_part = Some(part);
                return Some((spec, i, end));
            }
        }
        if let Some(end) = self.has(e, |w| *w == W::Today) {
            // `مساء اليوم ذاته`: the evening of the day the passage is about, not of today
            let (date, end) = match self.has(end, |w| *w == W::SameYear) {
                Some(e2) => (DateRef::DiscourseDay(0), e2),
                None => (DateRef::DayOffset(0), end),
            };
            let mut spec = TimeSpec::date(date);
            spec.day_part = Some(part);
            return Some((spec, i, end));
        }
        // `aux premières heures de ce mardi`
        if let Some(e2) = self.has(e, |w| *w == W::RelThis).filter(|&e2| self.weekday(e2).is_some()) {
            e = e2;
        }
        // `dans la soirée du 12`: a day of the month the article is about, with no month named
        // (not `dans la nuit du 16 au 17 septembre`, whose month comes after)
        // (`مساء يوم 12`: the same after the word for day)
        let month_follows = |k: usize| (k..k + 4).any(|j| self.month(j).is_some());
        let day_after_link =
            self.has(e, |w| *w == W::DayPartLink).or((e > i + 1 && self.bare_role(e - 1, Role::DayWord)).then_some(e));
        if let Some(d) = day_after_link.and_then(|e2| {
            (self.core_day(e2, true).is_none() && !month_follows(e2 + 1))
                .then(|| self.day_number(e2).map(|d| (d, e2 + 1)))
                .flatten()
        }) {
            let mut spec = TimeSpec::date(DateRef::DayOfMonth(d.0));
            spec.day_part = Some(part);
            return Some((spec, i, d.1));
        }
        let Some((mut spec, _, mut end)) = self.core_day(e, true) else {
            // a part of the day written as a phrase with no day after it (`dans la soirée`, `en
            // fin de journée`) is on the day the passage is about; a bare `soir` says nothing,
            // nor does `dans la nuit` (the night before that day, or after it?)
            if e - i >= 2 && part != DayPart::Night {
                let mut spec = TimeSpec::date(DateRef::DiscourseDay(0));
                spec.day_part = Some(part);
                return Some((spec, i, e));
            }
            return None;
        };
        spec.day_part = Some(part);
        // a night across the end of a month: `ليلة 31 مارس إلى 1 أبريل`
        if matches!(spec.date, DateRef::Calendar { day: Some(_), .. }) && spec.through.is_none() {
            if let Some((DateRef::Calendar { month: Some(m2), day: Some(1), .. }, e2)) =
                self.has(end, |w| *w == W::RangeJoin).and_then(|k| self.day_month(k)).map(|p| (p.0.date, p.2))
            {
                spec.through = Some((m2, 1));
                end = e2;
            }
        }
        // the night between two days: `ليل الأحد الاثنين`, `ليلة الأحد إلى الاثنين`,
        // `ليل الخميس-الجمعة`
        if let DateRef::Weekday { iso, until: ref mut until @ None, .. } = spec.date {
            // joined by a word (`إلى`, `à`) or written as a pair (`الخميس-الجمعة`, `الخميس/الجمعة`)
            let paired = self.t.is_punct(end, '-') || self.t.is_punct(end, '/') || self.t.is_punct(end, '–');
            let mut k = if paired { end + 1 } else { self.has(end, |w| *w == W::RangeJoin).unwrap_or(end) };
            k = self.has(k, |w| *w == W::RelThis).unwrap_or(k); // `de mercredi à ce jeudi`
            if let Some((iso2, _, e2)) = self.weekday(k).filter(|w| w.0 == iso % 7 + 1) {
                *until = Some(iso2);
                end = e2;
                // `… à ce jeudi 27 mai 2021`: the night ends on a day written in full
                if let Some((DateRef::Calendar { year, month, day: Some(d), .. }, e3)) =
                    self.day_month(e2).map(|p| (p.0.date, p.2))
                {
                    spec.date = DateRef::Calendar { year, month, day: Some(d), weekday: Some(iso2) };
                    end = e3;
                }
            }
        }
        // `ليلة السبت`, `ليلة أول أبريل`: an Arabic night named by one day is that day's eve or
        // its own night, as writers differ: the night between the day before and that day
        if !self.t.toks[i].latin && part == DayPart::Night && spec.through.is_none() {
            match spec.date {
                DateRef::Weekday { ref mut iso, until: ref mut until @ None, .. } => {
                    *until = Some(*iso);
                    *iso = (*iso + 5) % 7 + 1;
                }
                DateRef::Calendar { month: Some(m), day: Some(d), .. } if spec.day_shift == 0 => {
                    spec.day_shift = -1;
                    spec.through = Some((m, d));
                }
                _ => {}
            }
        }
        Some((spec, i, end))
    }
}

/// A word that may stand between a day and its clock time (`في`, `عند`, `و`).
fn is_clock_gap(toks: &Tokens, j: usize, lex: &crate::lexicon::Lexicon) -> bool {
    lex.grammar.words(Role::ClockGap).iter().any(|w| toks.text(j) == w)
}

/// Joins a date and a clock time that follows it closely (`الثلاثاء 17/سبتمبر/2024 - 05:21 م`).
pub(super) fn attach_clocks(toks: &Tokens, out: &mut Vec<TimeExpr>, lex: &crate::lexicon::Lexicon) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let gap_ok = (a.tok_end..b.tok_start).all(|j| {
            toks.is_punct(j, '-')
                || toks.is_punct(j, '،')
                || toks.is_punct(j, ',')
                || toks.is_punct(j, '|')
                || is_clock_gap(toks, j, lex)
        }) && b.tok_start - a.tok_end <= 2;
        if gap_ok
            && is_day_level(&a.spec.date)
            && a.spec.clock.is_none()
            && b.spec.date == DateRef::None
            && b.spec.clock.is_some()
        {
            let clock = b.spec.clock.map(|c| in_part_of_day(c, a.spec.day_part));
            let merged = TimeExpr {
                start: a.start,
                end: b.end,
                tok_start: a.tok_start,
                tok_end: b.tok_end,
                spec: TimeSpec { clock, ..a.spec },
            };
            out[k] = merged;
            out.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// A clock read in the part of the day named beside it: `مساء الأربعاء حوالي الساعة السادسة`,
/// `العاشرة من مساء الأحد` and `mercredi soir vers 9 heures` are in the evening (18:00, 22:00,
/// 21:00), a night's ten is 22:00 and its two 02:00, noon's one is 13:00; a time of 12 or more,
/// or one in the morning, stays as written.
fn in_part_of_day(clock: Clock, part: Option<DayPart>) -> Clock {
    let pm = match part {
        Some(DayPart::Afternoon | DayPart::Evening) => clock.hour < 12,
        Some(DayPart::Noon) => clock.hour < 6,
        Some(DayPart::Night) => (6..12).contains(&clock.hour),
        _ => false,
    };
    if pm {
        Clock { hour: clock.hour + 12, until: clock.until.map(|(h, m)| (if h < 12 { h + 12 } else { h }, m)), ..clock }
    } else {
        clock
    }
}

/// An hour with minutes after it in words (`والنصف`, `et demie`), or before the next hour
/// (`إلا ربعا`, `moins le quart`: a quarter to).
fn with_minutes(hour: u32, m: i32) -> (u32, u32) {
    if m < 0 {
        ((hour + 23) % 24, (60 + m) as u32)
    } else {
        (hour, m as u32)
    }
}
