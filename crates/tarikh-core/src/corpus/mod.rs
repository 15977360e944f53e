//! A corpus: documents read from a folder or a list of files, split into paragraphs with their
//! provenance (file, encoding, publication date and its basis), plus the files that were
//! skipped and why. No extraction and no UI here.

pub mod dateline;
pub mod decode;
pub mod document;
pub mod duplicates;
pub mod layout;
pub mod load;
pub mod manifest;

pub use document::{Document, Paragraph, Published, PublishedBasis, TextEncoding};
pub use load::{load_paths, LoadOptions, MAX_FILE_BYTES};

use std::path::PathBuf;

/// A file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    /// Path relative to the corpus root (or as given).
    pub file: String,
    /// Human-readable reason.
    pub reason: String,
}

/// A loaded corpus.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The folder file names are relative to.
    pub root: PathBuf,
    /// Display name (the folder name).
    pub name: String,
    /// The documents, sorted by file name.
    pub documents: Vec<Document>,
    /// Files skipped, with reasons.
    pub skipped: Vec<Skipped>,
    /// Files read with a special decoding (Windows-1256, UTF-16), with a note.
    pub notes: Vec<Skipped>,
}

impl Corpus {
    /// Total bytes of text loaded.
    pub fn total_bytes(&self) -> usize {
        self.documents.iter().map(|d| d.byte_len).sum()
    }
}
