//! The map's projection and view: equirectangular with its standard parallel at 15°N (the
//! Sahel), so that distances across Mali look right; the view is a centre and a scale that
//! panning and zooming change.

/// Cosine of the standard parallel (15°N): longitude degrees are this much shorter than
/// latitude degrees on the map.
const LON_SCALE: f32 = 0.965_926;

/// A rectangle of longitude and latitude.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GeoRect {
    /// Western edge (degrees east).
    pub min_lon: f32,
    /// Southern edge (degrees north).
    pub min_lat: f32,
    /// Eastern edge.
    pub max_lon: f32,
    /// Northern edge.
    pub max_lat: f32,
}

impl GeoRect {
    /// The rectangle with corners `a` and `b` (each (longitude, latitude), in any order).
    pub fn from_corners(a: [f32; 2], b: [f32; 2]) -> GeoRect {
        GeoRect { min_lon: a[0].min(b[0]), min_lat: a[1].min(b[1]), max_lon: a[0].max(b[0]), max_lat: a[1].max(b[1]) }
    }
    /// The smallest rectangle around these (longitude, latitude) points.
    pub fn around(points: impl Iterator<Item = [f32; 2]>) -> GeoRect {
        let mut r = GeoRect { min_lon: f32::MAX, min_lat: f32::MAX, max_lon: f32::MIN, max_lat: f32::MIN };
        for [x, y] in points {
            r.min_lon = r.min_lon.min(x);
            r.max_lon = r.max_lon.max(x);
            r.min_lat = r.min_lat.min(y);
            r.max_lat = r.max_lat.max(y);
        }
        r
    }
    /// True when the point lies inside (edges included).
    pub fn contains(&self, lon: f32, lat: f32) -> bool {
        (self.min_lon..=self.max_lon).contains(&lon) && (self.min_lat..=self.max_lat).contains(&lat)
    }
    /// True when `other` lies wholly inside this rectangle.
    pub fn encloses(&self, other: &GeoRect) -> bool {
        self.contains(other.min_lon, other.min_lat) && self.contains(other.max_lon, other.max_lat)
    }
    /// The share of `other`'s area that lies inside this rectangle (1 for a point inside).
    pub fn share_of(&self, other: &GeoRect) -> f32 {
        let w = (self.max_lon.min(other.max_lon) - self.min_lon.max(other.min_lon)).max(0.0);
        let h = (self.max_lat.min(other.max_lat) - self.min_lat.max(other.min_lat)).max(0.0);
        let area = (other.max_lon - other.min_lon) * (other.max_lat - other.min_lat);
        if area <= 0.0 {
            return if self.contains(other.min_lon, other.min_lat) { 1.0 } else { 0.0 };
        }
        w * h / area
    }
    /// True when the two rectangles overlap.
    pub fn overlaps(&self, other: &GeoRect) -> bool {
        self.min_lon <= other.max_lon
            && other.min_lon <= self.max_lon
            && self.min_lat <= other.max_lat
            && other.min_lat <= self.max_lat
    }
}

/// What part of the world the map shows: its centre and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    /// Longitude at the centre of the map.
    pub lon: f32,
    /// Latitude at the centre.
    pub lat: f32,
    /// Pixels per degree of latitude.
    pub px_per_deg: f32,
}

impl Default for MapView {
    /// Mali and its neighbours.
    fn default() -> Self {
        MapView { lon: -2.0, lat: 16.0, px_per_deg: 30.0 }
    }
}

impl MapView {
    /// The view that shows `r` in a frame of `size` (width, height) pixels, with a margin.
    pub fn fit(r: &GeoRect, size: [f32; 2]) -> MapView {
        let w = ((r.max_lon - r.min_lon) * LON_SCALE).max(0.1);
        let h = (r.max_lat - r.min_lat).max(0.1);
        let px = (size[0] / w).min(size[1] / h) * 0.9;
        MapView {
            lon: (r.min_lon + r.max_lon) / 2.0,
            lat: (r.min_lat + r.max_lat) / 2.0,
            px_per_deg: px.clamp(1.0, 20_000.0),
        }
    }
    /// Mali and its neighbours in a frame of `size` pixels (the map's home view).
    pub fn mali(size: [f32; 2]) -> MapView {
        MapView::fit(&GeoRect::from_corners([-13.0, 9.5], [5.0, 25.5]), size)
    }
    /// The home view, or when `area` does not fit in it, a view of `area` (zoomed in no closer
    /// than a region): a small map of one event's place.
    pub fn around(area: Option<&GeoRect>, size: [f32; 2]) -> MapView {
        let home = MapView::mali(size);
        match area {
            Some(a) if !home.visible(size).encloses(a) => {
                let mut v = MapView::fit(a, size);
                v.px_per_deg = v.px_per_deg.min(60.0);
                v
            }
            _ => home,
        }
    }
    /// Where (`lon`, `lat`) falls in a frame of `size` pixels (from its top-left corner).
    #[inline]
    pub fn to_screen(&self, lon: f32, lat: f32, size: [f32; 2]) -> [f32; 2] {
        [
            size[0] / 2.0 + (lon - self.lon) * LON_SCALE * self.px_per_deg,
            size[1] / 2.0 - (lat - self.lat) * self.px_per_deg,
        ]
    }
    /// The (longitude, latitude) at a point of the frame.
    pub fn to_geo(&self, p: [f32; 2], size: [f32; 2]) -> [f32; 2] {
        [
            self.lon + (p[0] - size[0] / 2.0) / (LON_SCALE * self.px_per_deg),
            self.lat - (p[1] - size[1] / 2.0) / self.px_per_deg,
        ]
    }
    /// Pixels for a distance in km.
    pub fn km_to_px(&self, km: f32) -> f32 {
        km / 111.2 * self.px_per_deg
    }
    /// The part of the world the frame shows.
    pub fn visible(&self, size: [f32; 2]) -> GeoRect {
        GeoRect::from_corners(self.to_geo([0.0, 0.0], size), self.to_geo(size, size))
    }
    /// Moved by a drag of (`dx`, `dy`) pixels.
    pub fn panned(&self, dx: f32, dy: f32) -> MapView {
        MapView {
            lon: self.lon - dx / (LON_SCALE * self.px_per_deg),
            lat: (self.lat + dy / self.px_per_deg).clamp(-85.0, 85.0),
            ..*self
        }
    }
    /// Zoomed by `factor` (> 1 zooms in) keeping the point under `at` (pixels) where it is.
    pub fn zoomed(&self, factor: f32, at: [f32; 2], size: [f32; 2]) -> MapView {
        let geo = self.to_geo(at, size);
        let px = (self.px_per_deg * factor).clamp(2.0, 20_000.0);
        let v = MapView { px_per_deg: px, ..*self };
        let moved = v.to_screen(geo[0], geo[1], size);
        // drag the map back so that the point returns under the pointer
        v.panned(at[0] - moved[0], at[1] - moved[1])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screen_and_geo_round_trip_and_zoom_keeps_the_point_under_the_pointer() {
        let v = MapView::default();
        let size = [800.0, 600.0];
        let p = v.to_screen(1.41, 18.44, size);
        let g = v.to_geo(p, size);
        assert!((g[0] - 1.41).abs() < 1e-3 && (g[1] - 18.44).abs() < 1e-3);
        // north is up, east is right
        let bamako = v.to_screen(-8.0, 12.64, size);
        assert!(p[1] < bamako[1] && p[0] > bamako[0]);
        let z = v.zoomed(3.0, p, size);
        let q = z.to_screen(1.41, 18.44, size);
        assert!((q[0] - p[0]).abs() < 0.05 && (q[1] - p[1]).abs() < 0.05, "{p:?} {q:?}");
        let r = GeoRect::from_corners([-5.0, 15.0], [5.0, 25.0]);
        let f = MapView::fit(&r, size);
        assert!(f.visible(size).encloses(&r));
        assert!(
            r.encloses(&GeoRect::from_corners([0.0, 16.0], [1.0, 17.0]))
                && !r.encloses(&GeoRect::from_corners([0.0, 12.0], [1.0, 17.0]))
        );
    }
}
