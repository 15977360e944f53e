//! Sentence spans inside a paragraph, in character offsets. A sentence ends at `.`, `!`, `?`,
//! `؟`, `؛` or `;` followed by a space or the end (so `05.30`, `ACI.2000` or `..` inside a title do
//! not split).

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

/// The sentences of `text`, trimmed of surrounding white space, in order.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_end = matches!(c, '.' | '!' | '?' | '؟' | '؛' | ';' | '…');
        if is_end {
            // swallow runs such as "..", "?!"
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '.' | '!' | '?' | '؟' | '…' | '"' | '”' | '»' | ')') {
                j += 1;
            }
            let at_boundary = j >= chars.len() || chars[j].is_whitespace();
            let is_double_dot = j - i >= 2 && c == '.';
            if at_boundary && !is_double_dot {
                push_trimmed(&chars, start, j, &mut spans);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&chars, start, chars.len(), &mut spans);
    spans
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<Span>) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s {
        out.push(Span::new(s, e));
    }
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
    fn keeps_decimals_times_and_title_ellipsis_together() {
        assert_eq!(texts("بدأ الساعة 05.30 صباحا. ثم هدأ").len(), 2);
        assert_eq!(texts("الهجوم في باماكو.. دلالات التصعيد").len(), 1);
    }
}
