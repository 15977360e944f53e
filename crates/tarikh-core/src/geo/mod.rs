//! Geography for the map, as data compiled into the binary (never fetched): country borders
//! from Natural Earth (`assets/geo/borders.tsv`), where the gazetteer's places are
//! (`assets/geo/places.tsv`), how precisely an event is located, the map's projection,
//! clustering of marks, and the map drawn as SVG for the briefing page.

pub(crate) mod borders;
pub(crate) mod cluster;
pub(crate) mod location;
pub(crate) mod places;
pub(crate) mod projection;
pub(crate) mod svg;
pub(crate) mod triangulate;

use std::sync::OnceLock;

pub use borders::Country;
pub use cluster::{cluster, Mark};
pub use location::{locate, Location, Precision};
pub use places::{Place, PlaceKind, Places};
pub use projection::{GeoRect, MapView};

/// Borders and places together.
#[derive(Debug)]
pub struct Geography {
    /// Country outlines.
    pub countries: Vec<Country>,
    /// Every place of the gazetteer with its coordinates.
    pub places: Places,
}

impl Geography {
    /// The geography built from the files bundled in `assets/geo/` and the gazetteer.
    pub fn builtin() -> &'static Geography {
        static GEO: OnceLock<Geography> = OnceLock::new();
        GEO.get_or_init(|| {
            let countries = borders::parse(include_str!("../../../../assets/geo/borders.tsv"));
            let places = Places::build(
                &crate::lexicon::Lexicon::builtin().gazetteer,
                include_str!("../../../../assets/geo/places.tsv"),
                &countries,
            );
            Geography { countries, places }
        })
    }

    /// The outline of the country with this canonical name.
    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.name == name)
    }
}
