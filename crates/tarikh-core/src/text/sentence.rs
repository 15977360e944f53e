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
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '؛' | ';' | '…');
    let is_closer = |c: char| matches!(c, '.' | '!' | '?' | '؟' | '…' | '"' | '”' | '»' | ')');
    let mut spans = Vec::new();
    let mut start = 0; // char index where the current sentence starts
    let mut it = text.chars().enumerate().peekable();
    while let Some((i, c)) = it.next() {
        if !is_stop(c) {
            continue;
        }
        // swallow runs such as "..", "?!", and closing quotes
        let mut j = i + 1;
        let mut run_dots = (c == '.') as usize;
        while let Some(&(_, n)) = it.peek() {
            if !is_closer(n) {
                break;
            }
            run_dots += (n == '.') as usize;
            it.next();
            j += 1;
        }
        let at_boundary = it.peek().map_or(true, |&(_, n)| n.is_whitespace());
        if at_boundary && !(c == '.' && run_dots >= 2) {
            spans.push(Span::new(start, j));
            start = j;
        }
    }
    spans.push(Span::new(start, text.chars().count()));
    trim_spans(text, spans)
}

/// Trims white space off each span and drops empty ones.
fn trim_spans(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let ws: Vec<bool> = text.chars().map(char::is_whitespace).collect();
    spans
        .into_iter()
        .filter_map(|Span { mut start, mut end }| {
            while start < end && ws[start] {
                start += 1;
            }
            while end > start && ws[end - 1] {
                end -= 1;
            }
            (end > start).then_some(Span::new(start, end))
        })
        .collect()
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
