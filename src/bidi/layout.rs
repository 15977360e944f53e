//! Line breaking and visual reordering, independent of any renderer: the caller supplies a
//! function that measures the width of a piece of text.

use std::collections::HashMap;
use std::ops::Range;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

/// A run of one direction within a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// Bytes of the source text (in logical order).
    pub range: Range<usize>,
    /// True when the run reads right to left (odd embedding level).
    pub rtl: bool,
}

/// One line: its runs from left to right on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Bytes of the source text on this line (trailing spaces excluded).
    pub range: Range<usize>,
    /// Runs in visual order, left to right.
    pub runs: Vec<Run>,
    /// Measured width.
    pub width: f32,
}

/// A laid-out paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct BidiLayout {
    /// The paragraph direction (RTL paragraphs are right-aligned).
    pub rtl: bool,
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
}

/// The direction of a paragraph by its first strong character (rule P2-P3), LTR when none.
pub fn paragraph_is_rtl(text: &str) -> bool {
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            BidiClass::L => return false,
            BidiClass::R | BidiClass::AL => return true,
            _ => {}
        }
    }
    false
}

/// True for the invisible characters that steer the bidi algorithm (isolates, embeddings,
/// overrides, marks): they take part in the ordering and are never drawn.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` without its bidi control characters.
pub fn strip_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(is_bidi_control) {
        std::borrow::Cow::Owned(s.chars().filter(|c| !is_bidi_control(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `s` isolated left to right (LRI … PDI), so that a file name or path keeps its own order
/// inside right-to-left text, as HTML's `<bdi>` does.
pub fn isolate_ltr(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

/// Break opportunities: each segment is a word with the white space after it.
fn segments(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(start..i);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

fn trim_end(text: &str, r: Range<usize>) -> Range<usize> {
    let t = text[r.clone()].trim_end();
    r.start..r.start + t.len()
}

/// Lays `text` (one paragraph, no newlines) out in lines no wider than `max_width` (a word
/// wider than that gets a line of its own). `rtl` forces the paragraph direction; `None`
/// takes it from the first strong character.
pub fn layout(text: &str, max_width: f32, rtl: Option<bool>, measure: &mut dyn FnMut(&str) -> f32) -> BidiLayout {
    let rtl = rtl.unwrap_or_else(|| paragraph_is_rtl(text));
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(text, Some(level));
    let measure = &mut |s: &str| measure(&strip_controls(s));
    let mut widths: HashMap<Range<usize>, f32> = HashMap::new();
    let mut width_of = |r: &Range<usize>, measure: &mut dyn FnMut(&str) -> f32| -> f32 {
        *widths.entry(r.clone()).or_insert_with(|| measure(&text[r.clone()]))
    };

    // greedy line breaking over words (each measured with its trailing space)
    let mut line_ranges: Vec<(Range<usize>, f32)> = Vec::new();
    let mut cur: Option<(usize, usize, f32)> = None; // start, end, width including trailing space
    for seg in segments(text) {
        let word = trim_end(text, seg.clone());
        let w_full = width_of(&seg, measure);
        let w_word = width_of(&word, measure);
        match cur {
            Some((s, e, w)) if w + w_word > max_width && e > s => {
                line_ranges.push((s..e, 0.0));
                cur = Some((seg.start, seg.end, w_full));
            }
            Some((s, _, w)) => cur = Some((s, seg.end, w + w_full)),
            None => cur = Some((seg.start, seg.end, w_full)),
        }
    }
    if let Some((s, e, _)) = cur {
        line_ranges.push((s..e, 0.0));
    }
    if line_ranges.is_empty() {
        line_ranges.push((0..0, 0.0));
    }

    let lines = line_ranges
        .into_iter()
        .map(|(r, _)| {
            let r = trim_end(text, r);
            let runs = if r.is_empty() {
                Vec::new()
            } else {
                let (levels, runs) = info.visual_runs(r.clone());
                runs.into_iter()
                    .filter(|run| !run.is_empty())
                    .map(|run| Run { rtl: levels[run.start].is_rtl(), range: run })
                    .collect()
            };
            let width = if r.is_empty() { 0.0 } else { measure(&text[r.clone()]) };
            Line { range: r, runs, width }
        })
        .collect();
    BidiLayout { rtl, lines }
}

/// The words of each line in screen order, left to right (for tests and comparisons with a
/// browser). Pieces without a letter or digit (brackets, commas) are left out.
pub fn visual_words(text: &str, l: &BidiLayout) -> Vec<Vec<String>> {
    l.lines
        .iter()
        .map(|line| {
            let mut words = Vec::new();
            for run in &line.runs {
                let mut ws: Vec<String> = text[run.range.clone()]
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                    .filter(|w| !w.is_empty())
                    .collect();
                if run.rtl {
                    ws.reverse();
                }
                words.extend(ws);
            }
            words
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for font measurement: one unit per character.
    fn chars(s: &str) -> f32 {
        s.chars().count() as f32
    }

    /// The words of `t` in logical order, as [`visual_words`] cuts them.
    fn words(t: &str) -> Vec<String> {
        t.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect()
    }

    fn run_texts<'a>(text: &'a str, line: &Line) -> Vec<(&'a str, bool)> {
        line.runs.iter().map(|r| (text[r.range.clone()].trim(), r.rtl)).collect()
    }

    #[test]
    fn city_and_year_read_right_to_left_with_the_year_on_the_left() {
        let t = "باماكو 2024";
        let l = layout(t, 100.0, None, &mut chars);
        assert!(l.rtl);
        assert_eq!(run_texts(t, &l.lines[0]), vec![("2024", false), ("باماكو", true)]);
        assert_eq!(visual_words(t, &l), vec![vec!["2024", "باماكو"]]);
    }

    #[test]
    fn latin_acronym_in_parentheses_stays_in_place() {
        let t = "جماعة نصرة الإسلام والمسلمين (JNIM)، التابعة لتنظيم القاعدة";
        let l = layout(t, 200.0, None, &mut chars);
        let words = &visual_words(t, &l)[0];
        // screen order, left to right: the end of the sentence first
        assert_eq!(words.first().unwrap(), "القاعدة");
        assert_eq!(words.last().unwrap(), "جماعة");
        let jnim = words.iter().position(|w| w.contains("JNIM")).unwrap();
        assert_eq!(words[jnim + 1], "والمسلمين", "JNIM sits left of the word it follows");
        assert_eq!(words[jnim - 1], "التابعة");
        // JNIM itself is a left-to-right run, its letters in order
        let runs = run_texts(t, &l.lines[0]);
        assert!(runs.contains(&("JNIM", false)), "{runs:?}");
    }

    #[test]
    fn dates_and_times_inside_arabic_keep_their_digit_order() {
        let t = "وقع الهجوم في 17 سبتمبر 2024 حوالي الساعة 05:30 بتوقيت غرينتش";
        let l = layout(t, 200.0, None, &mut chars);
        let words = &visual_words(t, &l)[0];
        let reversed: Vec<String> = self::words(t).into_iter().rev().collect();
        assert_eq!(words, &reversed);
        let runs = run_texts(t, &l.lines[0]);
        for n in ["17", "2024", "05:30"] {
            assert!(runs.contains(&(n, false)), "{n} is an LTR run: {runs:?}");
        }
    }

    #[test]
    fn a_long_paragraph_wraps_with_the_first_words_on_the_first_line() {
        let t = "أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، أنه تمكن من إحباط هجوم إرهابي استهدف مجمعاً تابعاً لقوات الدرك في العاصمة باماكو.";
        let l = layout(t, 30.0, None, &mut chars);
        assert!(l.lines.len() >= 4, "{}", l.lines.len());
        for line in &l.lines {
            assert!(line.width <= 30.0 || !t[line.range.clone()].contains(' '));
        }
        let first = &visual_words(t, &l)[0];
        // the first logical words are on the first line, the first one rightmost
        assert_eq!(first.last().unwrap(), "أعلن");
        assert!(first.contains(&"الجيش".to_string()));
        // reading the lines top to bottom, each right to left, gives back the text
        let reread: Vec<String> = visual_words(t, &l).into_iter().flat_map(|ws| ws.into_iter().rev()).collect();
        assert_eq!(reread, words(t));
    }

    #[test]
    fn english_stays_left_to_right() {
        let t = "Attack on gendarmerie school, Bamako — JNIM";
        let l = layout(t, 100.0, None, &mut chars);
        assert!(!l.rtl);
        assert_eq!(visual_words(t, &l)[0], words(t));
    }
}
