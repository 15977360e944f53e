//! Repeated paragraphs: exact repeats (seed 000 repeats most of its body) and close repeats
//! such as pull quotes (a sentence printed again with a word changed). A repeat points at the
//! first occurrence; no event is drawn from it.

use std::collections::{HashMap, HashSet};

use super::Paragraph;
use crate::text::{normalize, word_forms};

/// Share of a paragraph's words that must occur in an earlier one for a close repeat.
const NEAR_SHARE: f64 = 0.8;
/// Paragraphs shorter than this (in distinct words) are only compared exactly.
const NEAR_MIN_WORDS: usize = 8;

fn word_set(text: &str) -> HashSet<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| word_forms(w).as_slice().last().copied().unwrap_or(w).to_string())
        .collect()
}

/// Sets `duplicate_of` and `near_duplicate` on repeated paragraphs.
pub fn mark_duplicates(paras: &mut [Paragraph]) {
    let mut exact: HashMap<String, usize> = HashMap::new();
    let mut sets: Vec<(usize, HashSet<String>)> = Vec::new();
    for i in 0..paras.len() {
        if paras[i].boilerplate {
            continue;
        }
        let key: String = normalize(&paras[i].text).split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(&first) = exact.get(&key) {
            paras[i].duplicate_of = Some(first);
            continue;
        }
        exact.insert(key, i);
        let set = word_set(&paras[i].text);
        if set.len() >= NEAR_MIN_WORDS {
            let near = sets.iter().find(|(_, earlier)| {
                let shared = set.iter().filter(|w| earlier.contains(*w)).count();
                shared as f64 >= NEAR_SHARE * set.len() as f64
            });
            if let Some((first, _)) = near {
                paras[i].duplicate_of = Some(*first);
                paras[i].near_duplicate = true;
                continue;
            }
            sets.push((i, set));
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
