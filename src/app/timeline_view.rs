//! The timeline: egui_plot draws the axes (calendar ticks that adapt to the zoom) and gives
//! the transform; events are painted on top, one lane per type, bands for years and months,
//! markers for days and times, stacked so nothing hides another, or as density strips when
//! too many are in view. The visible range belongs to the explorer: mouse and keys emit
//! commands (wheel zooms, drag pans, double-click fits all).

use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2};
use egui_plot::{GridInput, GridMark, Plot, PlotBounds, PlotPoint, PlotTransform};

use super::chrome;
use super::density_strip;
use super::mark_labels::{self, MarkBox};
use super::palette;
use super::timeline_rows::{clusters_of, rows_that_fit, MARKER_R};
pub use super::timeline_rows::{ClusterMark, MAX_ROWS};
use crate::bidi::text::visual_string;
use crate::explore::{event_span, lanes_of, place, LaneKey, Placed, TimeSpan as Span};
use crate::explore::{ticks, Tick};
use crate::explore::{Command, Explorer};

/// More events than this in view are drawn as density strips.
pub const DENSITY_THRESHOLD: usize = 1500;
/// Pixels per density bin.
const BIN_PX: f32 = 4.0;

/// What the timeline remembers between frames.
#[derive(Default)]
pub struct TimelineUi {
    /// The transform of the last frame (tests use it to find a marker on screen).
    pub transform: Option<PlotTransform>,
    /// The events placed in the last frame (empty when drawn as density).
    pub placed: Vec<Placed>,
    /// Rows per lane in the last frame.
    rows: Vec<usize>,
    /// Height of each lane in plot units this frame (its rows of the last frame: a lane grows
    /// to hold its stacked rows).
    units: Vec<usize>,
    /// The lanes.
    pub lanes: Vec<LaneKey>,
    spans: Vec<Option<Span>>,
    lane_index: Vec<usize>,
    cached_for: (usize, usize, usize),
    /// True when the last frame drew density strips.
    pub aggregated: bool,
    /// Event under the pointer.
    pub hovered: Option<usize>,
    /// The whole plot (axes included) in the last frame, for image export.
    pub plot_rect: Option<Rect>,
    /// The titles drawn beside marks in the last frame (event, text as drawn).
    pub labels: Vec<(usize, String)>,
    /// Where the density strip was drawn in the last frame.
    pub strip: Option<Rect>,
    /// The time axis's labels in the last frame: text, and its left and right ends in points
    /// from the axis's start.
    pub axis_labels: Vec<(String, f32, f32)>,
    /// The events in view (event, lane, span), kept as a buffer from frame to frame.
    in_view: Vec<(usize, usize, Span)>,
    /// The lane names drawn in the last frame, and where.
    pub lane_labels: Vec<(String, Rect)>,
    /// The visible part of the lanes when they scroll (`None` when they all fit).
    pub scrolled: Option<Rect>,
    /// The cluster marks of the last frame: where marks that would stack past
    /// [`MAX_ROWS`] rows are counted instead; a click zooms to them.
    pub clusters: Vec<ClusterMark>,
}

impl TimelineUi {
    fn ensure_cache(&mut self, x: &Explorer) {
        // lanes of the events shown: a lane the filters empty folds away
        let shown = x.shown_dated();
        let key = (x.generation() as usize, shown.len(), shown.iter().sum::<usize>());
        if self.cached_for != key || self.spans.len() != x.events().len() {
            let dated: Vec<&crate::model::Event> = shown.iter().map(|&i| &x.events()[i]).collect();
            self.lanes = lanes_of(&dated);
            self.spans = x.events().iter().map(event_span).collect();
            self.lane_index = x
                .events()
                .iter()
                .map(|e| {
                    let k = LaneKey::of(e);
                    self.lanes.iter().position(|l| *l == k).unwrap_or(0)
                })
                .collect();
            self.cached_for = key;
            self.rows.clear();
        }
        self.units = (0..self.lanes.len().max(1)).map(|k| self.rows.get(k).copied().unwrap_or(1).max(1)).collect();
    }

    fn lane_of(&self, event: usize) -> usize {
        self.lane_index.get(event).copied().unwrap_or(0)
    }

    /// All lanes' height in plot units.
    fn total_units(&self) -> f64 {
        self.units.iter().sum::<usize>().max(1) as f64
    }

    /// The height the plot needs for every lane at [`MIN_LANE_PX`] (its rows of the last frame).
    pub fn needed_height(&self) -> f32 {
        self.total_units() as f32 * MIN_LANE_PX + PLOT_CHROME_PX
    }

    /// Plot y of a lane's bottom and top: lanes from the top, each as high as its rows.
    pub fn lane_span(&self, lane: usize) -> (f64, f64) {
        let above: usize = self.units.iter().take(lane).sum();
        let top = self.total_units() - above as f64;
        (top - self.units.get(lane).copied().unwrap_or(1) as f64, top)
    }

    /// Plot y of a lane row: each row in the middle of its own unit of the lane (row 0 at the
    /// bottom), so that no row touches the frame, the axis or another lane.
    pub fn y_of(&self, lane: usize, row: usize) -> f64 {
        let (bottom, top) = self.lane_span(lane);
        (bottom + row as f64 + 0.5).min(top - 0.5)
    }

    /// Where an event was drawn in the last frame (its marker, or the middle of its band).
    pub fn screen_pos(&self, event: usize) -> Option<Pos2> {
        let t = self.transform.as_ref()?;
        let p = self.placed.iter().find(|p| p.event == event)?;
        let x = if p.span.band {
            (p.span.x0.max(t.bounds().min()[0]) + p.span.x1.min(t.bounds().max()[0])) / 2.0
        } else {
            p.span.x0
        };
        Some(t.position_from_point(&PlotPoint::new(x, self.y_of(p.lane, p.row))))
    }
}

fn grid_marks(ts: &[Tick]) -> Vec<GridMark> {
    let step = if ts.len() >= 2 { ts[1].x - ts[0].x } else { 1.0 };
    ts.iter().map(|t| GridMark { value: t.x, step_size: step }).collect()
}

/// The accessible name of a lane's label (`Lane: Attack`), in the interface's language.
pub fn lane_label_name(lang: crate::i18n::Lang, lane: &str) -> String {
    lang.f("Lane: {0}", &[&lane])
}

/// Room kept between an axis label and either end of the axis.
const AXIS_LABEL_MARGIN: f32 = 4.0;

/// True when an axis label `w` wide centred `centre` points from the axis's start fits within
/// an axis `axis` points long.
fn label_fits(centre: f32, w: f32, axis: f32) -> bool {
    centre - w / 2.0 >= AXIS_LABEL_MARGIN && centre + w / 2.0 <= axis - AXIS_LABEL_MARGIN
}

/// The least height of a lane on screen: its name stays readable and never hides.
pub const MIN_LANE_PX: f32 = 22.0;
/// Room the plot takes besides its lanes: the density strip above and the time axis below.
const PLOT_CHROME_PX: f32 = 60.0;

/// Shows the zoom presets and the timeline at `height`, and collects the commands it emits;
/// returns the timeline's rectangle (axes and lane names included). When the lanes do not fit
/// at [`MIN_LANE_PX`] each, they scroll (by the scroll bar: the wheel zooms the time).
pub fn show(ui: &mut Ui, x: &Explorer, t: &mut TimelineUi, cmds: &mut Vec<Command>, height: f32) -> Rect {
    t.ensure_cache(x);
    chrome::row(ui, |ui| super::top_bar::zoom_presets(ui, x, cmds));
    super::around_panel::banner(ui, x, cmds);
    let lanes_px = t.needed_height();
    if lanes_px <= height {
        t.scrolled = None;
        return plot(ui, x, t, cmds, height);
    }
    let source = egui::scroll_area::ScrollSource::SCROLL_BAR;
    let out = egui::ScrollArea::vertical()
        .id_salt("timeline_lanes")
        .max_height(height)
        .scroll_source(source)
        .show(ui, |ui| plot(ui, x, t, cmds, lanes_px));
    t.scrolled = Some(out.inner_rect);
    out.inner_rect.intersect(out.inner)
}

/// The plot itself, `height` high.
fn plot(ui: &mut Ui, x: &Explorer, t: &mut TimelineUi, cmds: &mut Vec<Command>, height: f32) -> Rect {
    t.labels.clear();
    let lang = chrome::lang(ui);
    let n_lanes = t.lanes.len().max(1);
    let total = t.total_units();
    // each lane's middle and name, for the axis
    let lane_mids: Vec<f64> = (0..n_lanes)
        .map(|k| {
            let (lo, hi) = t.lane_span(k);
            (lo + hi) / 2.0
        })
        .collect();
    let (a, b) = x.view();
    let width_px = (ui.available_width() - 110.0).max(100.0) as f64;
    let mut tick_list = ticks(a, b, width_px, lang);
    // egui_plot lays axis labels out left to right: give it Arabic in screen order
    let rtl = lang.rtl();
    if rtl {
        for tick in &mut tick_list {
            tick.label = visual_string(&tick.label, Some(true));
        }
    }
    // a tick whose label would run past either end of the axis keeps its grid line, not its
    // label (egui_plot would cut the label at the frame)
    let axis_font = egui::TextStyle::Body.resolve(ui.style());
    t.axis_labels.clear();
    for tick in &mut tick_list {
        let w =
            ui.fonts_mut(|f| f.layout_no_wrap(tick.label.clone(), axis_font.clone(), egui::Color32::WHITE).size().x);
        let centre = ((tick.x - a) / (b - a)) as f32 * width_px as f32;
        if label_fits(centre, w, width_px as f32) {
            t.axis_labels.push((tick.label.clone(), centre - w / 2.0, centre + w / 2.0));
        } else {
            tick.label.clear();
        }
    }
    let tick_for_fmt = tick_list.clone();
    let lane_labels: Vec<String> = t.lanes.iter().map(|l| l.label(lang)).collect();
    let mids_for_grid = lane_mids.clone();
    let plot = Plot::new("timeline")
        .height(height)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .y_axis_min_width(110.0)
        // no horizontal grid line: it would run between the rows of a tall lane (the lanes are
        // told apart by their shading)
        .show_grid([true, false])
        .x_grid_spacer(move |_g: GridInput| grid_marks(&tick_list))
        .x_axis_formatter(move |m, _r| {
            tick_for_fmt.iter().find(|t| (t.x - m.value).abs() < 1e-6).map(|t| t.label.clone()).unwrap_or_default()
        })
        .y_grid_spacer(move |_g: GridInput| {
            mids_for_grid.iter().map(|&v| GridMark { value: v, step_size: 1.0 }).collect()
        })
        // the lane names are painted below, every one (the axis would hide those of lanes
        // closer than its label spacing)
        .y_axis_formatter(|_m, _r| String::new())
        // lane names on the side the interface reads from; time runs left to right in both
        .y_axis_position(if rtl { egui_plot::HPlacement::Right } else { egui_plot::HPlacement::Left })
        .sense(Sense::click_and_drag());
    // (in a scope, so that the whole plot with its axes is known for image export)
    let scoped = ui.scope(|ui| {
        plot.show(ui, |pu| {
            // the lanes, and above them the density strip
            pu.set_plot_bounds(PlotBounds::from_min_max([a, 0.0], [b, total + density_strip::STRIP_UNITS]));
        })
    });
    let outer = scoped.response.rect;
    let resp = scoped.inner;
    let tr = resp.transform;
    let frame = *tr.frame();
    let painter = ui.painter_at(frame);
    let days_per_px = (b - a) / frame.width().max(1.0) as f64;
    // every other lane shaded, so that lanes read apart
    for k in (0..n_lanes).step_by(2) {
        let (lo, hi) = t.lane_span(k);
        let y0 = tr.position_from_point_y(lo);
        let y1 = tr.position_from_point_y(hi);
        painter.rect_filled(
            Rect::from_x_y_ranges(frame.x_range(), y1.min(y0)..=y1.max(y0)),
            0.0,
            ui.visuals().faint_bg_color,
        );
    }
    // each lane's name beside its middle, on the side the interface reads from
    let names_painter = ui.painter_at(outer);
    t.lane_labels.clear();
    for (k, name) in lane_labels.iter().enumerate() {
        let y = tr.position_from_point_y(lane_mids[k]);
        let font = FontId::proportional(12.0);
        let color = ui.visuals().text_color();
        let w = (frame.left() - outer.left()).max(outer.right() - frame.right()) - 8.0;
        let r = if rtl {
            Rect::from_min_max(Pos2::new(frame.right() + 4.0, y - 8.0), Pos2::new(frame.right() + 4.0 + w, y + 8.0))
        } else {
            Rect::from_min_max(Pos2::new(frame.left() - 4.0 - w, y - 8.0), Pos2::new(frame.left() - 4.0, y + 8.0))
        };
        if chrome::has_rtl(name) {
            crate::bidi::text::paint_line(ui, r, name, &font, color, Some(true), true);
        } else {
            let galley = names_painter.layout_job(chrome::one_line_job(name.clone(), font, color, w));
            let x0 = if rtl { r.left() } else { r.right() - galley.size().x };
            names_painter.galley(Pos2::new(x0, y - galley.size().y / 2.0), galley, color);
        }
        // an accessible label too (screen readers, tests), where it is drawn
        let resp = ui.interact(r, ui.make_persistent_id(("lane", k)), Sense::hover());
        let accessible = lane_label_name(lang, name);
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &accessible));
        t.lane_labels.push((name.clone(), r));
    }

    // events in view; when a day is wide on screen, a day-precision event is a band over its
    // day (a dot at noon would read as a time)
    let day_px = 1.0 / days_per_px;
    // (into last frame's buffer: a fresh one of 100,000 entries each frame is mapped from the
    // system and faulted in page by page)
    // one pass over the events shown: the density of each lane and of the strip counted, the
    // events in view listed only while they are few enough to draw one by one
    let mut in_view = std::mem::take(&mut t.in_view);
    in_view.clear();
    let mut dens = crate::explore::DensityBins::new(t.lanes.len(), a, b, (frame.width() / BIN_PX).max(1.0) as usize);
    let mut strip = vec![0u32; density_strip::bins(frame)];
    let mut n_in_view = 0usize;
    let maybe_wide = day_px > 2.0 * MARKER_R as f64;
    for &i in x.shown_dated() {
        let Some(mut s) = t.spans.get(i).copied().flatten() else { continue };
        if let Some(k) = density_strip::bar_of(s.x0, (a, b), strip.len()) {
            strip[k] += 1;
        }
        if s.x1 < a - 1.0 || s.x0 > b + 1.0 {
            continue;
        }
        if let (false, true, Some(w)) = (s.band, maybe_wide, x.events()[i].when) {
            let day_wide = w.precision == crate::model::Precision::Day && day_px > 6.0 * MARKER_R as f64;
            if day_wide || w.start != w.end {
                let (x0, x1) = (crate::explore::to_x(w.start), crate::explore::to_x(w.end) + 1.0 / 1440.0);
                if day_wide || (x1 - x0) * day_px > 2.0 * MARKER_R as f64 {
                    s = Span { x0, x1, band: true };
                }
            }
        }
        if s.x1 < a || s.x0 > b {
            continue;
        }
        let lane = t.lane_of(i);
        n_in_view += 1;
        dens.add(lane, s);
        if n_in_view <= DENSITY_THRESHOLD + 1 {
            in_view.push((i, lane, s));
        }
    }
    t.aggregated = n_in_view > DENSITY_THRESHOLD;
    t.hovered = None;
    let pointer = resp.response.hover_pos();
    if t.aggregated {
        t.placed.clear();
        let d = dens.counts();
        let max = d.iter().flatten().copied().max().unwrap_or(1).max(1) as f32;
        for (lane, counts) in d.iter().enumerate() {
            let (lo, hi) = t.lane_span(lane);
            let pad = 0.2 * (hi - lo);
            let y0 = tr.position_from_point_y(lo + pad);
            let y1 = tr.position_from_point_y(hi - pad);
            let c = palette::type_color(t.lanes[lane].event_type);
            for (k, &n) in counts.iter().enumerate() {
                if n == 0 {
                    continue;
                }
                let strength = ((1.0 + n as f32).ln() / (1.0 + max).ln()).clamp(0.15, 1.0);
                let x0 = frame.left() + k as f32 * BIN_PX;
                let r = Rect::from_x_y_ranges(x0..=x0 + BIN_PX, y1.min(y0)..=y1.max(y0));
                painter.rect_filled(r, 0.0, c.gamma_multiply(strength));
            }
        }
        let note = lang.f("{0} events in view — zoom in to see each one", &[&n_in_view]);
        let r = Rect::from_min_size(frame.left_top() + Vec2::new(8.0, 4.0), Vec2::new(frame.width() - 16.0, 18.0));
        if chrome::has_rtl(&note) {
            crate::bidi::text::paint_line(
                ui,
                r,
                &note,
                &FontId::proportional(13.0),
                ui.visuals().weak_text_color(),
                Some(true),
                true,
            );
        } else {
            painter.text(
                r.left_top(),
                Align2::LEFT_TOP,
                note,
                FontId::proportional(12.0),
                ui.visuals().weak_text_color(),
            );
        }
    } else {
        let gap_days = (2.0 * MARKER_R as f64 + 3.0) * days_per_px;
        let mut placed = place(&in_view, gap_days);
        // as many stacked rows as the frame's height has room for (the marks of two rows never
        // overlap); past them a crowded stretch is counted, not stacked
        let max_rows = rows_that_fit(&placed, t.lanes.len(), frame.height());
        let overflow: Vec<Placed> = placed.iter().filter(|p| p.row >= max_rows).cloned().collect();
        placed.retain(|p| p.row < max_rows);
        t.placed = placed;
        let crowded = clusters_of(&overflow, gap_days * 4.0);
        t.rows = vec![1; t.lanes.len()];
        for p in &t.placed {
            t.rows[p.lane] = t.rows[p.lane].max(p.row + 1);
        }
        for c in &crowded {
            t.rows[c.0] = max_rows + 1; // the clusters' own row, on top
        }
        t.clusters.clear();
        for &(lane, x0, x1, count) in &crowded {
            let y = tr.position_from_point_y(t.y_of(lane, max_rows));
            let (sx0, sx1) = (tr.position_from_point_x(x0), tr.position_from_point_x(x1));
            let text = format!("+{count}");
            let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), ui.visuals().strong_text_color());
            // at most the frame's width, inside the frame (a stretch may run past both ends)
            let w = (sx1.min(frame.right()) - sx0.max(frame.left())).max(galley.size().x + 10.0).min(frame.width());
            let (lo, hi) = (frame.left() + w / 2.0, frame.right() - w / 2.0);
            let cx = if lo < hi { ((sx0 + sx1) / 2.0).clamp(lo, hi) } else { frame.center().x };
            let rect = Rect::from_center_size(Pos2::new(cx, y), Vec2::new(w, 14.0));
            painter.rect_filled(rect, 7.0, palette::type_color(t.lanes[lane].event_type).gamma_multiply(0.35));
            painter.rect_stroke(
                rect,
                7.0,
                Stroke::new(1.0, palette::type_color(t.lanes[lane].event_type)),
                egui::StrokeKind::Inside,
            );
            painter.galley(rect.center() - galley.size() / 2.0, galley, ui.visuals().strong_text_color());
            t.clusters.push(ClusterMark { lane, x: (x0, x1), count, rect });
        }
        // a lane's height follows its rows: when they changed, draw again at the new heights
        if t.rows.iter().zip(&t.units).any(|(r, u)| r != u) {
            ui.ctx().request_repaint();
        }
        let mut best: Option<(f32, usize)> = None;
        let mut boxes: Vec<MarkBox> = Vec::with_capacity(t.placed.len().min(mark_labels::MAX_LABELLED + 1));
        for p in &t.placed {
            let e = &x.events()[p.event];
            let color = palette::type_color(e.event_type);
            let y = tr.position_from_point_y(t.y_of(p.lane, p.row));
            let selected = x.selected() == Some(p.event);
            let rows = 1.0f32;
            let lane_px = (tr.position_from_point_y(0.0) - tr.position_from_point_y(1.0)).abs();
            if p.span.band {
                let h = (lane_px * 0.6 / rows).clamp(4.0, 14.0);
                let x0 = tr.position_from_point_x(p.span.x0).max(frame.left() - 2.0);
                let x1 = tr.position_from_point_x(p.span.x1).min(frame.right() + 2.0).max(x0 + 3.0);
                let r = Rect::from_x_y_ranges(x0..=x1, y - h / 2.0..=y + h / 2.0);
                boxes.push(MarkBox { event: p.event, row: (p.lane, p.row), y, x: (r.left(), r.right()), band: true });
                painter.rect_filled(r, 3.0, color.gamma_multiply(0.55));
                painter.rect_stroke(
                    r,
                    3.0,
                    Stroke::new(
                        if selected { 2.5 } else { 1.0 },
                        if selected { ui.visuals().strong_text_color() } else { color },
                    ),
                    egui::StrokeKind::Inside,
                );
                if x.disputed().get(p.event).copied().unwrap_or(false) {
                    let top = egui::pos2(r.center().x, r.top() - 1.0);
                    painter.add(egui::Shape::convex_polygon(
                        vec![top + egui::vec2(-4.0, -6.0), top + egui::vec2(4.0, -6.0), top],
                        ui.visuals().warn_fg_color,
                        Stroke::NONE,
                    ));
                }
                if let Some(pp) = pointer {
                    if r.expand(2.0).contains(pp) {
                        let d = (pp.y - y).abs() + 4.0;
                        if best.is_none_or(|b| d < b.0) {
                            best = Some((d, p.event));
                        }
                    }
                }
            } else {
                let c = Pos2::new(tr.position_from_point_x(p.span.x0), y);
                boxes.push(MarkBox {
                    event: p.event,
                    row: (p.lane, p.row),
                    y,
                    x: (c.x - MARKER_R, c.x + MARKER_R),
                    band: false,
                });
                if e.reference.is_some() {
                    // reference records: squares, so they never pass for the corpus's events
                    painter.rect_filled(
                        Rect::from_center_size(c, egui::vec2(2.0 * MARKER_R, 2.0 * MARKER_R)),
                        1.0,
                        color.gamma_multiply(0.8),
                    );
                } else {
                    painter.circle_filled(c, MARKER_R, color);
                }
                if selected {
                    painter.circle_stroke(c, MARKER_R + 3.0, Stroke::new(2.0, ui.visuals().strong_text_color()));
                }
                if x.disputed().get(p.event).copied().unwrap_or(false) {
                    // sources disagree: a warning-coloured notch above the marker
                    let top = c - egui::vec2(0.0, MARKER_R + 2.0);
                    painter.add(egui::Shape::convex_polygon(
                        vec![top + egui::vec2(-4.0, -6.0), top + egui::vec2(4.0, -6.0), top],
                        ui.visuals().warn_fg_color,
                        Stroke::NONE,
                    ));
                }
                if let Some(pp) = pointer {
                    let d = pp.distance(c);
                    if d <= MARKER_R + 4.0 && best.is_none_or(|b| d < b.0) {
                        best = Some((d, p.event));
                    }
                }
            }
        }
        t.hovered = best.map(|b| b.1);
        let pills: Vec<Rect> = t.clusters.iter().map(|c| c.rect).collect();
        t.labels = mark_labels::draw(
            &painter,
            frame,
            &mut boxes,
            &pills,
            |i| x.title(i, lang).to_string(),
            FontId::proportional(12.0),
            ui.visuals().text_color(),
            ui.visuals().extreme_bg_color.gamma_multiply(0.85),
        );
    }
    t.in_view = in_view;
    t.strip = Some(density_strip::draw(
        &painter,
        &tr,
        frame,
        &strip,
        (total + 0.1, total + density_strip::STRIP_UNITS),
        ui.visuals().weak_text_color().gamma_multiply(0.8),
    ));
    t.transform = Some(tr);
    t.plot_rect = Some(outer);

    let targets = super::timeline_input::Targets { clusters: &t.clusters, strip: t.strip, hovered: t.hovered };
    super::timeline_input::interact(ui, x, targets, cmds, &resp.response, &tr, (a, b), days_per_px);
    outer
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_axis_label_that_would_run_past_an_end_is_left_out() {
        assert!(super::label_fits(100.0, 40.0, 800.0));
        assert!(!super::label_fits(10.0, 40.0, 800.0), "past the start");
        assert!(!super::label_fits(790.0, 40.0, 800.0), "past the end");
    }
}
