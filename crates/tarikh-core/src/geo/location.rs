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

/// Kilometres within which a site counts as in a town.
const TOWN_KM: f32 = 15.0;

/// Great-circle distance in km (spherical Earth).
fn km_between(a: [f32; 2], b: [f32; 2]) -> f32 {
    let (la1, la2) = (a[1].to_radians(), b[1].to_radians());
    let dlat = la2 - la1;
    let dlon = (b[0] - a[0]).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// True when place `inner` lies within place `outer`: the gazetteer says so (its parents), or
/// its point is inside the outer place (a country's outline, a region's extent; for a site, a
/// town's 15 km).
fn lies_within(geo: &Geography, inner: u32, outer: u32) -> bool {
    let all = &geo.places.all;
    let mut p = all[inner as usize].parent.as_deref();
    let outer_name = all[outer as usize].name.as_str();
    for _ in 0..8 {
        match p {
            Some(n) if n == outer_name => return true,
            Some(n) => p = geo.places.get(n).and_then(|q| q.parent.as_deref()),
            None => break,
        }
    }
    let (Some(pt), Some(centre)) = (all[inner as usize].coords, all[outer as usize].coords) else { return false };
    match all[outer as usize].kind {
        PlaceKind::Country => geo.country(outer_name).is_some_and(|c| c.contains(pt[0], pt[1])),
        PlaceKind::Region => km_between(pt, centre) <= all[outer as usize].radius_km,
        // a site near a town is in it; one district is never in another
        PlaceKind::Town | PlaceKind::Site => {
            all[inner as usize].kind == PlaceKind::Site && km_between(pt, centre) <= TOWN_KM
        }
    }
}

/// Where `e` happened: a reference record at its coordinates; otherwise the place its title
/// names (its first place), made more precise by a site or town named with it that lies within
/// it (`Fighting in Northern Mali` that also names Tin Zaouaten is at Tin Zaouaten; one that
/// also names Bamako stays in the north). An event whose first place has no coordinates takes
/// the most precise of its places. `None` when it names no place the map knows.
pub fn locate(e: &Event, geo: &Geography) -> Option<Location> {
    if let Some((lat, lon)) = e.reference.as_ref().and_then(|r| r.coordinates) {
        let (lon, lat) = (lon as f32, lat as f32);
        let place = e.places.first().and_then(|p| geo.places.index(p));
        return Some(Location {
            place,
            precision: Precision::Town,
            coords: [lon, lat],
            bounds: GeoRect::from_corners([lon, lat], [lon, lat]),
        });
    }
    let known = |n: &String| geo.places.index(n).filter(|&i| geo.places.all[i as usize].coords.is_some());
    let candidates: Vec<u32> = e.targets.iter().chain(&e.places).filter_map(known).collect();
    let anchor = e.places.first().and_then(known);
    let kind = |i: u32| geo.places.all[i as usize].kind;
    let best = match anchor {
        // a place within the anchor rather than the anchor itself (a town of the region), when
        // the places within it nest (two districts of a city named: the city)
        Some(a) => {
            let inner: Vec<u32> = candidates
                .iter()
                .copied()
                .filter(|&c| c != a && kind(c) <= kind(a) && lies_within(geo, c, a))
                .collect();
            match inner.iter().copied().enumerate().min_by_key(|&(k, c)| (kind(c), k)) {
                Some((_, b)) if inner.iter().all(|&c| c == b || lies_within(geo, b, c)) => b,
                _ => a,
            }
        }
        None => candidates.iter().copied().enumerate().min_by_key(|&(k, c)| (kind(c), k))?.1,
    };
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
            background: false,
            headline: None,
        }
    }

    #[test]
    fn the_most_precise_place_wins_and_a_country_stays_a_country() {
        let geo = Geography::builtin();
        let name = |l: Location| geo.places.all[l.place.unwrap() as usize].name.clone();
        let l = locate(&event(&["Mali", "Kidal"], &[]), geo).unwrap();
        assert_eq!((l.precision, name(l).as_str()), (Precision::Town, "Kidal"));
        // a town outside the title's place does not make it more precise; one inside does
        assert_eq!(name(locate(&event(&["Northern Mali", "Bamako"], &[]), geo).unwrap()), "Northern Mali");
        assert_eq!(
            name(locate(&event(&["Northern Mali", "Algeria", "Tin Zaouaten"], &[]), geo).unwrap()),
            "Tin Zaouaten"
        );
        assert_eq!(name(locate(&event(&["Bamako", "Banankabougou"], &[]), geo).unwrap()), "Banankabougou");
        // two districts: somewhere in the city
        assert_eq!(name(locate(&event(&["Bamako", "Banankabougou", "Faladié"], &[]), geo).unwrap()), "Bamako");
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
