//! Day-and-month dates: `17 سبتمبر 2024`, ordinal days (`العاشر من أغسطس`), the year written
//! after a month (`من العام الماضي`), days of a relative month (`12 من الشهر الجاري`) and ranges
//! of days (`من 25 إلى 27 يوليو`).

use super::{Parser, Piece, YearOf};
use crate::lexicon::temporal::{Calendar, TemporalWord as W, Unit};
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeSpec};

impl<'a> Parser<'a> {
    /// `17 سبتمبر 2024`, `17/سبتمبر/2024`, `20 سبتمبر`, `14 ربيع الأول 1446 هـ`.
    pub(super) fn day_month(&self, i: usize) -> Option<Piece> {
        let (d, mut k, ordinal) = self.month_day(i)?;
        // `1st, November 2023`, `1er mars`
        if !ordinal && self.ordinal_suffix(k) {
            k += 1;
            if self.t.is_punct(k, ',') {
                k += 1;
            }
        }
        if !ordinal && self.is_date_sep(k) {
            k += 1;
        } else if self.role_is(k, Role::From) || self.text_is(k, "du") {
            k += 1; // `17 من سبتمبر`, `العاشر من أغسطس`, `le 28 du mois dernier`
            if self.bare_role(k, Role::MonthWord) && self.month(k + 1).is_some() {
                k += 1; // `18 من شهر يونيو القادم`
            }
        }
        if let Some(p) = self.day_in_month_offset(d, k) {
            return Some((p.0, i, p.2));
        }
        // `le 17 courant`: a day of the current month
        if !ordinal {
            if let Some(e) = self.has(k, |w| *w == W::RelCurrent) {
                return Some((TimeSpec::date(DateRef::DayInMonthOffset { n: 0, day: d }), i, e));
            }
        }
        let (cal, m, _, e) = self.month(k)?;
        let rel = match self.word(e, |w| matches!(w, W::RelPast | W::RelCurrent | W::RelNext)) {
            Some((W::RelPast, e2)) => Some((-1, e2)),
            Some((W::RelNext, e2)) => Some((1, e2)),
            Some((_, e2)) => Some((0, e2)),
            None => None,
        };
        if let (Calendar::Gregorian, Some((dir, e2))) = (cal, rel) {
            // `18 يونيو الماضي`: the last 18 June before publication, whatever years the
            // paragraph names
            return Some((TimeSpec::date(DateRef::MonthRelative { month: m, day: Some(d), dir }), i, e2));
        }
        let (date, e) = match (cal, self.year_of_month(e, cal == Calendar::Hijri)) {
            (Calendar::Hijri, Some((YearOf::Year(y, _), ye))) => {
                (DateRef::Hijri { year: y, month: Some(m), day: Some(d), weekday: None }, ye)
            }
            (Calendar::Hijri, _) => return None,
            (Calendar::Gregorian, Some((YearOf::Year(y, false), ye))) => {
                (DateRef::Calendar { year: Some(y), month: Some(m), day: Some(d), weekday: None }, ye)
            }
            (Calendar::Gregorian, Some((YearOf::Offset(n), ye))) => {
                (DateRef::InYearOffset { n, month: m, day: Some(d) }, ye)
            }
            (Calendar::Gregorian, Some((YearOf::Same, ye))) => {
                let date = DateRef::Calendar { year: None, month: Some(m), day: Some(d), weekday: None };
                return Some((TimeSpec { that_year: true, ..TimeSpec::date(date) }, i, ye));
            }
            (Calendar::Gregorian, _) => {
                (DateRef::Calendar { year: None, month: Some(m), day: Some(d), weekday: None }, e)
            }
        };
        Some((TimeSpec::date(date), i, e))
    }

    /// The first day of a list of days sharing one month: the `4` of `في 4 و18 فبراير 2024`,
    /// the `10` and the `11` of `10 و 11 و 12 يوليو 2020`, the `3` of `les 3 et 4 mai` (each day
    /// its own date; the last is read on its own with its month).
    pub(super) fn day_list_head(&self, i: usize) -> Option<Piece> {
        let d = self.day_number(i)?;
        // `بين 15 و18`, `entre le 27 et le 31`: a range, read as one span
        if (i.saturating_sub(3)..i).any(|j| self.word(j, |w| *w == W::RangeStart).is_some_and(|(_, e)| e == i))
            || i.checked_sub(2).is_some_and(|j| self.role_is(j, Role::Between))
        {
            return None;
        }
        let next = self.next_listed_day(i)?;
        // the list's last day, the one written with the month
        let mut last = next;
        while let Some(n) = self.next_listed_day(last) {
            last = n;
        }
        let (rest, _, _) = self.day_month(last)?;
        let date = match rest.date {
            DateRef::Calendar { year, month, day: Some(d2), .. } if d < d2 => {
                DateRef::Calendar { year, month, day: Some(d), weekday: None }
            }
            DateRef::InYearOffset { n, month, day: Some(d2) } if d < d2 => {
                DateRef::InYearOffset { n, month, day: Some(d) }
            }
            DateRef::MonthRelative { month, day: Some(d2), dir } if d < d2 => {
                DateRef::MonthRelative { month, day: Some(d), dir }
            }
            _ => return None,
        };
        Some((TimeSpec::date(date), i, i + 1))
    }

    /// The day number after the day at `i` and its `و` (`و18`, `و 18`, `، 18`), if any.
    fn next_listed_day(&self, i: usize) -> Option<usize> {
        let n = i + 1;
        if self.t.is_number(n) && self.t.toks[n].glued_prefix {
            return Some(n); // `و18`
        }
        let joined = self.role_is(n, Role::And)
            || self.role_is(n, Role::AndFr)
            || self.t.is_punct(n, '،')
            || self.t.is_punct(n, ',');
        (joined && self.day_number(n + 1).is_some()).then_some(n + 1)
    }

    /// `12 من الشهر الجاري`, `5 من الشهر الماضي`, `le 28 du mois dernier` (`k` is after the day
    /// and its `من` or `du`).
    pub(super) fn day_in_month_offset(&self, d: u32, k: usize) -> Option<Piece> {
        let of = k.checked_sub(1)?;
        if !(self.role_is(of, Role::From) || self.text_is(of, "du")) {
            return None;
        }
        match self.unit_offset(k)? {
            (TimeSpec { date: DateRef::UnitOffset { unit: Unit::Month, n }, .. }, _, e) => {
                Some((TimeSpec::date(DateRef::DayInMonthOffset { n, day: d }), k, e))
            }
            (TimeSpec { date: DateRef::PassageUnit { unit: Unit::Month, n }, .. }, _, e) => {
                Some((TimeSpec::date(DateRef::DayInPassageMonth { n, day: d }), k, e))
            }
            _ => None,
        }
    }

    /// A day of the month at `i`: digits (`17`, `الـ17`) or an ordinal (`العاشر`, `الحادي
    /// والعشرين`): (day, end, ordinal).
    pub(super) fn month_day(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some(d) = self.day_number(i) {
            return Some((d, i + 1, false));
        }
        // `اليوم الأول من رمضان`
        let i = if self.role_is(i, Role::DayWord) && self.word(i + 1, |w| matches!(w, W::OrdinalDay(_))).is_some() {
            i + 1
        } else {
            i
        };
        if i > 0 && self.has(i - 1, |w| *w == W::OrdinalBlock) == Some(i) {
            return None; // `الأسبوع الأول من يوليو`
        }
        match self.word(i, |w| matches!(w, W::OrdinalDay(_)))? {
            (W::OrdinalDay(d), e) => Some((d, e, true)),
            _ => None,
        }
    }

    /// True for the letters of an ordinal written after its digits: `1er`, `1st`, `2nd`.
    fn ordinal_suffix(&self, k: usize) -> bool {
        self.t.toks.get(k).is_some_and(|t| t.latin) && ["st", "nd", "rd", "th", "er"].contains(&self.t.text(k))
    }

    pub(super) fn is_date_sep(&self, k: usize) -> bool {
        self.t.is_punct(k, '/') || self.t.is_punct(k, '-') || self.t.is_punct(k, '.')
    }

    /// The year a month name belongs to, written after it: `سبتمبر 2024`, `سبتمبر، 2024`,
    /// `سبتمبر من عام 2023`, `يناير من العام الماضي`.
    ///
    /// After a Hijri month (`hijri`), a bare year in the Hijri range counts (`رمضان 1445`).
    pub(super) fn year_of_month(&self, e: usize, hijri: bool) -> Option<(YearOf, usize)> {
        let k = if self.is_date_sep(e) || self.t.is_punct(e, '،') || self.t.is_punct(e, ',') { e + 1 } else { e };
        if let Some((y, hijri, ye)) = self.year(k) {
            return Some((YearOf::Year(y, hijri), ye));
        }
        if hijri && self.t.is_number(k) && self.t.toks[k].digits == 4 && (1300..=1500).contains(&self.t.toks[k].value) {
            return Some((YearOf::Year(self.t.toks[k].value as i32, true), k + 1));
        }
        // `22 mars de cette année-là`, `في 22 مارس من ذلك العام`
        let k = if self.role_is(e, Role::From) || self.role_is(e, Role::FromFr) { e + 1 } else { e };
        if let Some(ye) = self.has(k, |w| *w == W::ThatYear) {
            return Some((YearOf::Same, ye));
        }
        if !self.role_is(e, Role::From) {
            return None;
        }
        if let Some(k) = self.has(e + 1, |w| matches!(w, W::Unit { unit: Unit::Year, count: 1 })) {
            if let Some((y, hijri, ye)) = self.year(k) {
                return Some((YearOf::Year(y, hijri), ye));
            }
            if let Some(ye) = self.has(k, |w| *w == W::SameYear) {
                return Some((YearOf::Same, ye));
            }
        }
        match self.unit_offset(e + 1)? {
            (TimeSpec { date: DateRef::UnitOffset { unit: Unit::Year, n }, .. }, _, ye) => {
                Some((YearOf::Offset(n), ye))
            }
            _ => None,
        }
    }

    /// A range of days: `من 25 إلى 27 يوليو`, `بين 3 و5 مارس 2023`, `12-14 فبراير`,
    /// `بين 28 أغسطس و2 سبتمبر 2024`, `du 22 au 27 juillet`, `entre le 27 et le 31 mars` (the
    /// words that open and join a range are data). The start's spec carries the last day in `through`.
    pub(super) fn day_range(&self, i: usize) -> Option<Piece> {
        self.day_range_led(i, false)
    }

    /// [`Self::day_range`], where `led` says a word before `i` opened the range already (the
    /// night of `ليلة 11 إلى 12 مارس`, which has no `من`).
    pub(super) fn day_range_led(&self, i: usize, led: bool) -> Option<Piece> {
        let start = self.has(i, |w| *w == W::RangeStart);
        let led = led || start.is_some();
        let j = start.unwrap_or(i);
        // (each day may carry its weekday: `du samedi 3 au dimanche 4 août`)
        let after_weekday = |k: usize| if led { self.weekday(k).map_or(k, |(_, _, e)| e) } else { k };
        let j = after_weekday(j);
        let d1 = self.day_number(j)?;
        // `du 1er au 10 avril`
        let mut k = if self.ordinal_suffix(j + 1) { j + 2 } else { j + 1 };
        let mut first_month = None;
        if led {
            if let Some((Calendar::Gregorian, m, _, e)) = self.month(k) {
                first_month = Some(m);
                k = e;
            }
        }
        let glued_and = led && self.t.is_number(k) && self.t.toks[k].glued_prefix; // `بين 3 و5 مارس`
        if !glued_and {
            k = if led {
                self.has(k, |w| *w == W::RangeJoin)?
            } else if self.t.is_punct(k, '-') {
                k + 1
            } else {
                return None;
            };
        }
        let (last, _, e) = self.day_month(after_weekday(k))?;
        let (m2, d2) = match last.date {
            DateRef::Calendar { month: Some(m), day: Some(d), .. }
            | DateRef::InYearOffset { month: m, day: Some(d), .. }
            | DateRef::MonthRelative { month: m, day: Some(d), .. } => (m, d),
            _ => return None,
        };
        let m1 = first_month.unwrap_or(m2);
        if m1 == m2 && d1 >= d2 {
            return None;
        }
        let back = i32::from(m1 > m2); // `بين 28 ديسمبر و2 يناير 2024` starts the year before
        let date = match last.date {
            DateRef::Calendar { year, .. } => {
                DateRef::Calendar { year: year.map(|y| y - back), month: Some(m1), day: Some(d1), weekday: None }
            }
            DateRef::InYearOffset { n, .. } => DateRef::InYearOffset { n: n - back, month: m1, day: Some(d1) },
            DateRef::MonthRelative { dir, .. } => DateRef::MonthRelative { month: m1, day: Some(d1), dir },
            _ => return None,
        };
        Some((TimeSpec { through: Some((m2, d2)), ..TimeSpec::date(date) }, i, e))
    }
}
