//! The readings of a word with its glued Arabic clitics taken off (`والجمعه`: `والجمعه`,
//! `الجمعه`, `جمعه`), for a word on its own and for a token of a [`super::Tokens`] stream.

/// Up to six readings of a normalized word with glued clitics taken off, longest first:
/// the word itself; without a leading و/ف; without a following ب/ل/ك; without the article ال
/// (or the لل of ل + ال). `والجمعه` gives `والجمعه`, `الجمعه`, `جمعه`.
pub fn word_forms(w: &str) -> WordForms<'_> {
    let mut f = WordForms::default();
    for &off in clitic_offsets(w).as_slice() {
        f.push(&w[off as usize..]);
    }
    f
}

/// Where the readings of [`word_forms`] start in the word, in bytes (each reading is a suffix
/// of the word, so its start says which one it is): 0 first, then the longest first.
#[derive(Debug, Clone, Copy)]
pub(super) struct FormOffsets {
    at: [u8; 6],
    n: usize,
}

impl FormOffsets {
    fn push(&mut self, off: usize) {
        // each form is a suffix: two are the same when they start at the same byte
        if self.n < self.at.len() && off < 256 && !(0..self.n).any(|k| self.at[k] == off as u8) {
            self.at[self.n] = off as u8;
            self.n += 1;
        }
    }
    pub(super) fn as_slice(&self) -> &[u8] {
        &self.at[..self.n]
    }
}

/// The readings of `w` (see [`word_forms`]) as byte offsets into it.
#[inline(always)]
pub(super) fn clitic_offsets(w: &str) -> FormOffsets {
    // most words start with no clitic letter (و ف ب ل ك ا: bytes D8 A7/A8 or D9 81/83/84/88):
    // answered here, inline
    match w.as_bytes() {
        [0xD8, 0xA7 | 0xA8, ..] | [0xD9, 0x81 | 0x83 | 0x84 | 0x88, ..] => clitic_offsets_of(w),
        _ => FormOffsets { at: [0; 6], n: 1 },
    }
}

/// [`clitic_offsets`] of a word that starts with a clitic letter.
#[inline(never)]
fn clitic_offsets_of(w: &str) -> FormOffsets {
    // the clitic letters, each two bytes in UTF-8
    const WAW: [u8; 2] = [0xD9, 0x88]; // و
    const FA: [u8; 2] = [0xD9, 0x81]; // ف
    const BA: [u8; 2] = [0xD8, 0xA8]; // ب
    const LAM: [u8; 2] = [0xD9, 0x84]; // ل
    const KAF: [u8; 2] = [0xD9, 0x83]; // ك
    const ALEF: [u8; 2] = [0xD8, 0xA7]; // ا
    const L: usize = 2; // bytes of one Arabic letter
    let mut f = FormOffsets { at: [0; 6], n: 1 };
    let b = w.as_bytes();
    let at = |o: usize, c: [u8; 2]| o + L <= b.len() && b[o] == c[0] && b[o + 1] == c[1];
    // most words start with no clitic letter at all
    if ![WAW, FA, BA, LAM, KAF, ALEF].iter().any(|c| at(0, *c)) {
        return f;
    }
    // the stem from byte `o` has more than `k` characters: surely when it has more than 4k
    // bytes, else counted (a character is a byte that does not continue another)
    let longer = |o: usize, k: usize| b.len() - o > 4 * k || b[o..].iter().filter(|x| *x & 0xC0 != 0x80).count() > k;
    let mut stems: [Option<usize>; 3] = [Some(0), None, None];
    if (at(0, WAW) || at(0, FA)) && longer(0, 2) {
        stems[1] = Some(L);
    }
    for k in 0..2 {
        if let Some(o) = stems[k] {
            if (at(o, BA) || at(o, LAM) || at(o, KAF)) && longer(o, 3) && !(at(o, LAM) && at(o + L, LAM)) {
                stems[2] = stems[2].or(Some(o + L));
            }
        }
    }
    for &o in stems.iter().flatten() {
        f.push(o);
        if (at(o, ALEF) || at(o, LAM)) && at(o + L, LAM) && longer(o, 3) {
            f.push(o + 2 * L);
        }
    }
    f
}

/// The forms of a token, as stored by [`Tokens`].
#[derive(Debug, Clone, Copy)]
pub struct TokenForms<'a> {
    pub(super) norm: &'a str,
    pub(super) ranges: &'a [(u32, u32)],
    pub(super) hashes: &'a [u64],
}

impl<'a> TokenForms<'a> {
    /// The forms, longest first.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let norm = self.norm;
        self.ranges.iter().map(move |&(a, b)| &norm[a as usize..b as usize])
    }
    /// The forms with their [`word_hash`]es.
    #[inline]
    pub fn with_hashes(&self) -> impl Iterator<Item = (&'a str, u64)> + 'a {
        let norm = self.norm;
        self.ranges.iter().zip(self.hashes).map(move |(&(a, b), &h)| (&norm[a as usize..b as usize], h))
    }
    /// The [`word_hash`]es of the forms.
    #[inline]
    pub fn hashes(&self) -> &'a [u64] {
        self.hashes
    }
    /// True when one of the forms equals `w`.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        self.iter().any(|f| f == w)
    }
    /// True when one of the forms equals `w`, whose [`word_hash`] is `h` (compares hashes first).
    #[inline]
    pub fn has_hashed(&self, w: &str, h: u64) -> bool {
        self.with_hashes().any(|(f, fh)| fh == h && f == w)
    }
}

/// The forms returned by [`word_forms`] (no allocation).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordForms<'a> {
    items: [&'a str; 6],
    n: usize,
}

impl<'a> WordForms<'a> {
    /// Adds `s`, a suffix of the word (so two forms are the same when their lengths are).
    fn push(&mut self, s: &'a str) {
        if self.n < self.items.len() && !self.items[..self.n].iter().any(|f| f.len() == s.len()) {
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
