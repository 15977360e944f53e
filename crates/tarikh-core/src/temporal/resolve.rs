//! Resolution of a [`TimeSpec`] to a [`When`], given the publication date and what the
//! surrounding text has already established (a year, a day).
//!
//! Rules: a weekday alone is the latest such day on or before publication (the publication
//! day itself when they coincide) unless the sentence points forward; `الخميس الماضي` is
//! strictly before; `يوليو الماضي` is the latest July before the publication month; a day and
//! month without a year take the year from the same paragraph, else the one that puts the
//! date nearest before publication, else (with a weekday) the latest year from the document's
//! latest explicit year up to the corpus's latest that fits the weekday, else none. Anything
//! relative to an unknown publication date stays unresolved.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::expr::{DateRef, TimeSpec, WeekdayDir};
use super::hijri;
use super::yearless::{fits_weekday, yearless, NEAR_FUTURE_DAYS};
use crate::lexicon::temporal::{DayPart, Qualifier, Unit};
use crate::model::{Precision, When};

pub use super::resolve_context::ResolveContext;
pub use crate::model::Basis;

/// The hour from which a clock time of a night between two days is the evening of its first
/// day (`vers 23 heures`); before it, the small hours of the second (`vers 2 heures`).
const NIGHT_EVENING_FROM: u32 = 12;

/// A resolved expression.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Resolved {
    /// The interval.
    pub when: When,
    /// What fixed it.
    pub basis: Basis,
    /// For periods (`منذ 2012`, `على مدار العامين الماضيين`): the day the period runs until.
    pub until: Option<NaiveDate>,
}

fn weekday_number(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// The date of a weekday relative to `anchor`.
pub fn weekday_date(anchor: NaiveDate, iso: u32, dir: WeekdayDir, forward: bool) -> NaiveDate {
    let today = weekday_number(anchor);
    let back = (today + 7 - iso) % 7;
    let ahead = (iso + 7 - today) % 7;
    match (dir, forward) {
        (WeekdayDir::Latest, false) => anchor - Duration::days(back as i64),
        (WeekdayDir::Latest, true) => anchor + Duration::days(ahead as i64),
        (WeekdayDir::Last, _) => anchor - Duration::days(if back == 0 { 7 } else { back } as i64),
        (WeekdayDir::BeforeLast, _) => anchor - Duration::days(if back == 0 { 14 } else { back + 7 } as i64),
        (WeekdayDir::Next, _) => anchor + Duration::days(if ahead == 0 { 7 } else { ahead } as i64),
        (WeekdayDir::LastWeek, _) => anchor - Duration::days(today as i64 - 1 + 7) + Duration::days(iso as i64 - 1),
        // (from the passage's day, which the caller gives as the anchor)
        (WeekdayDir::Following, _) => anchor + Duration::days(if ahead == 0 { 7 } else { ahead } as i64),
        (WeekdayDir::Preceding, _) => anchor - Duration::days(if back == 0 { 7 } else { back } as i64),
    }
}

/// A weekday set for something (`prévu lundi`) or a measure's first day (`الحداد اعتبارا من
/// الجمعة`, `à partir de vendredi`), from publication day `anchor`: the coming one when it is at
/// most [`SET_WEEKDAY_AHEAD`] days on; else either the last one or the coming one, not known which
/// (a decree told on Saturday may have started the day before or start six days on): the span
/// from one to the other, approximate, so that the date shows its doubt.
fn set_weekday(anchor: NaiveDate, iso: u32) -> When {
    let ahead = (iso + 7 - weekday_number(anchor)) % 7;
    let coming = anchor + Duration::days(ahead as i64);
    if ahead <= SET_WEEKDAY_AHEAD {
        When::day(coming)
    } else {
        When { approximate: true, ..When::days(coming - Duration::days(7), coming) }
    }
}

/// Days ahead at most of a set weekday that is surely the coming one.
const SET_WEEKDAY_AHEAD: u32 = 3;

/// What `suivant`, `précédent`, `نفسه` count from: the latest day or month the article has
/// named (its first day), however far back (`Le 7 mars 2015 … L'année précédente` is 2014), or
/// the day the passage is about; publication when it has named none.
fn passage_base(ctx: &ResolveContext, pubd: Option<NaiveDate>) -> Option<(NaiveDate, Basis)> {
    match ctx.discourse_day.or(ctx.day_hint) {
        Some(d) => Some((d, Basis::Context)),
        None => pubd.map(|p| (p, Basis::Publication)),
    }
}

/// Years before publication beyond which a date is history recalled, not the story told (the
/// 2012 rebellion in an article of 2024 is still the story; 1996 in an article of 2016 is not).
pub const BACKGROUND_YEARS: i32 = 12;

/// The day the passage is about, unless it is a background date far from the article's own time.
fn passage_day(ctx: &ResolveContext, pubd: Option<NaiveDate>) -> Option<NaiveDate> {
    ctx.day_hint.filter(|h| pubd.is_none_or(|p| (*h - p).num_days().abs() <= 366))
}

/// The calendar week (Monday to Sunday) `n` weeks from the one `day` is in.
fn calendar_week(day: NaiveDate, n: i32) -> When {
    let monday = day - Duration::days(day.weekday().num_days_from_monday() as i64) + Duration::days(7 * n as i64);
    When::span(monday, monday + Duration::days(6), Precision::Week)
}

fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

fn calendar_when(y: i32, month: Option<u32>, day: Option<u32>) -> Option<When> {
    match (month, day) {
        (Some(m), Some(d)) => Some(When::day(NaiveDate::from_ymd_opt(y, m, d)?)),
        (Some(m), None) => When::month(y, m),
        _ => When::year(y),
    }
}

/// A day whose written weekday is another (`lundi 26 octobre` on a Sunday): the span from the
/// written day to the nearest day of that weekday, so that the date shows its doubt.
fn weekday_misfit(written: NaiveDate, iso: u32) -> When {
    let today = weekday_number(written) as i64;
    let ahead = (iso as i64 + 7 - today) % 7;
    let other = if ahead <= 3 { written + Duration::days(ahead) } else { written - Duration::days(7 - ahead) };
    When::days(written.min(other), written.max(other))
}

/// Saturday and Sunday of the weekend `n` weekends from the one on or before `p` (`ce
/// week-end` is the last one, or the coming one in a sentence that looks ahead; `le week-end
/// dernier` written on a Saturday or Sunday is the one before).
fn weekend(p: NaiveDate, n: i32, forward: bool) -> When {
    let since_saturday = (p.weekday().num_days_from_monday() as i64 + 2) % 7; // Saturday = 0
    let last = p - Duration::days(since_saturday);
    let in_weekend = since_saturday <= 1;
    let n = match n {
        0 if forward && !in_weekend => 1,
        n if n < 0 && !in_weekend => n + 1,
        n => n,
    };
    let sat = last + Duration::days(7 * n as i64);
    When::days(sat, sat + Duration::days(1))
}

/// Days before publication beyond which the passage's day, not publication, says which
/// occurrence of a holiday the passage means.
const HOLIDAY_PASSAGE_DAYS: i64 = 366;

/// Gregorian years either side of the passage's among which a holiday's occurrence is sought.
const HOLIDAY_YEARS: i32 = 2;

/// The occurrences of a holiday in the Gregorian years `from..=to`, in order: a day of the
/// Hijri calendar is about that day, a day either side (the month's first day is sighted, and
/// countries differ), the whole Hijri month when `day` is 0; a Gregorian day is that day.
fn holiday_occurrences(hijri: bool, month: u32, day: u32, from: i32, to: i32) -> Vec<When> {
    if !hijri {
        return (from..=to).filter_map(|y| NaiveDate::from_ymd_opt(y, month, day)).map(When::day).collect();
    }
    // Hijri years run about 33 to 32 Gregorian ones from 622
    let first = (from - 622) * 33 / 32 - 1;
    let last = (to - 622) * 33 / 32 + 2;
    (first..=last)
        .filter_map(|hy| {
            let w = if day == 0 {
                let (a, b) = hijri::month_span(hy, month)?;
                When::span(a, b, Precision::Month)
            } else {
                let d = hijri::to_gregorian(hy, month, day)?;
                When::span(d - Duration::days(1), d + Duration::days(1), Precision::Day)
            };
            Some(When { approximate: true, ..w })
        })
        .filter(|w| (from..=to).contains(&w.first_day().year()))
        .collect()
}

/// A holiday: its occurrence in the year written, else the latest one up to publication (or up
/// to the day the passage is about, when that is over a year back or publication is unknown),
/// or the next one in a clause that looks ahead.
fn holiday(
    hijri: bool,
    month: u32,
    day: u32,
    year: Option<i32>,
    ctx: &ResolveContext,
    pubd: Option<NaiveDate>,
) -> Option<(When, Basis)> {
    if let Some(y) = year {
        return Some((holiday_occurrences(hijri, month, day, y, y).into_iter().next()?, Basis::Explicit));
    }
    // from publication, unless the passage is about a time more than a year before it (`Le 7
    // mars 2015 … pendant le ramadan`); from the passage's day when publication is unknown
    let (base, basis) = match (pubd, ctx.discourse_day.or(ctx.day_hint)) {
        (Some(p), Some(d)) if (p - d).num_days() > HOLIDAY_PASSAGE_DAYS => (d, Basis::Context),
        (Some(p), _) => (p, Basis::Publication),
        (None, d) => (d?, Basis::Context),
    };
    let all = holiday_occurrences(hijri, month, day, base.year() - HOLIDAY_YEARS, base.year() + HOLIDAY_YEARS);
    let w = if ctx.forward {
        all.into_iter().find(|w| w.first_day() > base)
    } else {
        all.into_iter().rev().find(|w| w.first_day() <= base)
    }?;
    Some((w, basis))
}

/// True when the part `spec` names of `this` (publication's week or year) lies wholly after
/// publication, in a clause that does not look ahead: the text means that part of the period
/// before (`attaqué en fin de semaine`, said on a Wednesday, is last weekend).
fn part_still_to_come(this: Option<When>, spec: &TimeSpec, ctx: &ResolveContext, p: NaiveDate) -> bool {
    !ctx.forward && spec.qualifier.zip(this).is_some_and(|(q, w)| w.qualified(q).first_day() > p)
}

/// Resolves a spec, or `None` when the context lacks what it needs.
pub fn resolve(spec: &TimeSpec, ctx: &ResolveContext) -> Option<Resolved> {
    let pubd = ctx.published;
    let mut until = None;
    let (mut when, basis) = match spec.date {
        DateRef::Calendar { year: Some(y), month, day, .. } => (calendar_when(y, month, day)?, Basis::Explicit),
        DateRef::Calendar { year: None, month: Some(m), day, weekday } => {
            let (y, basis) = yearless(m, day, weekday, ctx)?;
            match (day, weekday) {
                (Some(d), Some(w)) if !fits_weekday(y, m, Some(d), Some(w)) => {
                    (weekday_misfit(NaiveDate::from_ymd_opt(y, m, d)?, w), basis)
                }
                _ => (calendar_when(y, Some(m), day)?, basis),
            }
        }
        DateRef::Calendar { .. } => return None,
        DateRef::Hijri { year, month: None, .. } => {
            let (a, b) = hijri::year_span(year)?;
            (When::span(a, b, Precision::Year), Basis::Explicit)
        }
        DateRef::Hijri { year, month: Some(m), day: None, .. } => {
            let (a, b) = hijri::month_span(year, m)?;
            (When::span(a, b, Precision::Month), Basis::Explicit)
        }
        DateRef::Hijri { year, month: Some(m), day: Some(d), weekday } => {
            // a month's first day is sighted, not computed: the weekday written beside the day
            // (`الثلاثاء 10 شوال 1446`) settles a day's difference with the tabular calendar
            let g = hijri::to_gregorian(year, m, d)?;
            let g = match weekday {
                Some(w) => [0, -1, 1, -2, 2]
                    .into_iter()
                    .map(|k| g + Duration::days(k))
                    .find(|x| x.weekday().number_from_monday() == w)
                    .unwrap_or(g),
                None => g,
            };
            (When::day(g), Basis::Explicit)
        }
        DateRef::DayOffset(n) => (When::day(pubd? + Duration::days(n as i64)), Basis::Publication),
        DateRef::NightOffset(n) => {
            let last = pubd? + Duration::days(n as i64);
            (When::days(last - Duration::days(1), last), Basis::Publication)
        }
        // the weekday says which day "today" was: publication day, or the day before it
        DateRef::TodayWeekday(iso) => {
            (When::day(weekday_date(pubd?, iso, WeekdayDir::Latest, false)), Basis::Publication)
        }
        DateRef::Weekday { iso, dir, until: second } => {
            let from_passage = matches!(dir, WeekdayDir::Following | WeekdayDir::Preceding);
            let d = if from_passage {
                weekday_date(ctx.discourse_day.or(ctx.day_hint)?, iso, dir, false)
            } else {
                weekday_date(pubd?, iso, dir, ctx.forward)
            };
            let w = match second {
                Some(iso2) => When::days(d, d + Duration::days(((iso2 + 7 - iso) % 7) as i64)),
                None if ctx.scheduled && !ctx.forward && dir == WeekdayDir::Latest => set_weekday(pubd?, iso),
                None => When::day(d),
            };
            (w, if from_passage { Basis::Context } else { Basis::Publication })
        }
        DateRef::UnitOffset { unit, n } => {
            let p = pubd?;
            let w = match unit {
                Unit::Day => When::day(p + Duration::days(n as i64)),
                // a part of a week (`en début de semaine prochaine`): of that calendar week; a
                // part of this week still to come, in a clause that does not look ahead, is last
                // week's (`attaqué en fin de semaine`, said on a Wednesday: the weekend past)
                Unit::Week if spec.qualifier.is_some() => {
                    let back = n == 0 && part_still_to_come(Some(calendar_week(p, 0)), spec, ctx, p);
                    calendar_week(p, if back { -1 } else { n })
                }
                // last week (`la semaine dernière`, `الأسبوع الماضي`): the calendar week before
                // this one, and the days since, up to yesterday (said on a Wednesday, last
                // Friday is last week; the seven days ending a week ago had left it out)
                Unit::Week if n == -1 => {
                    let monday = p - Duration::days(p.weekday().num_days_from_monday() as i64 + 7);
                    When::span(monday, p - Duration::days(1), Precision::Week)
                }
                // the week before last (`الأسبوع قبل الماضي`): that calendar week; next week
                // (`la semaine prochaine`, `الأسبوع المقبل`) is the calendar week after this one
                // (said on a Wednesday, next Sunday is still this week)
                Unit::Week if !(-1..=0).contains(&n) => calendar_week(p, n),
                Unit::Week => {
                    let end = p + Duration::days(7 * n as i64);
                    When::span(end - Duration::days(6), end, Precision::Week)
                }
                Unit::Weekend => weekend(p, n, ctx.forward),
                Unit::Month => {
                    let (y, m) = add_months(p.year(), p.month(), n);
                    // a year or more back (`قبل عام`, `il y a deux ans`): that month, about
                    When { approximate: n.abs() >= 12, ..When::month(y, m)? }
                }
                // a quarter of this year still to come, in a clause that does not look ahead, is
                // last year's (`les attaques ont repris au troisième trimestre`, said in March)
                Unit::Year => {
                    let quarter = matches!(spec.qualifier, Some(Qualifier::Quarter(_) | Qualifier::Season(_)));
                    let back = n == 0 && quarter && part_still_to_come(When::year(p.year()), spec, ctx, p);
                    When::year(p.year() + n - i32::from(back))?
                }
            };
            (w, Basis::Publication)
        }
        DateRef::MonthsAgoToTheDay(months) => {
            let p = pubd?;
            let (y, m) = add_months(p.year(), p.month(), -(months as i32));
            // the 29th of February a year on is the 28th
            let day = (1..=p.day()).rev().find_map(|d| NaiveDate::from_ymd_opt(y, m, d))?;
            (When::day(day), Basis::Publication)
        }
        DateRef::AboutAgo(days) => {
            let day = pubd? - Duration::days(days as i64);
            let slack = Duration::days((days as i64 / 4).max(1));
            let precision = match days {
                0..=14 => Precision::Day,
                15..=62 => Precision::Week,
                _ => Precision::Month,
            };
            let w = When::span(day - slack, (day + slack).min(pubd?), precision);
            (When { approximate: true, ..w }, Basis::Publication)
        }
        DateRef::WeeksAgo(n) => {
            let day = pubd? - Duration::days(7 * n as i64);
            let w = When::span(day - Duration::days(1), day + Duration::days(1), Precision::Day);
            (When { approximate: true, ..w }, Basis::Publication)
        }
        DateRef::InYearOffset { n, month, day } => {
            (calendar_when(pubd?.year() + n, Some(month), day)?, Basis::Publication)
        }
        DateRef::WeekdayAndDay { iso, day } => {
            let p = pubd?;
            // the months around publication in which the day falls on the weekday: the latest
            // one up to publication, or (in a sentence that looks ahead, or when none is) the
            // first one after it, within a month
            let fits: Vec<NaiveDate> = (-3..=1)
                .filter_map(|n| {
                    let (y, m) = add_months(p.year(), p.month(), n);
                    NaiveDate::from_ymd_opt(y, m, day).filter(|d| weekday_number(*d) == iso)
                })
                .collect();
            let past = fits.iter().copied().filter(|d| *d <= p).max();
            let ahead = fits.iter().copied().filter(|d| *d > p && (*d - p).num_days() <= NEAR_FUTURE_DAYS).min();
            let date = if ctx.forward { ahead.or(past) } else { past.or(ahead) }?;
            (When::day(date), Basis::Publication)
        }
        DateRef::PassageUnit { unit, n } => {
            let (base, basis) = passage_base(ctx, pubd)?;
            let w = match unit {
                Unit::Year => When::year(base.year() + n)?,
                Unit::Month => {
                    let (y, m) = add_months(base.year(), base.month(), n);
                    When::month(y, m)?
                }
                Unit::Week => calendar_week(base, n),
                Unit::Day => When::day(base + Duration::days(n as i64)),
                // the weekend before or after the day the passage is about (`interpellé le
                // week-end précédent`, in a passage about a Thursday: the Saturday and Sunday before)
                Unit::Weekend => weekend(base, n, n > 0),
            };
            (w, basis)
        }
        DateRef::DayInPassageMonth { n, day } => {
            let (base, basis) = passage_base(ctx, pubd)?;
            let (y, m) = add_months(base.year(), base.month(), n);
            (calendar_when(y, Some(m), Some(day))?, basis)
        }
        DateRef::DayInMonthOffset { n, day } => {
            let p = pubd?;
            let (y, m) = add_months(p.year(), p.month(), n);
            (calendar_when(y, Some(m), Some(day))?, Basis::Publication)
        }
        // in a passage that has named a day, that day's month, or the next when the day is
        // already past in it (`Le 3 février … Le 10,` is 10 February), never past publication
        DateRef::DayOfMonth(day) if passage_day(ctx, pubd).is_some() => {
            let h = passage_day(ctx, pubd)?;
            let (y, m) = if day >= h.day() { (h.year(), h.month()) } else { add_months(h.year(), h.month(), 1) };
            let d = NaiveDate::from_ymd_opt(y, m, day)
                .filter(|d| ctx.forward || pubd.is_none_or(|p| *d <= p))
                .or_else(|| NaiveDate::from_ymd_opt(h.year(), h.month(), day))?;
            (When::day(d), Basis::Context)
        }
        DateRef::DayOfMonth(day) => {
            let p = pubd?;
            // a day still to come, in a clause that does not look ahead, is one of last month
            // (`dans la soirée du 25`, written on the 20th)
            let back = !ctx.forward && day > p.day();
            let (y, m) = add_months(p.year(), p.month(), if back { -1 } else { 0 });
            (calendar_when(y, Some(m), Some(day))?, Basis::Publication)
        }
        DateRef::MonthRelative { month, day: Some(d), .. } if pubd.is_none() => {
            let (y, basis) = yearless(month, Some(d), None, ctx)?;
            (calendar_when(y, Some(month), Some(d))?, basis)
        }
        DateRef::MonthRelative { month, day, dir } => {
            let p = pubd?;
            // compare (month, day) with publication; a bare month compares as a whole
            let here = (month, day.unwrap_or(0));
            let now = (p.month(), if day.is_some() { p.day() } else { 0 });
            let y = match dir {
                d if d < 0 => p.year() - i32::from(here >= now),
                d if d > 0 => p.year() + i32::from(here <= now),
                _ => p.year(),
            };
            (calendar_when(y, Some(month), day)?, Basis::Publication)
        }
        DateRef::DiscourseDay(0) if ctx.month_hint.is_some() && spec.clock.is_none() => {
            (ctx.month_hint?, Basis::Context)
        }
        // a part of a day told right after a night between two days (`dans la nuit de samedi à
        // dimanche … aux premières heures de la matinée`): the night's morning is its second day,
        // its evening the first; after a range of days, one of them
        DateRef::DiscourseDay(0) if spec.day_part.is_some() && ctx.days_hint.is_some() => {
            let (first, last, night) = ctx.days_hint?;
            let when = match spec.day_part {
                _ if !night => When::days(first, last),
                Some(DayPart::Evening) => When::day(first),
                Some(DayPart::Night) => When::days(first, last),
                _ => When::day(last),
            };
            (when, Basis::Context)
        }
        DateRef::DiscourseDay(n) => {
            match (passage_day(ctx, pubd), ctx.day_hint, pubd) {
                (Some(h), _, _) => (When::day(h + Duration::days(n as i64)), Basis::Context),
                // a passage about a day long past, with no day of the article's own time told
                // (an anniversary's story of that day: `Le 20 novembre 2015, … Les forces
                // spéciales ont donné l'assaut en fin de matinée`): that day, not publication's;
                // not history recalled (independence in 1960 is no day of a 2024 story)
                (None, Some(h), p) if p.is_none_or(|p| p.year() - h.year() <= BACKGROUND_YEARS) => {
                    (When::day(h + Duration::days(n as i64)), Basis::Context)
                }
                // `en début de matinée` before any day is named (or after history only): the
                // article's own day
                (None, _, Some(p)) if n == 0 && spec.day_part.is_some() => (When::day(p), Basis::Publication),
                _ => return None,
            }
        }
        DateRef::PastSpan { unit, n } => {
            let p = pubd?;
            until = Some(p);
            let w = match unit {
                Unit::Year => {
                    let (y, m) = add_months(p.year(), p.month(), -12 * n as i32);
                    When::month(y, m)?
                }
                Unit::Month => {
                    let (y, m) = add_months(p.year(), p.month(), -(n as i32));
                    When::month(y, m)?
                }
                Unit::Week | Unit::Weekend => When::day(p - Duration::days(7 * n as i64)),
                Unit::Day => When::day(p - Duration::days(n as i64)),
            };
            (w, Basis::Publication)
        }
        DateRef::Holiday { hijri, month, day, year } => holiday(hijri, month, day, year, ctx, pubd)?,
        DateRef::None => {
            let clock = spec.clock?;
            match (ctx.days_hint, ctx.day_hint, pubd) {
                (Some((first, last, true)), _, _) => {
                    (When::day(if clock.hour >= NIGHT_EVENING_FROM { first } else { last }), Basis::Context)
                }
                // (a range of days keeps no clock: which of its days is not said)
                (Some((first, last, false)), _, _) => (When::days(first, last), Basis::Context),
                // midnight after a day's events (`مساء الثلاثاء … قرابة منتصف الليل`, `vers minuit`)
                // closes that day: the next one's first minute, not the day's start
                (None, Some(d), _) if (clock.hour, clock.minute, clock.until) == (0, 0, None) => {
                    (When::day(d + Duration::days(1)), Basis::Context)
                }
                (None, Some(d), _) => (When::day(d), Basis::Context),
                (None, None, Some(p)) => (When::day(p), Basis::Publication),
                _ => return None,
            }
        }
    };
    if spec.day_shift != 0 && when.precision == Precision::Day {
        let shift = Duration::days(spec.day_shift as i64);
        when = When { start: when.start + shift, end: when.end + shift, ..when };
    }
    if let (Some((m2, d2)), Precision::Day) = (spec.through, when.precision) {
        let a = when.first_day();
        let y2 = if m2 < a.month() { a.year() + 1 } else { a.year() };
        if let Some(b) = NaiveDate::from_ymd_opt(y2, m2, d2).filter(|b| *b > a) {
            when = When::days(a, b);
        }
    }
    if let Some(q) = spec.qualifier {
        when = when.qualified(q);
    }
    if let Some(c) = spec.clock {
        // a night between two days (`dans la nuit de lundi à mardi vers 3 heures`): the clock
        // says which, the evening of the first or the small hours of the second
        let night = spec.day_part == Some(crate::model::DayPart::Night)
            && when.precision == Precision::Day
            && (when.last_day() - when.first_day()).num_days() == 1;
        if night {
            let day = if c.hour >= NIGHT_EVENING_FROM { when.first_day() } else { when.last_day() };
            when = When { day_part: when.day_part, ..When::day(day) };
        }
        if when.precision == Precision::Day && when.first_day() == when.last_day() {
            let day = when.first_day();
            let t0 = day.and_time(NaiveTime::from_hms_opt(c.hour, c.minute, 0)?);
            let t1 = match c.until {
                Some((h, m)) => {
                    let t = day.and_time(NaiveTime::from_hms_opt(h, m, 0)?);
                    if t < t0 {
                        t + Duration::days(1)
                    } else {
                        t
                    }
                }
                None => t0,
            };
            when = When { approximate: c.approximate, ..When::time(t0, t1) };
        }
    }
    if let Some((first, last)) = super::long_range::long_range(spec, &when) {
        (when, until) = (first, Some(last));
    }
    when.day_part = spec.day_part;
    if spec.since {
        until = pubd;
    }
    Some(Resolved { when, basis, until })
}
