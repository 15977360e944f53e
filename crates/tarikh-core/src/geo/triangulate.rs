//! Triangles that fill a country's rings (ear clipping), computed once in longitude and
//! latitude: a linear projection maps them to the screen, so the map fills concave outlines
//! each frame by transforming points only.

/// Triangles filling a simple polygon `ring`, as index triples into it. Rings that are not
/// simple (a self-touching coastline) still get triangles: when no ear is left the rest is
/// fanned, which may overfill a little but never leaves the country empty.
pub fn triangulate(ring: &[[f32; 2]]) -> Vec<[u32; 3]> {
    let n = ring.len();
    if n < 3 {
        return Vec::new();
    }
    let area: f32 = (0..n).map(|i| ring[i][0] * ring[(i + 1) % n][1] - ring[(i + 1) % n][0] * ring[i][1]).sum();
    // counter-clockwise order, so that an ear is a left turn
    let mut idx: Vec<u32> = if area >= 0.0 { (0..n as u32).collect() } else { (0..n as u32).rev().collect() };
    let p = |i: u32| ring[i as usize];
    let cross = |a: [f32; 2], b: [f32; 2], c: [f32; 2]| (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    // inside or on an edge (a reflex vertex on the would-be diagonal blocks the ear too); a
    // point repeating a corner does not
    let inside = |a: [f32; 2], b: [f32; 2], c: [f32; 2], q: [f32; 2]| {
        q != a && q != b && q != c && cross(a, b, q) >= 0.0 && cross(b, c, q) >= 0.0 && cross(c, a, q) >= 0.0
    };
    let mut out = Vec::with_capacity(n - 2);
    let mut k = 0;
    let mut misses = 0;
    while idx.len() > 3 {
        let m = idx.len();
        let (ia, ib, ic) = (idx[(k + m - 1) % m], idx[k % m], idx[(k + 1) % m]);
        let (a, b, c) = (p(ia), p(ib), p(ic));
        let convex = cross(a, b, c) > 0.0;
        let ear = convex && !idx.iter().any(|&j| j != ia && j != ib && j != ic && inside(a, b, c, p(j)));
        if ear {
            out.push([ia, ib, ic]);
            idx.remove(k % m);
            misses = 0;
        } else {
            k = (k + 1) % m;
            misses += 1;
            if misses > m {
                // no ear: fan what is left
                for w in 1..idx.len() - 1 {
                    out.push([idx[0], idx[w], idx[w + 1]]);
                }
                return out;
            }
        }
        if k >= idx.len() {
            k = 0;
        }
    }
    out.push([idx[0], idx[1], idx[2]]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(r: &[[f32; 2]], t: &[[u32; 3]]) -> f32 {
        t.iter()
            .map(|&[a, b, c]| {
                let (a, b, c) = (r[a as usize], r[b as usize], r[c as usize]);
                ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])).abs() / 2.0
            })
            .sum()
    }

    #[test]
    fn a_concave_ring_is_filled_exactly_in_either_orientation() {
        // an L shape: area 3
        let l = [[0.0, 0.0], [2.0, 0.0], [2.0, 1.0], [1.0, 1.0], [1.0, 2.0], [0.0, 2.0]];
        let t = triangulate(&l);
        assert_eq!(t.len(), 4);
        assert!((area(&l, &t) - 3.0).abs() < 1e-5);
        let rev: Vec<[f32; 2]> = l.iter().rev().copied().collect();
        assert!((area(&rev, &triangulate(&rev)) - 3.0).abs() < 1e-5);
    }

    #[test]
    fn mali_is_filled_with_its_own_area() {
        let countries = crate::geo::borders::parse(include_str!("../../../../assets/geo/borders.tsv"));
        let mali = countries.iter().find(|c| c.name == "Mali").unwrap();
        let r = &mali.rings[0];
        let t = triangulate(r);
        let n = r.len();
        let shoelace =
            (0..n).map(|i| r[i][0] * r[(i + 1) % n][1] - r[(i + 1) % n][0] * r[i][1]).sum::<f32>().abs() / 2.0;
        assert!((area(r, &t) - shoelace).abs() / shoelace < 0.01, "{} vs {shoelace}", area(r, &t));
    }
}
