//! Repeated paragraphs: exact repeats (seed 000 repeats most of its body) and close repeats
//! such as pull quotes (a sentence printed again with a word changed). A repeat points at the
//! first occurrence; no event is drawn from it.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::Paragraph;
use crate::lexicon::phrase::WordHasher;
use crate::text::normalize::{is_word_char, CharClasses};
use crate::text::word_hash;

/// Share of a paragraph's words that must occur in an earlier one for a close repeat.
const NEAR_SHARE: f64 = 0.8;
/// Paragraphs with fewer distinct long words than this are only compared exactly.
const NEAR_MIN_WORDS: usize = 6;
/// Longer paragraphs are not checked for close repeats (pull quotes are short), though they
/// are indexed as possible originals.
const NEAR_MAX_WORDS: usize = 60;
/// Only words of at least this many bytes (four Arabic letters) are compared for close
/// repeats: function words say nothing about a repeat.
const LONG_WORD_BYTES: usize = 7;

/// A hash of the paragraph's text (for exact repeats) and the hashes of
/// its long words without the punctuation around them (for close repeats). Repeats are
/// copies of the same text, so words are compared as written. The hashes live only while
/// a document is read, so the fast [`word_hash`] serves (not the stable one of ids).
fn word_hashes(text: &str) -> (u64, Vec<u64>) {
    let key = word_hash(text.trim());
    let mut long = Vec::with_capacity(32);
    for w in crate::text::ascii_words(text) {
        if w.len() < LONG_WORD_BYTES {
            continue;
        }
        let clean = starts_with_word_char(w) && ends_with_word_char(w);
        let t = if clean { w } else { w.trim_matches(|c: char| !is_word_char(c)) };
        if t.len() >= LONG_WORD_BYTES {
            long.push(word_hash(t));
        }
    }
    (key, long)
}

/// True when the first character of `w` is a word character (ASCII and Arabic letters read
/// from their bytes).
#[inline]
fn starts_with_word_char(w: &str) -> bool {
    match w.as_bytes() {
        [b, ..] if b.is_ascii() => b.is_ascii_alphanumeric(),
        [lead @ 0xD8..=0xDB, next, ..] => CharClasses::get().arabic(arabic_index(*lead, *next)).0,
        _ => w.chars().next().is_some_and(is_word_char),
    }
}

/// True when the last character of `w` is a word character (see [`starts_with_word_char`]).
#[inline]
fn ends_with_word_char(w: &str) -> bool {
    match w.as_bytes() {
        [.., b] if b.is_ascii() => b.is_ascii_alphanumeric(),
        [.., lead @ 0xD8..=0xDB, next] => CharClasses::get().arabic(arabic_index(*lead, *next)).0,
        _ => w.chars().next_back().is_some_and(is_word_char),
    }
}

/// The index in the Arabic block (U+0600 + index) of the two-byte character `lead`, `next`.
#[inline]
fn arabic_index(lead: u8, next: u8) -> usize {
    (((lead & 0x03) as usize) << 6) | (next & 0x3F) as usize
}

/// Number of values two sorted, deduplicated slices share.
fn shared_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Earlier paragraphs examined at most for a close repeat of one paragraph (those sharing its
/// rarest words, earliest first): the work per paragraph stays bounded on any document.
const MAX_CANDIDATES: usize = 256;
/// Up to this many earlier paragraphs, every one is compared (no word index is built).
const SCAN_ALL_UP_TO: usize = 64;

/// Sets `duplicate_of` and `near_duplicate` on repeated paragraphs. Exact repeats are found by
/// hash; close repeats among the earlier paragraphs that share one of the paragraph's rarest
/// words (one that misses at most the allowed share of its words must hold one of them), so
/// that the time grows with the document, not with its square.
pub fn mark_duplicates(paras: &mut [Paragraph]) {
    let mut exact: HashMap<u64, usize, BuildHasherDefault<WordHasher>> = HashMap::default();
    // earlier paragraphs: index, 256-bit word signature, sorted long-word hashes
    let mut kept: Vec<(usize, [u64; 4], Vec<u64>)> = Vec::new();
    // long word -> positions in `kept` of the paragraphs holding it, in order
    let mut postings: HashMap<u64, Vec<u32>, BuildHasherDefault<WordHasher>> = HashMap::default();
    let mut candidates: Vec<u32> = Vec::new();
    // by index: a paragraph is read and marked in place while `kept` holds earlier indices
    #[allow(clippy::needless_range_loop)]
    for i in 0..paras.len() {
        if paras[i].boilerplate {
            continue;
        }
        let (key, mut words) = word_hashes(&paras[i].text);
        if let Some(&first) = exact.get(&key) {
            paras[i].duplicate_of = Some(first as u32);
            continue;
        }
        exact.insert(key, i);
        words.sort_unstable();
        words.dedup();
        let mut sig = [0u64; 4];
        for w in &words {
            sig[(w >> 62) as usize] |= 1 << (w & 63);
        }
        if words.len() >= NEAR_MIN_WORDS && words.len() <= NEAR_MAX_WORDS {
            let need = (NEAR_SHARE * words.len() as f64).ceil() as usize;
            // a word missing from the earlier signature is certainly missing from it
            let allowed_missing = words.len() - need;
            // an earlier paragraph holding `need` of the words holds one of any
            // `allowed_missing + 1` of them: take the rarest
            candidates.clear();
            if kept.len() <= SCAN_ALL_UP_TO {
                // a usual article: comparing signatures with every earlier paragraph is cheaper
                candidates.extend(0..kept.len() as u32);
            } else {
                if postings.is_empty() {
                    for (k, (_, _, earlier)) in kept.iter().enumerate() {
                        for w in earlier {
                            postings.entry(*w).or_default().push(k as u32);
                        }
                    }
                }
                let mut lists: Vec<&Vec<u32>> =
                    words.iter().map(|w| postings.get(w).unwrap_or(const { &Vec::new() })).collect();
                lists.sort_by_key(|l| l.len());
                for l in lists.iter().take(allowed_missing + 1) {
                    candidates.extend_from_slice(l);
                }
                candidates.sort_unstable();
                candidates.dedup();
            }
            let near = candidates.iter().take(MAX_CANDIDATES).map(|&k| &kept[k as usize]).find(|(_, esig, earlier)| {
                let missing: u32 = (0..4).map(|k| (sig[k] & !esig[k]).count_ones()).sum();
                missing as usize <= allowed_missing && earlier.len() >= need && shared_count(&words, earlier) >= need
            });
            if let Some((first, _, _)) = near {
                paras[i].duplicate_of = Some(*first as u32);
                paras[i].near_duplicate = true;
                continue;
            }
        }
        if words.len() >= NEAR_MIN_WORDS {
            if !postings.is_empty() {
                for w in &words {
                    postings.entry(*w).or_default().push(kept.len() as u32);
                }
            }
            kept.push((i, sig, words));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(i: usize, t: &str) -> Paragraph {
        Paragraph {
            index: i,
            text: t.into(),
            line: i as u32 + 1,
            boilerplate: false,
            duplicate_of: None,
            near_duplicate: false,
            dateline: false,
        }
    }

    #[test]
    fn word_ends_read_from_bytes_agree_with_characters() {
        for w in ["«الهجوم»", "باماكو،", "(Gao)", "Ménaka.", "ـالجيش", "2024م", "؟نعم", "été", "«»"]
        {
            assert_eq!(starts_with_word_char(w), w.chars().next().is_some_and(is_word_char), "{w}");
            assert_eq!(ends_with_word_char(w), w.chars().next_back().is_some_and(is_word_char), "{w}");
        }
    }

    #[test]
    fn marks_exact_and_pull_quote_repeats() {
        let mut ps = vec![
            para(
                0,
                "وقال دبلوماسيان يعملان في المنطقة، أحدهما مقيم في باماكو، الخميس، إن عدد القتلى يُعتقد أنه تجاوز 70.",
            ),
            para(1, "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم."),
            para(
                2,
                "دبلوماسيان يعملان في المنطقة، أحدهما مقيم في باماكو، قالا الخميس، إن عدد القتلى يُعتقد أنه تجاوز السبعين",
            ),
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
