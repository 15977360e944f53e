//! How many stacked rows of marks each timeline lane shows, and the cluster marks that count
//! what did not fit.

use egui::Rect;

use crate::explore::Placed;

/// Marker radius in points.
pub(super) const MARKER_R: f32 = 5.5;

/// Marks stacked in a lane at most; the rest of a crowded stretch becomes a cluster mark.
pub const MAX_ROWS: usize = 3;
/// Height a stacked row needs on screen so that its marks clear the next row's.
const MIN_ROW_PX: f32 = 2.0 * MARKER_R + 3.0;

/// A count of marks too crowded to draw at the current zoom.
#[derive(Debug, Clone)]
pub struct ClusterMark {
    /// Its lane.
    pub lane: usize,
    /// The stretch of time its events cover (plot x).
    pub x: (f64, f64),
    /// How many events it holds.
    pub count: usize,
    /// Where it was drawn.
    pub rect: Rect,
}

/// The most stacked rows per lane (at most [`MAX_ROWS`], at least one) for which every row,
/// and the row of counts a lane with more marks takes, is [`MIN_ROW_PX`] high within `height`.
pub(super) fn rows_that_fit(placed: &[Placed], lanes: usize, height: f32) -> usize {
    let mut need = vec![0usize; lanes.max(1)];
    for p in placed {
        if let Some(n) = need.get_mut(p.lane) {
            *n = (*n).max(p.row + 1);
        }
    }
    let units = |r: usize| need.iter().map(|&n| n.clamp(1, r) + usize::from(n > r)).sum::<usize>();
    (1..=MAX_ROWS).rev().find(|&r| units(r) as f32 * MIN_ROW_PX <= height).unwrap_or(1)
}

/// Groups the marks of each lane that did not fit in [`MAX_ROWS`] rows into stretches that
/// overlap on screen (closer than `gap` in plot x).
pub(super) fn clusters_of(overflow: &[Placed], gap: f64) -> Vec<(usize, f64, f64, usize)> {
    let mut sorted: Vec<&Placed> = overflow.iter().collect();
    sorted.sort_by(|a, b| a.lane.cmp(&b.lane).then(a.span.x0.total_cmp(&b.span.x0)));
    let mut out: Vec<(usize, f64, f64, usize)> = Vec::new();
    for p in sorted {
        match out.last_mut() {
            Some(c) if c.0 == p.lane && p.span.x0 <= c.2 + gap => {
                c.2 = c.2.max(p.span.x1.max(p.span.x0));
                c.3 += 1;
            }
            _ => out.push((p.lane, p.span.x0, p.span.x1.max(p.span.x0), 1)),
        }
    }
    out
}
