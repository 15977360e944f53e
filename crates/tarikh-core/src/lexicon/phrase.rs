//! A dictionary of words and multi-word phrases matched against a token stream, with
//! clitic-aware word forms and `*` prefix words. Every lexicon in `assets/` is loaded into one.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::{tokenize, word_hash, Tokens};

/// A small fast hasher for word keys and integer keys (a multiply-rotate over 8-byte words,
/// like [`crate::corpus::document::stable_hash`]); keys are trusted data (lexicon words, ids,
/// hashes), so no protection against chosen collisions is needed.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    #[inline]
    fn mix(&mut self, x: u64) {
        let h = if self.0 == 0 { Self::SEED } else { self.0 };
        self.0 = (h ^ x).wrapping_mul(Self::MUL).rotate_left(29);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.mix(n as u64 | 1 << 63);
    }
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.mix(n as u64);
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// One word of a phrase pattern.
#[derive(Debug, Clone)]
enum WordPat {
    /// The token (one of its forms) equals this text (whose [`word_hash`] is given).
    Exact(String, u64),
    /// The token is this stem with the article (`ال…`, or `لل…` after ل), possibly behind
    /// other clitics: `النصرة` also matches `للنصرة` and `والنصرة`.
    Definite(String),
    /// One of the token's forms starts with this text.
    Prefix(String),
}

impl WordPat {
    fn matches(&self, toks: &Tokens, j: usize) -> bool {
        if j >= toks.len() {
            return false;
        }
        if !toks.is_word(j) {
            return matches!(self, WordPat::Exact(w, h) if toks.hash(j) == *h && toks.text(j) == w);
        }
        let forms = toks.forms(j);
        match self {
            WordPat::Exact(w, h) => forms.has_hashed(w, *h),
            WordPat::Definite(stem) => has_article_form(forms, stem),
            WordPat::Prefix(p) => forms.iter().any(|f| f.starts_with(p.as_str())),
        }
    }
}

/// The filter bit of a word: 16 bits of its [`word_hash`].
#[inline]
fn filter_key(hash: u64) -> usize {
    (hash >> 24) as usize & 0xFFFF
}

/// A hasher for keys that are already hashes ([`word_hash`]): passes them through.
#[derive(Default, Clone, Copy)]
pub struct HashKeyHasher(u64);

impl Hasher for HashKeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // only u64 keys are hashed with it; anything else is folded in
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).rotate_left(8);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The first two characters of a word (the key of its prefix bucket).
fn bucket(w: &str) -> &str {
    let end = w.char_indices().nth(2).map(|(i, _)| i).unwrap_or(w.len());
    &w[..end]
}

fn has_article_form(forms: crate::text::TokenForms<'_>, stem: &str) -> bool {
    let m = crate::text::morphology();
    forms.iter().any(|f| m.article_forms.iter().any(|a| f.starts_with(a.as_str()) && f.get(a.len()..) == Some(stem)))
}

/// The phrases a word starts.
#[derive(Debug, Clone, Default)]
struct FirstWord {
    /// The word (its hash is the key).
    word: String,
    /// The phrases, in the order they were added, each with the bit of its second word (0
    /// when it has none that must equal a text).
    ids: Vec<(usize, u64)>,
}

/// The bit of a word hash in a one-word set of hashes.
#[inline]
fn hash_bit(h: u64) -> u64 {
    1u64 << (h % 64)
}

/// A phrase and the value it stands for.
#[derive(Debug, Clone)]
struct Phrase<T> {
    words: Vec<WordPat>,
    /// The [`word_hash`] of the second word when it must equal a text (a quick test before
    /// the words are compared).
    second: Option<u64>,
    not_followed_by: Vec<String>,
    value: T,
}

/// Phrases indexed by their first word.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    /// Phrases by the [`word_hash`] of their first word (and that word, to check it: words
    /// whose hashes collide each keep their own entry).
    exact: HashMap<u64, Vec<FirstWord>, BuildHasherDefault<HashKeyHasher>>,
    /// One bit per 16 bits of the first words' hashes: most word forms are rejected by one
    /// bit test instead of a lookup.
    filter: Vec<u64>,
    /// Prefix first words, bucketed by their first two characters.
    prefix: WordMap<String, Vec<(String, usize)>>,
    phrases: Vec<Phrase<T>>,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable {
            exact: HashMap::default(),
            filter: vec![0; 1024],
            prefix: WordMap::default(),
            phrases: Vec::new(),
        }
    }
}

/// A match: the value and the index one past the last token matched.
pub struct PhraseMatch<'a, T> {
    /// The value of the phrase.
    pub value: &'a T,
    /// One past the last token of the match.
    pub end: usize,
}

impl<T> PhraseTable<T> {
    /// Adds a phrase. Words ending in `*` match by prefix; `~!w` parts name following words
    /// that cancel the match (`القاعدة~!العسكرية`). The text is normalized and tokenized the way
    /// paragraphs are, so `ت.غ` or `ACI 2000` match what the tokenizer makes of them.
    pub fn insert(&mut self, pattern: &str, value: T) {
        let mut parts = pattern.split('~');
        let main = parts.next().unwrap_or("").trim();
        let not_followed_by: Vec<String> =
            parts.filter_map(|p| p.trim().strip_prefix('!')).map(crate::text::normalize).collect();
        let mut words = Vec::new();
        for raw in main.split_whitespace() {
            let (raw, is_prefix) = match raw.strip_suffix('*') {
                Some(r) => (r, true),
                None => (raw, false),
            };
            let t = tokenize(raw);
            for k in 0..t.len() {
                let w = t.text(k).to_string();
                let last = k + 1 == t.len();
                let article = crate::text::morphology().article.as_str();
                let definite = w.starts_with(article) && w.chars().count() > 3 && t.is_word(k);
                words.push(if is_prefix && last {
                    WordPat::Prefix(w)
                } else if definite {
                    WordPat::Definite(w[article.len()..].to_string())
                } else {
                    let h = word_hash(&w);
                    WordPat::Exact(w, h)
                });
            }
        }
        if words.is_empty() {
            return;
        }
        let id = self.phrases.len();
        let second = match words.get(1) {
            Some(WordPat::Exact(_, h)) => Some(*h),
            _ => None,
        };
        match &words[0] {
            WordPat::Exact(w, _) | WordPat::Definite(w) => {
                let h = word_hash(w);
                let k = filter_key(h);
                self.filter[k / 64] |= 1 << (k % 64);
                let entries = self.exact.entry(h).or_default();
                let k = match entries.iter().position(|e| e.word == *w) {
                    Some(k) => k,
                    None => {
                        entries.push(FirstWord { word: w.clone(), ..FirstWord::default() });
                        entries.len() - 1
                    }
                };
                entries[k].ids.push((id, second.map_or(0, hash_bit)));
            }
            WordPat::Prefix(p) => self.prefix.entry(bucket(p).to_string()).or_default().push((p.clone(), id)),
        }
        self.phrases.push(Phrase { words, second, not_followed_by, value });
    }

    /// The phrases `word` (whose [`word_hash`] is `h`) starts.
    #[inline]
    fn first_word(&self, h: u64, word: &str) -> Option<&FirstWord> {
        self.exact.get(&h).and_then(|entries| entries.iter().find(|e| e.word == word))
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// False when no phrase can start at token `i`: none of its forms passes the first-word
    /// filter (and the table has no prefix words). Most tokens are turned away here, before
    /// any look-up.
    #[inline]
    fn may_start_at(&self, toks: &Tokens, i: usize) -> bool {
        if i >= toks.len() {
            return false;
        }
        if !self.prefix.is_empty() {
            return true;
        }
        let passes = |h: u64| {
            let k = filter_key(h);
            self.filter[k / 64] & (1 << (k % 64)) != 0
        };
        if toks.is_word(i) {
            toks.forms(i).hashes().iter().any(|&h| passes(h))
        } else {
            passes(toks.hash(i))
        }
    }

    /// Calls `f` for every phrase that matches starting at token `i`.
    #[inline]
    pub fn each_match<'a>(&'a self, toks: &Tokens, i: usize, f: impl FnMut(PhraseMatch<'a, T>)) {
        if self.may_start_at(toks, i) {
            self.each_match_found(toks, i, f);
        }
    }

    /// [`PhraseTable::each_match`] past the first-word filter.
    fn each_match_found<'a>(&'a self, toks: &Tokens, i: usize, mut f: impl FnMut(PhraseMatch<'a, T>)) {
        if i >= toks.len() {
            return;
        }
        // one bit per hash of the next token's forms: a phrase whose second word has none of
        // them cannot match (computed when a first word is found)
        let next_bits: std::cell::Cell<Option<u64>> = std::cell::Cell::new(None);
        let next = || match next_bits.get() {
            Some(b) => b,
            None => {
                let j = i + 1;
                let b = if j >= toks.len() {
                    0
                } else if toks.is_word(j) {
                    toks.forms(j).hashes().iter().fold(0, |m, &h| m | hash_bit(h))
                } else {
                    hash_bit(toks.hash(j))
                };
                next_bits.set(Some(b));
                b
            }
        };
        // a phrase whose second word (its bit, 0 for none) is not the next token's is not tried
        let cannot_follow = |second: u64| second != 0 && next() & second == 0;
        // `first_known`: the lookup that found the phrase already matched its first word
        let mut try_phrase = |id: usize, first_known: bool| {
            let p = &self.phrases[id];
            let from = usize::from(first_known && !matches!(p.words[0], WordPat::Definite(_)));
            if p.words.iter().enumerate().skip(from).all(|(k, w)| w.matches(toks, i + k)) {
                let end = i + p.words.len();
                let blocked = toks.is_word(end) && p.not_followed_by.iter().any(|w| toks.forms(end).has(w));
                if !blocked {
                    f(PhraseMatch { value: &p.value, end });
                }
            }
        };
        if toks.is_word(i) {
            let forms = toks.forms(i);
            let mut seen: [usize; 8] = [usize::MAX; 8];
            let mut n = 0;
            for (form, h) in forms.with_hashes() {
                let k = filter_key(h);
                if self.filter[k / 64] & (1 << (k % 64)) == 0 {
                    continue;
                }
                if let Some(first) = self.first_word(h, form) {
                    for &(id, second) in &first.ids {
                        if cannot_follow(second) {
                            continue;
                        }
                        if !seen[..n].contains(&id) {
                            if n < seen.len() {
                                seen[n] = id;
                                n += 1;
                            }
                            try_phrase(id, true);
                        }
                    }
                }
            }
            if !self.prefix.is_empty() {
                let mut tried: [usize; 8] = [usize::MAX; 8];
                let mut nt = 0;
                for form in forms.iter() {
                    let Some(list) = self.prefix.get(bucket(form)) else { continue };
                    for (p, id) in list {
                        if form.starts_with(p.as_str())
                            && !tried[..nt].contains(id)
                            && !cannot_follow(self.phrases[*id].second.map_or(0, hash_bit))
                        {
                            if nt < tried.len() {
                                tried[nt] = *id;
                                nt += 1;
                            }
                            try_phrase(*id, true);
                        }
                    }
                }
            }
        } else {
            let h = toks.hash(i);
            let k = filter_key(h);
            if self.filter[k / 64] & (1 << (k % 64)) != 0 {
                if let Some(first) = self.first_word(h, toks.text(i)) {
                    for &(id, second) in &first.ids {
                        if !cannot_follow(second) {
                            try_phrase(id, true);
                        }
                    }
                }
            }
        }
    }

    /// The value of a one-word phrase that matches `word` (a normalized form): listed as it is
    /// or as a prefix of it (`قصف*`), whose value satisfies `pred`.
    pub fn one_word(&self, word: &str, pred: impl Fn(&T) -> bool) -> Option<&T> {
        let one = |id: usize| (self.phrases[id].words.len() == 1).then(|| &self.phrases[id].value).filter(|v| pred(v));
        let exact = self.first_word(word_hash(word), word);
        exact.and_then(|first| first.ids.iter().find_map(|&(id, _)| one(id))).or_else(|| {
            let list = self.prefix.get(bucket(word))?;
            list.iter().find_map(|(p, id)| if word.starts_with(p.as_str()) { one(*id) } else { None })
        })
    }

    /// True when a phrase of the table ends right before token `i` (starting at most
    /// `reach` tokens before it).
    pub fn ends_at(&self, toks: &Tokens, i: usize, reach: usize) -> bool {
        (i.saturating_sub(reach)..i).any(|j| {
            let mut ends_here = false;
            self.each_match(toks, j, |m| ends_here |= m.end == i);
            ends_here
        })
    }

    /// The longest match at token `i` whose value satisfies `pred`.
    pub fn longest_at<'a>(&'a self, toks: &Tokens, i: usize, pred: impl Fn(&T) -> bool) -> Option<PhraseMatch<'a, T>> {
        let mut best: Option<PhraseMatch<'a, T>> = None;
        self.each_match(toks, i, |m| {
            if pred(m.value) && best.as_ref().is_none_or(|b| m.end > b.end) {
                best = Some(m);
            }
        });
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_multiword_prefix_and_clitic_forms() {
        let mut t = PhraseTable::default();
        t.insert("إطلاق نار", 1);
        t.insert("هجوم*", 2);
        t.insert("القاعدة~!العسكرية", 3);
        let toks = tokenize("وبعد إطلاق النار والهجومين على القاعدة العسكرية وتنظيم القاعدة");
        assert_eq!(t.longest_at(&toks, 1, |_| true).map(|m| (*m.value, m.end)), Some((1, 3)));
        assert_eq!(t.longest_at(&toks, 3, |_| true).map(|m| *m.value), Some(2));
        assert!(t.longest_at(&toks, 5, |_| true).is_none(), "القاعدة العسكرية is a base, not al-Qaeda");
        assert_eq!(t.longest_at(&toks, 8, |_| true).map(|m| *m.value), Some(3));
    }

    #[test]
    fn a_word_matches_only_itself_whatever_its_hash() {
        // `MAA` (a movement's acronym) had the hash of the French article `la`, and took its
        // entry: every `la` was the movement
        let mut t = PhraseTable::default();
        t.insert("la ville", 1);
        t.insert("MAA", 2);
        let toks = tokenize("Ils ont quitté la ville et la région du MAA.");
        assert_eq!(t.longest_at(&toks, 3, |_| true).map(|m| *m.value), Some(1));
        assert!(
            t.longest_at(&toks, 6, |_| true).is_none(),
            "la région: {:?}",
            t.longest_at(&toks, 6, |_| true).map(|m| *m.value)
        );
        assert_eq!(t.longest_at(&toks, 9, |_| true).map(|m| *m.value), Some(2));
    }

    #[test]
    fn short_words_have_hashes_of_their_own() {
        let letters: Vec<char> = "abcdefghijklmnopqrstuvwxyz'".chars().collect();
        let mut words: Vec<String> = letters.iter().map(|c| c.to_string()).collect();
        for n in 2..=3 {
            let shorter: Vec<String> = words.iter().filter(|w| w.chars().count() == n - 1).cloned().collect();
            for w in shorter {
                words.extend(letters.iter().map(|c| format!("{w}{c}")));
            }
        }
        let mut hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len(), "two words of at most three letters share a hash");
    }
}
