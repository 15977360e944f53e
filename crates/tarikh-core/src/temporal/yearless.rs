//! The year of a day and month written without one (`le 12 août`, `يوم السبت 2 نوفمبر`): from
//! the paragraph's year, else the one that puts the date nearest before publication (a month
//! ahead still counts), else the year the article names, the weekday deciding; none rather than
//! a guess.

use chrono::{Datelike, NaiveDate};

use super::resolve_context::ResolveContext;
use crate::model::Basis;

/// True when day `d` of month `m` of year `y` falls on `weekday` (ISO), or either is unknown.
pub(super) fn fits_weekday(y: i32, m: u32, d: Option<u32>, weekday: Option<u32>) -> bool {
    match (d, weekday) {
        (Some(d), Some(w)) => NaiveDate::from_ymd_opt(y, m, d).is_some_and(|x| x.weekday().number_from_monday() == w),
        _ => true,
    }
}

/// Days after publication within which a day and month written without a year is this year's
/// (`سيواجه كيتا خصمه في 12 أغسطس`, written on 3 August), not last year's.
pub(super) const NEAR_FUTURE_DAYS: i64 = 31;

/// What a weekday that does not fit costs a year: less than a year's distance, so a weekday
/// slip near publication is the near date (shown as a two-day span), not one a year away; the
/// weekday still decides between years about as near.
const WEEKDAY_MISFIT: i64 = 200;

/// The year of a day and month written without one.
pub(super) fn yearless(m: u32, d: Option<u32>, weekday: Option<u32>, ctx: &ResolveContext) -> Option<(i32, Basis)> {
    if let Some(y) = ctx.year_hint.filter(|y| fits_weekday(*y, m, d, weekday)) {
        return Some((y, Basis::Context));
    }
    if let Some(p) = ctx.published {
        let mut best: Option<(i64, i32)> = None;
        for y in [p.year() - 1, p.year(), p.year() + 1] {
            // a month without a day is measured by its last day: next month is still to come,
            // not "up to a month ahead" (`أواخر مايو` told in April is last May)
            let last = crate::model::when::last_day_of_month(y, m)?.day();
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d.unwrap_or(last).min(last)) else {
                continue;
            };
            let diff = (date - p).num_days();
            // past bias: up to a month ahead counts as this occurrence (a date that near is one
            // the text looks forward to), unless the text looks ahead anyway
            let cost = if ctx.scheduled && !ctx.forward {
                diff.abs()
            } else if ctx.forward {
                if diff >= -7 {
                    diff.abs()
                } else {
                    1000 + diff.abs()
                }
            } else if diff <= NEAR_FUTURE_DAYS {
                diff.abs()
            } else {
                1000 + diff
            };
            // a weekday that fits only a year farther off is a slip of the pen (`lundi 26
            // octobre` on a Sunday): the near year stays, and the caller widens the date to the
            // written day and the weekday's nearest one
            let misfit = if ctx.weekday_decides { 10 * WEEKDAY_MISFIT } else { WEEKDAY_MISFIT };
            let cost = if fits_weekday(y, m, d, weekday) { cost } else { cost + misfit };
            if best.is_none_or(|b| cost < b.0) {
                best = Some((cost, y));
            }
        }
        return best.map(|b| (b.1, Basis::Publication));
    }
    // with a weekday: the year the article itself names with a day, when the weekday fits it
    // (`يوم السبت 2 نوفمبر` after `السبت 2 نوفمبر 2019`), before any later year that also fits
    if let Some(y) = ctx.day_year_floor.filter(|y| weekday.is_some() && fits_weekday(*y, m, d, weekday)) {
        return Some((y, Basis::Context));
    }
    if let (Some(floor), Some(_)) = (ctx.year_floor, weekday) {
        // the latest fitting year up to the corpus's latest (a year past every day the corpus
        // names would be a guess: `lundi 7 juin` after `2022` fits 2027 and nothing nearer, and
        // 2027 is past any article here, so the date stays undated rather than guessed)
        let top = ctx.corpus_year.filter(|c| *c >= floor).unwrap_or(floor + 11);
        if let Some(y) = (floor..=top).rev().find(|y| fits_weekday(*y, m, d, weekday)) {
            return Some((y, Basis::Context));
        }
        if ctx.corpus_year.is_some_and(|c| c >= floor) {
            return None;
        }
    }
    // without a publication date: the year the passage is about, else the latest year the
    // article names with a day (`بين 15 و18 نيسان` before `15 أيار 2015` in the same paragraph)
    if let Some(day) = ctx.discourse_day {
        // a day earlier in the year than the one the passage is at (`في 24 مايو` told after
        // `في 18 أغسطس 2020`) is a look back within that year or the story going on into the
        // next: the text does not say which, so the date stays undated rather than guessed
        let earlier = match d {
            Some(d) => (m, d) < (day.month(), day.day()),
            None => m < day.month(),
        };
        if earlier {
            return None;
        }
        return Some(day.year()).filter(|y| fits_weekday(*y, m, d, weekday)).map(|y| (y, Basis::Context));
    }
    ctx.day_year_floor.filter(|y| fits_weekday(*y, m, d, weekday)).map(|y| (y, Basis::Context))
}
