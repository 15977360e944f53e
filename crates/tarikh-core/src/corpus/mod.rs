//! A corpus: documents read from a folder or a list of files, split into paragraphs with their
//! provenance (file, encoding, publication date and its basis), plus the files that were
//! skipped and why. No extraction and no UI here.

pub(crate) mod browse;
pub(crate) mod dateline;
pub(crate) mod decode;
pub(crate) mod document;
pub(crate) mod duplicates;
pub(crate) mod html;
pub(crate) mod layout;
pub(crate) mod load;
pub(crate) mod manifest;
pub(crate) mod url_date;
mod walk;
pub(crate) mod wire_dateline;

pub use browse::{list_folder, FolderListing};
pub use document::{DateCandidate, Document, Paragraph, Published, PublishedBasis, TextEncoding};
pub use load::{document_from_html, document_from_text};
pub use load::{load_paths, LoadOptions, MAX_FILE_BYTES};
pub use manifest::{read_manifest, ManifestError};

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
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The lexicon it was read with: extraction, titles, search and the app's place and actor
    /// names all use this one (chosen by [`LoadOptions::lexicon`], the bundled one by default).
    pub lexicon: &'static crate::lexicon::Lexicon,
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

impl Default for Corpus {
    /// An empty corpus with the bundled lexicon.
    fn default() -> Self {
        Corpus {
            lexicon: crate::lexicon::Lexicon::builtin(),
            root: PathBuf::new(),
            name: String::new(),
            documents: Vec::new(),
            skipped: Vec::new(),
            notes: Vec::new(),
        }
    }
}

impl Corpus {
    /// Total bytes of text loaded.
    pub fn total_bytes(&self) -> usize {
        self.documents.iter().map(|d| d.byte_len).sum()
    }
}

/// The files a load skipped, for a report: copies of other files counted in one line (a corpus
/// of 2,000 files may hold 1,995 copies), every other file with its reason.
#[derive(Debug, Clone, Default)]
pub struct SkipSummary<'a> {
    /// Files that were copies of others.
    pub copies: usize,
    /// How many distinct files they copied.
    pub originals: usize,
    /// The first copies, as examples.
    pub examples: Vec<&'a Skipped>,
    /// Every file skipped for another reason.
    pub others: Vec<&'a Skipped>,
}

/// Copies named in a report beside their count.
const COPY_EXAMPLES: usize = 3;

impl Corpus {
    /// The skipped files, copies summed up.
    pub fn skip_summary(&self) -> SkipSummary<'_> {
        let mut out = SkipSummary::default();
        let mut originals: Vec<&str> = Vec::new();
        for s in &self.skipped {
            match s.reason.strip_prefix("duplicate of ") {
                Some(first) => {
                    out.copies += 1;
                    if !originals.contains(&first) {
                        originals.push(first);
                    }
                    if out.examples.len() < COPY_EXAMPLES {
                        out.examples.push(s);
                    }
                }
                None => out.others.push(s),
            }
        }
        out.originals = originals.len();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_counted_in_one_line_and_other_skips_kept() {
        let mut c = Corpus::default();
        for k in 0..1995 {
            c.skipped.push(Skipped { file: format!("copy{k}.txt"), reason: format!("duplicate of a{}.txt", k % 5) });
        }
        c.skipped.push(Skipped { file: "x.bin".into(), reason: "not a .txt file".into() });
        let s = c.skip_summary();
        assert_eq!((s.copies, s.originals, s.examples.len(), s.others.len()), (1995, 5, 3, 1));
    }
}
