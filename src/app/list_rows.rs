//! The heights of the event list's rows. A title too long for its column wraps onto more
//! lines (at most [`MAX_TITLE_LINES`]), so rows differ in height. Each event's title is
//! measured once per rebuild of the events (or change of language), and the rows' tops are
//! summed once per change of the list or of the column's width: a frame of 100,000 events only
//! compares the list and looks rows up by binary search.

use crate::explore::Explorer;
use crate::i18n::Lang;

/// Lines a title may take before it ends in an ellipsis.
pub const MAX_TITLE_LINES: usize = 3;
/// Share of the column a wrapped line fills on average (words do not break): a title of
/// width `w` is given `w / (column × WRAP_FILL)` lines.
const WRAP_FILL: f32 = 0.85;

/// The rows' heights and tops, and what they were computed for.
#[derive(Default)]
pub struct ListRows {
    /// (events' generation, language, font size): what the widths were measured for.
    widths_for: Option<(u64, Lang, u32)>,
    /// Unwrapped width of each event's title and marks.
    widths: Vec<f32>,
    /// (column width, line height, first row height, spacing): what the tops were summed for.
    tops_for: Option<[u32; 4]>,
    list: Vec<usize>,
    undated: Vec<usize>,
    /// Lines of each row.
    lines: Vec<u8>,
    /// Top of each row from the list's top (and the total height at the end).
    tops: Vec<f32>,
}

/// The lines a title of unwrapped width `w` takes in a column `col` wide.
pub fn title_lines(w: f32, col: f32) -> usize {
    if w <= col || col <= 1.0 {
        1
    } else {
        ((w / (col * WRAP_FILL)).ceil() as usize).clamp(2, MAX_TITLE_LINES)
    }
}

impl ListRows {
    /// Brings the rows up to date. `rows` are the list's rows in order (`None`: the undated
    /// group's header); `measure(i)` is the unwrapped width of event `i`'s title and marks.
    #[allow(clippy::too_many_arguments)]
    pub fn update(
        &mut self,
        x: &Explorer,
        undated: &[usize],
        lang: Lang,
        font_size: f32,
        col: f32,
        line_h: f32,
        row_h: f32,
        spacing: f32,
        mut measure: impl FnMut(usize) -> f32,
    ) {
        let widths_for = Some((x.generation(), lang, font_size.to_bits()));
        let mut changed = false;
        if self.widths_for != widths_for || self.widths.len() != x.events().len() {
            self.widths = (0..x.events().len()).map(&mut measure).collect();
            self.widths_for = widths_for;
            changed = true;
        }
        let tops_for = Some([col.to_bits(), line_h.to_bits(), row_h.to_bits(), spacing.to_bits()]);
        if changed || self.tops_for != tops_for || self.list != x.list() || self.undated != undated {
            self.list.clear();
            self.list.extend_from_slice(x.list());
            self.undated = undated.to_vec();
            self.tops_for = tops_for;
            let rows = self
                .list
                .iter()
                .map(|&i| Some(i))
                .chain((!undated.is_empty()).then_some(None))
                .chain(undated.iter().map(|&i| Some(i)));
            self.lines.clear();
            self.tops.clear();
            let mut y = 0.0;
            for row in rows {
                let n = row.map_or(1, |i| title_lines(self.widths.get(i).copied().unwrap_or(0.0), col));
                self.lines.push(n as u8);
                self.tops.push(y);
                y += row_h + (n - 1) as f32 * line_h + spacing;
            }
            self.tops.push((y - spacing).max(0.0));
        }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Lines of row `r`'s title.
    pub fn lines(&self, r: usize) -> usize {
        self.lines.get(r).map_or(1, |&n| n as usize)
    }

    /// Top of row `r` from the list's top.
    pub fn top(&self, r: usize) -> f32 {
        self.tops.get(r).copied().unwrap_or(0.0)
    }

    /// Height of all the rows.
    pub fn total(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// The first row whose bottom is below `y`.
    pub fn row_at(&self, y: f32) -> usize {
        self.tops[..self.len()].partition_point(|&t| t <= y).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_wider_than_its_column_takes_more_lines_up_to_the_cap() {
        assert_eq!(title_lines(90.0, 100.0), 1);
        assert_eq!(title_lines(101.0, 100.0), 2);
        assert_eq!(title_lines(160.0, 100.0), 2);
        assert_eq!(title_lines(200.0, 100.0), 3);
        assert_eq!(title_lines(5_000.0, 100.0), MAX_TITLE_LINES);
    }
}
