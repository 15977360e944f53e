//! Dates counted from another day: from publication (`أمس`, `il y a trois jours`, `قبل أسبوع`,
//! `منذ`), from the day the passage is about (`deux jours plus tard`, `وبعد يومين`), and counts
//! that start from an event named, which are no date (`trois jours après l'attaque`).

use super::{Parser, Piece};
use crate::lexicon::temporal::{TemporalWord as W, Unit};
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeSpec};

/// Tokens before a bare `اليوم` within which `أمس` or `غدا` makes it "today" by contrast.
const CONTRAST_TOKENS: usize = 12;

impl<'a> Parser<'a> {
    /// `منذ عام 2012`, `منذ 17 سبتمبر`: the start of something still going on.
    /// `منذ عامين` is "two years ago" (see [`Parser::ago`]).
    pub(super) fn since(&self, i: usize) -> Option<Piece> {
        let k = self.has(i, |w| *w == W::Since)?;
        let (mut spec, _, e) = self.core(k)?;
        if !matches!(spec.date, DateRef::Calendar { .. } | DateRef::Hijri { .. } | DateRef::MonthRelative { .. }) {
            return None;
        }
        spec.since = true;
        Some((spec, i, e))
    }

    /// True when the count that ends before token `k` counts from an event named next
    /// (`بعد يومين من الهجوم`, `قبل أسبوع تماما على الاعتداء`, `trois jours après l'attaque`)
    /// rather than from the passage's day. (`على` is read `علي`, `l'` `l`, as the tokenizer
    /// folds them.)
    pub(super) fn counts_from_event(&self, k: usize) -> bool {
        // (`بعد يوم واحد من الاجتماع`: one day, said again, from the meeting)
        let k = if self.role_is(k, Role::UnitOne) { k + 1 } else { k };
        let k = if self.role_is(k, Role::Exactly) { k + 1 } else { k };
        self.role_is(k, Role::OfDate)
    }

    /// `قبل ثلاثة أيام`, `منذ عامين`, `قبل أسبوع`; `قبل أكثر من 10 سنوات` is vague and matches
    /// nothing, `قبل يومين من الهجوم` counts from an event and is no date.
    pub(super) fn ago(&self, i: usize) -> Option<Piece> {
        // `depuis huit ans` is a duration (`منذ عامين` is two years ago)
        let k = self
            .has(i, |w| matches!(w, W::Ago))
            .or_else(|| self.has(i, |w| matches!(w, W::Since)).filter(|_| !self.t.toks[i].latin))?;
        // about so many (`il y a une dizaine de jours`, `il y a environ un mois`, `قبل نحو أسبوعين`)
        if let Some((W::NumberAbout(n), e)) = self.word(k, |w| matches!(w, W::NumberAbout(_))) {
            if let Some((W::Unit { unit, .. }, e2)) = self.word(e, |w| matches!(w, W::Unit { .. })) {
                return Some(about_ago(unit, n, i, e2));
            }
        }
        if let Some(k2) = self.has(k, |w| *w == W::CountAbout) {
            let (unit, n, e) = self.count_and_unit(k2)?;
            return (!self.counts_from_event(e)).then(|| about_ago(unit, n, i, e));
        }
        // `il y a 48 heures`, `قبل 48 ساعة`: so many whole days back (a count of hours that is no
        // count of days says no day, nor a few hours, `Publié il y a 3 heures`: ago from when the
        // page was read)
        if let Some((hours, e)) = self.number(k).and_then(|n| Some((n, self.has(k + 1, |w| *w == W::HoursUnit)?))) {
            if self.counts_from_event(e) || hours == 0 || hours % 24 != 0 {
                return None;
            }
            return Some((TimeSpec::date(DateRef::UnitOffset { unit: Unit::Day, n: -((hours / 24) as i32) }), i, e));
        }
        // `il y a exactement un an`, `il y a un an, jour pour jour`, `قبل عام بالضبط`: that day
        let exact_before = self.has(k, |w| *w == W::ToTheDay);
        let (unit, n, e) = self.count_and_unit(exact_before.unwrap_or(k))?;
        let after_comma = if self.t.text(e) == "," { e + 1 } else { e };
        let exact_after = self.has(e, |w| *w == W::ToTheDay).or_else(|| self.has(after_comma, |w| *w == W::ToTheDay));
        let e = exact_after.unwrap_or(e);
        // (in French only `de` ties the count to an event: an article after it opens the
        // clause's object, `ont attaqué il y a dix jours le camp de Boni`)
        let article = e < self.t.len() && self.t.toks[e].latin && !self.role_is(e, Role::Complement);
        if self.counts_from_event(e) && !article {
            return None;
        }
        if (exact_before.is_some() || exact_after.is_some()) && matches!(unit, Unit::Year | Unit::Month) {
            let months = if unit == Unit::Year { 12 * n } else { n };
            return Some((TimeSpec::date(DateRef::MonthsAgoToTheDay(months)), i, e));
        }
        // `قبل عام`, `il y a deux ans`: the month so many years back, about (`العام الماضي`, a
        // calendar year, is read by `unit_offset`)
        let (unit, n) = if unit == Unit::Year { (Unit::Month, 12 * n) } else { (unit, n) };
        if unit == Unit::Week {
            return Some((TimeSpec::date(DateRef::WeeksAgo(n)), i, e));
        }
        Some((TimeSpec::date(DateRef::UnitOffset { unit, n: -(n as i32) }), i, e))
    }

    /// `dans une semaine`, `dans trois mois`: so long after publication; `dans deux jours de
    /// combats` counts from no day and is no date.
    pub(super) fn hence(&self, i: usize) -> Option<Piece> {
        let k = self.has(i, |w| *w == W::Hence)?;
        let (unit, n, e) = self.count_and_unit(k)?;
        if self.counts_from_event(e) {
            return None;
        }
        let (unit, n) = match unit {
            Unit::Week => (Unit::Day, 7 * n),
            Unit::Weekend => return None,
            _ => (unit, n),
        };
        Some((TimeSpec::date(DateRef::UnitOffset { unit, n: n as i32 }), i, e))
    }

    /// `deux jours plus tard`, `une semaine après`, `وبعد يومين`: days after the passage's day;
    /// `deux jours plus tôt`, `trois jours auparavant`: days before it.
    /// `trois jours après l'attaque`, `بعد يومين من الهجوم` count from an event named, not from
    /// the passage's day, and are no date.
    pub(super) fn days_later(&self, i: usize) -> Option<Piece> {
        let days = |unit: Unit, n: u32| match unit {
            Unit::Day => Some(n as i32),
            Unit::Week => Some(7 * n as i32),
            _ => None,
        };
        let named_after = |k: usize| self.counts_from_event(k);
        // `بعد ذلك بيومين`, `قبلها بثلاثة أيام`: the count, with its `ب`, after `that`
        if let Some((W::ThatOffset(sign), k)) = self.word(i, |w| matches!(w, W::ThatOffset(_))) {
            let (unit, n, e) = self.count_and_unit(k)?;
            return Some((TimeSpec::date(DateRef::DiscourseDay(sign * days(unit, n)?)), i, e));
        }
        if let Some(k) = self.has(i, |w| *w == W::LaterLead) {
            let (unit, n, e) = self.count_and_unit(k)?;
            return (!named_after(e)).then_some((TimeSpec::date(DateRef::DiscourseDay(days(unit, n)?)), i, e));
        }
        let (unit, n, e) = self.count_and_unit(i)?;
        // `deux jours plus tôt`, `trois jours auparavant`: before the passage's day
        let (e2, sign) = match self.has(e, |w| *w == W::Later) {
            Some(e2) => (e2, 1),
            None => (self.has(e, |w| *w == W::Earlier)?, -1),
        };
        // `plus tard` ends the expression; `après` (`avant`) followed by a word opens the name
        // of an event (`après l'attaque`, `après une embuscade`, `après avoir renversé`): the
        // count is from that event, whose day the words do not give
        let open_ended = e2 == e + 1 && self.role_is(e, Role::OpensEvent);
        (!(open_ended && (named_after(e2) || self.t.is_word(e2)))).then_some((
            TimeSpec::date(DateRef::DiscourseDay(sign * days(unit, n)?)),
            i,
            e2,
        ))
    }

    /// `أمس`, `أول أمس`, `غدا`, `أمس الأحد`; `اليوم` only as `اليوم الثلاثاء` or after
    /// `في وقت سابق (من)`.
    pub(super) fn day_offset(&self, i: usize) -> Option<Piece> {
        // the longer reading wins: `ce jour-là` (that day) over `ce jour` (today)
        let longest = self.word(i, |w| matches!(w, W::DayOffset(_) | W::DiscourseDay(_) | W::NightOffset(_)));
        if let Some((W::NightOffset(n), e)) = longest {
            let spec =
                TimeSpec { day_part: Some(crate::model::DayPart::Night), ..TimeSpec::date(DateRef::NightOffset(n)) };
            return Some((spec, i, e));
        }
        if let Some((W::DayOffset(n), e)) = longest {
            let e = self.weekday(e).map(|(_, _, e2)| e2).unwrap_or(e);
            return Some((TimeSpec::date(DateRef::DayOffset(n)), i, e));
        }
        if let Some((W::DiscourseDay(n), e)) = longest {
            // `au lendemain de l'attaque`: the day after an event named, not after the passage's
            // day; which day that is, the words do not say
            if n != 0 && self.has(e, |w| *w == W::DayPartLink).is_some() {
                return None;
            }
            return Some((TimeSpec::date(DateRef::DiscourseDay(n)), i, e));
        }
        let e = self.has(i, |w| *w == W::Today)?;
        // the day the passage is about: `في ذلك اليوم`, `اليوم نفسه`, `في اليوم التالي`
        if i > 0 && self.bare_role(i - 1, Role::That) {
            return Some((TimeSpec::date(DateRef::DiscourseDay(0)), i - 1, e));
        }
        if let Some(e2) = self.has(e, |w| *w == W::SameYear) {
            return Some((TimeSpec::date(DateRef::DiscourseDay(0)), i, e2));
        }
        match self.word(e, |w| matches!(w, W::RelNext | W::RelFollowing | W::RelPast | W::RelPreceding)) {
            Some((W::RelNext | W::RelFollowing, e2)) => return Some((TimeSpec::date(DateRef::DiscourseDay(1)), i, e2)),
            Some((_, e2)) => return Some((TimeSpec::date(DateRef::DiscourseDay(-1)), i, e2)),
            None => {}
        }
        if let Some((iso, _, e2)) = self.weekday(e) {
            return Some((TimeSpec::date(DateRef::TodayWeekday(iso)), i, e2));
        }
        // the weekday in parentheses: `اليوم (الثلاثاء)`
        if self.t.is_punct(e, '(') {
            if let Some((iso, _, e2)) = self.weekday(e + 1).filter(|w| self.t.is_punct(w.2, ')')) {
                return Some((TimeSpec::date(DateRef::TodayWeekday(iso)), i, e2 + 1));
            }
        }
        // set off by commas, `اليوم` is an adverb of the clause: `أعلن القادة، اليوم، تأسيس …`
        let comma = |j: usize| self.t.is_punct(j, '،') || self.t.is_punct(j, ',');
        if i > 0 && comma(i - 1) && comma(e) {
            return Some((TimeSpec::date(DateRef::DayOffset(0)), i, e));
        }
        // or opening its sentence before a comma: `اليوم، أعلنت الحكومة …`
        let sentence_start = i == 0 || ['.', '!', '?', '؟', ':'].iter().any(|&c| self.t.is_punct(i - 1, c));
        if sentence_start && comma(e) {
            return Some((TimeSpec::date(DateRef::DayOffset(0)), i, e));
        }
        let anchored = (i.saturating_sub(4)..i).any(|s| {
            self.word(s, |w| *w == W::TodayAnchor)
                .is_some_and(|(_, end)| end == i || (end + 1 == i && self.role_is(end, Role::From)))
        });
        // set against yesterday or tomorrow in the same breath: `انتهت أمس الجمعة … ليتم اليوم
        // استئناف الهجمات`
        let contrasted = (i.saturating_sub(CONTRAST_TOKENS)..i)
            .any(|s| self.word(s, |w| matches!(w, W::DayOffset(n) if *n != 0)).is_some());
        (anchored || contrasted).then_some((TimeSpec::date(DateRef::DayOffset(0)), i, e))
    }

    /// `الأسبوع الماضي`, `هذا العام`, `الشهر الجاري`, `العام المقبل`.
    pub(super) fn unit_offset(&self, i: usize) -> Option<Piece> {
        let (this, j) = match self.has(i, |w| *w == W::RelThis) {
            Some(e) => (true, e),
            None => (false, i),
        };
        let (w, e) = self.word(j, |w| matches!(w, W::Unit { count: 1, .. }))?;
        let W::Unit { unit, .. } = w else { return None };
        if unit == Unit::Day {
            return None;
        }
        // the same, the following or the preceding one of the passage's (`الشهر نفسه`, `le mois
        // suivant`, `العام السابق`)
        let passage = match self.word(e, |w| matches!(w, W::RelFollowing | W::RelPreceding | W::SameYear)) {
            Some((W::RelFollowing, e2)) => Some((1, e2)),
            Some((W::RelPreceding, e2)) => Some((-1, e2)),
            Some((_, e2)) => Some((0, e2)),
            None => None,
        };
        // (a weekend only before or after it: `le week-end précédent`, `le week-end suivant`)
        if let Some((n, end)) = passage.filter(|(n, _)| unit != Unit::Weekend || *n != 0) {
            return Some((TimeSpec::date(DateRef::PassageUnit { unit, n }), i, end));
        }
        let rel = self.word(e, |w| matches!(w, W::RelPast | W::RelPastTwo | W::RelCurrent | W::RelNext));
        let (n, end) = match rel {
            Some((W::RelPast, e2)) => (-1, e2),
            Some((W::RelPastTwo, e2)) => (-2, e2),
            Some((W::RelNext, e2)) => (1, e2),
            Some((_, e2)) => (0, e2),
            None if this => (0, e),
            None => return None,
        };
        Some((TimeSpec::date(DateRef::UnitOffset { unit, n }), i, end))
    }
}

/// About `n` `unit`s before publication, from token `i` to `e`.
fn about_ago(unit: Unit, n: u32, i: usize, e: usize) -> Piece {
    let per = match unit {
        Unit::Day => 1,
        Unit::Week | Unit::Weekend => 7,
        Unit::Month => 30,
        Unit::Year => 365,
    };
    (TimeSpec::date(DateRef::AboutAgo(n * per)), i, e)
}
