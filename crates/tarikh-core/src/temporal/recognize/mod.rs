//! Recognition of Arabic temporal expressions in a token stream.
//!
//! A small hand-written grammar over tokens (not regular expressions over text), so that glued
//! clitics (`والجمعة`, `و2021`, `وفي 2015`), punctuation (`2024،`, `الخميس،`) and multi-word names
//! (`كانون الثاني`, `على مدار`) are handled in one place. Words come from `assets/lexicon/`.
//! Non-specific expressions (`منذ سنوات`, `في الآونة الأخيرة`, `اليوم` = nowadays) match nothing.

use super::expr::{DateRef, TimeExpr, TimeSpec};
use crate::lexicon::temporal::{Calendar, Qualifier, TemporalWord as W, Unit};
use crate::lexicon::{Lexicon, Role};
use crate::text::token::Tokens;

mod clock;
mod day_month;
mod holiday;
mod numeric;
mod period;
mod relative;
mod weekday;
use clock::attach_clocks;
use weekday::weekdays_of_last_week;

/// Finds every temporal expression in a paragraph's tokens, in order, without overlaps.
pub fn recognize(toks: &Tokens, lex: &Lexicon) -> Vec<TimeExpr> {
    recognize_scan(toks, lex).exprs
}

/// The expressions of a paragraph and the temporal words at each token (so that callers can
/// ask about cue words without looking them up again).
#[derive(Default)]
pub struct TemporalScan {
    /// The expressions, in order.
    pub exprs: Vec<TimeExpr>,
    cache: WordCache,
}

/// Temporal words starting at each token, flattened: token `i` owns
/// `items[at[i]..at[i + 1]]`.
#[derive(Default)]
struct WordCache {
    items: Vec<(W, usize)>,
    at: Vec<u32>,
}

/// Words a trigger phrase ending before a bare weekday may take (`عبوة ناسفة الثلاثاء`).
const TRIGGER_WORDS: usize = 4;

/// Tokens a cue before a month may take (`la première quinzaine d'` is five: `la`, `première`,
/// `quinzaine`, `d`, `'`).
const CUE_TOKENS: usize = 5;

impl WordCache {
    fn get(&self, i: usize) -> &[(W, usize)] {
        match (self.at.get(i), self.at.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a as usize..b as usize],
            _ => &[],
        }
    }
}

impl TemporalScan {
    /// True when a temporal word satisfying `pred` starts at a token in `[from, to)`.
    pub fn has(&self, from: usize, to: usize, pred: impl Fn(&W) -> bool) -> bool {
        (from..to).any(|i| self.cache.get(i).iter().any(|(w, _)| pred(w)))
    }

    /// True when a temporal word satisfying `pred` ends exactly at token `end` (starting at
    /// most four tokens before it).
    pub fn ends_at(&self, end: usize, pred: impl Fn(&W) -> bool) -> bool {
        (end.saturating_sub(4)..end).any(|i| self.cache.get(i).iter().any(|(w, e)| *e == end && pred(w)))
    }
}

/// Like [`recognize`], keeping the per-token temporal words.
pub fn recognize_scan(toks: &Tokens, lex: &Lexicon) -> TemporalScan {
    recognize_scan_reusing(toks, lex, TemporalScan::default())
}

/// Like [`recognize_scan`], reusing the buffers of an earlier scan (scanning many paragraphs
/// allocates once).
pub fn recognize_scan_reusing(toks: &Tokens, lex: &Lexicon, spare: TemporalScan) -> TemporalScan {
    let TemporalScan { exprs: mut out, mut cache } = spare;
    out.clear();
    cache.items.clear();
    cache.at.clear();
    cache.at.reserve(toks.len() + 1);
    // every temporal word starting at each token, looked up once
    for i in 0..toks.len() {
        cache.at.push(cache.items.len() as u32);
        lex.temporal.table.each_match(toks, i, |m| cache.items.push((*m.value, m.end)));
    }
    cache.at.push(cache.items.len() as u32);
    let mut p = Parser { t: toks, lex, out, cache };
    let mut i = 0;
    while i < toks.len() {
        if !p.may_start(i) {
            i += 1;
            continue;
        }
        match p.parse_at(i) {
            Some(end) if end > i => i = end,
            _ => i += 1,
        }
    }
    attach_clocks(toks, &mut p.out, lex);
    weekdays_of_last_week(&mut p.out);
    TemporalScan { exprs: p.out, cache: p.cache }
}

/// What a temporal word can do at the token an expression starts at.
enum StartRole {
    /// An entry of the grammar reads it as the expression's content.
    Content,
    /// It opens an expression whose content starts right after it (`منذ`, `خلال`, `نحو`).
    Lead,
    /// It is read only from another word (a cue before a year, a word after a month).
    Cue,
}

/// The [`StartRole`] of a temporal word.
fn start_role(w: &W) -> StartRole {
    match w {
        W::Since
        | W::Ago
        | W::Hence
        | W::Qual(_)
        | W::SpanLead
        | W::RangeStart
        | W::ClockAbout
        | W::ClockBefore
        | W::ClockWord
        | W::RelThis
        | W::Opening
        | W::LaterLead
        | W::ThatOffset(_) => StartRole::Lead,
        W::TodayAnchor
        | W::RelPast
        | W::RelCurrent
        | W::RelNext
        | W::RelFollowing
        | W::RelPreceding
        | W::SpanLast
        | W::ClockAm
        | W::ClockPm
        | W::ClockZone
        | W::MinuteWord(_)
        | W::OrdinalBlock
        | W::DateLink
        | W::SameYear
        | W::VagueCount
        | W::YearCue
        | W::MonthCue
        | W::MonthPreposition
        | W::YearAd
        | W::YearHijri
        | W::Future
        | W::Deadline
        | W::Starting
        | W::Scheduled
        | W::Postponing
        | W::PostponedTo
        | W::CountNoun
        | W::WeekdayBlock
        | W::PastCue
        | W::Elapsed
        | W::HourMark
        | W::RangeJoin
        | W::DayPartLink
        | W::Later
        | W::Earlier => StartRole::Cue,
        _ => StartRole::Content,
    }
}

/// A parsed piece: spec and token range.
type Piece = (TimeSpec, usize, usize);

/// The year written after a month name.
enum YearOf {
    /// A year number, and whether it is Hijri.
    Year(i32, bool),
    /// Years from publication (`من العام الماضي` = -1).
    Offset(i32),
    /// The year the passage is about (`من العام نفسه`).
    Same,
}

struct Parser<'a> {
    t: &'a Tokens,
    lex: &'a Lexicon,
    out: Vec<TimeExpr>,
    /// Temporal words starting at each token: (meaning, index after).
    cache: WordCache,
}

impl<'a> Parser<'a> {
    // ---- lexicon helpers -------------------------------------------------------------

    /// The longest temporal word at `i` satisfying `pred`, and the index after it.
    fn word(&self, i: usize, pred: impl Fn(&W) -> bool) -> Option<(W, usize)> {
        let mut best: Option<(W, usize)> = None;
        for &(w, e) in self.cache.get(i) {
            if pred(&w) && best.is_none_or(|b| e > b.1) {
                best = Some((w, e));
            }
        }
        best
    }

    /// True when an expression can start at token `i`: a number, or a word an entry of the
    /// grammar reads as its content (a month, a weekday, a unit, `أمس`…), or a word that opens
    /// an expression (`منذ`, `خلال`, `من`, `يومي`…) followed by a number or a temporal word.
    /// Cue words read only from the word after them (`في` before a year or a month) start
    /// nothing: the grammar is entered at the word they cue.
    fn may_start(&self, i: usize) -> bool {
        if self.t.is_number(i) {
            return true;
        }
        // `de 21 heures à 5 heures`: a word that is no temporal word opens a range of hours
        // (a number or a temporal word must follow first: `de`, `من` are everywhere)
        if i + 1 < self.t.len()
            && self.may_continue(i + 1)
            && self.role_is(i, Role::RangeOpen)
            && self.clock_follows(i + 1)
        {
            return true;
        }
        let mut led = false;
        for (w, e) in self.cache.get(i) {
            match start_role(w) {
                StartRole::Content => return true,
                // (a quarter alone is this year's: `au troisième trimestre`)
                StartRole::Lead => led |= self.may_continue(*e) || matches!(w, W::Qual(Qualifier::Quarter(_))),
                StartRole::Cue => {}
            }
        }
        led
    }
    /// True when the rest of an expression can start at token `i` (after an opening word).
    fn may_continue(&self, i: usize) -> bool {
        self.t.is_number(i) || !self.cache.get(i).is_empty()
    }
    fn has(&self, i: usize, pred: impl Fn(&W) -> bool) -> Option<usize> {
        self.word(i, pred).map(|(_, e)| e)
    }
    fn text_is(&self, i: usize, w: &str) -> bool {
        i < self.t.len() && (self.t.text(i) == w || self.t.forms(i).has(w))
    }
    /// Token `i` is one of the grammar words of `role` ([`crate::lexicon::Grammar`]).
    fn role_is(&self, i: usize, role: Role) -> bool {
        self.lex.grammar.words(role).iter().any(|w| self.text_is(i, w))
    }
    /// Token `i` is a grammar word of `role` without the article (`يوم`, `ويوم`, not `اليوم`).
    fn bare_role(&self, i: usize, role: Role) -> bool {
        self.role_is(i, role) && !self.definite(i)
    }
    /// Token `i` carries the definite article (one of its forms starts with it).
    fn definite(&self, i: usize) -> bool {
        self.lex.grammar.starts(Role::Article, self.t.forms(i))
    }
    /// A weekday at `i`: (ISO number, definite, end).
    fn weekday(&self, i: usize) -> Option<(u32, bool, usize)> {
        let (w, e) = self.word(i, |w| matches!(w, W::Weekday { .. }))?;
        let W::Weekday { iso, .. } = w else { return None };
        // "one" is no weekday, though its letters read `و+أحد` once a clitic is taken off
        // (`يوم واحد`, one day, is not Sunday; `الاثنين` is Monday before it is "two")
        if self.word(i, |w| matches!(w, W::Number(1))).is_some_and(|(_, ne)| ne >= e) {
            return None;
        }
        // a weekday name in Latin script (`samedi`) stands alone like an Arabic one with its article
        let definite = self.t.toks[i].latin || self.definite(i);
        Some((iso, definite, e))
    }
    /// A month name at `i`, with an optional second name after `/` or in brackets
    /// (`مارس/آذار`, `سبتمبر (أيلول)`): (calendar, month, ambiguous, end).
    fn month(&self, i: usize) -> Option<(Calendar, u32, bool, usize)> {
        let (w, mut e) = self.word(i, |w| matches!(w, W::Month { .. }))?;
        let W::Month { calendar, month, ambiguous } = w else { return None };
        let is_month = |w: &W| matches!(w, W::Month { month: m2, .. } if *m2 == month);
        if self.t.is_punct(e, '/') {
            if let Some(e2) = self.has(e + 1, is_month) {
                e = e2;
            }
        } else if self.t.is_punct(e, '(') {
            if let Some(e2) = self.has(e + 1, is_month) {
                if self.t.is_punct(e2, ')') {
                    e = e2 + 1;
                }
            }
        }
        Some((calendar, month, ambiguous, e))
    }
    fn number(&self, i: usize) -> Option<u32> {
        self.t.is_number(i).then(|| self.t.toks[i].value)
    }
    fn day_number(&self, i: usize) -> Option<u32> {
        let tok = self.t.toks.get(i)?;
        (self.t.is_number(i) && tok.digits <= 2 && (1..=31).contains(&tok.value)).then_some(tok.value)
    }
    /// A four-digit year at `i` with an optional era word after it: (year, hijri, end).
    fn year(&self, i: usize) -> Option<(i32, bool, usize)> {
        let tok = self.t.toks.get(i)?;
        if !self.t.is_number(i) || tok.digits != 4 {
            return None;
        }
        let y = tok.value as i32;
        if let Some(e) = self.has(i + 1, |w| *w == W::YearHijri) {
            return (1300..=1500).contains(&y).then_some((y, true, e));
        }
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let e = self.has(i + 1, |w| *w == W::YearAd).unwrap_or(i + 1);
        Some((y, false, e))
    }
    /// A count: digits or a number word, or the count carried by a dual unit.
    fn count_and_unit(&self, i: usize) -> Option<(Unit, u32, usize)> {
        if let Some((W::Unit { unit, count }, e)) = self.word(i, |w| matches!(w, W::Unit { .. })) {
            return (count == 1 || count == 2).then_some((unit, count, e));
        }
        let (n, e) = if let Some(n) = self.number(i) {
            (n, i + 1)
        } else {
            let (w, e) = self.word(i, |w| matches!(w, W::Number(_)))?;
            let W::Number(n) = w else { return None };
            (n, e)
        };
        let (w, e2) = self.word(e, |w| matches!(w, W::Unit { .. }))?;
        let W::Unit { unit, .. } = w else { return None };
        (n > 0 && n < 200).then_some((unit, n, e2))
    }
    fn is_trigger_word(&self, i: usize) -> bool {
        // (or the last word of one: `عبوة ناسفة الثلاثاء`)
        self.t.is_word(i)
            && self.lex.triggers.find(self.t, i.saturating_sub(TRIGGER_WORDS - 1), i + 1).iter().any(|h| h.end == i + 1)
    }

    // ---- grammar ---------------------------------------------------------------------

    fn push(&mut self, (spec, s, e): Piece) -> usize {
        self.out.push(TimeExpr {
            start: self.t.toks[s].start,
            end: self.t.toks[e - 1].end,
            tok_start: s,
            tok_end: e,
            spec,
        });
        e
    }

    fn parse_at(&mut self, i: usize) -> Option<usize> {
        if let Some(p) = self
            .day_range(i)
            .or_else(|| self.day_from(i))
            .or_else(|| self.that_year_alone(i))
            .or_else(|| self.since(i))
            .or_else(|| self.ago(i))
            .or_else(|| self.hence(i))
            .or_else(|| self.days_later(i))
            .or_else(|| self.qualified(i))
            .or_else(|| self.span(i))
            .or_else(|| self.span_of_count(i))
        {
            return Some(self.push(p));
        }
        if let Some(p) = self.clock_range(i).or_else(|| self.day_part(i)).or_else(|| self.clock_expr(i)) {
            return Some(self.push(p));
        }
        let p = self.trailing_day_part(self.core(i)?);
        let is_year_only = matches!(p.0.date, DateRef::Calendar { year: Some(_), month: None, .. });
        let mut end = self.push(p);
        // lists of years: عامي 2020 و2021، 2012 و2013 و2014
        if is_year_only {
            loop {
                let k = if self.t.is_number(end) && self.t.toks[end].glued_prefix {
                    end
                } else if self.role_is(end, Role::And) {
                    end + 1
                } else {
                    break;
                };
                match self.year(k) {
                    Some((y, false, e)) => {
                        end = self.push((
                            TimeSpec::date(DateRef::Calendar { year: Some(y), month: None, day: None, weekday: None }),
                            k,
                            e,
                        ))
                    }
                    _ => break,
                }
            }
        }
        Some(end)
    }

    /// A date expression at `i` (no wrappers).
    fn core(&self, i: usize) -> Option<Piece> {
        self.core_day(i, false)
            .or_else(|| self.month_led(i))
            .or_else(|| self.year_led(i))
            .or_else(|| self.unit_offset(i))
            .or_else(|| self.hijri_month_year(i))
            .or_else(|| self.holiday(i))
            .or_else(|| self.bare_weekend(i))
    }

    /// Day-level expressions: numeric dates, weekdays, day + month, أمس/اليوم.
    /// `licensed`: a part of the day precedes, so a bare weekday is a date.
    fn core_day(&self, i: usize, licensed: bool) -> Option<Piece> {
        self.numeric_date(i)
            .or_else(|| self.weekday_led(i, licensed))
            .or_else(|| self.day_list_head(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.day_offset(i))
            .or_else(|| self.lone_day(i))
    }

    /// `سبتمبر 2024`, `يوليو الماضي`, `في سبتمبر`, `شهر مارس`.
    fn month_led(&self, i: usize) -> Option<Piece> {
        let shahr = self.role_is(i, Role::MonthWord);
        let j = if shahr { i + 1 } else { i };
        let (cal, m, ambiguous, e) = self.month(j)?;
        if cal == Calendar::Hijri {
            return None;
        }
        // `نوفمبر 12, 2025`, `novembre 12, 2025`: month, day, comma, year (the order of many
        // sites' templates)
        if self.t.is_number(e)
            && self.t.toks[e].digits <= 2
            && self.t.is_comma(e + 1)
            && self.t.is_number(e + 2)
            && self.t.toks[e + 2].digits == 4
        {
            let (d, y) = (self.t.toks[e].value, self.t.toks[e + 2].value);
            if (1..=31).contains(&d) && (1900..=2100).contains(&y) {
                return Some((
                    TimeSpec::date(DateRef::Calendar {
                        year: Some(y as i32),
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                    }),
                    i,
                    e + 3,
                ));
            }
        }
        match self.year_of_month(e, false) {
            Some((YearOf::Year(y, false), ye)) => {
                return Some((
                    TimeSpec::date(DateRef::Calendar { year: Some(y), month: Some(m), day: None, weekday: None }),
                    i,
                    ye,
                ))
            }
            Some((YearOf::Offset(n), ye)) => {
                return Some((TimeSpec::date(DateRef::InYearOffset { n, month: m, day: None }), i, ye))
            }
            Some((YearOf::Same, ye)) => {
                let date = DateRef::Calendar { year: None, month: Some(m), day: None, weekday: None };
                return Some((TimeSpec { that_year: true, ..TimeSpec::date(date) }, i, ye));
            }
            _ => {}
        }
        // `en mai et juin 2015`, `في مايو ويونيو 2015`: the year written after the second month is
        // the first's too (read against the publication date, May was last May)
        let k = if self.role_is(e, Role::And) || self.role_is(e, Role::AndFr) { e + 1 } else { e };
        if let Some((Calendar::Gregorian, _, _, e2)) = self.month(k) {
            if let Some((YearOf::Year(y, false), _)) = self.year_of_month(e2, false) {
                return Some((
                    TimeSpec::date(DateRef::Calendar { year: Some(y), month: Some(m), day: None, weekday: None }),
                    i,
                    e,
                ));
            }
        }
        if let Some(e2) = self.has(e, |w| *w == W::RelPast) {
            return Some((TimeSpec::date(DateRef::MonthRelative { month: m, day: None, dir: -1 }), i, e2));
        }
        if let Some(e2) = self.has(e, |w| *w == W::RelNext) {
            return Some((TimeSpec::date(DateRef::MonthRelative { month: m, day: None, dir: 1 }), i, e2));
        }
        if let Some(e2) = self.has(e, |w| *w == W::RelCurrent) {
            return Some((TimeSpec::date(DateRef::MonthRelative { month: m, day: None, dir: 0 }), i, e2));
        }
        // a cue word ending right before the month (`في مارس`, `fin mars`, `mi-mars`)
        let cue_before = |pred: fn(&W) -> bool| {
            (j.saturating_sub(CUE_TOKENS)..j).any(|s| self.cache.get(s).iter().any(|(w, e)| *e == j && pred(w)))
        };
        let cued = shahr || cue_before(|w| matches!(w, W::MonthCue | W::Qual(_) | W::Since));
        // a part of the month before it (`منتصف مارس`, `أواخر أيار`) makes even an ambiguous
        // name (`مارس` "he practised") the month
        // (and so does a preposition right before it: `في مارس`, no verb)
        let makes_it_the_month = cue_before(|w| matches!(w, W::Qual(_) | W::MonthPreposition));
        if !cued || (ambiguous && !shahr && !makes_it_the_month) {
            return None;
        }
        Some((TimeSpec::date(DateRef::Calendar { year: None, month: Some(m), day: None, weekday: None }), i, e))
    }

    /// `عام 2012`, `عامي 2020`, `في 2015`, `انقلاب 2021`, `1446 هـ`.
    fn year_led(&self, i: usize) -> Option<Piece> {
        let worded = self.t.is_word(i)
            && (self.has(i, |w| matches!(w, W::Unit { unit: Unit::Year, count: 1 })).is_some()
                || self.role_is(i, Role::YearsWord));
        let j = if worded { i + 1 } else { i };
        let (y, hijri, e) = self.year(j)?;
        if hijri {
            return Some((TimeSpec::date(DateRef::Hijri { year: y, month: None, day: None, weekday: None }), i, e));
        }
        if !worded && !self.bare_year_is_year(j, e) {
            return None;
        }
        if self.has(e, |w| *w == W::CountNoun).is_some() || self.t.is_punct(e, '%') {
            return None;
        }
        Some((TimeSpec::date(DateRef::Calendar { year: Some(y), month: None, day: None, weekday: None }), i, e))
    }

    /// A bare four-digit number is a year after a cue word (`في`, `منذ`, `نهاية`), an event
    /// noun (`انقلاب 2021`) or an era word; not after a Latin name (`ACI 2000`) nor before a
    /// counted noun.
    fn bare_year_is_year(&self, j: usize, e: usize) -> bool {
        if e > j + 1 || self.t.toks[j].glued_fi {
            return true; // era word, or a glued في
        }
        // `2021 : second putsch`, `- 2013 – Serval`: a year opening its line before a colon or a
        // dash heads an entry of a chronology
        let heads_entry = [':', '-', '–', '—'].iter().any(|&c| self.t.is_punct(e, c));
        if heads_entry && (0..j).all(|k| self.t.is_any_punct(k)) {
            return true;
        }
        if j == 0 {
            return false;
        }
        let prev = j - 1;
        // `القرار 2100`, `résolution 2085`: a number that labels a text or a thing
        if self.role_is(prev, Role::NumberLabel) {
            return false;
        }
        // a cue of several tokens ends right before the year (`l'été 2022`, `second semestre
        // 2023`; `été` alone is also the participle of `ils ont été 2000`)
        let cue = self.has(prev, |w| matches!(w, W::YearCue | W::Since | W::Qual(_))).is_some()
            || (j.saturating_sub(4)..prev)
                .any(|k| self.cache.get(k).iter().any(|&(w, e)| e == j && matches!(w, W::YearCue | W::Qual(_))));
        if self.t.toks[prev].latin {
            return cue; // `en 2013`, but not `ACI 2000`
        }
        if self.t.is_punct(prev, '(') && self.t.is_punct(e, ')') {
            return true;
        }
        cue || self.is_trigger_word(prev)
    }

    /// `رمضان 1445`, `ربيع الأول 1446 هـ`.
    fn hijri_month_year(&self, i: usize) -> Option<Piece> {
        let (cal, m, _, e) = self.month(i)?;
        if cal != Calendar::Hijri {
            return None;
        }
        let (y, ye) = match self.year(e) {
            Some((y, true, ye)) => (y, ye),
            _ => {
                let tok = self.t.toks.get(e)?;
                let y = tok.value as i32;
                (self.t.is_number(e) && tok.digits == 4 && (1300..=1500).contains(&y)).then_some((y, e + 1))?
            }
        };
        Some((TimeSpec::date(DateRef::Hijri { year: y, month: Some(m), day: None, weekday: None }), i, ye))
    }
}

fn is_day_level(d: &DateRef) -> bool {
    matches!(
        d,
        DateRef::Calendar { day: Some(_), .. }
            | DateRef::Hijri { day: Some(_), .. }
            | DateRef::DayOffset(_)
            | DateRef::NightOffset(_)
            | DateRef::Weekday { .. }
            | DateRef::TodayWeekday(_)
    )
}
