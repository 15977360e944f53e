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
    /// The events, in date order (indices into [`Explorer::events`]).
    pub events: Vec<usize>,
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

/// The groups of events the map shows for the explorer's filters and visible range.
pub fn place_groups(x: &Explorer) -> Vec<PlaceGroup> {
    let (a, b) = x.view;
    let mut index: HashMap<GroupKey, usize> = HashMap::new();
    let mut groups: Vec<PlaceGroup> = Vec::new();
    let mut type_counts: Vec<[u32; 16]> = Vec::new();
    for &i in x.shown_dated() {
        let e = &x.events[i];
        let Some(w) = e.when else { continue };
        let s = span_of(&w);
        if s.x1 < a || s.x0 > b {
            continue;
        }
        let Some(loc) = x.locations.get(i).copied().flatten() else { continue };
        let reference = e.reference.is_some();
        let key = match (loc.place, reference) {
            (Some(p), false) => GroupKey::Place(p, false),
            _ => GroupKey::Point(loc.coords[0].to_bits(), loc.coords[1].to_bits()),
        };
        let g = *index.entry(key).or_insert_with(|| {
            groups.push(PlaceGroup { location: loc, events: Vec::new(), sources: 0, event_type: e.event_type, reference, latest: s.x0 });
            type_counts.push([0; 16]);
            groups.len() - 1
        });
        let group = &mut groups[g];
        group.events.push(i);
        group.sources += e.source_count().max(1);
        group.latest = group.latest.max(s.x0);
        type_counts[g][(e.event_type as usize).min(15)] += 1;
    }
    for (g, counts) in groups.iter_mut().zip(&type_counts) {
        let most = (0..16).max_by_key(|&t| (counts[t], std::cmp::Reverse(t))).unwrap_or(0);
        if let Some(e) = g.events.iter().map(|&i| x.events[i].event_type).find(|t| *t as usize == most) {
            g.event_type = e;
        }
    }
    groups
}

/// The group holding event `i`, if the map shows it.
pub fn group_of(groups: &[PlaceGroup], i: usize) -> Option<usize> {
    groups.iter().position(|g| g.events.contains(&i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::Command;
    use crate::geo::Precision;

    fn seeds() -> Explorer {
        let mut c = crate::corpus::load_paths(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")], &Default::default());
        let ex = crate::extract::extract(&mut c);
        Explorer::new(c, ex)
    }

    fn place_name(x: &Explorer, g: &PlaceGroup) -> String {
        let _ = x;
        g.location.place.map(|p| crate::geo::Geography::builtin().places.all[p as usize].name.clone()).unwrap_or_default()
    }

    #[test]
    fn the_map_follows_the_visible_range_and_the_filters() {
        let mut x = seeds();
        let all: usize = place_groups(&x).iter().map(|g| g.events.len()).sum();
        assert!(all > 10, "{all}");
        let names: Vec<String> = place_groups(&x).iter().map(|g| place_name(&x, g)).collect();
        assert!(names.iter().any(|n| n == "Bamako") && names.iter().any(|n| n == "Tin Zaouaten"), "{names:?}");
        // the week of the Bamako attack: fewer events, and every one of them within the week
        x.apply(Command::Preset(2));
        let week = place_groups(&x);
        let n: usize = week.iter().map(|g| g.events.len()).sum();
        assert!(n > 0 && n < all, "{n} of {all}");
        for g in &week {
            for &i in &g.events {
                let s = span_of(&x.events[i].when.unwrap());
                assert!(s.x1 >= x.view.0 && s.x0 <= x.view.1);
            }
        }
        // a type hidden leaves the map too
        x.apply(Command::FitAll);
        x.apply(Command::ToggleType(EventType::Attack));
        assert!(place_groups(&x).iter().flat_map(|g| &g.events).all(|&i| x.events[i].event_type != EventType::Attack));
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
