//! Sentence spans inside a paragraph, in character offsets. A sentence ends at `.`, `!`, `?`,
//! `؟`, `؛` or `;` followed by a space or the end (so `05.30`, `ACI.2000` or `..` inside a title do
//! not split), save the dot of an initial (`M. Bazoum`, `Ibrahim B. Keïta`: one capital letter).

/// A half-open range of character offsets `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl Span {
    /// Creates a span.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// True when `offset` lies inside the span.
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
    /// True when the two spans share a character.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// [`char::is_whitespace`], answered at once for ASCII and the Arabic block (which has none).
#[inline]
fn is_space(c: char) -> bool {
    match c as u32 {
        0..0x80 => matches!(c, ' ' | '\t'..='\r'),
        0x0600..0x0700 => false,
        _ => c.is_whitespace(),
    }
}

/// The sentences of `text`, trimmed of surrounding white space, in order (one pass over the
/// characters).
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '؛' | ';' | '…');
    let is_closer = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '…' | '"' | '”' | '»' | ')');
    let mut spans = Vec::new();
    // the current sentence's first and one-past-last characters that are not white space
    let mut first: Option<usize> = None;
    let mut last_end = 0;
    let mut it = text.chars().enumerate().peekable();
    // the two characters before this one (a space before the text)
    let (mut prev, mut prev2) = (' ', ' ');
    while let Some((i, c)) = it.next() {
        if !is_space(c) {
            first.get_or_insert(i);
            last_end = i + 1;
        }
        // (an initial: a capital letter alone before the dot, a space after it)
        let initial = c == '.' && prev.is_uppercase() && (is_space(prev2) || prev2 == '(');
        (prev2, prev) = (prev, c);
        if !is_stop(c) || initial && it.peek().is_some_and(|&(_, n)| is_space(n)) {
            continue;
        }
        // swallow runs such as "..", "?!", and closing quotes
        let mut run_dots = (c == '.') as usize;
        while let Some(&(j, n)) = it.peek() {
            if !is_closer(n) {
                break;
            }
            run_dots += (n == '.') as usize;
            last_end = j + 1;
            it.next();
        }
        let at_boundary = it.peek().is_none_or(|&(_, n)| is_space(n));
        if at_boundary && !(c == '.' && run_dots >= 2) {
            if let Some(f) = first.take() {
                spans.push(Span::new(f, last_end));
            }
        }
    }
    if let Some(f) = first {
        spans.push(Span::new(f, last_end));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        let chars: Vec<char> = t.chars().collect();
        sentence_spans(t).iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_stops() {
        let got = texts("قال الجيش إن الهجوم فشل. وأضاف أن الوضع هادئ؟ نعم");
        assert_eq!(got, vec!["قال الجيش إن الهجوم فشل.", "وأضاف أن الوضع هادئ؟", "نعم"]);
    }

    #[test]
    fn the_quick_space_test_agrees_with_unicode() {
        for code in (0..0x3100u32).chain(0xFEFF..0xFF00) {
            let Some(c) = char::from_u32(code) else { continue };
            assert_eq!(is_space(c), c.is_whitespace(), "U+{code:04X}");
        }
    }

    #[test]
    fn trims_white_space_and_drops_empty_sentences() {
        assert_eq!(sentence_spans("  Il est parti.   Puis ?  "), vec![Span::new(2, 15), Span::new(18, 24)]);
        assert_eq!(sentence_spans(" . "), vec![Span::new(1, 2)]);
        assert!(sentence_spans("   ").is_empty());
        assert_eq!(texts("«Nous partons.» Puis le silence"), vec!["«Nous partons.»", "Puis le silence"]);
    }

    #[test]
    fn an_initial_s_dot_ends_no_sentence() {
        assert_eq!(texts("Des militaires ont retenu M. Bazoum. Puis le silence").len(), 2);
        assert_eq!(texts("Ibrahim B. Keïta est parti. Le plan A.").len(), 2);
        // (a word of several letters, or a small one, ends its sentence)
        assert_eq!(texts("Il est venu à Gao. Puis il est parti a. Non").len(), 3);
    }

    #[test]
    fn keeps_decimals_times_and_title_ellipsis_together() {
        assert_eq!(texts("بدأ الساعة 05.30 صباحا. ثم هدأ").len(), 2);
        assert_eq!(texts("الهجوم في باماكو.. دلالات التصعيد").len(), 1);
    }
}
