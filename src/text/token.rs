//! Tokenization of a paragraph into words, numbers and punctuation, keeping character offsets
//! into the original text and a normalized copy for matching.
//!
//! A number glued to a conjunction or preposition (`و2021`, `ب2015`) becomes a number token whose
//! `prefix` holds the clitic; digits glued to letters after them (`1446هـ`, `2024م`) are split.
//! Letters and digits mixed otherwise (`جي5`, `G5`) stay one word.

use super::normalize::{is_arabic_letter, is_word_char, normalize_char};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (Arabic or Latin), possibly with digits inside.
    Word,
    /// Digits only (after an optional glued clitic).
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// One token of a paragraph.
#[derive(Debug, Clone)]
pub struct Token {
    /// First character in the original paragraph (for a number, its first digit: a glued
    /// clitic before it belongs to no token).
    pub start: usize,
    /// One past the last character in the original paragraph.
    pub end: usize,
    /// Kind of token.
    pub kind: TokenKind,
    /// Byte range of the normalized text in [`Tokens::norm`].
    norm: (u32, u32),
    /// Numeric value of a number token (saturating).
    pub value: u32,
    /// Number of digits of a number token.
    pub digits: u8,
    /// True when the word is written in Latin letters.
    pub latin: bool,
    /// True when a clitic (و، ب…) is glued before a number.
    pub glued_prefix: bool,
    /// True when the glued clitic ends in the preposition في (`وفي2015`).
    pub glued_fi: bool,
}

/// The tokens of one paragraph and their normalized text.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    norm: String,
    /// The tokens, in order.
    pub toks: Vec<Token>,
}

impl Tokens {
    /// Normalized text of token `i` (digits only for a number).
    #[inline]
    pub fn text(&self, i: usize) -> &str {
        let (a, b) = self.toks[i].norm;
        &self.norm[a as usize..b as usize]
    }
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    /// True when there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    /// True when token `i` exists and is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Punct && self.text(i).starts_with(c)
    }
    /// True when token `i` exists and is any punctuation.
    pub fn is_any_punct(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Punct
    }
    /// True when token `i` exists and is a number.
    pub fn is_number(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Number
    }
    /// True when token `i` exists and is a word.
    pub fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Word
    }
    /// The word forms of token `i` (see [`word_forms`]); empty for other kinds.
    pub fn forms(&self, i: usize) -> WordForms<'_> {
        if self.is_word(i) {
            word_forms(self.text(i))
        } else {
            WordForms::default()
        }
    }
}

/// Splits `text` into tokens. Offsets count characters, not bytes.
pub fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens { norm: String::with_capacity(text.len()), toks: Vec::with_capacity(text.len() / 6) };
    // A run of word characters: (char offset, normalized char or None) pairs.
    let mut run: Vec<(usize, Option<char>)> = Vec::new();
    let mut run_start = 0;
    for (ci, c) in text.chars().enumerate() {
        if is_word_char(c) {
            if run.is_empty() {
                run_start = ci;
            }
            run.push((ci, normalize_char(c)));
            continue;
        }
        if !run.is_empty() {
            flush_run(&run, run_start, &mut out);
            run.clear();
        }
        if !c.is_whitespace() {
            if let Some(n) = normalize_char(c) {
                push(&mut out, ci, ci + 1, TokenKind::Punct, std::iter::once(n), false);
            }
        }
    }
    if !run.is_empty() {
        flush_run(&run, run_start, &mut out);
    }
    out
}

fn push(out: &mut Tokens, start: usize, end: usize, kind: TokenKind, chars: impl Iterator<Item = char>, glued: bool) {
    let a = out.norm.len();
    out.norm.extend(chars);
    let b = out.norm.len();
    let s = &out.norm[a..b];
    let (value, digits) = if kind == TokenKind::Number {
        let v = s.bytes().fold(0u32, |acc, d| acc.saturating_mul(10).saturating_add((d - b'0') as u32));
        (v, s.len().min(255) as u8)
    } else {
        (0, 0)
    };
    let latin = kind == TokenKind::Word && s.chars().any(|c| c.is_ascii_alphabetic());
    out.toks.push(Token { start, end, kind, norm: (a as u32, b as u32), value, digits, latin, glued_prefix: glued, glued_fi: false });
    out.norm.push(' ');
}

const NUMBER_CLITICS: &[&str] = &["و", "ف", "ب", "ل", "وب", "ول", "وف", "وفي", "في"];

fn flush_run(run: &[(usize, Option<char>)], run_start: usize, out: &mut Tokens) {
    let end = run.last().map(|r| r.0 + 1).unwrap_or(run_start);
    let kept: Vec<(usize, char)> = run.iter().filter_map(|(i, c)| c.map(|c| (*i, c))).collect();
    if kept.is_empty() {
        return;
    }
    let first_digit = kept.iter().position(|(_, c)| c.is_ascii_digit());
    let Some(fd) = first_digit else {
        push(out, run_start, end, TokenKind::Word, kept.iter().map(|k| k.1), false);
        return;
    };
    let digits_end = fd + kept[fd..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    let prefix: String = kept[..fd].iter().map(|k| k.1).collect();
    let rest_is_arabic = kept[digits_end..].iter().all(|(_, c)| is_arabic_letter(*c));
    let prefix_ok = fd == 0 || NUMBER_CLITICS.contains(&prefix.as_str());
    if prefix_ok && rest_is_arabic {
        push(out, kept[fd].0, kept[digits_end - 1].0 + 1, TokenKind::Number, kept[fd..digits_end].iter().map(|k| k.1), fd > 0);
        if let Some(t) = out.toks.last_mut() {
            t.glued_fi = prefix.ends_with("في");
        }
        if digits_end < kept.len() {
            push(out, kept[digits_end].0, end, TokenKind::Word, kept[digits_end..].iter().map(|k| k.1), false);
        }
    } else {
        push(out, run_start, end, TokenKind::Word, kept.iter().map(|k| k.1), false);
    }
}

/// Up to six readings of a normalized word with glued clitics taken off, longest first:
/// the word itself; without a leading و/ف; without a following ب/ل/ك; without the article ال
/// (or the لل of ل + ال). `والجمعه` gives `والجمعه`, `الجمعه`, `جمعه`.
pub fn word_forms(w: &str) -> WordForms<'_> {
    let mut f = WordForms::default();
    f.push(w);
    let len = |s: &str| s.chars().count();
    let mut stems: [Option<&str>; 3] = [Some(w), None, None];
    if (w.starts_with('و') || w.starts_with('ف')) && len(w) > 2 {
        stems[1] = Some(&w['و'.len_utf8()..]);
    }
    for k in 0..2 {
        if let Some(s) = stems[k] {
            if (s.starts_with('ب') || s.starts_with('ل') || s.starts_with('ك')) && len(s) > 3 && !s.starts_with("لل") {
                stems[2] = stems[2].or(Some(&s['ب'.len_utf8()..]));
            }
        }
    }
    for s in stems.iter().flatten() {
        f.push(s);
        if s.starts_with("ال") && len(s) > 3 {
            f.push(&s["ال".len()..]);
        } else if s.starts_with("لل") && len(s) > 3 {
            f.push(&s["لل".len()..]);
        }
    }
    f
}

/// The forms returned by [`word_forms`] (no allocation).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordForms<'a> {
    items: [&'a str; 6],
    n: usize,
}

impl<'a> WordForms<'a> {
    fn push(&mut self, s: &'a str) {
        if self.n < self.items.len() && !self.items[..self.n].contains(&s) {
            self.items[self.n] = s;
            self.n += 1;
        }
    }
    /// The forms as a slice.
    pub fn as_slice(&self) -> &[&'a str] {
        &self.items[..self.n]
    }
    /// True when one of the forms equals `w`.
    pub fn has(&self, w: &str) -> bool {
        self.as_slice().contains(&w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &Tokens) -> Vec<(String, TokenKind)> {
        (0..t.len()).map(|i| (t.text(i).to_string(), t.toks[i].kind)).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation_with_char_offsets() {
        let t = tokenize("الثلاثاء 17/سبتمبر/2024، باماكو");
        let k = kinds(&t);
        assert_eq!(k[0], ("الثلاثاء".into(), TokenKind::Word));
        assert_eq!(k[1], ("17".into(), TokenKind::Number));
        assert_eq!(k[2], ("/".into(), TokenKind::Punct));
        assert_eq!(k[3].0, "سبتمبر");
        assert_eq!(k[5], ("2024".into(), TokenKind::Number));
        assert_eq!(k[6].0, "،");
        assert_eq!(t.toks[1].start, 9);
        assert_eq!(t.toks[1].end, 11);
        assert_eq!(t.toks[5].value, 2024);
    }

    #[test]
    fn numbers_glued_to_clitics_and_suffixes() {
        let t = tokenize("عامي 2020 و2021 و١٤٤٦هـ");
        assert_eq!(t.text(2), "2021");
        assert!(t.toks[2].glued_prefix);
        assert_eq!(t.toks[2].start, 11);
        assert_eq!(t.text(3), "1446");
        assert_eq!(t.text(4), "ه");
        let g = tokenize("جي5 ACI 2000");
        assert_eq!(g.toks[0].kind, TokenKind::Word);
        assert!(g.toks[1].latin);
    }

    #[test]
    fn word_forms_strip_glued_clitics() {
        assert_eq!(word_forms("والجمعه").as_slice(), &["والجمعه", "الجمعه", "جمعه"]);
        assert!(word_forms("وبالهجوم").has("هجوم"));
        assert!(word_forms("للعام").has("عام"));
        assert!(word_forms("الخميس").has("خميس"));
        // short words keep their first letter: "بين" is not ب + ين
        assert_eq!(word_forms("بين").as_slice(), &["بين"]);
    }
}
