//! The language of a document: Arabic, French, or one Tarikh does not read. Arabic when at least
//! a quarter of its letters are Arabic; otherwise by the share of French and English function words
//! (`assets/lexicon/languages.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Share of a Latin-script text's words that must be French function words.
const MIN_FUNCTION_SHARE: f64 = 0.08;
/// Characters read to judge a document's language (its language shows long before).
const SAMPLE_CHARS: usize = 1500;
/// Letters a text needs before its language is judged (shorter texts are taken as Arabic, the
/// corpus's first language, when they hold any Arabic letter).
const MIN_LETTERS: usize = 20;

/// A document language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    /// Arabic (`ar`).
    Arabic,
    /// French (`fr`).
    French,
    /// A language Tarikh does not read (`und`).
    Unsupported,
}

impl Language {
    /// The ISO 639-1 code (`und` for an unsupported language).
    pub fn code(self) -> &'static str {
        match self {
            Language::Arabic => "ar",
            Language::French => "fr",
            Language::Unsupported => "und",
        }
    }

    /// The language of a code from `corpus.json` (`ar`, `fr`; anything else is unsupported).
    pub fn from_code(code: &str) -> Language {
        match code.trim().to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arabic" => Language::Arabic,
            "fr" | "fra" | "fre" | "french" => Language::French,
            _ => Language::Unsupported,
        }
    }

    /// True when text in this language runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::Arabic
    }
}

fn function_words() -> &'static HashMap<String, &'static str> {
    static WORDS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m = HashMap::new();
        for row in crate::text::tsv_rows(include_str!("../../../../assets/lexicon/languages.tsv")) {
            if row.len() < 2 {
                continue;
            }
            let lang: &'static str = if row[0] == "fr" { "fr" } else { "en" };
            for w in row[1].split('|') {
                m.entry(super::normalize(w.trim())).or_insert(lang);
            }
        }
        m
    })
}

/// Detects the language of a text.
pub fn detect<'a>(lines: impl Iterator<Item = &'a str>) -> Language {
    let (mut arabic, mut latin) = (0usize, 0usize);
    let (mut words, mut fr, mut en) = (0usize, 0usize, 0usize);
    let table = function_words();
    let mut word = String::new();
    // counts the word just ended, if any
    let mut end_word = |word: &mut String| {
        if word.is_empty() {
            return;
        }
        words += 1;
        match table.get(word.as_str()) {
            Some(&"fr") => fr += 1,
            Some(_) => en += 1,
            None => {}
        }
        word.clear();
    };
    let mut budget = SAMPLE_CHARS;
    for line in lines {
        if budget == 0 {
            break;
        }
        budget = budget.saturating_sub(line.len() / 2 + 1);
        for c in line.chars().chain(std::iter::once(' ')) {
            if super::normalize::is_arabic_letter(c) {
                arabic += 1;
            } else if !c.is_ascii() && ('\u{0600}'..='\u{06FF}').contains(&c) {
                // an Arabic mark or punctuation
            } else if c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic()) {
                latin += 1;
                if let Some(n) = super::normalize::normalize_char(c) {
                    word.push(n);
                }
                continue;
            }
            end_word(&mut word);
        }
    }
    // Arabic pages carry Latin site furniture (menus, credits): a quarter of Arabic letters is Arabic
    if arabic * 4 >= arabic + latin || arabic + latin < MIN_LETTERS {
        return if arabic > 0 || latin == 0 { Language::Arabic } else { Language::Unsupported };
    }
    if words > 0 && fr as f64 >= MIN_FUNCTION_SHARE * words as f64 && fr > en {
        Language::French
    } else {
        Language::Unsupported
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_arabic_french_and_other_languages_apart() {
        assert_eq!(detect(["هاجم مسلحون معسكرا للجيش في غاو يوم الثلاثاء وقتل جنود"].into_iter()), Language::Arabic);
        assert_eq!(
            detect(
                ["Des hommes armés ont attaqué mardi un camp de l'armée près de Gao, selon une source sécuritaire."]
                    .into_iter()
            ),
            Language::French
        );
        assert_eq!(
            detect(["Gunmen attacked an army camp near Gao on Tuesday, according to a security source."].into_iter()),
            Language::Unsupported
        );
        // a French article quoting an Arabic name stays French
        let quoting = [
            "Le groupe jihadiste JNIM (جماعة نصرة الإسلام) a revendiqué l'attaque de la base de Boulkessi dans la nuit.",
            "Selon une source sécuritaire, les assaillants sont arrivés à moto et ont été repoussés après plusieurs heures de combats.",
        ];
        assert_eq!(detect(quoting.into_iter()), Language::French);
        assert_eq!(Language::from_code("FR"), Language::French);
        // an Arabic page under a long English menu stays Arabic
        let page = [
            "Skip to content Skip to main menu More pages Home News Sport Business Culture Science Environment",
            "أعلن الأمين العام للحركة استقلال الإقليم من جانب واحد",
        ];
        assert_eq!(detect(page.into_iter()), Language::Arabic);
    }
}
