//! Printing extraction results: the `extract --json` document and the plain-text table.

pub(crate) mod json;
pub(crate) mod table;

pub use json::{extraction_json, write_extraction_json, EventJson};
pub use table::events_table;
