//! The map drawn as SVG (for the briefing's HTML page, which must work offline): country
//! outlines and the event's place, marked as precisely as it is known.

use std::fmt::Write;

use super::{Geography, Location, MapView, Precision};

/// Escapes text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// An SVG map of `size` pixels around `loc` (Mali and its neighbours when it is `None`), with
/// the place's name `label` beside it.
pub fn map_svg(geo: &Geography, loc: Option<&Location>, label: &str, colour: &str, size: [f32; 2]) -> String {
    let view = MapView::around(loc.map(|l| &l.bounds), size);
    let visible = view.visible(size);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{a}"><rect width="{w}" height="{h}" fill="#dfe9f2"/>"##,
        w = size[0],
        h = size[1],
        a = esc(label)
    );
    for c in geo.countries.iter().filter(|c| c.bounds.overlaps(&visible)) {
        let fill = if c.name == "Mali" { "#f4efe1" } else { "#ebe7dc" };
        let highlight = loc.is_some_and(|l| {
            l.precision == Precision::Country && l.place.is_some_and(|p| geo.places.all[p as usize].name == c.name)
        });
        let (stroke, width) = if highlight { (colour, 3.0) } else { ("#8a8578", 0.8) };
        s.push_str("<path d=\"");
        for r in &c.rings {
            // points closer than a pixel and a half to the last one drawn add nothing at this
            // size: the page stays small
            let mut last: Option<[f32; 2]> = None;
            for p in r {
                let [x, y] = view.to_screen(p[0], p[1], size);
                if last.is_some_and(|[lx, ly]| (x - lx).abs() + (y - ly).abs() < 1.5) {
                    continue;
                }
                let _ = write!(s, "{}{:.0},{:.0}", if last.is_none() { "M" } else { "L" }, x, y);
                last = Some([x, y]);
            }
            s.push('Z');
        }
        let _ = write!(s, "\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"/>");
    }
    if let Some(l) = loc {
        let [x, y] = view.to_screen(l.coords[0], l.coords[1], size);
        match l.precision {
            Precision::Town => {
                let _ = write!(
                    s,
                    r##"<circle cx="{x:.1}" cy="{y:.1}" r="7" fill="{colour}" stroke="#222" stroke-width="1.5"/>"##
                );
            }
            Precision::Region => {
                let place = l.place.map(|p| &geo.places.all[p as usize]);
                let r = view.km_to_px(place.map_or(100.0, |p| p.radius_km));
                let _ = write!(
                    s,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{colour}" fill-opacity="0.25" stroke="{colour}" stroke-dasharray="4 3"/>"#
                );
            }
            Precision::Country => {}
        }
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-family="sans-serif" font-size="14" fill="#222">{}</text>"##,
            x + 10.0,
            y - 8.0,
            esc(label)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::GeoRect;

    #[test]
    fn the_svg_marks_a_town_with_a_point_and_a_country_with_its_outline_only() {
        let geo = Geography::builtin();
        let bamako = geo.places.get("Bamako").unwrap();
        let town = Location {
            place: geo.places.index("Bamako"),
            precision: Precision::Town,
            coords: bamako.coords.unwrap(),
            bounds: GeoRect::from_corners(bamako.coords.unwrap(), bamako.coords.unwrap()),
        };
        let svg = map_svg(geo, Some(&town), "Bamako", "#c0392b", [320.0, 240.0]);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<circle") && svg.contains(">Bamako</text>"));
        assert!(
            !svg.contains("http://") || svg.matches("http://").count() == 1,
            "only the SVG namespace, never a fetched resource"
        );
        let mali = geo.places.get("Mali").unwrap();
        let country = Location {
            place: geo.places.index("Mali"),
            precision: Precision::Country,
            coords: mali.coords.unwrap(),
            bounds: mali.bounds,
        };
        let svg = map_svg(geo, Some(&country), "Mali", "#c0392b", [320.0, 240.0]);
        assert!(!svg.contains("<circle"), "a country is drawn as its outline, not as a point");
        assert!(svg.contains("stroke=\"#c0392b\" stroke-width=\"3\""));
    }
}
