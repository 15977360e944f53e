//! The map panel beside the timeline: the events that pass the filters and fall in the
//! timeline's visible range, at their places (a point for a town or site, a shaded area for a
//! region, the outline for a country), coloured by type and sized by sources, overlapping
//! points counted in clusters. Drag pans, the wheel zooms, a click on a place filters the list
//! to it and selects its latest event, a rectangle drawn with Shift (or the area tool) filters
//! to that area (Esc clears it), hovering a place lists its events. It follows the timeline
//! and the selection.

use egui::{pos2, vec2, Color32, FontId, Pos2, Rect, Sense, Stroke, Ui};

use super::chrome;
use super::map_paint::{
    self, group_color, paint_area, paint_countries, paint_label, paint_mark, place_label, point_radius, screen, Ground,
};
use super::map_play::Play;
use crate::explore::{Command, Explorer, Filter};
use crate::explore::{MapIndex, PlaceGroup};
use crate::geo::{cluster, Mark};
use crate::geo::{GeoRect, Geography, MapView, Precision};

/// What the map remembers between frames.
#[derive(Default)]
pub struct MapUi {
    /// The part of the world shown (`None` until the first frame fits Mali in).
    pub view: Option<MapView>,
    /// The user moved the map: it no longer fits Mali to its frame by itself.
    pub touched: bool,
    /// The groups of the last frame and the range they were gathered for.
    groups: Vec<PlaceGroup>,
    groups_for: Option<(f64, f64)>,
    /// The shown events' places and spans, and what they were gathered for.
    index: MapIndex,
    index_for: Option<(u64, Filter, usize)>,
    /// The marks drawn in the last frame: place name (empty for a reference record), position,
    /// radius and the groups they hold (tests click on them).
    pub drawn: Vec<DrawnMark>,
    /// The place of the selected event, when the last frame drew it (highlighted).
    pub highlighted: Option<String>,
    /// Place names drawn in the last frame, as drawn (Arabic in screen order).
    pub labels: Vec<String>,
    /// The caption's texts in the last frame (what is shown, the marks' legend, the borders'
    /// source).
    pub caption_lines: Vec<String>,
    /// The mark under the pointer in the last frame: its place and the events its box lists.
    pub hovered: Option<(String, Vec<usize>)>,
    /// The map's frame in the last frame (image export, tests).
    pub rect: Option<Rect>,
    /// A rectangle being drawn: where the drag started.
    area_from: Option<Pos2>,
    /// The area tool is on: a plain drag draws a rectangle.
    pub area_tool: bool,
    /// The time-lapse.
    pub play: Play,
    /// The selection the map last followed.
    followed: Option<usize>,
    /// Set when the user asked to hide the map (the app keeps it in its settings).
    pub hide: bool,
    /// The selected event's slot in the index, and the (selection, generation, index size) it
    /// was looked up for.
    selected_slot: ((Option<usize>, u64, usize), Option<u32>),
}

/// One mark as drawn in the last frame.
#[derive(Debug, Clone)]
pub struct DrawnMark {
    /// The place's canonical name (empty for a reference record without one).
    pub place: String,
    /// Centre on screen.
    pub pos: Pos2,
    /// Radius on screen.
    pub radius: f32,
    /// The map index's slots (places) it holds: [`MapUi::events_of`] lists their events.
    pub slots: Vec<u32>,
    /// Number of events it holds.
    pub count: usize,
    /// True when it stands for several places (a click zooms in).
    pub cluster: bool,
    /// How precisely its (lead) place is known: a point for a town, else the mark is the
    /// badge of an area drawn under it.
    pub precision: Precision,
}

impl MapUi {
    /// The events of a mark of the last frame, in date order.
    pub fn events_of(&self, d: &DrawnMark) -> Vec<usize> {
        self.index.events_in(&d.slots, self.groups_for.unwrap_or((f64::MIN, f64::MAX)))
    }

    fn ensure_groups(&mut self, x: &Explorer) {
        let key = (x.generation(), x.filter().clone(), x.shown().len());
        if self.index_for.as_ref() != Some(&key) {
            self.index = MapIndex::build(x);
            self.index_for = Some(key);
            self.groups_for = None;
        }
        if self.groups_for != Some(x.view()) {
            self.groups = self.index.groups(x, x.view());
            self.groups_for = Some(x.view());
        }
    }
}

fn place_name(geo: &Geography, g: &PlaceGroup) -> String {
    g.location.place.map(|p| geo.places.all[p as usize].name.clone()).unwrap_or_default()
}

/// Draws the map's tool row and, below it, the map in the rest of `ui`.
pub fn show(ui: &mut Ui, x: &Explorer, m: &mut MapUi, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    chrome::row_wrapped(ui, |ui| {
        chrome::strong(ui, lang.t("Map"));
        super::map_play::controls(ui, x, &mut m.play, cmds);
        let tool = chrome::selectable(ui, m.area_tool, lang.t("Draw area"));
        if chrome::hover(tool, lang.t("Drag on the map to keep only the events in a rectangle (or drag with Shift)"))
            .clicked()
        {
            m.area_tool = !m.area_tool;
        }
        if x.filter().area.is_some() && chrome::button(ui, lang.t("Clear area")).clicked() {
            cmds.push(Command::FilterArea(None));
        }
        if chrome::button(ui, lang.t("Fit Mali")).clicked() {
            m.touched = false;
        }
        if chrome::button(ui, lang.t("Hide map")).clicked() {
            m.hide = true;
        }
    });
    let size = ui.available_size().max(vec2(120.0, 120.0));
    let (resp, painter) = ui.allocate_painter(size, Sense::click_and_drag());
    let rect = resp.rect;
    chrome::relabel(&resp, egui::accesskit::Role::Image, lang.t("Map"), None);
    m.rect = Some(rect);
    let dims = [rect.width(), rect.height()];
    let geo = Geography::builtin();
    // until the user moves it, the map fits Mali to its frame, whatever the frame's size
    let mut view = match m.view {
        Some(v) if m.touched => v,
        _ => MapView::mali(dims),
    };
    m.play.tick(ui, x, cmds);
    // ---- input: pan, zoom, rectangle ----
    let shift = ui.input(|i| i.modifiers.shift);
    if resp.drag_started() {
        m.area_from = if m.area_tool || shift { resp.interact_pointer_pos() } else { None };
    }
    if resp.dragged() && m.area_from.is_none() {
        let d = resp.drag_delta();
        view = view.panned(d.x, d.y);
        m.touched = true;
    }
    let mut area_now = None;
    if let (Some(from), Some(to)) = (m.area_from, resp.interact_pointer_pos()) {
        area_now = Some(Rect::from_two_pos(from, to));
    }
    if resp.drag_stopped() {
        if let Some(r) = area_now.filter(|r| r.width() > 6.0 && r.height() > 6.0) {
            let a = view.to_geo([r.left() - rect.left(), r.top() - rect.top()], dims);
            let b = view.to_geo([r.right() - rect.left(), r.bottom() - rect.top()], dims);
            cmds.push(Command::FilterArea(Some(GeoRect::from_corners(a, b))));
            m.area_tool = false;
        }
        m.area_from = None;
        area_now = None;
    }
    if resp.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = zoom * (scroll / 200.0).exp();
        if (factor - 1.0).abs() > 1e-3 {
            if let Some(p) = resp.hover_pos() {
                view = view.zoomed(factor, [p.x - rect.left(), p.y - rect.top()], dims);
                m.touched = true;
            }
        }
    }
    m.view = Some(view);
    // ---- the ground ----
    let painter = painter.with_clip_rect(rect);
    let ground = Ground::new(x.dark());
    paint_countries(&painter, geo, &view, rect, &ground);
    // ---- the events ----
    m.ensure_groups(x);
    let recent_from = m.play.recent_from(x);
    // the selection's place, looked up in the index once per selection (not every frame)
    if m.selected_slot.0 != (x.selected(), x.generation(), m.index.len()) {
        m.selected_slot =
            ((x.selected(), x.generation(), m.index.len()), x.selected().and_then(|s| m.index.slot_of(s)));
    }
    let in_view = x.selected().and_then(|s| x.events()[s].when).is_some_and(|w| {
        let sp = crate::explore::span_of(&w);
        sp.x1 >= x.view().0 && sp.x0 <= x.view().1
    });
    let selected_slot = m.selected_slot.1.filter(|_| in_view);
    let selected_group = selected_slot.and_then(|s| m.groups.iter().position(|g| g.slot == s));
    // areas first (regions and countries), under the points
    for (k, g) in m.groups.iter().enumerate().filter(|(_, g)| g.location.precision != Precision::Town) {
        let recent = recent_from.is_none_or(|t| g.latest >= t);
        paint_area(
            &painter,
            geo,
            &view,
            rect,
            &g.location,
            group_color(g.event_type, recent),
            Some(k) == selected_group,
        );
    }
    // every group has a mark at its centre (an area's is its count badge); overlapping ones
    // are clustered
    let marks: Vec<Mark> = m
        .groups
        .iter()
        .map(|g| {
            let p = screen(&view, rect, g.location.coords[0], g.location.coords[1]);
            Mark { pos: [p.x, p.y], radius: point_radius(g.sources) }
        })
        .collect();
    // points cluster with points, areas' badges with areas: an area is never counted in a
    // town's cluster (nothing is drawn more precisely than its source places it)
    let is_point = |k: usize| m.groups[k].location.precision == Precision::Town;
    let mut clusters = Vec::new();
    for points in [true, false] {
        let keep: Vec<usize> = (0..marks.len()).filter(|&k| is_point(k) == points).collect();
        let sub: Vec<Mark> = keep.iter().map(|&k| marks[k]).collect();
        clusters.extend(cluster(&sub, 2.0).into_iter().map(|mut c| {
            c.members = c.members.iter().map(|&j| keep[j]).collect();
            c
        }));
    }
    // areas' badges first, so that points are drawn over them
    clusters.reverse();
    m.drawn.clear();
    m.labels.clear();
    m.highlighted = None;
    // a place name never covers a mark or a tag (nor another name)
    let mut taken: Vec<Rect> = clusters
        .iter()
        .map(|c| {
            Rect::from_center_size(pos2(c.pos[0], c.pos[1]), vec2(2.0 * c.radius.max(8.0), 2.0 * c.radius.max(8.0)))
        })
        .collect();
    let rtl = lang.rtl();
    for c in &clusters {
        let lead = &m.groups[c.members[0]];
        let count: usize = c.members.iter().map(|&k| m.groups[k].count).sum();
        let slots: Vec<u32> = c.members.iter().map(|&k| m.groups[k].slot).collect();
        let at = pos2(c.pos[0], c.pos[1]);
        if !rect.expand(20.0).contains(at) {
            continue;
        }
        let recent = recent_from.is_none_or(|t| c.members.iter().any(|&k| m.groups[k].latest >= t));
        let color = group_color(lead.event_type, recent);
        let is_area = lead.location.precision != Precision::Town;
        let radius = if is_area { 6.0 } else { c.radius };
        if is_area {
            // an area's events have no point of their own: only their count, in a tag at the
            // area's centre (the area itself is drawn above)
            map_paint::paint_area_tag(&painter, at, count, color);
        } else {
            paint_mark(&painter, at, radius, color, lead.reference && c.members.len() == 1, count, ground.text);
        }
        let holds_selection = selected_group.is_some_and(|s| c.members.contains(&s));
        if holds_selection {
            painter.circle_stroke(at, radius + 4.0, Stroke::new(3.0, ui.visuals().selection.stroke.color));
            m.highlighted = selected_group.map(|s| place_name(geo, &m.groups[s]));
        }
        let name = place_name(geo, lead);
        if !name.is_empty() && (is_area || lead.location.precision == Precision::Town) {
            let more = if c.members.len() > 1 { " +" } else { "" };
            let label = format!("{}{more}", place_label(&name, lang, &x.lexicon().gazetteer));
            if paint_label(&painter, at, radius, &label, ground.text, rtl, &mut taken) {
                m.labels.push(label);
            }
        }
        m.drawn.push(DrawnMark {
            place: name,
            pos: at,
            radius,
            slots,
            count,
            cluster: c.members.len() > 1,
            precision: lead.location.precision,
        });
    }
    if let Some(r) = area_now {
        painter.rect_filled(r, 0.0, Color32::from_rgba_unmultiplied(0x4F, 0x8F, 0xE0, 40));
        painter.rect_stroke(r, 0.0, Stroke::new(1.5, Color32::from_rgb(0x4F, 0x8F, 0xE0)), egui::StrokeKind::Inside);
    }
    if let Some(a) = x.filter().area {
        let r =
            Rect::from_two_pos(screen(&view, rect, a.min_lon, a.min_lat), screen(&view, rect, a.max_lon, a.max_lat));
        painter.rect_stroke(r, 0.0, Stroke::new(2.0, Color32::from_rgb(0x4F, 0x8F, 0xE0)), egui::StrokeKind::Inside);
    }
    m.caption_lines = super::map_caption::paint(ui, &painter, rect, x, &m.groups);
    // ---- hover and click ----
    let under = |p: Pos2, drawn: &[DrawnMark]| {
        drawn
            .iter()
            .filter(|d| d.pos.distance(p) <= d.radius + 4.0)
            .min_by(|a, b| a.pos.distance(p).total_cmp(&b.pos.distance(p)))
            .cloned()
    };
    m.hovered = None;
    if let Some(p) = resp.hover_pos() {
        if let Some(d) = under(p, &m.drawn) {
            let events = m.events_of(&d);
            let listed = hover_list(ui, &painter, rect, p, &d, &events, x);
            m.hovered = Some((d.place.clone(), listed));
        }
    }
    if resp.clicked() {
        if let Some(d) = resp.interact_pointer_pos().and_then(|p| under(p, &m.drawn)) {
            if d.cluster {
                // a cluster zooms in, and its latest event is selected (a click on "Bamako +"
                // shows an event of Bamako's, its sources beside it), the list unfiltered
                m.view = Some(view.zoomed(3.0, [d.pos.x - rect.left(), d.pos.y - rect.top()], dims));
                m.touched = true;
                cmds.push(Command::Select(m.events_of(&d).last().copied()));
            } else if d.place.is_empty() {
                cmds.push(Command::Select(m.events_of(&d).last().copied()));
            } else {
                cmds.push(Command::SelectPlace(d.place.clone()));
            }
        }
    }
    // the map follows a new selection: its place, out of the frame, is brought in
    let newly = x.selected() != m.followed;
    m.followed = x.selected();
    if let Some(s) = selected_group.filter(|_| newly) {
        let g = &m.groups[s];
        let p = screen(&view, rect, g.location.coords[0], g.location.coords[1]);
        if !rect.contains(p) && g.location.precision != Precision::Country {
            let mut v = view;
            v.lon = g.location.coords[0];
            v.lat = g.location.coords[1];
            m.view = Some(v);
            m.touched = true;
        }
    }
}

/// The events of the mark under the pointer, in a box beside it.
fn hover_list(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    at: Pos2,
    d: &DrawnMark,
    events: &[usize],
    x: &Explorer,
) -> Vec<usize> {
    let lang = chrome::lang(ui);
    const SHOWN: usize = 8;
    let font = FontId::proportional(12.0);
    let line_h = 16.0;
    let mut lines: Vec<String> = Vec::new();
    if !d.place.is_empty() {
        lines.push(x.lexicon().gazetteer.display_name(&d.place, lang).to_string());
    }
    let listed: Vec<usize> = events.iter().rev().take(SHOWN).copied().collect();
    for &i in &listed {
        let e = &x.events()[i];
        lines.push(format!("{} · {}", crate::explore::event_when_label(e, lang), x.title(i, lang)));
    }
    if events.len() > SHOWN {
        lines.push(lang.f("and {0} more", &[&(events.len() - SHOWN)]));
    }
    let w = 340.0f32.min(rect.width() - 8.0);
    let h = line_h * lines.len() as f32 + 8.0;
    let mut origin = at + vec2(14.0, 10.0);
    if origin.x + w > rect.right() {
        origin.x = (at.x - 14.0 - w).max(rect.left());
    }
    if origin.y + h > rect.bottom() {
        origin.y = (rect.bottom() - h).max(rect.top());
    }
    let boxr = Rect::from_min_size(origin, vec2(w, h));
    let fg = ui.visuals().strong_text_color();
    painter.rect_filled(boxr, 4.0, ui.visuals().extreme_bg_color.gamma_multiply(0.95));
    painter.rect_stroke(boxr, 4.0, Stroke::new(1.0, ui.visuals().weak_text_color()), egui::StrokeKind::Inside);
    for (k, l) in lines.iter().enumerate() {
        let row = Rect::from_min_size(boxr.min + vec2(6.0, 4.0 + k as f32 * line_h), vec2(w - 12.0, line_h));
        crate::bidi::text::paint_line(ui, row, l, &font, fg, None, lang.rtl());
    }
    listed
}
