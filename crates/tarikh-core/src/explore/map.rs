//! What the map shows: the events that pass the filters and fall in the timeline's visible
//! range, gathered by place (events at one place share one mark), so that drawing and
//! clustering work on places, not on every event.

use std::collections::HashMap;

use super::timeline::span_of;
use super::Explorer;
use crate::geo::Location;
use crate::model::EventType;

/// The events of one place (or one reference record's coordinates) in view.
#[derive(Debug, Clone)]
pub struct PlaceGroup {
    /// Where, and how precisely.
    pub location: Location,
    /// Its slot in the [`MapIndex`] it came from ([`MapIndex::events_in`] lists its events).
    pub slot: u32,
    /// Number of its events in the range.
    pub count: usize,
    /// Distinct sources over the events (reference records count one each).
    pub sources: usize,
    /// The type most of its events have (the mark's colour).
    pub event_type: EventType,
    /// True for records of the reference layer (ACLED), drawn in their own style.
    pub reference: bool,
    /// Start of its latest event (days since 1970): the time-lapse brightens recent places.
    pub latest: f64,
}

/// Key of a group: the place, or a reference record's coordinates, and the layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum GroupKey {
    Place(u32, bool),
    Point(u32, u32),
}

/// What the map needs of each shown, dated, located event, gathered once per change of the
/// events or the filters; [`MapIndex::groups`] then only scans it for the visible range.
#[derive(Debug, Clone, Default)]
pub struct MapIndex {
    /// (start, end, slot, sources, event index) of each such event, in date order.
    items: Vec<(f64, f64, u32, u32, u32)>,
    /// Each item's event type (read here rather than from the events: a scan of 100,000 items
    /// then touches no event).
    types: Vec<u8>,
    /// Each slot's location and layer (a place, or a reference record's point).
    slots: Vec<(Location, bool)>,
}

impl MapIndex {
    /// The index of the explorer's shown events.
    pub fn build(x: &Explorer) -> MapIndex {
        let mut slot_of: HashMap<GroupKey, u32> = HashMap::new();
        let mut idx = MapIndex::default();
        for &i in x.shown_dated() {
            let e = &x.events[i];
            let (Some(w), Some(loc)) = (e.when, x.locations.get(i).copied().flatten()) else { continue };
            let s = span_of(&w);
            let reference = e.reference.is_some();
            let key = match (loc.place, reference) {
                (Some(p), false) => GroupKey::Place(p, false),
                _ => GroupKey::Point(loc.coords[0].to_bits(), loc.coords[1].to_bits()),
            };
            let slot = *slot_of.entry(key).or_insert_with(|| {
                idx.slots.push((loc, reference));
                idx.slots.len() as u32 - 1
            });
            idx.items.push((s.x0, s.x1, slot, e.source_count().max(1) as u32, i as u32));
            idx.types.push(e.event_type as u8);
        }
        idx
    }

    /// The groups of events in the range `(a, b)` (days since 1970).
    pub fn groups(&self, x: &Explorer, (a, b): (f64, f64)) -> Vec<PlaceGroup> {
        let mut at: Vec<u32> = vec![u32::MAX; self.slots.len()];
        let mut groups: Vec<PlaceGroup> = Vec::new();
        let mut type_counts: Vec<[u32; 16]> = Vec::new();
        for (&(x0, x1, slot, sources, i), &ty) in self.items.iter().zip(&self.types) {
            if x1 < a || x0 > b {
                continue;
            }
            let g = &mut at[slot as usize];
            if *g == u32::MAX {
                let (location, reference) = self.slots[slot as usize];
                groups.push(PlaceGroup {
                    location,
                    slot,
                    count: 0,
                    sources: 0,
                    event_type: x.events[i as usize].event_type,
                    reference,
                    latest: x0,
                });
                type_counts.push([0; 16]);
                *g = groups.len() as u32 - 1;
            }
            let group = &mut groups[*g as usize];
            group.count += 1;
            group.sources += sources as usize;
            group.latest = group.latest.max(x0);
            type_counts[*g as usize][(ty as usize).min(15)] += 1;
        }
        for (g, counts) in groups.iter_mut().zip(&type_counts) {
            let most = (0..16).max_by_key(|&t| (counts[t], std::cmp::Reverse(t))).unwrap_or(0);
            if let Some(t) = crate::model::EventType::ALL.iter().copied().find(|t| *t as usize == most) {
                g.event_type = t;
            }
        }
        groups
    }

    /// The events of the slots `slots` in the range, in date order.
    pub fn events_in(&self, slots: &[u32], (a, b): (f64, f64)) -> Vec<usize> {
        self.items.iter().filter(|it| it.1 >= a && it.0 <= b && slots.contains(&it.2)).map(|it| it.4 as usize).collect()
    }

    /// Number of events indexed.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when no event is indexed.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The slot of event `i`, when it is on the map.
    pub fn slot_of(&self, i: usize) -> Option<u32> {
        self.items.iter().find(|it| it.4 as usize == i).map(|it| it.2)
    }
}

/// The groups of events the map shows for the explorer's filters and visible range, each with
/// its events (for tests: the app reads a [`MapIndex`] it keeps).
#[cfg(test)]
pub fn place_groups(x: &Explorer) -> Vec<(PlaceGroup, Vec<usize>)> {
    let idx = MapIndex::build(x);
    idx.groups(x, x.view)
        .into_iter()
        .map(|g| {
            let events = idx.events_in(&[g.slot], x.view);
            (g, events)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::Command;
    use crate::geo::Precision;

    fn seeds() -> Explorer {
        let mut c = crate::corpus::load_paths(
            &[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")],
            &Default::default(),
        );
        // the seeds as the trainers use them: the dates other articles suggest accepted
        let ex = crate::extract::extract_accepting_suggestions(&mut c);
        Explorer::new(c, ex)
    }

    fn place_name(x: &Explorer, g: &PlaceGroup) -> String {
        let _ = x;
        g.location
            .place
            .map(|p| crate::geo::Geography::builtin().places.all[p as usize].name.clone())
            .unwrap_or_default()
    }

    #[test]
    fn the_map_follows_the_visible_range_and_the_filters() {
        let mut x = seeds();
        let all: usize = place_groups(&x).iter().map(|g| g.1.len()).sum();
        assert!(all > 10, "{all}");
        let names: Vec<String> = place_groups(&x).iter().map(|g| place_name(&x, &g.0)).collect();
        assert!(names.iter().any(|n| n == "Bamako") && names.iter().any(|n| n == "Tin Zaouaten"), "{names:?}");
        // the week of the Bamako attack: fewer events, and every one of them within the week
        x.apply(Command::Preset(2));
        let week = place_groups(&x);
        let n: usize = week.iter().map(|g| g.1.len()).sum();
        assert!(n > 0 && n < all, "{n} of {all}");
        for (g, events) in &week {
            assert_eq!(g.count, events.len());
            for &i in events {
                let s = span_of(&x.events[i].when.unwrap());
                assert!(s.x1 >= x.view.0 && s.x0 <= x.view.1);
            }
        }
        // a type hidden leaves the map too
        x.apply(Command::FitAll);
        x.apply(Command::ToggleType(EventType::Attack));
        assert!(place_groups(&x).iter().flat_map(|g| &g.1).all(|&i| x.events[i].event_type != EventType::Attack));
    }

    #[test]
    fn an_area_keeps_only_the_events_certainly_inside_it_and_a_place_click_selects_its_events() {
        let mut x = seeds();
        let north = crate::geo::GeoRect::from_corners([-6.0, 15.5], [5.0, 25.0]);
        x.apply(Command::FilterArea(Some(north)));
        assert!(!x.shown.is_empty());
        for &i in &x.shown {
            let l = x.locations[i].unwrap();
            assert!(l.within(&north) && l.precision != Precision::Country, "{}", x.events[i].title);
        }
        x.apply(Command::FilterArea(None));
        x.apply(Command::SelectPlace("Bamako".into()));
        assert!(!x.shown.is_empty() && x.shown.iter().all(|&i| x.events[i].places.iter().any(|p| p == "Bamako")));
        assert!(x.selected.is_some_and(|s| x.shown.contains(&s)));
        let mut x = crate::explore::synthetic::explorer(2_000);
        x.apply(Command::SelectPlace("Kidal".into()));
        assert!(!x.shown.is_empty() && x.shown.iter().all(|&i| x.events[i].places.iter().any(|p| p == "Kidal")));
        assert!(x.selected.is_some_and(|s| x.shown.contains(&s)));
    }
}
