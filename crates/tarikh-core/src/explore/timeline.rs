//! Timeline geometry without a renderer: the axis unit (days since 1970), where each event
//! sits (a band over its year or month, a marker for a day or a time), lanes by type,
//! stacking so that nothing hides another, density bins when too many events are in view,
//! and the zoom presets.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

use crate::model::{Event, EventType, Precision, When};

fn epoch() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default()
}

/// Position on the time axis: days since 1970-01-01.
pub fn to_x(t: NaiveDateTime) -> f64 {
    (t - epoch()).num_seconds() as f64 / 86_400.0
}

/// The time at an axis position.
pub fn from_x(x: f64) -> NaiveDateTime {
    epoch() + Duration::seconds((x.clamp(-1e7, 1e7) * 86_400.0) as i64)
}

/// Where an event sits on the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Start.
    pub x0: f64,
    /// End (equal to the start for a marker).
    pub x1: f64,
    /// A band over a year, month or other long stretch; otherwise a marker.
    pub band: bool,
}

/// The axis span of a date: years, months and stretches over two days are bands; days and
/// times are markers (a day at its middle).
pub fn span_of(w: &When) -> Span {
    let x0 = to_x(w.start);
    let x1 = to_x(w.end) + 1.0 / 1440.0;
    let long = x1 - x0 > 2.01;
    if w.precision <= Precision::Week || long {
        Span { x0, x1, band: true }
    } else {
        let mid = (x0 + x1) / 2.0;
        Span { x0: mid, x1: mid, band: false }
    }
}

/// The axis span of an event: its date's, or the whole of a long range of days dated by its
/// first day (`du 1er au 10 avril`: a band up to the 10th, [`super::format::period_end`]).
pub fn event_span(e: &Event) -> Option<Span> {
    let w = e.when?;
    Some(match super::format::period_end(e, &w) {
        Some(last) => span_of(&When::days(w.first_day(), last)),
        None => span_of(&w),
    })
}

/// A lane: one per event type of the corpus, one per event type of a reference dataset.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LaneKey {
    /// `None` for the corpus; the dataset and its event type for a reference layer.
    pub reference: Option<(String, String)>,
    /// The event type (the reference record's nearest type).
    pub event_type: EventType,
}

impl LaneKey {
    /// The lane of an event.
    pub fn of(e: &Event) -> LaneKey {
        LaneKey {
            reference: e.reference.as_ref().map(|r| (r.dataset.clone(), r.kind.clone())),
            event_type: e.event_type,
        }
    }
    /// The lane's label in the interface language (a reference dataset's kinds are its own).
    pub fn label(&self, lang: crate::i18n::Lang) -> String {
        match &self.reference {
            Some((d, k)) => format!("{d} · {k}"),
            None => lang.t(self.event_type.label()).to_string(),
        }
    }
}

/// The lanes: the corpus's event types in lane order, then the reference layer's kinds.
pub fn lanes(events: &[Event]) -> Vec<LaneKey> {
    lanes_of(&events.iter().collect::<Vec<_>>())
}

/// [`lanes`] of some of the events (those the filters show: an emptied lane folds away).
pub fn lanes_of(events: &[&Event]) -> Vec<LaneKey> {
    let mut present: Vec<LaneKey> = Vec::new();
    for e in events {
        let k = LaneKey::of(e);
        if !present.contains(&k) {
            present.push(k);
        }
    }
    present.sort_by(|a, b| {
        (a.reference.is_some(), a.event_type.lane(), &a.reference).cmp(&(
            b.reference.is_some(),
            b.event_type.lane(),
            &b.reference,
        ))
    });
    present
}

/// An event placed on the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Index of the event.
    pub event: usize,
    /// Lane (index into the lanes).
    pub lane: usize,
    /// Stack row within the lane (0 = bottom).
    pub row: usize,
    /// Where it sits.
    pub span: Span,
}

/// Stacks events in their lanes so that none overlaps another: markers closer than
/// `gap_days` (a marker's width at the current zoom) and overlapping bands go on separate rows.
pub fn place(items: &[(usize, usize, Span)], gap_days: f64) -> Vec<Placed> {
    let mut sorted: Vec<&(usize, usize, Span)> = items.iter().collect();
    sorted.sort_by(|a, b| (a.1, a.2.x0).partial_cmp(&(b.1, b.2.x0)).unwrap_or(std::cmp::Ordering::Equal));
    let mut out = Vec::with_capacity(items.len());
    let mut rows_end: Vec<f64> = Vec::new();
    let mut lane = usize::MAX;
    for &&(event, l, span) in &sorted {
        if l != lane {
            lane = l;
            rows_end.clear();
        }
        let start = span.x0 - if span.band { 0.0 } else { gap_days / 2.0 };
        let end = span.x1 + if span.band { 0.0 } else { gap_days / 2.0 };
        let row = match rows_end.iter().position(|e| *e < start) {
            Some(r) => r,
            None => {
                rows_end.push(f64::NEG_INFINITY);
                rows_end.len() - 1
            }
        };
        rows_end[row] = end;
        out.push(Placed { event, lane: l, row, span });
    }
    out
}

/// Events per lane and per stretch of the view, counted one event at a time: each event adds
/// one at its first stretch and takes it back after its last (a year-long band costs as little
/// as a point), and the running sums are the counts.
#[derive(Debug, Clone)]
pub struct DensityBins {
    steps: Vec<Vec<i64>>,
    x0: f64,
    w: f64,
    bins: usize,
}

impl DensityBins {
    /// `bins` stretches of `x0..x1` for `n_lanes` lanes, all empty.
    pub fn new(n_lanes: usize, x0: f64, x1: f64, bins: usize) -> DensityBins {
        DensityBins { steps: vec![vec![0i64; bins + 1]; n_lanes], x0, w: (x1 - x0) / bins.max(1) as f64, bins }
    }

    /// Counts an event of `lane` over `s`.
    pub fn add(&mut self, lane: usize, s: Span) {
        if self.w <= 0.0 || lane >= self.steps.len() {
            return;
        }
        let a = ((s.x0 - self.x0) / self.w).floor().max(0.0) as usize;
        let b = ((s.x1 - self.x0) / self.w).floor().min(self.bins as f64 - 1.0);
        if b < 0.0 || a >= self.bins {
            return;
        }
        self.steps[lane][a] += 1;
        self.steps[lane][(b as usize).max(a) + 1] -= 1;
    }

    /// The counts, per lane and stretch.
    pub fn counts(&self) -> Vec<Vec<u32>> {
        self.steps
            .iter()
            .map(|st| {
                let mut run = 0i64;
                st[..self.bins]
                    .iter()
                    .map(|d| {
                        run += d;
                        run as u32
                    })
                    .collect()
            })
            .collect()
    }
}

/// Events per lane in each of `bins` stretches of `x0..x1` (see [`DensityBins`]; for tests:
/// the app fills a [`DensityBins`] in one pass with its other counts).
#[cfg(test)]
pub fn density(items: &[(usize, usize, Span)], n_lanes: usize, x0: f64, x1: f64, bins: usize) -> Vec<Vec<u32>> {
    let mut d = DensityBins::new(n_lanes, x0, x1, bins);
    for &(_, lane, s) in items {
        d.add(lane, s);
    }
    d.counts()
}

/// The range that shows every dated event, with a margin. Background history ([`Event::background`]) is left out while any other event is dated, so
/// that All spans the corpus's own period.
pub fn fit(events: &[Event]) -> Option<(f64, f64)> {
    let news = events.iter().any(|e| e.when.is_some() && !e.background);
    let spans = events.iter().filter(|e| !(news && e.background)).filter_map(event_span);
    let (mut a, mut b) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in spans {
        a = a.min(s.x0);
        b = b.max(s.x1);
    }
    if !a.is_finite() {
        return None;
    }
    let margin = ((b - a) * 0.03).max(0.5);
    Some((a - margin, b + margin))
}

/// What a zoom preset shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresetLabel {
    /// Every dated event.
    All,
    /// A calendar year.
    Year(i32),
    /// The week (Monday to Sunday) starting on this day.
    Week(NaiveDate),
}

impl PresetLabel {
    /// The preset's name in the interface language: "All", "2024", "Week of 16 Sep 2024".
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match *self {
            PresetLabel::All => lang.t("All").to_string(),
            PresetLabel::Year(y) => y.to_string(),
            PresetLabel::Week(d) => lang.f("Week of {0}", &[&crate::i18n::dates::day(lang, d)]),
        }
    }
}

/// The zoom presets: all events; the year of the latest event; the week (Monday to Sunday)
/// of the most reported day-level event.
pub fn presets(events: &[Event]) -> Vec<(PresetLabel, f64, f64)> {
    let mut out = Vec::new();
    if let Some((a, b)) = fit(events) {
        out.push((PresetLabel::All, a, b));
    }
    if let Some(latest) = events.iter().filter_map(|e| e.when.map(|w| w.end)).max() {
        let y = latest.year();
        if let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y + 1, 1, 1)) {
            out.push((
                PresetLabel::Year(y),
                to_x(a.and_hms_opt(0, 0, 0).unwrap_or_default()),
                to_x(b.and_hms_opt(0, 0, 0).unwrap_or_default()),
            ));
        }
    }
    let key = events
        .iter()
        .filter(|e| e.when.is_some_and(|w| w.precision >= Precision::Day))
        .max_by_key(|e| (e.source_count(), e.mentions.len(), e.when.map(|w| w.start)));
    if let Some(w) = key.and_then(|e| e.when) {
        let d = w.first_day();
        let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
        let a = to_x(monday.and_hms_opt(0, 0, 0).unwrap_or_default());
        out.push((PresetLabel::Week(monday), a, a + 7.0));
    }
    // zoom to data: the year with the most events, when it is not the latest one
    let mut per_year: std::collections::BTreeMap<i32, usize> = std::collections::BTreeMap::new();
    for w in events.iter().filter_map(|e| e.when).filter(|w| w.precision >= Precision::Month) {
        *per_year.entry(w.first_day().year()).or_default() += 1;
    }
    let busiest = per_year.iter().max_by_key(|(y, n)| (**n, **y)).map(|(y, _)| *y);
    let latest = out.iter().find_map(|p| if let PresetLabel::Year(y) = p.0 { Some(y) } else { None });
    if let Some(y) = busiest.filter(|y| Some(*y) != latest) {
        if let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y + 1, 1, 1)) {
            out.push((
                PresetLabel::Year(y),
                to_x(a.and_hms_opt(0, 0, 0).unwrap_or_default()),
                to_x(b.and_hms_opt(0, 0, 0).unwrap_or_default()),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_busiest_year_is_a_preset_when_it_is_not_the_latest() {
        let mut x = crate::explore::synthetic::explorer(2000);
        let latest = presets(&x.events[..x.n_dated])
            .iter()
            .find_map(|p| if let PresetLabel::Year(y) = p.0 { Some(y) } else { None })
            .unwrap();
        // crowd 2016
        for e in x.events.iter_mut().take(600) {
            e.when = Some(When::day(NaiveDate::from_ymd_opt(2016, 5, 3).unwrap()));
        }
        let years: Vec<i32> = presets(&x.events)
            .iter()
            .filter_map(|p| if let PresetLabel::Year(y) = p.0 { Some(y) } else { None })
            .collect();
        assert!(years.contains(&2016) && years.contains(&latest), "{years:?}");
    }

    #[test]
    fn bands_and_markers() {
        let y = span_of(&When::year(2012).unwrap());
        assert!(y.band && (y.x1 - y.x0 - 366.0).abs() < 0.01);
        let d = span_of(&When::day(NaiveDate::from_ymd_opt(2024, 9, 17).unwrap()));
        assert!(!d.band && (from_x(d.x0).format("%Y-%m-%d %H:%M").to_string() == "2024-09-17 12:00"));
    }

    #[test]
    fn stacking_keeps_close_markers_apart() {
        let m = |x: f64| Span { x0: x, x1: x, band: false };
        let items = vec![
            (0, 0, m(10.0)),
            (1, 0, m(10.1)),
            (2, 0, m(20.0)),
            (3, 1, m(10.0)),
            (4, 0, Span { x0: 5.0, x1: 30.0, band: true }),
        ];
        let placed = place(&items, 1.0);
        let row = |e: usize| placed.iter().find(|p| p.event == e).unwrap().row;
        assert_ne!(row(0), row(1));
        assert_eq!(row(3), 0, "another lane starts again at row 0");
        assert_ne!(row(4), row(0));
        assert_ne!(row(4), row(2));
    }

    #[test]
    fn density_counts_per_lane_and_bin() {
        let m = |x: f64| Span { x0: x, x1: x, band: false };
        let d = density(&[(0, 0, m(1.0)), (1, 0, m(1.5)), (2, 1, m(9.0))], 2, 0.0, 10.0, 5);
        assert_eq!(d[0], vec![2, 0, 0, 0, 0]);
        assert_eq!(d[1], vec![0, 0, 0, 0, 1]);
    }
}
