//! The density strip above the lanes: how many of the events shown fall in each stretch of
//! the view, as bars, so that at "All" the crowded years show where the timeline is too dense
//! to read; a click on the strip zooms to the year under the pointer.

use chrono::Datelike;
use egui::{Color32, Painter, Pos2, Rect};
use egui_plot::PlotTransform;

use crate::explore::{from_x, to_x};

/// Points per bar.
const BAR_PX: f32 = 3.0;
/// Height of the strip in plot units (a lane row is one).
pub const STRIP_UNITS: f64 = 0.7;

/// Bars of the strip across `frame`.
pub fn bins(frame: Rect) -> usize {
    (frame.width() / BAR_PX).max(1.0) as usize
}

/// The bar of an event starting at plot x `x0`, in a view `a..b` drawn `bins` bars wide.
pub fn bar_of(x0: f64, (a, b): (f64, f64), bins: usize) -> Option<usize> {
    (x0 >= a && x0 < b).then(|| (((x0 - a) / (b - a)) * bins as f64) as usize).map(|k| k.min(bins - 1))
}

/// Draws the strip of `counts` (one per bar, see [`bar_of`]) between plot heights `y0` and
/// `y1`; returns where it was drawn.
pub fn draw(
    painter: &Painter,
    tr: &PlotTransform,
    frame: Rect,
    counts: &[u32],
    (y0, y1): (f64, f64),
    color: Color32,
) -> Rect {
    let (top, bottom) = (tr.position_from_point_y(y1), tr.position_from_point_y(y0));
    let rect = Rect::from_min_max(Pos2::new(frame.left(), top.min(bottom)), Pos2::new(frame.right(), top.max(bottom)));
    let bar = frame.width() / counts.len().max(1) as f32;
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f32;
    for (k, &n) in counts.iter().enumerate() {
        if n == 0 {
            continue;
        }
        // a logarithmic height: one event still shows beside thousands
        let h = ((1.0 + n as f32).ln() / (1.0 + max).ln()).clamp(0.15, 1.0) * rect.height();
        let x = frame.left() + k as f32 * bar;
        painter.rect_filled(
            Rect::from_min_max(Pos2::new(x, rect.bottom() - h), Pos2::new(x + bar - 0.5, rect.bottom())),
            0.0,
            color,
        );
    }
    rect
}

/// The view of the whole year under screen x `px` (plot x from `tr`).
pub fn year_view(tr: &PlotTransform, px: f32) -> (f64, f64) {
    let v = tr.value_from_position(Pos2::new(px, tr.frame().center().y)).x;
    let y = from_x(v).year();
    let start =
        |y: i32| chrono::NaiveDate::from_ymd_opt(y, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).map(to_x).unwrap_or(v);
    (start(y), start(y + 1))
}
