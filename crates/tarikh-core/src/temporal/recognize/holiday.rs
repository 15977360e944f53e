//! Holidays as dates (`la veille de la Tabaski`, `أول أيام عيد الفطر`, `pendant le ramadan`,
//! `le jour de Noël`), and a day counted from a date (`la veille du 12 mars`, `au lendemain
//! du 3 juin`). The holidays and the words that count from them are rows of `temporal.tsv`.

use super::{Parser, Piece};
use crate::lexicon::temporal::TemporalWord as W;
use crate::lexicon::Role;
use crate::temporal::expr::{DateRef, TimeSpec};

/// Function words a day counted from a date may have before it (`la veille de la Tabaski`).
const OF_WORDS: usize = 2;

impl<'a> Parser<'a> {
    /// A holiday at `i`, with the year written after it (`la Tabaski 2023`, `عيد الأضحى عام 2023`).
    pub(super) fn holiday(&self, i: usize) -> Option<Piece> {
        let (w, e) = self.word(i, |w| matches!(w, W::Holiday { .. }))?;
        let W::Holiday { hijri, month, day } = w else { return None };
        let k = self.has(e, |w| *w == W::YearCue).unwrap_or(e);
        let (year, end) = match self.year(k) {
            Some((y, false, ye)) => (Some(y), ye),
            _ => (None, e),
        };
        Some((TimeSpec::date(DateRef::Holiday { hijri, month, day, year }), i, end))
    }

    /// A day counted from a holiday or from a day of a month: `la veille du 12 mars` (-1),
    /// `au lendemain de la Tabaski` (+1), `عشية عيد الأضحى` (-1), `ثاني أيام عيد الفطر` (+1).
    /// Words that count only from a holiday (`عشية` is also an evening) count from nothing else.
    pub(super) fn day_from(&self, i: usize) -> Option<Piece> {
        let (w, e) = self.word(i, |w| matches!(w, W::DiscourseDay(_) | W::HolidayDay(_)))?;
        let (mut n, holiday_only) = match w {
            W::DiscourseDay(n) if n != 0 => (n, false),
            W::HolidayDay(n) => (n, true),
            _ => return None,
        };
        // the holiday may open with the function words (`la Tabaski`, `l'Aïd`) or after them
        let mut starts = vec![e];
        let mut k = e;
        while k < e + OF_WORDS && self.role_is(k, Role::OfDate) {
            k += 1;
            if self.t.is_punct(k, '\'') {
                k += 1;
            }
            starts.push(k);
        }
        let (mut spec, _, end) = match starts.iter().find_map(|&k| self.holiday(k)) {
            Some(p) => p,
            None if holiday_only => return None,
            None => self
                .core_day(k, false)
                .filter(|(s, ..)| matches!(s.date, DateRef::Calendar { day: Some(_), month: Some(_), .. }))?,
        };
        // a day counted from a month (`أول أيام شهر رمضان`, `la veille du ramadan`) counts from
        // its first day, or from the day after its last (`au lendemain du ramadan`)
        if let DateRef::Holiday { month, day: day @ 0, .. } = &mut spec.date {
            if n > 0 && !holiday_only {
                (*month, *day, n) = (*month % 12 + 1, 1, n - 1);
            } else {
                *day = 1;
            }
        }
        spec.day_shift += n;
        Some((spec, i, end))
    }
}
