//! The optional `corpus.json` beside the files:
//! `{"documents": [{"file", "title", "outlet", "url", "published": "YYYY-MM-DD", "language"}]}`
//! (or the list alone).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

/// One manifest entry; every field but `file` is optional.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ManifestEntry {
    /// File name relative to the manifest.
    pub file: String,
    /// Title.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a longer ISO date-time is cut to its day).
    pub published: Option<String>,
    /// Language code.
    pub language: Option<String>,
}

/// The file: `{"documents": [...]}`, or the list alone.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum ManifestFile {
    Wrapped {
        #[serde(default)]
        documents: Vec<ManifestEntry>,
    },
    List(Vec<ManifestEntry>),
}

/// Entries by file name.
pub type Manifest = HashMap<String, ManifestEntry>;

/// Reads `dir/corpus.json`. No file gives an empty manifest; a broken one gives an error
/// message (the corpus still loads without it).
pub fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let path = dir.join("corpus.json");
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Manifest::new());
    };
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).into_owned();
    let parsed: ManifestFile = serde_json::from_str(&text).map_err(|e| format!("corpus.json ignored: {e}"))?;
    let (ManifestFile::Wrapped { documents } | ManifestFile::List(documents)) = parsed;
    Ok(documents.into_iter().map(|d| (d.file.replace('\\', "/"), d)).collect())
}
