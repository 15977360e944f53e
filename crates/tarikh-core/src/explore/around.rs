//! Events around a selection: the events dated within ±N days of one event, optionally at the
//! same place or with an actor in common (what Timesketch users ask as "events around this
//! one"). An event is around when its whole date lies in the window, so that a date known only
//! to the year or the month never counts as a few days' neighbour.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::{Event, MentionId};

/// The days before and after, unless the analyst chooses.
pub const DEFAULT_DAYS: u32 = 7;

/// A window around one event, as the filters hold it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Around {
    /// The event at the centre, by its key (the id of its first mention).
    pub center: MentionId,
    /// Days before its first day and after its last.
    pub days: u32,
    /// The window's first and last day.
    pub first: NaiveDate,
    /// The window's last day.
    pub last: NaiveDate,
    /// Only events at one of these places (the centre's), when set.
    pub places: Option<Vec<String>>,
    /// Only events with one of these actors (the centre's), when set.
    pub actors: Option<Vec<String>>,
}

impl Around {
    /// The window of `days` around `center` (keyed `key`); `None` when the event is undated.
    pub fn of(center: &Event, key: MentionId, days: u32, same_place: bool, shared_actor: bool) -> Option<Around> {
        let w = center.when?;
        let d = Duration::days(days as i64);
        Some(Around {
            center: key,
            days,
            first: w.first_day() - d,
            last: w.last_day() + d,
            places: same_place.then(|| center.places.clone()),
            actors: shared_actor.then(|| center.actors.clone()),
        })
    }

    /// True when `e` lies in the window (its whole date) and shares what is asked.
    pub fn keeps(&self, e: &Event) -> bool {
        let Some(w) = e.when else { return false };
        self.first <= w.first_day()
            && w.last_day() <= self.last
            && self.places.as_ref().is_none_or(|ps| e.places.iter().any(|p| ps.contains(p)))
            && self.actors.as_ref().is_none_or(|as_| e.actors.iter().any(|a| as_.contains(a)))
    }

    /// The window as plot x (days since 1970): its first day's start to its last day's end.
    pub fn x_range(&self) -> (f64, f64) {
        let x = |d: NaiveDate| super::timeline::to_x(d.and_hms_opt(0, 0, 0).unwrap_or_default());
        (x(self.first), x(self.last) + 1.0)
    }
}

/// The events of `events` around event `center` (the centre included), in their order.
pub fn events_around(events: &[Event], center: usize, days: u32, same_place: bool, shared_actor: bool) -> Vec<usize> {
    let Some(c) = events.get(center) else { return Vec::new() };
    let key = c.mentions.first().map(|m| m.id.clone()).unwrap_or_default();
    let Some(a) = Around::of(c, key, days, same_place, shared_actor) else { return vec![center] };
    (0..events.len()).filter(|&i| i == center || a.keeps(&events[i])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventType, When};

    fn event(id: &str, when: Option<When>, places: &[&str], actors: &[&str]) -> Event {
        let mut e = crate::explore::synthetic_explorer(1).events[0].clone();
        e.id = id.into();
        e.when = when;
        e.places = places.iter().map(|s| s.to_string()).collect();
        e.actors = actors.iter().map(|s| s.to_string()).collect();
        e.event_type = EventType::Attack;
        e
    }

    fn day(y: i32, m: u32, d: u32) -> When {
        When::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn the_window_keeps_whole_dates_within_n_days_and_what_is_shared() {
        let evs = vec![
            event("c", Some(day(2024, 9, 17)), &["Bamako"], &["JNIM"]),
            event("in", Some(day(2024, 9, 10)), &["Gao"], &["FAMa"]),
            event("edge", Some(day(2024, 9, 24)), &["Bamako"], &["FAMa"]),
            event("out", Some(day(2024, 9, 25)), &["Bamako"], &["JNIM"]),
            event("month", Some(When::month(2024, 9).unwrap()), &["Bamako"], &["JNIM"]),
            event("undated", None, &["Bamako"], &["JNIM"]),
        ];
        let ids = |v: Vec<usize>| v.into_iter().map(|i| evs[i].id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(events_around(&evs, 0, 7, false, false)), ["c", "in", "edge"]);
        assert_eq!(ids(events_around(&evs, 0, 7, true, false)), ["c", "edge"]);
        assert_eq!(ids(events_around(&evs, 0, 7, false, true)), ["c"]);
        assert_eq!(ids(events_around(&evs, 0, 8, false, true)), ["c", "out"]);
        assert_eq!(ids(events_around(&evs, 0, 30, false, false)), ["c", "in", "edge", "out", "month"]);
    }
}
