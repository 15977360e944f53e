//! Repeated paragraphs: exact repeats (seed 000 repeats most of its body) and close repeats
//! such as pull quotes (a sentence printed again with a word changed). A repeat points at the
//! first occurrence; no event is drawn from it.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::Paragraph;
use crate::lexicon::phrase::WordHasher;

type WordSet = HashSet<u64, BuildHasherDefault<WordHasher>>;

/// Share of a paragraph's words that must occur in an earlier one for a close repeat.
const NEAR_SHARE: f64 = 0.8;
/// Paragraphs shorter than this (in distinct words) are only compared exactly.
const NEAR_MIN_WORDS: usize = 8;

/// Hash of a byte string (FNV-1a over 8-byte chunks).
fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(29);
    }
    for &x in chunks.remainder() {
        h = (h ^ x as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The paragraph's words, hashed, in order. Repeats are copies of the same text, so words are
/// compared as written, without the punctuation around them.
fn word_hashes(text: &str) -> Vec<u64> {
    let trim: &[char] = &['.', ',', '،', '؛', ';', ':', '"', '“', '”', '«', '»', '(', ')', '!', '?', '؟', '-', '–', '…', '\''];
    text.split_ascii_whitespace().map(|w| w.trim_matches(trim)).filter(|w| !w.is_empty()).map(|w| hash_bytes(w.as_bytes())).collect()
}

/// Sets `duplicate_of` and `near_duplicate` on repeated paragraphs.
pub fn mark_duplicates(paras: &mut [Paragraph]) {
    let mut exact: HashMap<u64, usize> = HashMap::new();
    // word -> earlier paragraphs (by position in `kept`) holding it
    let mut postings: HashMap<u64, Vec<u32>, BuildHasherDefault<WordHasher>> = HashMap::default();
    let mut kept: Vec<usize> = Vec::new();
    let mut shared: Vec<u32> = Vec::new();
    for i in 0..paras.len() {
        if paras[i].boilerplate {
            continue;
        }
        let words = word_hashes(&paras[i].text);
        let key = words.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, w| (h ^ w).wrapping_mul(0x0000_0100_0000_01b3));
        if let Some(&first) = exact.get(&key) {
            paras[i].duplicate_of = Some(first);
            continue;
        }
        exact.insert(key, i);
        let set: WordSet = words.into_iter().collect();
        if set.len() < NEAR_MIN_WORDS {
            continue;
        }
        shared.clear();
        shared.resize(kept.len(), 0);
        for w in &set {
            if let Some(ps) = postings.get(w) {
                for &p in ps {
                    shared[p as usize] += 1;
                }
            }
        }
        let need = (NEAR_SHARE * set.len() as f64).ceil() as u32;
        if let Some(p) = shared.iter().position(|&n| n >= need) {
            paras[i].duplicate_of = Some(kept[p]);
            paras[i].near_duplicate = true;
            continue;
        }
        let id = kept.len() as u32;
        kept.push(i);
        for w in set {
            postings.entry(w).or_default().push(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(i: usize, t: &str) -> Paragraph {
        Paragraph { index: i, text: t.into(), line: i + 1, boilerplate: false, duplicate_of: None, near_duplicate: false, dateline: false }
    }

    #[test]
    fn marks_exact_and_pull_quote_repeats() {
        let mut ps = vec![
            para(0, "وقال دبلوماسيان يعملان في المنطقة، أحدهما مقيم في باماكو، الخميس، إن عدد القتلى يُعتقد أنه تجاوز 70."),
            para(1, "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم."),
            para(2, "دبلوماسيان يعملان في المنطقة، أحدهما مقيم في باماكو، قالا الخميس، إن عدد القتلى يُعتقد أنه تجاوز السبعين"),
            para(3, "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم."),
            para(4, "وقال دبلوماسي ثالث مقيم في المنطقة إنه يُعتقد أن الهجوم أسفر عن سقوط مئات القتلى والمصابين."),
        ];
        mark_duplicates(&mut ps);
        assert_eq!(ps[2].duplicate_of, Some(0));
        assert!(ps[2].near_duplicate);
        assert_eq!(ps[3].duplicate_of, Some(1));
        assert!(!ps[3].near_duplicate);
        assert_eq!(ps[4].duplicate_of, None);
        assert_eq!(ps[1].duplicate_of, None);
    }
}
