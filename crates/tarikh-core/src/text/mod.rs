//! Text primitives shared by the corpus loader, the extractor and the search box:
//! Arabic and Latin normalization, the language of a document, tokenization with clitic-aware word forms, and sentence spans.
//! Nothing here knows about events or the UI.

pub(crate) mod ascii_words;
pub(crate) mod char_cursor;
pub(crate) mod forms;
pub(crate) mod language;
pub(crate) mod morphology;
pub(crate) mod normalize;
pub(crate) mod sentence;
pub(crate) mod token;
mod tsv;
pub(crate) mod visible;

pub use ascii_words::ascii_words;
pub use forms::{word_forms, TokenForms, WordForms};
pub use language::Language;
pub use morphology::{morphology, Morphology};
pub use normalize::{normalize, normalize_char};
pub use sentence::{sentence_spans, Span};
pub use token::{tokenize, tokenize_into, with_tokens, word_hash, Token, TokenKind, Tokens};
pub(crate) use tsv::tsv_rows;
pub use visible::visible_name;
