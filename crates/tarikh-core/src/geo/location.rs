//! Where an event happened, and how precisely: a site or town is a point, a region an area, a
//! country only its outline (the precision codes of ACLED), so that the map never draws an
//! event more precisely than its sources place it.

use super::{GeoRect, Geography, PlaceKind};
use crate::model::Event;

/// How precisely an event is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum Precision {
    /// At a site or in a town (ACLED precision 1): a point.
    Town,
    /// Somewhere in a region (ACLED 2–3): the region's area.
    Region,
    /// Only the country is known: its outline.
    Country,
}

/// An event's place on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Location {
    /// The place (index into [`super::Places::all`]); `None` for a reference record placed by
    /// its own coordinates.
    pub place: Option<u32>,
    /// How precisely.
    pub precision: Precision,
    /// (longitude, latitude) of the point, or of the area's centre.
    pub coords: [f32; 2],
    /// The area the event may lie anywhere in (a point's own for a town).
    pub bounds: GeoRect,
}

impl Location {
    /// True when the event lies inside `r`: its point, or most of its area (an event known
    /// only as "in Mali" is not in a rectangle drawn around the north, one "in northern Mali"
    /// is).
    pub fn within(&self, r: &GeoRect) -> bool {
        match self.precision {
            Precision::Town => r.contains(self.coords[0], self.coords[1]),
            _ => r.share_of(&self.bounds) >= 0.5,
        }
    }
}

/// Where `e` happened: a reference record at its coordinates; otherwise the most precise of its
/// places and facilities that has coordinates (a named site, then a town, a region, a country).
/// `None` when the event names no place the map knows.
pub fn locate(e: &Event, geo: &Geography) -> Option<Location> {
    if let Some((lat, lon)) = e.reference.as_ref().and_then(|r| r.coordinates) {
        let (lon, lat) = (lon as f32, lat as f32);
        let place = e.places.first().and_then(|p| geo.places.index(p));
        return Some(Location { place, precision: Precision::Town, coords: [lon, lat], bounds: GeoRect::from_corners([lon, lat], [lon, lat]) });
    }
    let best = e
        .targets
        .iter()
        .chain(&e.places)
        .filter_map(|n| geo.places.index(n))
        .filter(|&i| geo.places.all[i as usize].coords.is_some())
        .enumerate()
        // most precise kind first, then the order the event lists them in
        .min_by_key(|&(k, i)| (geo.places.all[i as usize].kind, k))?
        .1;
    let p = &geo.places.all[best as usize];
    let precision = match p.kind {
        PlaceKind::Site | PlaceKind::Town => Precision::Town,
        PlaceKind::Region => Precision::Region,
        PlaceKind::Country => Precision::Country,
    };
    let coords = p.coords?;
    let bounds = if precision == Precision::Town { GeoRect::from_corners(coords, coords) } else { p.bounds };
    Some(Location { place: Some(best), precision, coords, bounds })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, EventType};

    fn event(places: &[&str], targets: &[&str]) -> Event {
        Event {
            id: "ev".into(),
            event_type: EventType::Attack,
            title: "t".into(),
            when: None,
            actors: vec![],
            places: places.iter().map(|s| s.to_string()).collect(),
            targets: targets.iter().map(|s| s.to_string()).collect(),
            mentions: vec![],
            reference: None,
        }
    }

    #[test]
    fn the_most_precise_place_wins_and_a_country_stays_a_country() {
        let geo = Geography::builtin();
        let l = locate(&event(&["Mali", "Kidal"], &[]), geo).unwrap();
        assert_eq!((l.precision, geo.places.all[l.place.unwrap() as usize].name.as_str()), (Precision::Town, "Kidal"));
        let l = locate(&event(&["Mali", "Central Mali"], &["Airport"]), geo).unwrap();
        assert_eq!(l.precision, Precision::Region);
        let l = locate(&event(&["Mali"], &[]), geo).unwrap();
        assert_eq!(l.precision, Precision::Country);
        assert!(l.bounds.max_lat - l.bounds.min_lat > 10.0, "Mali's outline, not a point");
        let north = GeoRect::from_corners([-6.0, 15.5], [5.0, 25.0]);
        // Kidal is in the north; Mali as a whole is not
        assert!(locate(&event(&["Kidal"], &[]), geo).unwrap().within(&north));
        assert!(!l.within(&north));
        assert!(locate(&event(&["Northern Mali"], &[]), geo).unwrap().within(&north));
        let site = locate(&event(&["Bamako"], &["US Embassy"]), geo).unwrap();
        assert_eq!(geo.places.all[site.place.unwrap() as usize].name, "US Embassy");
        assert!(locate(&event(&[], &["Airport"]), geo).is_none());
    }
}
