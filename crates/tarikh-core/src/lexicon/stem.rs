//! Word stems, so that a trigger listed in one form also finds its inflections (`attentats`,
//! `revendiquent`, `الاشتباكات`, `انسحبت`): Larkey's Arabic light stemmer (Light10: the
//! conjunction, the article with its prepositions, then common suffixes) and the French Snowball
//! stemmer of `rust-stemmers` (Light10's affixes are data: `assets/lexicon/morphology.tsv`). Both work on normalized text ([`crate::text::normalize`]), on
//! the trigger words of the lexicon and on the words of the text alike.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Fewest characters a stem keeps (shorter stems would tie unrelated words).
const MIN_STEM_CHARS: usize = 3;
/// Fewest characters of an Arabic stem that stands for a trigger: a three-letter stem is often
/// a root shared by unrelated words, or a word that lost a letter taken for a clitic (`وزارة`
/// read as و + `زار`).
const MIN_ARABIC_STEM_CHARS: usize = 4;

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The Arabic light stem of a normalized word (a slice of it).
pub fn arabic_light(word: &str) -> &str {
    let mut w = word;
    if chars(w) >= 4 {
        if let Some(rest) = w.strip_prefix('و') {
            w = rest;
        }
    }
    let m = crate::text::morphology();
    for a in &m.light_articles {
        if let Some(rest) = w.strip_prefix(a) {
            if chars(rest) >= 2 {
                w = rest;
                break;
            }
        }
    }
    for s in &m.light_suffixes {
        if let Some(rest) = w.strip_suffix(s) {
            if chars(rest) >= MIN_STEM_CHARS {
                w = rest;
            }
        }
    }
    w
}

/// The French Snowball stem of a normalized (lower-case, accent-folded) word.
pub fn french(word: &str) -> Cow<'_, str> {
    static FRENCH: OnceLock<Stemmer> = OnceLock::new();
    FRENCH.get_or_init(|| Stemmer::create(Algorithm::French)).stem(word)
}

/// The stem of a normalized word by its script, or `None` when it is too short to stand for
/// a trigger (see [`MIN_STEM_CHARS`], [`MIN_ARABIC_STEM_CHARS`]).
pub fn stem(word: &str) -> Option<Cow<'_, str>> {
    let arabic = word.chars().next().is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let s = if arabic {
        Cow::Borrowed(arabic_light(word))
    } else if word.is_ascii() || word.chars().all(char::is_alphabetic) {
        french(word)
    } else {
        return None;
    };
    (chars(&s) >= if arabic { MIN_ARABIC_STEM_CHARS } else { MIN_STEM_CHARS }).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn st(w: &str) -> String {
        stem(&normalize(w)).map(|s| s.into_owned()).unwrap_or_default()
    }

    #[test]
    fn arabic_inflections_share_a_stem() {
        assert_eq!(st("الاشتباكات"), st("اشتباك"));
        assert_eq!(st("وانسحبت"), st("انسحب"));
        assert_eq!(st("هاجموا"), st("هاجم"));
        assert_eq!(st("للمختطفين"), st("مختطف"));
        assert_eq!(st("كمينا"), st("كمين"), "the accusative alif");
        assert_eq!(stem(&normalize("وزارة")), None, "a conjunction and a suffix taken off leave too little");
        // different words keep different stems
        assert_ne!(st("قتال"), st("قتل"));
    }

    #[test]
    fn french_inflections_share_a_stem() {
        assert_eq!(st("attentats"), st("attentat"));
        assert_eq!(st("affrontements"), st("affrontement"));
        assert_eq!(st("enlèvements"), st("enlèvement"));
        assert_ne!(st("attaque"), st("attente"));
    }

    #[test]
    fn short_words_have_no_stem() {
        assert_eq!(stem("tu"), None);
        assert_eq!(stem(&normalize("في")), None);
    }
}
