//! Arabic morphology shared by the tokenizer, the light stemmer and the phrase matcher
//! (`assets/lexicon/morphology.tsv`): the clitics a number carries, Light10's article forms and
//! suffixes, and the definite article. Data, not code; parsed once.

use std::sync::OnceLock;

/// The morphology's lists, in normalized forms and in the order they are tried.
#[derive(Debug, Default)]
pub struct Morphology {
    /// Clitics a number may carry glued in front (`و2021`, `في2012`).
    pub number_clitics: Vec<String>,
    /// The preposition "in" (`في`).
    pub in_word: String,
    /// Light10's article forms, longest first.
    pub light_articles: Vec<String>,
    /// Light10's suffixes, in the order they are stripped.
    pub light_suffixes: Vec<String>,
    /// The definite article (`ال`).
    pub article: String,
    /// The article's forms at the start of a word (`ال`, `لل`).
    pub article_forms: Vec<String>,
}

impl Morphology {
    /// Parses `morphology.tsv`.
    pub fn parse(text: &str) -> Morphology {
        let mut m = Morphology::default();
        for row in super::tsv_rows(text) {
            let (Some(name), Some(cell)) = (row.first(), row.get(1)) else { continue };
            let list = || cell.split('|').map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect();
            match *name {
                "number_clitics" => m.number_clitics = list(),
                "in" => m.in_word = cell.to_string(),
                "light_articles" => m.light_articles = list(),
                "light_suffixes" => m.light_suffixes = list(),
                "article" => m.article = cell.to_string(),
                "article_forms" => m.article_forms = list(),
                _ => {}
            }
        }
        m
    }
}

/// The bundled morphology.
pub fn morphology() -> &'static Morphology {
    static M: OnceLock<Morphology> = OnceLock::new();
    M.get_or_init(|| Morphology::parse(include_str!("../../../../assets/lexicon/morphology.tsv")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bundled_file_fills_every_list() {
        let m = super::morphology();
        assert_eq!(m.article, "ال");
        assert_eq!(m.in_word, "في");
        assert_eq!(m.light_articles.first().map(String::as_str), Some("وال"));
        assert_eq!(m.light_suffixes.len(), 13);
        assert!(m.number_clitics.iter().any(|c| c == "وفي"));
        assert_eq!(m.article_forms, ["ال", "لل"]);
    }
}
