//! Text primitives shared by the corpus loader, the extractor and the search box:
//! Arabic and Latin normalization, the language of a document, tokenization with clitic-aware word forms, and sentence spans.
//! Nothing here knows about events or the UI.

pub mod ascii_words;
pub mod char_cursor;
pub mod language;
pub mod normalize;
pub mod sentence;
pub mod token;
mod tsv;
pub mod visible;

pub use ascii_words::ascii_words;
pub use language::Language;
pub use normalize::{normalize, normalize_char};
pub use sentence::{sentence_spans, Span};
pub use token::{tokenize, tokenize_into, with_tokens, word_forms, word_hash, Token, TokenForms, TokenKind, Tokens};
pub(crate) use tsv::tsv_rows;
