//! Painting bidi text with egui: every visual run becomes egui layout sections in visual
//! order. Inside a right-to-left run, each word and each neutral character (space,
//! punctuation, bracket) is its own section, placed right to left, so that egui's per-section
//! shaping (harfrust reverses an Arabic word) and font fallback (brackets come from another
//! font than Arabic letters) cannot put anything out of order; brackets are mirrored.

use std::ops::Range;

use egui::text::{ByteIndex, LayoutJob, LayoutSection, TextFormat};
use egui::{Color32, FontId, Pos2, Rect, Response, Role, Sense, Stroke, Ui, Vec2, Widget, WidgetInfo};
use unicode_bidi::BidiClass;

use super::layout::{layout, BidiLayout};

/// A styled span of the text (bytes of the source): a background, a text colour, an underline.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    /// Bytes of the source text.
    pub range: Range<usize>,
    /// Background fill.
    pub background: Color32,
    /// Text colour, when it changes.
    pub color: Option<Color32>,
    /// Underline.
    pub underline: bool,
}

/// A label for text in any direction: wraps at the available width, orders each line as
/// UAX #9 says, and right-aligns right-to-left paragraphs.
pub struct BidiLabel<'a> {
    text: &'a str,
    font: FontId,
    color: Option<Color32>,
    highlights: &'a [Highlight],
    max_width: Option<f32>,
    wrap: bool,
    rtl: Option<bool>,
    sense: Sense,
}

impl<'a> BidiLabel<'a> {
    /// A label for `text` in the body font.
    pub fn new(text: &'a str) -> Self {
        BidiLabel {
            text,
            font: FontId::proportional(14.0),
            color: None,
            highlights: &[],
            max_width: None,
            wrap: true,
            rtl: None,
            sense: Sense::hover(),
        }
    }
    /// The font.
    pub fn font(mut self, font: FontId) -> Self {
        self.font = font;
        self
    }
    /// Text colour (default: the style's text colour).
    pub fn color(mut self, c: Color32) -> Self {
        self.color = Some(c);
        self
    }
    /// Styled spans.
    pub fn highlights(mut self, h: &'a [Highlight]) -> Self {
        self.highlights = h;
        self
    }
    /// Width to wrap at (default: the available width).
    pub fn max_width(mut self, w: f32) -> Self {
        self.max_width = Some(w);
        self
    }
    /// One line only, cut with an ellipsis at the available width.
    pub fn single_line(mut self) -> Self {
        self.wrap = false;
        self
    }
    /// Force the paragraph direction (default: its first strong character).
    pub fn rtl(mut self, rtl: bool) -> Self {
        self.rtl = Some(rtl);
        self
    }
    /// Make the label clickable.
    pub fn sense(mut self, sense: Sense) -> Self {
        self.sense = sense;
        self
    }
}

/// Mirrored glyph of a bracket shown inside a right-to-left run (rule L4).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

fn is_neutral(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            unicode_bidi::bidi_class(c),
            BidiClass::ON | BidiClass::CS | BidiClass::ES | BidiClass::ET | BidiClass::WS | BidiClass::S | BidiClass::B
        )
}

/// Splits a right-to-left run into pieces (words, single neutral characters) and returns them
/// in screen order, left to right.
fn rtl_pieces(text: &str, run: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = run.start;
    for (i, c) in text[run.clone()].char_indices() {
        let i = run.start + i;
        if is_neutral(c) {
            if start < i {
                pieces.push(start..i);
            }
            pieces.push(i..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    if start < run.end {
        pieces.push(start..run.end);
    }
    pieces.reverse();
    pieces
}

/// Cuts `r` at highlight boundaries.
fn cut(r: Range<usize>, highlights: &[Highlight]) -> Vec<Range<usize>> {
    let mut points: Vec<usize> =
        highlights.iter().flat_map(|h| [h.range.start, h.range.end]).filter(|p| *p > r.start && *p < r.end).collect();
    points.sort_unstable();
    points.dedup();
    let mut out = Vec::new();
    let mut s = r.start;
    for p in points {
        out.push(s..p);
        s = p;
    }
    out.push(s..r.end);
    out
}

/// A piece of a line, in screen order: its bytes in the source and the text to draw (a
/// bracket inside a right-to-left run is drawn mirrored).
struct Piece {
    range: Range<usize>,
    text: String,
}

/// The pieces of one line, left to right on screen, cut at highlight boundaries.
fn line_pieces(text: &str, bl: &BidiLayout, line: usize, highlights: &[Highlight]) -> Vec<Piece> {
    let mut out = Vec::new();
    for run in &bl.lines[line].runs {
        let mut pieces: Vec<Range<usize>> = Vec::new();
        if run.rtl {
            for p in rtl_pieces(text, run.range.clone()) {
                let mut sub = cut(p, highlights);
                sub.reverse();
                pieces.extend(sub);
            }
        } else {
            pieces = cut(run.range.clone(), highlights);
        }
        for p in pieces {
            let s = super::layout::strip_controls(&text[p.clone()]);
            if s.is_empty() {
                continue;
            }
            let piece =
                if run.rtl && s.chars().count() == 1 { s.chars().map(mirror).collect() } else { s.into_owned() };
            out.push(Piece { range: p, text: piece });
        }
    }
    out
}

/// The layout job of one line: its pieces in screen order.
fn line_job(
    text: &str,
    bl: &BidiLayout,
    line: usize,
    font: &FontId,
    color: Color32,
    highlights: &[Highlight],
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    for p in line_pieces(text, bl, line, highlights) {
        let h = highlights.iter().rev().find(|h| h.range.start <= p.range.start && p.range.end <= h.range.end);
        let format = TextFormat {
            font_id: font.clone(),
            color: h.and_then(|h| h.color).unwrap_or(color),
            background: h.map_or(Color32::TRANSPARENT, |h| h.background),
            underline: if h.is_some_and(|h| h.underline) {
                Stroke::new(1.0, h.and_then(|h| h.color).unwrap_or(color))
            } else {
                Stroke::NONE
            },
            ..Default::default()
        };
        // one section per piece: `LayoutJob::append` would merge pieces of the same format,
        // and egui would then shape them as one run in the wrong order
        let start = job.text.len();
        job.text.push_str(&p.text);
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
            format,
        });
    }
    job
}

/// One line of `text` as a layout job in screen order, in `font` and `color` (use
/// [`Color32::PLACEHOLDER`] for the widget's own colour): for widgets that take a
/// [`egui::WidgetText`] (buttons, menus, check boxes). Its `text` is in screen order, so set the
/// widget's accessible label to the logical text.
pub fn visual_job(ctx: &egui::Context, text: &str, font: &FontId, color: Color32, rtl: Option<bool>) -> LayoutJob {
    let bl = ctx.fonts_mut(|f| {
        layout(text, f32::INFINITY, rtl, &mut |s: &str| {
            f.layout_no_wrap(s.to_string(), font.clone(), Color32::WHITE).size().x
        })
    });
    if bl.lines.is_empty() {
        return LayoutJob::default();
    }
    line_job(text, &bl, 0, font, color, &[])
}

/// One line of `text` as a plain string in screen order, for places that only take a string
/// and lay it out left to right themselves (plot axis labels): egui draws each Arabic word of
/// it right to left, and the words in the order given.
pub fn visual_string(text: &str, rtl: Option<bool>) -> String {
    let bl = layout(text, f32::INFINITY, rtl, &mut |s: &str| s.chars().count() as f32);
    (0..bl.lines.len())
        .map(|l| line_pieces(text, &bl, l, &[]).into_iter().map(|p| p.text).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lays `text` out at `width` with egui's font measurement.
pub fn bidi_layout(ui: &Ui, text: &str, font: &FontId, width: f32, rtl: Option<bool>) -> BidiLayout {
    ui.fonts_mut(|f| {
        layout(text, width, rtl, &mut |s: &str| f.layout_no_wrap(s.to_string(), font.clone(), Color32::WHITE).size().x)
    })
}

impl Widget for BidiLabel<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let color = self.color.unwrap_or_else(|| ui.visuals().text_color());
        let avail = self.max_width.unwrap_or_else(|| ui.available_width()).max(20.0);
        let wrap_at = if self.wrap { avail } else { f32::INFINITY };
        let mut bl = bidi_layout(ui, self.text, &self.font, wrap_at, self.rtl);
        let row_h = ui.fonts_mut(|f| f.row_height(&self.font));
        let mut galleys = Vec::with_capacity(bl.lines.len());
        for i in 0..bl.lines.len() {
            let job = line_job(self.text, &bl, i, &self.font, color, self.highlights);
            galleys.push(ui.fonts_mut(|f| f.layout_job(job)));
        }
        if !self.wrap && bl.lines.first().is_some_and(|l| l.width > avail) {
            bl.lines[0].width = avail; // clipped below
        }
        let content_w = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
        let width = if self.wrap {
            avail.min(content_w.max(1.0)).max(if bl.rtl { avail } else { 0.0 })
        } else {
            content_w.min(avail)
        };
        let height = galleys.iter().map(|g| g.size().y.max(row_h)).sum::<f32>().max(row_h);
        let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), self.sense);
        if ui.is_rect_visible(rect) {
            let painter = ui.painter_at(rect.expand(2.0));
            let mut y = rect.top();
            for g in galleys {
                let h = g.size().y.max(row_h);
                let x = if bl.rtl { rect.right() - g.size().x } else { rect.left() };
                painter.galley(Pos2::new(x, y), g, color);
                y += h;
            }
        }
        let text = self.text.to_string();
        response.widget_info(|| WidgetInfo::labeled(Role::Label, ui.is_enabled(), text.clone()));
        // the paragraph's direction, for assistive technology (and tests)
        let direction = if bl.rtl {
            egui::accesskit::TextDirection::RightToLeft
        } else {
            egui::accesskit::TextDirection::LeftToRight
        };
        ui.ctx().accesskit_node_builder(response.id, |node| node.set_text_direction(direction));
        response
    }
}

/// Paints one line of bidi text into `rect` (no allocation: for tables and plots), cut at the
/// rect's width. `rtl` is the paragraph direction (`None`: its first strong character). The
/// line hugs the right edge when `right` and it fits; a line too long for the rect starts at
/// the edge its paragraph starts from, so that its beginning shows. Returns the painted width.
pub fn paint_line(
    ui: &Ui,
    rect: Rect,
    text: &str,
    font: &FontId,
    color: Color32,
    rtl: Option<bool>,
    right: bool,
) -> f32 {
    let bl = bidi_layout(ui, text, font, f32::INFINITY, rtl);
    if bl.lines.is_empty() {
        return 0.0;
    }
    let g = ui.fonts_mut(|f| f.layout_job(line_job(text, &bl, 0, font, color, &[])));
    let fits = g.size().x <= rect.width();
    let x = if (fits && right) || (!fits && bl.rtl) { rect.right() - g.size().x } else { rect.left() };
    let y = rect.center().y - g.size().y / 2.0;
    ui.painter_at(rect).galley(Pos2::new(x, y), g.clone(), color);
    g.size().x
}

/// Paints `text` wrapped at the rect's width, top line first, at most `max_lines` lines of
/// `line_h` (no allocation: for table cells). Each line hugs the edge its paragraph starts
/// from (right for a right-to-left paragraph, or when `right`). When the text needs more lines,
/// the last one shown ends in an ellipsis at its paragraph's end side. Returns the number of
/// lines the text needs.
#[allow(clippy::too_many_arguments)]
pub fn paint_wrapped(
    ui: &Ui,
    rect: Rect,
    text: &str,
    font: &FontId,
    color: Color32,
    rtl: Option<bool>,
    right: bool,
    max_lines: usize,
    line_h: f32,
) -> usize {
    let bl = bidi_layout(ui, text, font, rect.width(), rtl);
    let painter = ui.painter_at(rect);
    let shown = bl.lines.len().min(max_lines);
    let mut y = rect.top();
    for i in 0..shown {
        let g = ui.fonts_mut(|f| f.layout_job(line_job(text, &bl, i, font, color, &[])));
        let x = if bl.rtl || right { rect.right() - g.size().x } else { rect.left() };
        let gy = y + (line_h - g.size().y) / 2.0;
        if i + 1 == shown && bl.lines.len() > shown {
            // more text than lines: an ellipsis where the line's reading ends
            let ex = if bl.rtl { x - 2.0 } else { x + g.size().x + 2.0 };
            let align = if bl.rtl { egui::Align2::RIGHT_TOP } else { egui::Align2::LEFT_TOP };
            painter.text(Pos2::new(ex, gy), align, "…", font.clone(), color);
        }
        painter.galley(Pos2::new(x, gy), g, color);
        y += line_h;
    }
    bl.lines.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtl_pieces_put_words_and_brackets_in_screen_order() {
        let t = "والمسلمين (";
        let p: Vec<&str> = rtl_pieces(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, vec!["(", " ", "والمسلمين"]);
        assert_eq!(mirror('('), ')');
    }

    #[test]
    fn a_visual_string_puts_words_in_screen_order() {
        assert_eq!(visual_string("تقرير عن الضحايا", None), "الضحايا عن تقرير");
        assert_eq!(visual_string("سبتمبر 2024", None), "2024 سبتمبر");
        assert_eq!(visual_string("العرض (F5)", None), "(F5) العرض");
        assert_eq!(visual_string("Attack", None), "Attack");
        // a file name isolated inside Arabic keeps its order; the isolates are not drawn
        let t = format!("{} · الوسيلة", crate::bidi::layout::isolate_ltr("000_aa.txt"));
        assert_eq!(visual_string(&t, Some(true)), "الوسيلة · 000_aa.txt");
        assert_eq!(visual_string("000_aa.txt · الوسيلة", Some(true)), "الوسيلة · aa.txt_000");
    }

    #[test]
    fn highlights_cut_runs() {
        let h = [Highlight { range: 3..6, background: Color32::RED, color: None, underline: false }];
        assert_eq!(cut(0..10, &h), vec![0..3, 3..6, 6..10]);
        assert_eq!(cut(4..5, &h), vec![4..5]);
    }
}

#[cfg(test)]
mod egui_tests {
    use super::*;

    /// Screen x ranges of the characters of `word` in the laid-out line (egui's real shaping).
    fn glyph_span(g: &egui::Galley, word: &str) -> (f32, f32) {
        let xs: Vec<f32> = g
            .rows
            .iter()
            .flat_map(|r| r.row.glyphs.iter())
            .filter(|gl| word.contains(gl.chr))
            .map(|gl| gl.pos.x)
            .collect();
        (xs.iter().copied().fold(f32::INFINITY, f32::min), xs.iter().copied().fold(f32::NEG_INFINITY, f32::max))
    }

    fn line_galley(text: &str) -> std::sync::Arc<egui::Galley> {
        let ctx = egui::Context::default();
        crate::app::fonts::install(&ctx);
        let font = FontId::proportional(17.0);
        let mut out = None;
        let _ = ctx.run_ui(egui::RawInput::default(), |ui| {
            let bl = bidi_layout(ui, text, &font, 10_000.0, None);
            let job = line_job(text, &bl, 0, &font, Color32::WHITE, &[]);
            out = Some(ui.fonts_mut(|f| f.layout_job(job)));
        });
        out.unwrap()
    }

    #[test]
    fn egui_draws_words_and_punctuation_right_to_left() {
        // "المالي، الثلاثاء": on screen, from the left: الثلاثاء, the comma, المالي
        let g = line_galley("المالي، الثلاثاء");
        // letters found in one word only: ث ء in الثلاثاء, م ي in المالي
        let (tue0, tue1) = glyph_span(&g, "ثء");
        let (mal0, _) = glyph_span(&g, "مي");
        let comma = glyph_span(&g, "،").0;
        assert!(tue1 < comma && comma < mal0, "الثلاثاء {tue0}..{tue1}, comma {comma}, المالي from {mal0}");
    }

    #[test]
    fn egui_draws_digits_left_of_the_city_in_order() {
        let g = line_galley("باماكو 2024");
        let (d0, d1) = glyph_span(&g, "2");
        let four = glyph_span(&g, "4").0;
        let (city0, _) = glyph_span(&g, "بمكو");
        assert!(d0 < four && d1 < city0, "2024 reads left to right, left of باماكو");
        let g = line_galley("جماعة نصرة الإسلام والمسلمين (JNIM)، التابعة لتنظيم القاعدة");
        let (j0, j1) = glyph_span(&g, "J");
        let m = glyph_span(&g, "M").0;
        let (_, tab1) = glyph_span(&g, "ب"); // only in التابعة
        let left_bracket = glyph_span(&g, "(").0;
        let right_bracket = glyph_span(&g, ")").0;
        assert!(j0 < m, "JNIM reads left to right");
        assert!(tab1 < j0, "JNIM is right of التابعة");
        assert!(
            left_bracket < j0 && j1 < right_bracket,
            "(JNIM) with its brackets facing it: ( {left_bracket}, J {j0}, ) {right_bracket}"
        );
    }
}
