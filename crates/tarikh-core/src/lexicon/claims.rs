//! The vocabulary of figures (`assets/lexicon/claims.tsv`): what is counted, qualifiers,
//! vague quantities, number words, who is counted, and who states the figure.

use super::{tsv_rows, variants, PhraseTable};

/// The meaning of a word of the claims lexicon.
#[derive(Debug, Clone, PartialEq)]
pub enum ClaimWord {
    /// What is counted ("killed", "aircraft"…).
    Kind(String),
    /// A qualifier ("at_least", "about", "more_than", "fewer_than").
    Qual(String),
    /// A quantity without a number ("dozens", "a_number"…).
    Vague(String),
    /// A number word.
    Number(u32),
    /// Who is counted ("soldiers"…).
    Subject(String),
    /// Who states the figure (English label).
    Claimant(String),
    /// A word after a figure that introduces who states it (`وفق ما أعلنت`, `بحسب`).
    Attribution,
}

/// The claims vocabulary.
#[derive(Debug, Default)]
pub struct ClaimsLexicon {
    /// All words and phrases.
    pub table: PhraseTable<ClaimWord>,
}

impl ClaimsLexicon {
    /// Parses `claims.tsv`.
    pub fn parse(text: &str) -> Self {
        let mut table = PhraseTable::default();
        for row in tsv_rows(text) {
            if row.len() < 3 {
                continue;
            }
            let v = row[1].to_string();
            let word = match row[0] {
                "kind" => ClaimWord::Kind(v),
                "qual" => ClaimWord::Qual(v),
                "vague" => ClaimWord::Vague(v),
                "number" => ClaimWord::Number(v.parse().unwrap_or(0)),
                "subject" => ClaimWord::Subject(v),
                "claimant" => ClaimWord::Claimant(v),
                "attribution" => ClaimWord::Attribution,
                _ => continue,
            };
            for var in variants(row[2]) {
                table.insert(var, word.clone());
            }
        }
        ClaimsLexicon { table }
    }
}
