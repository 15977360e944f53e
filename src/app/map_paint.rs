//! Drawing the map: countries filled from their triangles, a region's area as a shaded disc,
//! a country known only as a country as its outline, towns and sites as points sized by their
//! sources, counted clusters, and place names (in the interface's language, Arabic through the
//! bidi module).

use egui::{pos2, vec2, Color32, FontId, Mesh, Painter, Pos2, Rect, Shape, Stroke};

use super::palette;
use crate::bidi::text::visual_string;
use crate::geo::{Geography, Location, MapView, Precision};
use crate::i18n::Lang;

/// Colours of the map's ground.
pub struct Ground {
    /// Sea and outside the data.
    pub water: Color32,
    /// Countries.
    pub land: Color32,
    /// Mali.
    pub mali: Color32,
    /// Borders.
    pub border: Color32,
    /// Place names.
    pub text: Color32,
}

impl Ground {
    /// The ground for a dark or light theme.
    pub fn new(dark: bool) -> Ground {
        if dark {
            Ground {
                water: Color32::from_rgb(0x1B, 0x26, 0x33),
                land: Color32::from_rgb(0x2E, 0x2F, 0x2C),
                mali: Color32::from_rgb(0x3A, 0x38, 0x30),
                border: Color32::from_rgb(0x70, 0x6C, 0x60),
                text: Color32::from_rgb(0xE8, 0xE4, 0xD8),
            }
        } else {
            Ground {
                water: Color32::from_rgb(0xDF, 0xE9, 0xF2),
                land: Color32::from_rgb(0xEB, 0xE7, 0xDC),
                mali: Color32::from_rgb(0xF6, 0xF0, 0xDF),
                border: Color32::from_rgb(0x8A, 0x85, 0x78),
                text: Color32::from_rgb(0x22, 0x22, 0x22),
            }
        }
    }
}

/// A point of the map on screen.
#[inline]
pub fn screen(view: &MapView, rect: Rect, lon: f32, lat: f32) -> Pos2 {
    let [x, y] = view.to_screen(lon, lat, [rect.width(), rect.height()]);
    pos2(rect.left() + x, rect.top() + y)
}

/// Fills and outlines every country the frame shows.
pub fn paint_countries(painter: &Painter, geo: &Geography, view: &MapView, rect: Rect, ground: &Ground) {
    painter.rect_filled(rect, 0.0, ground.water);
    let visible = view.visible([rect.width(), rect.height()]);
    let mut mesh = Mesh::default();
    let mut outlines = Vec::new();
    for c in geo.countries.iter().filter(|c| c.bounds.overlaps(&visible)) {
        let fill = if c.name == "Mali" { ground.mali } else { ground.land };
        for (ring, tris) in c.rings.iter().zip(&c.triangles) {
            let base = mesh.vertices.len() as u32;
            let pts: Vec<Pos2> = ring.iter().map(|p| screen(view, rect, p[0], p[1])).collect();
            for &p in &pts {
                mesh.colored_vertex(p, fill);
            }
            for t in tris {
                mesh.add_triangle(base + t[0], base + t[1], base + t[2]);
            }
            outlines.push(Shape::closed_line(pts, Stroke::new(if c.detailed { 1.0 } else { 0.6 }, ground.border)));
        }
    }
    painter.add(Shape::mesh(mesh));
    painter.extend(outlines);
}

/// Regions wider than this (km of radius) are outlined, not shaded.
const VAST_REGION_KM: f32 = 600.0;

/// Radius of a point mark for this many sources.
pub fn point_radius(sources: usize) -> f32 {
    (3.5 + 2.2 * (sources as f32).sqrt()).min(16.0)
}

/// Draws the area an event at region or country precision may be anywhere in: a region's
/// shaded disc, a country's outline in the type's colour.
pub fn paint_area(
    painter: &Painter,
    geo: &Geography,
    view: &MapView,
    rect: Rect,
    loc: &Location,
    color: Color32,
    strong: bool,
) {
    let centre = screen(view, rect, loc.coords[0], loc.coords[1]);
    match loc.precision {
        Precision::Town => {}
        Precision::Region => {
            let km = loc.place.map_or(100.0, |p| geo.places.all[p as usize].radius_km);
            let r = view.km_to_px(km).max(6.0);
            // a vast region (the Sahel, West Africa) is only outlined: shading it would cover
            // the whole map and hide the places that are known
            if km <= VAST_REGION_KM || strong {
                painter.circle_filled(centre, r, color.gamma_multiply(if strong { 0.3 } else { 0.1 }));
            }
            painter.circle_stroke(
                centre,
                r,
                Stroke::new(
                    if strong { 2.5 } else { 1.0 },
                    color.gamma_multiply(if km <= VAST_REGION_KM { 0.8 } else { 0.45 }),
                ),
            );
        }
        Precision::Country => {
            let Some(c) = loc.place.and_then(|p| geo.country(&geo.places.all[p as usize].name)) else { return };
            for ring in &c.rings {
                let pts: Vec<Pos2> = ring.iter().map(|p| screen(view, rect, p[0], p[1])).collect();
                painter.add(Shape::closed_line(
                    pts,
                    Stroke::new(if strong { 3.5 } else { 2.0 }, color.gamma_multiply(0.9)),
                ));
            }
        }
    }
}

/// Draws a point mark (a town or site), a reference record's square, or a counted badge.
pub fn paint_mark(
    painter: &Painter,
    at: Pos2,
    radius: f32,
    color: Color32,
    reference: bool,
    count: usize,
    outline: Color32,
) {
    if reference {
        let r = Rect::from_center_size(at, vec2(radius * 1.6, radius * 1.6));
        painter.rect_stroke(r, 1.0, Stroke::new(2.0, color), egui::StrokeKind::Inside);
    } else {
        painter.circle_filled(at, radius, color);
        painter.circle_stroke(at, radius, Stroke::new(1.0, outline));
    }
    if count > 1 {
        let text = count.to_string();
        let font = FontId::proportional(11.0);
        let badge = at + vec2(radius * 0.8, -radius * 0.8);
        let w = 7.0 + 6.0 * text.len() as f32;
        painter.rect_filled(Rect::from_center_size(badge, vec2(w, 14.0)), 7.0, Color32::from_black_alpha(190));
        painter.text(badge, egui::Align2::CENTER_CENTER, text, font, Color32::WHITE);
    }
}

/// The tag of an area's events at its centre: their count in a box edged with the type's
/// colour (no dot: the events are somewhere in the area, not at its centre).
pub fn paint_area_tag(painter: &Painter, at: Pos2, count: usize, color: Color32) {
    let text = count.to_string();
    let r = Rect::from_center_size(at, vec2(8.0 + 7.0 * text.len() as f32, 15.0));
    painter.rect_filled(r, 3.0, Color32::from_black_alpha(170));
    painter.rect_stroke(r, 3.0, Stroke::new(1.5, color), egui::StrokeKind::Inside);
    painter.text(at, egui::Align2::CENTER_CENTER, text, FontId::proportional(11.0), Color32::WHITE);
}

/// A place's name as drawn in the interface's language (Arabic in screen order).
pub fn place_label(name: &str, lang: Lang, g: &crate::lexicon::Gazetteer) -> String {
    let shown = g.display_name(name, lang);
    if lang.rtl() {
        visual_string(shown, Some(true))
    } else {
        shown.to_string()
    }
}

/// Draws `text` beside a mark where it covers no label or mark already there (after the mark
/// in reading order, else before it, else below it); returns whether it found room. In a
/// right-to-left interface "after" is the left.
pub fn paint_label(
    painter: &Painter,
    at: Pos2,
    radius: f32,
    text: &str,
    color: Color32,
    rtl: bool,
    taken: &mut Vec<Rect>,
) -> bool {
    let galley = painter.layout_no_wrap(text.to_string(), FontId::proportional(12.0), color);
    let size = galley.size();
    let after = if rtl { at.x - radius - 4.0 - size.x } else { at.x + radius + 4.0 };
    let before = if rtl { at.x + radius + 4.0 } else { at.x - radius - 4.0 - size.x };
    let spots = [
        pos2(after, at.y - size.y / 2.0),
        pos2(before, at.y - size.y / 2.0),
        pos2(at.x - size.x / 2.0, at.y + radius + 3.0),
    ];
    let Some(r) = spots
        .iter()
        .map(|p| Rect::from_min_size(*p, size))
        .find(|r| !taken.iter().any(|t| t.intersects(*r)) && painter.clip_rect().contains_rect(*r))
    else {
        return false;
    };
    painter.rect_filled(r.expand(1.0), 2.0, Color32::from_black_alpha(40));
    painter.galley(r.min, galley, color);
    taken.push(r);
    true
}

/// A small map around one event's place (briefing slides): Mali and its neighbours, the place
/// marked as precisely as it is known, its name beside it.
pub fn paint_small_map(
    painter: &Painter,
    rect: Rect,
    loc: Option<&Location>,
    label: &str,
    color: Color32,
    dark: bool,
    rtl: bool,
) {
    let geo = Geography::builtin();
    let size = [rect.width(), rect.height()];
    let view = MapView::around(loc.map(|l| &l.bounds), size);
    let painter = painter.with_clip_rect(rect);
    let ground = Ground::new(dark);
    paint_countries(&painter, geo, &view, rect, &ground);
    if let Some(l) = loc {
        paint_area(&painter, geo, &view, rect, l, color, true);
        let at = screen(&view, rect, l.coords[0], l.coords[1]);
        if l.precision == Precision::Town {
            paint_mark(&painter, at, 7.0, color, false, 1, ground.text);
        }
        paint_label(&painter, at, 8.0, label, ground.text, rtl, &mut Vec::new());
    }
    painter.rect_stroke(rect, 2.0, Stroke::new(1.0, ground.border), egui::StrokeKind::Inside);
}

/// The colour of a group's mark: its type's, dimmed when the time-lapse has passed it.
pub fn group_color(t: crate::model::EventType, recent: bool) -> Color32 {
    let c = palette::type_color(t);
    if recent {
        c
    } else {
        c.gamma_multiply(0.35)
    }
}
