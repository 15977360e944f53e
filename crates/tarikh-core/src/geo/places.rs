//! Every place of the gazetteer with its kind, the place it belongs to and its coordinates:
//! towns and sites from `assets/geo/places.tsv`, countries from their outline.

use std::collections::HashMap;

use super::{Country, GeoRect};
use crate::lexicon::{EntityKind, Gazetteer};

/// What kind of place, from the most to the least precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub enum PlaceKind {
    /// A building or site (an embassy, a school, an airport).
    Site,
    /// A town, or a district of a city.
    Town,
    /// A region of a country or across countries.
    Region,
    /// A country.
    Country,
}

/// One place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Canonical name (the gazetteer's).
    pub name: String,
    /// Kind.
    pub kind: PlaceKind,
    /// The place it belongs to (canonical name), if any.
    pub parent: Option<String>,
    /// (longitude, latitude); `None` for a kind of site that is no one place (`Airport`).
    pub coords: Option<[f32; 2]>,
    /// A region's extent in km (0 for towns and sites; countries have their outline).
    pub radius_km: f32,
    /// The coordinates are known only roughly (within about 20 km).
    pub approximate: bool,
    /// The area the place covers: a point's own, a region's disc, a country's outline.
    pub bounds: GeoRect,
}

/// The places, by canonical name.
#[derive(Debug, Default)]
pub struct Places {
    /// Every place.
    pub all: Vec<Place>,
    by_name: HashMap<String, u32>,
}

/// Degrees of latitude per km.
const DEG_PER_KM: f32 = 1.0 / 111.2;

impl Places {
    /// Builds the places from the gazetteer (kind and parent), the coordinates file and the
    /// country outlines (a country's centre and extent).
    pub fn build(gazetteer: &Gazetteer, coords_tsv: &str, countries: &[Country]) -> Places {
        let rows: HashMap<&str, Vec<&str>> = coords_tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').collect::<Vec<&str>>())
            .filter(|r| r.len() >= 5)
            .map(|r| (r[0], r))
            .collect();
        let mut out = Places::default();
        for e in &gazetteer.entities {
            let kind = match e.kind {
                EntityKind::Country => PlaceKind::Country,
                EntityKind::Region => PlaceKind::Region,
                EntityKind::City | EntityKind::District => PlaceKind::Town,
                EntityKind::Facility => PlaceKind::Site,
                _ => continue,
            };
            let parent = e.parent.map(|p| gazetteer.get(p).name.clone());
            let place = if kind == PlaceKind::Country {
                let Some(c) = countries.iter().find(|c| c.name == e.name) else { continue };
                Place {
                    name: e.name.clone(),
                    kind,
                    parent,
                    coords: Some(c.centre),
                    radius_km: 0.0,
                    approximate: false,
                    bounds: c.bounds,
                }
            } else {
                let row = rows.get(e.name.as_str());
                let num = |k: usize| row.and_then(|r| r.get(k)).and_then(|v| v.trim().parse::<f32>().ok());
                let coords = num(2).zip(num(3)).map(|(lat, lon)| [lon, lat]);
                let radius_km = num(4).unwrap_or(0.0);
                let approximate = row.and_then(|r| r.get(5)).is_some_and(|v| v.trim() == "approx");
                let bounds = coords.map_or(GeoRect::from_corners([0.0, 0.0], [0.0, 0.0]), |[lon, lat]| {
                    let dy = radius_km * DEG_PER_KM;
                    let dx = dy / lat.to_radians().cos().max(0.1);
                    GeoRect::from_corners([lon - dx, lat - dy], [lon + dx, lat + dy])
                });
                Place { name: e.name.clone(), kind, parent, coords, radius_km, approximate, bounds }
            };
            out.by_name.insert(place.name.clone(), out.all.len() as u32);
            out.all.push(place);
        }
        out
    }

    /// The index of the place with this canonical name.
    pub fn index(&self, name: &str) -> Option<u32> {
        self.by_name.get(name).copied()
    }

    /// The place with this canonical name.
    pub fn get(&self, name: &str) -> Option<&Place> {
        self.index(name).map(|i| &self.all[i as usize])
    }
}

#[cfg(test)]
mod tests {
    use crate::geo::{Geography, PlaceKind};

    #[test]
    fn every_place_of_the_gazetteer_has_a_kind_and_coordinates_unless_it_is_a_kind_of_site() {
        let geo = Geography::builtin();
        let g = &crate::lexicon::Lexicon::builtin().gazetteer;
        for e in g.entities.iter().filter(|e| e.kind.is_place() || e.kind == crate::lexicon::EntityKind::Facility) {
            let p = geo.places.get(&e.name).unwrap_or_else(|| panic!("{} has no place", e.name));
            assert!(p.coords.is_some() || p.kind == PlaceKind::Site, "{} has no coordinates", e.name);
        }
        let kidal = geo.places.get("Kidal").unwrap();
        assert_eq!((kidal.kind, kidal.parent.as_deref()), (PlaceKind::Town, Some("Kidal Region")));
        assert_eq!(geo.places.get("Kidal Region").and_then(|r| r.parent.as_deref()), Some("Northern Mali"));
        let mali = geo.places.get("Mali").unwrap();
        assert_eq!(mali.kind, PlaceKind::Country);
        // a town of Mali lies inside Mali's outline; one of Niger does not
        let outline = geo.country("Mali").unwrap();
        for town in ["Bamako", "Kidal", "Gao", "Timbuktu", "Mopti", "Ségou", "Kayes", "Ménaka", "Tessalit", "Taoudeni"]
        {
            let [lon, lat] = geo.places.get(town).unwrap().coords.unwrap();
            assert!(outline.contains(lon, lat), "{town}");
        }
        let [lon, lat] = geo.places.get("Niamey").unwrap().coords.unwrap();
        assert!(!outline.contains(lon, lat));
        assert!(geo.places.get("Airport").unwrap().coords.is_none());
        assert!(geo.places.get("Central Mali").unwrap().radius_km > 0.0);
    }

    #[test]
    fn every_row_of_the_coordinates_names_a_place_of_the_gazetteer() {
        let g = &crate::lexicon::Lexicon::builtin().gazetteer;
        let tsv = include_str!("../../../../assets/geo/places.tsv");
        for name in tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or(""))
        {
            assert!(g.entities.iter().any(|e| e.name == name), "{name} has coordinates but no row in the gazetteer");
        }
    }
}
