//! Resolving every expression of one document in reading order, so that each can lean on
//! what came before it: a year stated earlier in the paragraph, the year and day the article
//! is talking about, and (for a weekday in a passage about an earlier month) that month.

use chrono::{Datelike, Duration, NaiveDate};

use super::draft::{DocScan, YearWith};
use super::family::{family, shared_entities};
use crate::lexicon::Gazetteer;
use crate::model::{Precision, When};
use crate::temporal::resolve::weekday_date;
use crate::temporal::{resolve, Basis, DateRef, ResolveContext, WeekdayDir};

/// Month-level dates a weekday in an earlier passage looks back over for the month it is in.
const MONTHS_LOOKED_BACK: usize = 16;

/// Days from publication within which a date is of the article's own time.
const RECENT_DAYS: i64 = 366;

/// Resolves every draft of `scan` against `published` (an exact publication date or none).
pub fn resolve_document(scan: &mut DocScan, published: Option<NaiveDate>, g: &Gazetteer) {
    resolve_against(scan, published, false, g)
}

/// [`resolve_document`] against a publication date that is the day itself, or (`bound`) one of
/// the days the article may have appeared on: then a written weekday decides the year of a day
/// and month, rather than being read as a slip.
fn resolve_against(scan: &mut DocScan, published: Option<NaiveDate>, bound: bool, g: &Gazetteer) {
    let year_floor = scan.written_years(YearWith::Anything).max();
    let day_year_floor = scan.written_years(YearWith::Day).max();
    let mut day_hint: Option<NaiveDate> = None;
    let mut days_hint: Option<(NaiveDate, NaiveDate, bool)> = None; // days named after `day_hint`
    let mut recent_day: Option<NaiveDate> = None; // the latest day within a year of publication
    let mut discourse_day: Option<NaiveDate> = None;
    // a month named after the latest day
    let mut month_hint: Option<When> = None;
    // the sentence (paragraph, start) of the latest month or year the text moved to
    let mut coarse_sentence: Option<(usize, usize)> = None;
    // the explicit year last stated, and where: (paragraph, sentence start, year, the end of
    // the relative phrase it sits in)
    let mut para_year: Option<(usize, usize, i32, Option<usize>)> = None;
    // the same for the last year stated outside such a phrase (`En 2012, les rebelles, qui …`)
    let mut main_year: Option<(usize, usize, i32, Option<usize>)> = None;
    let mut last_year: Option<i32> = None; // the explicit year last stated, anywhere before
    for k in 0..scan.drafts.len() {
        let d = &scan.drafts[k];
        // with a publication date, a year stated earlier counts only within the same sentence
        // (`élu le 11 août` after `en janvier 2012` in another sentence is this August)
        // `22 mars de cette année-là`: the year named last, wherever it was
        let year_hint = if d.expr.spec.that_year {
            last_year
        } else {
            // (not from a relative phrase the date comes after: `La junte, qui a pris le pouvoir
            // le 26 juillet 2023, a dénoncé en mars …` is this March)
            let here = |(p, s, _, _): &(usize, usize, i32, Option<usize>)| {
                *p == d.paragraph && (published.is_none() || *s == d.sentence.start)
            };
            let before_aside_ends = |(_, _, _, aside): &(usize, usize, i32, Option<usize>)| {
                published.is_none() || aside.is_none_or(|a| d.expr.tok_start < a)
            };
            para_year.filter(here).filter(before_aside_ends).or(main_year.filter(here)).map(|(_, _, y, _)| y)
        };
        let ctx = ResolveContext {
            published,
            year_hint,
            year_floor,
            day_year_floor,
            corpus_year: scan.corpus_year,
            discourse_day,
            // `le jour même`, `اليوم التالي`: the latest day of the article's own time, not a
            // background date named in between
            // (unless its own sentence has just moved to a month or a year: `خطفت في أبريل 2012
            // … أفرجت عنها بعد عشرة أيام` is ten days after a day of that April)
            day_hint: if matches!(d.expr.spec.date, DateRef::DiscourseDay(_)) {
                if coarse_sentence == Some((d.paragraph, d.sentence.start)) {
                    day_hint
                } else {
                    recent_day.or(day_hint)
                }
            } else {
                day_hint
            },
            days_hint,
            month_hint,
            forward: d.forward,
            scheduled: d.scheduled,
            weekday_decides: bound,
        };
        let r = resolve(&d.expr.spec, &ctx);
        if let DateRef::Calendar { year: Some(y), .. } = d.expr.spec.date {
            para_year = Some((d.paragraph, d.sentence.start, y, d.aside_end));
            if d.aside_end.is_none() {
                main_year = para_year;
            }
            last_year = Some(y);
        }
        if let Some(r) = &r {
            // a long range dated by its first day (`du 1er au 10 avril`) is still all its days for
            // the sentences after it, as a shorter range is
            let range = r.until.is_some() && crate::temporal::is_range(&d.expr.spec);
            let r = &match r.until.filter(|_| range) {
                Some(last) => {
                    crate::temporal::Resolved { when: When::days(r.when.first_day(), last), until: None, ..*r }
                }
                None => *r,
            };
            if r.when.precision == Precision::Month
                && r.until.is_none()
                && r.when.first_day().month() == r.when.last_day().month()
            {
                month_hint = Some(When { qualifier: None, ..r.when });
            }
            // the day a report came out (`…, a annoncé mardi le ministère`) is no day the next
            // sentences tell of (`vers 10 heures` is the attack's Monday)
            // (nor the day a toll was given: `selon un bilan communiqué lundi` then `arrivés vers
            // 5 heures` is the attack's Saturday)
            let reported = d
                .trigger
                .as_ref()
                .is_some_and(|t| t.reported || t.event_type == crate::model::EventType::CasualtyReport);
            let days = (r.when.last_day() - r.when.first_day()).num_days();
            // a month or a year the text moves to, that holds no day named before, leaves that
            // day behind (`خطفت في أبريل 2012 … أفرجت عنها بعد عشرة أيام`: not ten days after
            // last Thursday); a time since which something lasts does not
            if r.when.precision <= Precision::Month
                && !d.expr.spec.since
                && !reported
                && day_hint.is_some_and(|h| h < r.when.first_day() || h > r.when.last_day())
            {
                day_hint = None;
                days_hint = None;
                coarse_sentence = Some((d.paragraph, d.sentence.start));
            }
            // (a part of a week too: `en début de semaine, … vers cinq heures` is one of its days)
            if r.when.precision >= Precision::Week && (1..=MAX_RANGE_HINT_DAYS).contains(&days) && !reported {
                month_hint = None;
                let night = days == 1 && d.expr.spec.day_part == Some(crate::model::DayPart::Night);
                days_hint = Some((r.when.first_day(), r.when.last_day(), night));
            }
            // (a clock alone takes its day from here: it names no day of its own, and midnight
            // closing the day is the next one's first minute)
            if r.when.precision >= Precision::Day && days == 0 && !reported && d.expr.spec.date != DateRef::None {
                month_hint = None;
                days_hint = None;
                day_hint = Some(r.when.first_day());
                if published.is_some_and(|p| (r.when.first_day() - p).num_days().abs() <= RECENT_DAYS) {
                    recent_day = day_hint;
                }
            }
            if r.when.precision >= Precision::Month && r.until.is_none() {
                discourse_day = Some(r.when.first_day());
            }
        }
        // a day counted from the passage that falls after the article's own day, in a clause that
        // does not look ahead (`… قبل أن يطلق سراحهما في مارس من العام التالي`, told of the past),
        // contradicts the text: left undated rather than set in the future
        let r =
            r.filter(|r| !(counted_past_publication(r, published, bound) && !d.forward && !d.ahead && !d.scheduled));
        scan.drafts[k].resolved = r;
    }
    if published.is_none() {
        years_from_later_in_the_paragraph(scan);
        weekdays_from_the_news_day(scan);
    }
    if let Some(p) = published {
        tie_weekdays_to_earlier_months(scan, p, g);
    }
}

/// True when `r`, counted from the passage (not from publication), starts after the exact
/// publication date (`bound`: that date is only the earliest the article may have appeared on).
fn counted_past_publication(r: &crate::temporal::Resolved, published: Option<NaiveDate>, bound: bool) -> bool {
    !bound && r.basis == crate::temporal::Basis::Context && published.is_some_and(|p| r.when.first_day() > p)
}

/// The longest range of days (`du 3 au 10 avril`) a clock time without a date is read in.
const MAX_RANGE_HINT_DAYS: i64 = 7;

/// Days after a lower bound on the publication date (the latest day the article writes) within
/// which it was most likely published.
pub const LIKELY_PUBLICATION_DAYS: i64 = 31;

/// With only a lower bound on the publication date, an expression that needs it is resolved
/// when it comes out the same for every day from the bound to [`LIKELY_PUBLICATION_DAYS`] later
/// (`en décembre dernier` after a latest day of 3 January 2022 is December 2021 whichever of
/// those days the article appeared on; `samedi` or `hier` is not, and stays undated). Dates
/// the text points forward to are left as they were: the bound may be the very day they name.
pub fn resolve_within_bound(scan: &mut DocScan, not_before: NaiveDate, g: &Gazetteer) {
    let without: Vec<_> = scan.drafts.iter().map(|d| d.resolved).collect();
    resolve_against(scan, Some(not_before), true, g);
    let early: Vec<_> = scan.drafts.iter().map(|d| d.resolved).collect();
    resolve_against(scan, Some(not_before + Duration::days(LIKELY_PUBLICATION_DAYS)), true, g);
    for ((d, before), early) in scan.drafts.iter_mut().zip(without).zip(early) {
        // a date ahead of the article may be the very day the bound was drawn from
        let looks_back = !d.ahead && !matches!(d.expr.spec.date, DateRef::MonthRelative { dir, .. } if dir > 0);
        let stable = looks_back && d.expr.spec.date.needs_publication() && early == d.resolved;
        // `27 نوفمبر الماضي` is last November from the article's day, not in the year the
        // sentence named before it
        let relative_to_now = matches!(d.expr.spec.date, DateRef::MonthRelative { .. });
        // a day and month without a year take their year as they would from a known
        // publication date anywhere in the window (`4 ديسمبر` in an article of January 2014 is
        // December 2013, not the year of a background date named paragraphs before)
        let yearless_day =
            matches!(d.expr.spec.date, DateRef::Calendar { year: None, month: Some(_), day: Some(_), .. });
        let stable_yearless = looks_back && yearless_day && early.is_some() && early == d.resolved;
        // a day and month with their weekday and without a year (`الخميس 27 ماي`): of the years
        // the window allows, the one whose day falls on that weekday
        let fits = |r: &Option<crate::temporal::Resolved>| match d.expr.spec.date {
            DateRef::Calendar { weekday: Some(w), .. } => r.is_some_and(|r| {
                r.when.precision >= Precision::Day && r.when.first_day().weekday().number_from_monday() == w
            }),
            _ => false,
        };
        let by_weekday = looks_back && yearless_day && early != d.resolved && (fits(&early) != fits(&d.resolved));
        let weekday_pick = if fits(&early) { early } else { d.resolved };
        d.resolved = match before {
            Some(_) if stable && relative_to_now => early,
            Some(_) if stable_yearless => early,
            _ if by_weekday => weekday_pick,
            Some(r) => Some(r),
            None if stable || stable_yearless => early,
            None => None,
        };
    }
    weekdays_from_the_news_day(scan);
}

/// Paragraphs from the top within which a day written with its weekday is the article's news day.
const LEDE_PARAGRAPHS: usize = 3;

/// Without an exact publication date, the day the lede gives with its weekday (`أطلق الجيش
/// يوم الخميس 27 ماي`, the weekday checked against the year) is the article's news day: a bare
/// weekday left unresolved is the latest such day on or before it (`اعتقلهما الجيش الاثنين` is
/// the Monday of that week: told in the news day's own sentence, of the past, it is the one
/// before), resolved from context, not from publication.
fn weekdays_from_the_news_day(scan: &mut DocScan) {
    let bare_weekday =
        |d: &super::draft::Draft| matches!(d.expr.spec.date, DateRef::Weekday { .. } | DateRef::TodayWeekday(_));
    // the first day the article gives: a bare weekday before it was said of another day
    let news_day = scan.drafts.iter().take_while(|d| !bare_weekday(d)).enumerate().find_map(|(k, d)| {
        let DateRef::Calendar { weekday: Some(w), day: Some(_), month: Some(_), .. } = d.expr.spec.date else {
            return None;
        };
        let r = d.resolved.filter(|r| r.when.precision >= Precision::Day && r.when.first_day() == r.when.last_day())?;
        let day = r.when.first_day();
        (d.paragraph < LEDE_PARAGRAPHS && !d.ahead && !d.forward && day.weekday().number_from_monday() == w)
            .then_some((k, day, (d.paragraph, d.sentence)))
    });
    let Some((from, news_day, news_sentence)) = news_day else { return };
    for d in scan.drafts.iter_mut().skip(from + 1).filter(|d| d.resolved.is_none() && bare_weekday(d)) {
        let (iso, last) = match d.expr.spec.date {
            DateRef::Weekday { iso, until: None, dir } => (iso, dir == WeekdayDir::Last),
            DateRef::TodayWeekday(iso) => (iso, false),
            _ => continue,
        };
        // the article may be written days after its news day: the weekday is the nearer of the
        // one before and the one after it, and only when clearly nearer; one said to be past
        // (`مساء الاثنين الماضي`, `lundi dernier`) is the one before unless clearly farther
        let before = weekday_date(news_day, iso, WeekdayDir::Latest, false);
        let after = before + Duration::days(7);
        let (b, a) = ((news_day - before).num_days(), (after - news_day).num_days());
        // (a past act the news day's own sentence tells, `أطلق الجيش يوم الخميس 27 ماي سراح …
        // اللذين اعتقلهما الجيش الاثنين`, is of the days before it: that sentence tells its week)
        let told_with_it = (d.paragraph, d.sentence) == news_sentence && !d.forward && !d.ahead;
        let day = if b == 0 || b + WEEKDAY_MARGIN_DAYS <= a || ((last || told_with_it) && b <= a + WEEKDAY_MARGIN_DAYS)
        {
            before
        } else if a + WEEKDAY_MARGIN_DAYS <= b {
            after
        } else {
            continue;
        };
        // resolved as of that day itself, so that a clock time (`13h00 de vendredi`) is kept
        let mut spec = d.expr.spec;
        spec.date = DateRef::Weekday { iso, dir: WeekdayDir::Latest, until: None };
        let ctx = ResolveContext { published: Some(day), ..Default::default() };
        d.resolved = resolve(&spec, &ctx).map(|r| crate::temporal::Resolved { basis: Basis::Context, ..r });
    }
}

/// How many days nearer to the news day one occurrence of a weekday must be than the other
/// (the one before it, the one after it) to be taken: Friday after a Thursday news day is the
/// next day; Monday after a Thursday is either, and stays undated.
const WEEKDAY_MARGIN_DAYS: i64 = 2;

/// Without a publication date, a day and month left without a year take the year of the next
/// day-level date of their paragraph (`entamera son mandat le 4 septembre`, then `lundi 20
/// août` 2018; a month named in passing, `en janvier 2012`, says nothing of it).
#[allow(clippy::needless_range_loop)] // a draft is read, then written back, at the index `next_year` is read
fn years_from_later_in_the_paragraph(scan: &mut DocScan) {
    // the year of the next day-level date of the same paragraph, for every draft (one pass
    // from the end, on the dates as they were resolved before this step)
    let mut next_year: Vec<Option<i32>> = vec![None; scan.drafts.len()];
    let mut running: Option<(usize, i32)> = None; // (paragraph, year)
    for k in (0..scan.drafts.len()).rev() {
        let d = &scan.drafts[k];
        next_year[k] = running.filter(|(p, _)| *p == d.paragraph).map(|(_, y)| y);
        if let Some(r) = d.resolved.filter(|r| r.when.precision >= Precision::Day && r.until.is_none()) {
            running = Some((d.paragraph, r.when.first_day().year()));
        }
    }
    for k in 0..scan.drafts.len() {
        let d = &scan.drafts[k];
        if d.resolved.is_some() || !matches!(d.expr.spec.date, DateRef::Calendar { year: None, month: Some(_), .. }) {
            continue;
        }
        let Some(year) = next_year[k] else { continue };
        let ctx = ResolveContext { year_hint: Some(year), forward: d.forward, ..Default::default() };
        scan.drafts[k].resolved = resolve(&d.expr.spec, &ctx);
    }
}

/// A weekday in a passage marked as earlier (`وفي وقت سابق …`) whose event shares actors or
/// places with an event dated to an earlier month belongs to that month: `يومي الخميس
/// والجمعة` after `يوليو الماضي` is in July, not this week.
fn tie_weekdays_to_earlier_months(scan: &mut DocScan, published: NaiveDate, g: &Gazetteer) {
    // the month-level dates seen so far, latest last (a weekday looks back over the latest few)
    let mut months: Vec<usize> = Vec::new();
    for k in 0..scan.drafts.len() {
        if k > 0 && scan.drafts[k - 1].resolved.is_some_and(|r| r.when.precision == Precision::Month) {
            months.push(k - 1);
        }
        let d = &scan.drafts[k];
        let is_latest_weekday = matches!(d.expr.spec.date, DateRef::Weekday { dir: WeekdayDir::Latest, .. });
        let Some(trig) = &d.trigger else { continue };
        if !is_latest_weekday || !d.past_passage {
            continue;
        }
        let fam = family(trig.event_type, &trig.kind);
        let week_start = published - Duration::days(7);
        let earlier = months.iter().rev().take(MONTHS_LOOKED_BACK).map(|&j| &scan.drafts[j]).find(|e| {
            let Some(r) = &e.resolved else { return false };
            let Some(et) = &e.trigger else { return false };
            r.when.precision == Precision::Month
                && r.when.last_day() < week_start
                && family(et.event_type, &et.kind) == fam
                && shared_entities(g, &d.context_entities, &e.entities, true) > 0
        });
        if let Some(e) = earlier {
            let month = e.resolved.as_ref().map(|r| r.when);
            if let Some(m) = month {
                let when =
                    When { qualifier: None, ..When::month(m.first_day().year(), m.first_day().month()).unwrap_or(m) };
                scan.drafts[k].resolved = Some(crate::temporal::Resolved { when, basis: Basis::Context, until: None });
            }
        }
    }
}
