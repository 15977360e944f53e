//! The knowledge the extractor uses, loaded from the data files in `assets/lexicon/`
//! (compiled into the binary): month and weekday names, temporal words, event triggers,
//! the gazetteer of actors and places, and site boilerplate.

pub(crate) mod boilerplate;
pub(crate) mod claims;
pub(crate) mod event_type;
pub(crate) mod future_forms;
pub(crate) mod gazetteer;
pub(crate) mod grammar;
pub(crate) mod phrase;
pub(crate) mod stem;
pub(crate) mod temporal;
pub(crate) mod triggers;

use std::sync::OnceLock;

pub use boilerplate::BoilerplateRules;
pub use event_type::EventType;
pub use gazetteer::{Entity, EntityId, EntityKind, Gazetteer};
pub use grammar::{Grammar, Role};
pub use phrase::{PhraseMatch, PhraseTable};
pub use temporal::{TemporalLexicon, TemporalWord};
pub use triggers::{TriggerDef, Triggers};

/// All lexicons together.
#[derive(Debug)]
pub struct Lexicon {
    /// Month and weekday names and other temporal words.
    pub temporal: TemporalLexicon,
    /// Event trigger words.
    pub triggers: Triggers,
    /// Actors and places.
    pub gazetteer: Gazetteer,
    /// Site furniture.
    pub boilerplate: BoilerplateRules,
    /// Figures and who states them.
    pub claims: claims::ClaimsLexicon,
    /// Grammar words by their role.
    pub grammar: Grammar,
}

impl Lexicon {
    /// The lexicon built from the files bundled in `assets/lexicon/`, parsed once. Only the
    /// entry points take it from here (a load's [`LoadOptions`](crate::corpus::LoadOptions),
    /// whose default it is, and the map's bundled geography); the corpus keeps the lexicon it
    /// was read with, and extraction, curation, search, titles and the app use that one.
    pub fn builtin() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon {
            temporal: TemporalLexicon::parse(
                &[
                    include_str!("../../../../assets/lexicon/months.tsv"),
                    include_str!("../../../../assets/lexicon/fr/months.tsv"),
                ]
                .join("\n"),
                &[
                    include_str!("../../../../assets/lexicon/weekdays.tsv"),
                    include_str!("../../../../assets/lexicon/fr/weekdays.tsv"),
                ]
                .join("\n"),
                &[
                    include_str!("../../../../assets/lexicon/temporal.tsv"),
                    include_str!("../../../../assets/lexicon/fr/temporal.tsv"),
                ]
                .join("\n"),
            ),
            triggers: Triggers::parse(
                &[
                    include_str!("../../../../assets/lexicon/triggers.tsv"),
                    include_str!("../../../../assets/lexicon/fr/triggers.tsv"),
                ]
                .join("\n"),
            ),
            gazetteer: Gazetteer::parse(include_str!("../../../../assets/lexicon/gazetteer.tsv")),
            boilerplate: BoilerplateRules::parse(
                &[
                    include_str!("../../../../assets/lexicon/boilerplate.tsv"),
                    include_str!("../../../../assets/lexicon/fr/boilerplate.tsv"),
                ]
                .join("\n"),
            ),
            grammar: Grammar::parse(include_str!("../../../../assets/lexicon/grammar.tsv")),
            claims: claims::ClaimsLexicon::parse(
                &[
                    include_str!("../../../../assets/lexicon/claims.tsv"),
                    include_str!("../../../../assets/lexicon/fr/claims.tsv"),
                ]
                .join("\n"),
            ),
        })
    }
}

pub(crate) use crate::text::tsv_rows;

/// The `|`-separated variants of a data cell.
pub(crate) fn variants(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|v| !v.is_empty())
}
