//! Country outlines read from `assets/geo/borders.tsv` (built from Natural Earth by
//! `assets/geo/build_borders.py`).

use super::GeoRect;

/// One country's outline.
#[derive(Debug, Clone)]
pub struct Country {
    /// Name (the gazetteer's canonical name where it has the country).
    pub name: String,
    /// True for the finer 1:50m outline (Mali and its neighbours).
    pub detailed: bool,
    /// Rings of (longitude, latitude) points; islands and exclaves are rings of their own.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Bounding box of every ring.
    pub bounds: GeoRect,
    /// Centre of the largest ring (its centroid), as (longitude, latitude).
    pub centre: [f32; 2],
    /// Triangles filling each ring (index triples into it).
    pub triangles: Vec<Vec<[u32; 3]>>,
}

/// Parses the borders file; lines that cannot be read are skipped.
pub fn parse(text: &str) -> Vec<Country> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        let (Some(name), Some(detail), Some(rings)) = (cols.next(), cols.next(), cols.next()) else { continue };
        let rings: Vec<Vec<[f32; 2]>> = rings
            .split(';')
            .map(|r| {
                r.split(' ')
                    .filter_map(|p| p.split_once(',').and_then(|(x, y)| Some([x.parse().ok()?, y.parse().ok()?])))
                    .collect::<Vec<[f32; 2]>>()
            })
            .filter(|r| r.len() >= 3)
            .collect();
        if rings.is_empty() {
            continue;
        }
        let bounds = GeoRect::around(rings.iter().flatten().copied());
        let largest = rings.iter().max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs())).expect("a ring");
        let triangles = rings.iter().map(|r| super::triangulate::triangulate(r)).collect();
        out.push(Country {
            name: name.to_string(),
            detailed: detail == "50m",
            centre: centroid(largest),
            rings,
            bounds,
            triangles,
        });
    }
    out
}

/// Signed area of a ring in square degrees (shoelace).
fn ring_area(r: &[[f32; 2]]) -> f32 {
    let n = r.len();
    (0..n).map(|i| r[i][0] * r[(i + 1) % n][1] - r[(i + 1) % n][0] * r[i][1]).sum::<f32>() / 2.0
}

/// Centroid of a ring (its area's centre of mass).
fn centroid(r: &[[f32; 2]]) -> [f32; 2] {
    let a = ring_area(r);
    if a.abs() < 1e-9 {
        let n = r.len() as f32;
        return [r.iter().map(|p| p[0]).sum::<f32>() / n, r.iter().map(|p| p[1]).sum::<f32>() / n];
    }
    let n = r.len();
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..n {
        let (p, q) = (r[i], r[(i + 1) % n]);
        let cross = p[0] * q[1] - q[0] * p[1];
        cx += (p[0] + q[0]) * cross;
        cy += (p[1] + q[1]) * cross;
    }
    [cx / (6.0 * a), cy / (6.0 * a)]
}

/// True when (`lon`, `lat`) lies inside the ring (even-odd rule).
pub fn ring_contains(r: &[[f32; 2]], lon: f32, lat: f32) -> bool {
    let mut inside = false;
    let n = r.len();
    let mut j = n - 1;
    for i in 0..n {
        let (a, b) = (r[i], r[j]);
        if (a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0] {
            inside = !inside;
        }
        j = i;
    }
    inside
}

impl Country {
    /// True when (`lon`, `lat`) lies inside one of the country's rings.
    pub fn contains(&self, lon: f32, lat: f32) -> bool {
        self.bounds.contains(lon, lat) && self.rings.iter().any(|r| ring_contains(r, lon, lat))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_borders_hold_mali_and_its_neighbours_at_the_finer_scale() {
        let countries = parse(include_str!("../../../../assets/geo/borders.tsv"));
        let mali = countries.iter().find(|c| c.name == "Mali").expect("Mali");
        assert!(mali.detailed);
        // Bamako, Kidal and Timbuktu are in Mali; Niamey and Ouagadougou are not
        for (lon, lat) in [(-8.0, 12.64), (1.41, 18.44), (-3.01, 16.77)] {
            assert!(mali.contains(lon, lat), "{lon},{lat}");
        }
        assert!(!mali.contains(2.11, 13.51) && !mali.contains(-1.52, 12.37));
        let niger = countries.iter().find(|c| c.name == "Niger").unwrap();
        assert!(niger.contains(2.11, 13.51));
        // the centre of Mali is inside it, in the north-centre of the country
        assert!(mali.contains(mali.centre[0], mali.centre[1]));
        assert!(countries.iter().any(|c| c.name == "France" && !c.detailed));
        // every ring is filled with about its own area (a fan fallback would overfill)
        for c in &countries {
            for (r, t) in c.rings.iter().zip(&c.triangles) {
                let filled: f32 =
                    t.iter().map(|&[a, b, d]| ring_area(&[r[a as usize], r[b as usize], r[d as usize]]).abs()).sum();
                let area = ring_area(r).abs();
                assert!((filled - area).abs() <= 0.02 * area + 0.01, "{}: {filled} vs {area}", c.name);
            }
        }
    }
}
