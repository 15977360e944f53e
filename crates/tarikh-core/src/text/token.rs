//! Tokenization of a paragraph into words, numbers and punctuation, keeping character offsets
//! into the original text and a normalized copy for matching.
//!
//! A number glued to a conjunction or preposition (`و2021`, `ب2015`) becomes a number token whose
//! `prefix` holds the clitic; digits glued to letters after them (`1446هـ`, `2024م`) are split.
//! Letters and digits mixed otherwise (`جي5`, `G5`) stay one word.

use super::forms::{clitic_offsets, TokenForms};
use super::normalize::{is_arabic_letter, normalize_char, CharClasses};

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
    /// True when the word ends in ta marbuta (ة), which normalization folds into ه: a noun or
    /// adjective, where a final ه is mostly a pronoun (`حوله`, `منه`).
    pub ta_marbuta: bool,
    /// True when the word is written with a capital first letter (`Moussa`), which
    /// normalization folds: a name, in Latin script.
    pub capital: bool,
    /// True when a Latin word ends with `é`, `ée`, `és` or `ées` as written, which normalization
    /// folds (`arrivée` is `arrivee`): mostly a French past participle, where `arrive` is a verb.
    pub acute_end: bool,
}

/// The tokens of one paragraph and their normalized text.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    norm: String,
    /// The normalized text while a paragraph is tokenized: bytes are pushed (each a whole
    /// UTF-8 character), then checked once (with SIMD) and copied into `norm`, which costs
    /// less than a `String` push per character.
    building: Vec<u8>,
    /// The tokens, in order.
    pub toks: Vec<Token>,
    /// Word forms of every token, as byte ranges into `norm`; token `i` owns
    /// `forms[form_idx[i].0 .. form_idx[i].1]`.
    forms: Vec<(u32, u32)>,
    /// [`word_hash`] of each form (parallel to `forms`): lexicon tables look words up by it.
    form_hashes: Vec<u64>,
    form_idx: Vec<(u32, u32)>,
    /// [`word_hash`] of each token's normalized text.
    hashes: Vec<u64>,
}

/// A hash of a normalized word, the key lexicon tables look words up by (computed once per
/// word form at tokenization): a multiply-rotate over 8-byte words, the last one read so that
/// it ends with the text (overlapping the one before), and short texts read in two overlapping
/// halves, as wyhash does: no byte-by-byte copy. Not stable across versions.
#[inline]
pub fn word_hash(s: &str) -> u64 {
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    let b = s.as_bytes();
    let n = b.len();
    let round = |h: u64, x: u64| (h ^ x).wrapping_mul(MUL).rotate_left(29);
    let u64_of = |c: &[u8]| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as u64;
    // (the length mixed in a round of its own: xored into the seed, it cancelled against the
    // first byte, and `la` was `maa`)
    let mut h: u64 = round(0xcbf2_9ce4_8422_2325, n as u64);
    if n > 8 {
        // every whole 8 bytes before the last byte, then the last 8 bytes
        for c in b[..(n - 1) / 8 * 8].chunks_exact(8) {
            h = round(h, u64_of(c));
        }
        h = round(h, u64_of(&b[n - 8..]));
    } else if n >= 4 {
        h = round(h, u32_at(0) | u32_at(n - 4) << 32);
    } else if n > 0 {
        h = round(h, b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16);
    }
    h ^ (h >> 32)
}

impl Tokens {
    /// Normalized text of token `i` (digits only for a number); empty past the last token, so
    /// that a look one token ahead at a paragraph's end reads nothing rather than panicking.
    #[inline]
    pub fn text(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.norm[t.norm.0 as usize..t.norm.1 as usize],
            None => "",
        }
    }
    /// [`word_hash`] of token `i`'s normalized text.
    #[inline]
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes[i]
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
    /// True when token `i` is a comma, Latin or Arabic (`,`, `،`).
    pub fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, ',') || self.is_punct(i, '،')
    }
    /// True when token `i` is an apostrophe, straight or curly (`d'août`, `d’août`).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        self.is_punct(i, '\'') || self.is_punct(i, '’')
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
    /// The word forms of token `i` (see [`word_forms`]); empty for other kinds. Computed once
    /// at tokenization.
    #[inline]
    pub fn forms(&self, i: usize) -> TokenForms<'_> {
        let (ranges, hashes) = match self.form_idx.get(i) {
            Some(&(a, b)) => (&self.forms[a as usize..b as usize], &self.form_hashes[a as usize..b as usize]),
            None => (&[][..], &[][..]),
        };
        TokenForms { norm: &self.norm, ranges, hashes }
    }

    fn index_forms(&mut self) {
        self.form_idx.reserve(self.toks.len());
        self.hashes.reserve(self.toks.len());
        self.forms.reserve(self.toks.len() + self.toks.len() / 2);
        self.form_hashes.reserve(self.toks.len() + self.toks.len() / 2);
        for tok in &self.toks {
            let start = self.forms.len() as u32;
            let (a, b) = tok.norm;
            let text = &self.norm[a as usize..b as usize];
            let hash = word_hash(text);
            self.hashes.push(hash);
            if tok.kind == TokenKind::Word {
                // the first form is the word itself
                self.forms.push((a, b));
                self.form_hashes.push(hash);
                for &off in &clitic_offsets(text).as_slice()[1..] {
                    self.forms.push((a + off as u32, b));
                    self.form_hashes.push(word_hash(&text[off as usize..]));
                }
            }
            self.form_idx.push((start, self.forms.len() as u32));
        }
    }
}

thread_local! {
    /// Token buffers put back for reuse on this thread (see [`Tokens::take_buffer`]).
    static BUFFERS: std::cell::RefCell<Vec<Tokens>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// At most this many buffers are kept per thread.
const KEPT_BUFFERS: usize = 4;

impl Tokens {
    /// An empty `Tokens` whose buffers were used before on this thread, if any: tokenizing
    /// document after document then allocates once per thread, not per document.
    pub fn take_buffer() -> Tokens {
        BUFFERS.with(|b| b.borrow_mut().pop()).unwrap_or_default()
    }
    /// Puts the buffers back for [`Tokens::take_buffer`].
    pub fn give_back(self) {
        BUFFERS.with(|b| {
            let mut b = b.borrow_mut();
            if b.len() < KEPT_BUFFERS {
                b.push(self);
            }
        });
    }
}

/// Tokenizes `text` into a buffer of this thread and calls `f` with the tokens (a short text
/// looked at in passing allocates nothing).
pub fn with_tokens<R>(text: &str, f: impl FnOnce(&Tokens) -> R) -> R {
    let mut toks = Tokens::take_buffer();
    tokenize_into(text, &mut toks);
    let r = f(&toks);
    toks.give_back();
    r
}

/// Splits `text` into tokens. Offsets count characters, not bytes.
pub fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens::default();
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], reusing the buffers of `out` (scanning many paragraphs allocates once).
pub fn tokenize_into(text: &str, out: &mut Tokens) {
    out.building.clear();
    out.toks.clear();
    out.forms.clear();
    out.form_hashes.clear();
    out.form_idx.clear();
    out.hashes.clear();
    out.building.reserve(text.len() + text.len() / 8);
    out.toks.reserve(text.len() / 10);
    let out = &mut *out;
    // the current run of word characters: first char index, first byte, normalized start
    let mut run: Option<(usize, usize, usize)> = None;
    // what the run's normalized letters hold so far
    let mut has_digit = false;
    let mut latin = false;
    let mut last_ta_marbuta = false;
    let mut ci = 0;
    let classes = CharClasses::get();
    let bytes = text.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        // one character: ASCII and the Arabic block (two bytes, lead 0xD8–0xDB) decoded here,
        // anything else by the standard decoder
        let bi = next;
        let b = bytes[bi];
        let (word, normalized, ta_marbuta) = if b < 0x80 {
            next += 1;
            (b.is_ascii_alphanumeric(), Some(b.to_ascii_lowercase() as char), false)
        } else if (0xD8..=0xDB).contains(&b) && bi + 1 < bytes.len() {
            next += 2;
            let k = (((b & 0x03) as usize) << 6) | (bytes[bi + 1] & 0x3F) as usize;
            let (word, normalized) = classes.arabic(k);
            (word, normalized, k == 0x29) // U+0629 ة
        } else {
            let c = text.get(bi..).and_then(|t| t.chars().next()).unwrap_or('\u{FFFD}');
            next += c.len_utf8();
            let (word, normalized) = classes.of(c);
            // white space outside ASCII is not punctuation
            (word, normalized.filter(|_| word || !c.is_whitespace()), false)
        };
        if word {
            if run.is_none() {
                run = Some((ci, bi, out.building.len()));
                has_digit = false;
                latin = false;
            }
            last_ta_marbuta = ta_marbuta;
            if let Some(n) = normalized {
                push_utf8(&mut out.building, n);
                has_digit |= n.is_ascii_digit();
                latin |= n.is_ascii_alphabetic();
            }
        } else {
            if let Some(r) = run.take() {
                finish_run(out, text, r, ci, bi, (has_digit, latin), last_ta_marbuta);
            }
            if let Some(n) = normalized.filter(|n| !n.is_ascii_whitespace() && *n != '\u{0B}') {
                push(out, ci, ci + 1, TokenKind::Punct, std::iter::once(n), false);
            }
        }
        ci += 1;
    }
    if let Some(r) = run.take() {
        finish_run(out, text, r, ci, text.len(), (has_digit, latin), last_ta_marbuta);
    }
    // whole characters were pushed, so the check cannot fail (and would lose nothing if it did)
    out.norm.clear();
    match encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(&out.building) {
        Some(valid) => out.norm.push_str(&valid),
        None => out.norm.push_str(&String::from_utf8_lossy(&out.building)),
    }
    out.index_forms();
}

/// Appends `c` encoded as UTF-8.
#[inline]
fn push_utf8(buf: &mut Vec<u8>, c: char) {
    let u = c as u32;
    if u < 0x80 {
        buf.push(u as u8);
    } else if u < 0x800 {
        buf.extend_from_slice(&[0xC0 | (u >> 6) as u8, 0x80 | (u & 0x3F) as u8]);
    } else {
        buf.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    }
}

/// Ends a run of word characters whose normalized text is already in `out.building`.
#[allow(clippy::too_many_arguments)]
/// `(has_digit, latin)`: whether the normalized run holds a digit, and a Latin letter.
#[inline(always)]
fn finish_run(
    out: &mut Tokens,
    text: &str,
    (start_ci, start_bi, norm_start): (usize, usize, usize),
    end_ci: usize,
    end_bi: usize,
    (has_digit, latin): (bool, bool),
    ta_marbuta: bool,
) {
    if out.building.len() == norm_start {
        return; // only dropped marks
    }
    if !has_digit {
        let n = (norm_start as u32, out.building.len() as u32);
        out.toks.push(Token {
            start: start_ci,
            end: end_ci,
            kind: TokenKind::Word,
            norm: n,
            value: 0,
            digits: 0,
            latin,
            glued_prefix: false,
            glued_fi: false,
            ta_marbuta,
            capital: latin && text[start_bi..].chars().next().is_some_and(char::is_uppercase),
            acute_end: latin && acute_end(&text[start_bi..end_bi]),
        });
        out.building.push(b' ');
        return;
    }
    split_digits(out, text, (start_ci, start_bi, norm_start), end_bi);
}

/// True when `word` ends with `é`, `ée`, `és` or `ées` (either case).
fn acute_end(word: &str) -> bool {
    let w = word.strip_suffix(['s', 'S']).unwrap_or(word);
    let w = w.strip_suffix(['e', 'E']).unwrap_or(w);
    w.ends_with(['é', 'É'])
}

/// Ends a run with digits inside: clitic + number + suffix, by the careful path.
#[inline(never)]
fn split_digits(out: &mut Tokens, text: &str, (start_ci, start_bi, norm_start): (usize, usize, usize), end_bi: usize) {
    out.building.truncate(norm_start);
    let run: Vec<(usize, Option<char>)> =
        text[start_bi..end_bi].chars().enumerate().map(|(k, c)| (start_ci + k, normalize_char(c))).collect();
    flush_run(&run, start_ci, out);
}

fn push(out: &mut Tokens, start: usize, end: usize, kind: TokenKind, chars: impl Iterator<Item = char>, glued: bool) {
    let a = out.building.len();
    for c in chars {
        push_utf8(&mut out.building, c);
    }
    let b = out.building.len();
    let s = &out.building[a..b];
    let (value, digits) = if kind == TokenKind::Number {
        let v = s.iter().fold(0u32, |acc, d| acc.saturating_mul(10).saturating_add((d - b'0') as u32));
        (v, s.len().min(255) as u8)
    } else {
        (0, 0)
    };
    // an ASCII byte in UTF-8 is an ASCII character
    let latin = kind == TokenKind::Word && s.iter().any(|c| c.is_ascii_alphabetic());
    out.toks.push(Token {
        start,
        end,
        kind,
        norm: (a as u32, b as u32),
        value,
        digits,
        latin,
        glued_prefix: glued,
        glued_fi: false,
        ta_marbuta: false,
        capital: false,
        acute_end: false,
    });
    out.building.push(b' ');
}

/// Letters of a word that a missing space glued to the number after it.
const GLUED_WORD_MIN_LETTERS: usize = 3;

/// True for an hour mark after an hour: `h`, or `h` and two digits of minutes (`10h15`).
fn is_hour_mark(mut chars: impl Iterator<Item = char>) -> bool {
    if chars.next() != Some('h') {
        return false;
    }
    let rest: Vec<char> = chars.collect();
    rest.is_empty() || (rest.len() == 2 && rest.iter().all(|c| c.is_ascii_digit()))
}

/// True for the time designator of an ISO 8601 stamp after a day, with the hour
/// (`2024-03-12T14:05`): `t` and two digits.
fn is_iso_time_mark(mut chars: impl Iterator<Item = char>) -> bool {
    chars.next() == Some('t') && chars.filter(|c| c.is_ascii_digit()).count() == 2
}

/// True for an ordinal suffix written after a day number (`1st November`, `1er mars`).
fn is_ordinal_suffix(mut chars: impl Iterator<Item = char>) -> bool {
    let mut buf = [' '; 2];
    let mut n = 0;
    for c in chars.by_ref() {
        if n == buf.len() {
            return false;
        }
        buf[n] = c;
        n += 1;
    }
    matches!(&buf[..n], ['s', 't'] | ['n', 'd'] | ['r', 'd'] | ['t', 'h'] | ['e', 'r'] | ['r', 'e'] | ['e'])
}

fn flush_run(run: &[(usize, Option<char>)], run_start: usize, out: &mut Tokens) {
    let end = run.last().map(|r| r.0 + 1).unwrap_or(run_start);
    // positions in `run` of the kept (normalized, not dropped) characters
    let kept = || run.iter().filter_map(|(i, c)| c.map(|c| (*i, c)));
    let Some(fd) = kept().position(|(_, c)| c.is_ascii_digit()) else {
        if kept().next().is_some() {
            push(out, run_start, end, TokenKind::Word, kept().map(|k| k.1), false);
        }
        return;
    };
    let n_digits = kept().skip(fd).take_while(|(_, c)| c.is_ascii_digit()).count();
    let digits_end = fd + n_digits;
    let mut prefix_buf = [0u8; 16];
    let mut plen = 0;
    let mut prefix_fits = true;
    for (_, c) in kept().take(fd) {
        if plen + c.len_utf8() > prefix_buf.len() {
            prefix_fits = false;
            break;
        }
        plen += c.encode_utf8(&mut prefix_buf[plen..]).len();
    }
    let prefix = std::str::from_utf8(&prefix_buf[..plen]).unwrap_or("");
    let rest_is_arabic = kept().skip(digits_end).all(|(_, c)| is_arabic_letter(c));
    // an ordinal suffix after a day: `1st`, `2nd`, `1er`; an hour mark: `16h`, `10h15`
    let rest_is_ordinal = !rest_is_arabic && is_ordinal_suffix(kept().skip(digits_end).map(|k| k.1));
    let rest_is_hour = fd == 0 && n_digits <= 2 && is_hour_mark(kept().skip(digits_end).map(|k| k.1));
    // `12T14` of `2024-03-12T14:05:00Z`: the day, the designator, the hour
    let rest_is_iso_time = fd == 0 && n_digits <= 2 && is_iso_time_mark(kept().skip(digits_end).map(|k| k.1));
    if rest_is_hour || rest_is_iso_time {
        let mark = if rest_is_hour { 'h' } else { 't' };
        let h_at = kept().nth(digits_end).map(|k| k.0).unwrap_or(run_start);
        push(out, run_start, h_at, TokenKind::Number, kept().take(n_digits).map(|k| k.1), false);
        push(out, h_at, h_at + 1, TokenKind::Word, std::iter::once(mark), false);
        if kept().nth(digits_end + 1).is_some() {
            let minutes_at = h_at + 1;
            push(out, minutes_at, end, TokenKind::Number, kept().skip(digits_end + 1).map(|k| k.1), false);
        }
        return;
    }
    let clitic = prefix_fits && super::morphology().number_clitics.iter().any(|c| c == prefix);
    // a word glued before a number by a missing space (`مجدي21 نوفمبر`): three Arabic letters
    // or more, so that `G5` and `جي5` stay one word
    let glued_word = fd >= GLUED_WORD_MIN_LETTERS && !clitic && kept().take(fd).all(|(_, c)| is_arabic_letter(c));
    if glued_word && (rest_is_arabic || rest_is_ordinal) {
        let word_end = kept().nth(fd - 1).map(|k| k.0 + 1).unwrap_or(run_start);
        push(out, run_start, word_end, TokenKind::Word, kept().take(fd).map(|k| k.1), false);
        let first_digit_at = kept().nth(fd).map(|k| k.0).unwrap_or(word_end);
        let tail: Vec<(usize, Option<char>)> = run.iter().copied().filter(|(i, _)| *i >= first_digit_at).collect();
        flush_run(&tail, first_digit_at, out);
        return;
    }
    let prefix_ok = fd == 0 || clitic;
    if prefix_ok && (rest_is_arabic || rest_is_ordinal) {
        let first_digit_at = kept().nth(fd).map(|k| k.0).unwrap_or(run_start);
        let last_digit_at = kept().nth(digits_end - 1).map(|k| k.0).unwrap_or(run_start);
        push(
            out,
            first_digit_at,
            last_digit_at + 1,
            TokenKind::Number,
            kept().skip(fd).take(n_digits).map(|k| k.1),
            fd > 0,
        );
        if let Some(t) = out.toks.last_mut() {
            t.glued_fi = prefix.ends_with(super::morphology().in_word.as_str());
        }
        if let Some((at, _)) = kept().nth(digits_end) {
            push(out, at, end, TokenKind::Word, kept().skip(digits_end).map(|k| k.1), false);
        }
    } else {
        push(out, run_start, end, TokenKind::Word, kept().map(|k| k.1), false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::word_forms;

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
    fn a_word_ending_in_an_acute_e_as_written_is_marked() {
        let t = tokenize("La junte, arrivée le 26, arrive ; ARRIVÉES élu Été été");
        let marked: Vec<&str> = (0..t.len()).filter(|&i| t.toks[i].acute_end).map(|i| t.text(i)).collect();
        assert_eq!(marked, ["arrivee", "arrivees", "ete", "ete"]);
    }

    #[test]
    fn numbers_glued_to_clitics_and_suffixes() {
        let t = tokenize("عامي 2020 و2021 و١٤٤٦هـ");
        assert_eq!(t.text(2), "2021");
        assert!(t.toks[2].glued_prefix);
        assert_eq!(t.toks[2].start, 11);
        assert_eq!(t.text(3), "1446");
        assert_eq!(t.text(4), "ه");
        // a missing space between a word and a date; an ordinal suffix
        let m = tokenize("آمنة مجدي21 نوفمبر 2024آخر تحديث");
        assert_eq!((1..6).map(|i| m.text(i)).collect::<Vec<_>>(), vec!["مجدي", "21", "نوفمبر", "2024", "اخر"]);
        assert_eq!((m.toks[2].start, m.toks[2].end), (9, 11));
        let h = tokenize("vers 16h puis à 10h15 et 23H00");
        assert_eq!(
            (0..h.len()).map(|i| h.text(i)).collect::<Vec<_>>(),
            vec!["vers", "16", "h", "puis", "a", "10", "h", "15", "et", "23", "h", "00"]
        );
        // an ISO 8601 stamp: the day, its time designator and the hour are three tokens; a
        // model name (`12T4`) and a word stay one
        let iso = tokenize("2024-03-12T14:05:00Z 12T4");
        assert_eq!((4..7).map(|i| iso.text(i)).collect::<Vec<_>>(), vec!["12", "t", "14"]);
        assert_eq!(iso.toks[4].kind, TokenKind::Number);
        assert_eq!(iso.text(iso.len() - 1), "12t4");
        assert_eq!(h.toks[5].kind, TokenKind::Number);
        let o = tokenize("1st, November 2023");
        assert_eq!((o.text(0), o.toks[0].kind, o.text(1)), ("1", TokenKind::Number, "st"));
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
        assert_eq!(word_forms("فللعام").as_slice(), &["فللعام", "للعام", "عام"]);
        assert_eq!(word_forms("وبالمدينه").as_slice(), &["وبالمدينه", "بالمدينه", "المدينه", "مدينه"]);
        assert_eq!(word_forms("ولد").as_slice(), &["ولد", "لد"]);
        assert_eq!(word_forms("والG5").as_slice(), &["والG5", "الG5", "G5"]);
    }
}
