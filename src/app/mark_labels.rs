//! Titles beside the timeline's marks when there is room: each title starts after its mark (or
//! inside a wide band), runs at most to the next mark of its row, and is cut with an ellipsis
//! to fit; where there is not room for a few letters, there is no label (the full title is on
//! hover). Labels never overlap one another, another mark or a cluster's count.

use egui::{Color32, FontId, Painter, Pos2, Rect};

/// A mark as drawn: its event, its stack row, its vertical centre and horizontal extent.
#[derive(Debug, Clone, Copy)]
pub struct MarkBox {
    /// The event.
    pub event: usize,
    /// Lane and row (marks of one row share a line).
    pub row: (usize, usize),
    /// Vertical centre on screen.
    pub y: f32,
    /// Left and right edges on screen.
    pub x: (f32, f32),
    /// A band (a year, a month, a range) rather than a dot.
    pub band: bool,
}

/// Narrowest room worth a label, in points.
const MIN_ROOM: f32 = 36.0;
/// A band at least this wide holds its label inside (a narrower one has it after its end, so
/// that the band stays in sight).
const BAND_INSIDE: f32 = 220.0;
/// More marks in view than this: no labels (they would be a handful of letters each).
pub const MAX_LABELLED: usize = 400;

/// Half the height a mark takes around its centre, for the overlap test.
const MARK_HALF_HEIGHT: f32 = 6.0;

/// Draws the labels that fit; returns the (event, text drawn) pairs. A label is left out where
/// it would cover another label, another mark or one of `obstacles` (cluster counts): rows can
/// sit closer together than a line of text when the frame is short.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    painter: &Painter,
    frame: Rect,
    marks: &mut [MarkBox],
    obstacles: &[Rect],
    title: impl Fn(usize) -> String,
    font: FontId,
    color: Color32,
    backdrop: Color32,
) -> Vec<(usize, String)> {
    let mut drawn = Vec::new();
    if marks.len() > MAX_LABELLED {
        return drawn;
    }
    marks.sort_by(|a, b| a.row.cmp(&b.row).then(a.x.0.total_cmp(&b.x.0)));
    let mark_rect = |m: &MarkBox| Rect::from_x_y_ranges(m.x.0..=m.x.1, m.y - MARK_HALF_HEIGHT..=m.y + MARK_HALF_HEIGHT);
    let mut taken: Vec<Rect> = Vec::new();
    for k in 0..marks.len() {
        let m = marks[k];
        let inside = m.band && m.x.1 - m.x.0 >= BAND_INSIDE;
        let start = if inside { m.x.0 + 4.0 } else { m.x.1 + 3.0 };
        let next = marks.get(k + 1).filter(|n| n.row == m.row).map_or(f32::INFINITY, |n| n.x.0 - 4.0);
        let limit = next.min(frame.right() - 2.0);
        let room = limit - start.max(frame.left());
        if room < MIN_ROOM {
            continue;
        }
        let text = title(m.event);
        let galley = painter.layout_job(super::chrome::one_line_job(text, font.clone(), color, room));
        let shown = super::chrome::shown_text(&galley);
        let pos = Pos2::new(start.max(frame.left()), m.y - galley.size().y / 2.0);
        let rect = Rect::from_min_size(pos, galley.size()).shrink2(egui::vec2(0.0, 1.0));
        let covers_mark = marks
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && !(inside && o.event == m.event) && mark_rect(o).intersects(rect));
        if covers_mark || taken.iter().chain(obstacles).any(|r| r.intersects(rect)) {
            continue;
        }
        taken.push(rect);
        // on a backdrop of the panel's colour: readable over a band of any colour
        painter.rect_filled(Rect::from_min_size(pos, galley.size()).expand2(egui::vec2(2.0, 0.0)), 2.0, backdrop);
        painter.galley(pos, galley, color);
        drawn.push((m.event, shown));
    }
    drawn
}
