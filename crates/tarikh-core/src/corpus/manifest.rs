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

/// The largest `corpus.json` read (a manifest of a million articles is about 200 MB).
pub const MANIFEST_CAP: u64 = 256 * 1_048_576;

/// Reads `dir/corpus.json`. No file gives an empty manifest; a broken one gives an error
/// message (the corpus still loads without it).
pub fn read_manifest(dir: &Path) -> Result<Manifest, String> {
    let path = dir.join("corpus.json");
    let bytes = match crate::safe_read::read_regular(&path, MANIFEST_CAP) {
        Ok(b) => b,
        Err(crate::safe_read::ReadError::NotFound) => return Ok(Manifest::new()),
        // a pipe or a device (a link to /dev/zero) is never read: it would hang or fill memory
        Err(e) => return Err(format!("corpus.json ignored: {e}")),
    };
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).into_owned();
    let parsed: ManifestFile = serde_json::from_str(&text).map_err(|e| format!("corpus.json ignored: {e}"))?;
    let (ManifestFile::Wrapped { documents } | ManifestFile::List(documents)) = parsed;
    Ok(documents.into_iter().map(|d| (d.file.replace('\\', "/"), d)).collect())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_json_that_is_a_fifo_or_a_link_to_dev_zero_is_refused_at_once() {
        for (name, make) in [("fifo", 0), ("zero", 1)] {
            let d = std::env::temp_dir().join(format!("tarikh-manifest-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&d);
            std::fs::create_dir_all(&d).unwrap();
            let p = d.join("corpus.json");
            if make == 0 {
                assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
            } else {
                std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
            }
            let t = std::time::Instant::now();
            let e = read_manifest(&d).unwrap_err();
            assert!(e.contains("not a regular file"), "{e}");
            assert!(t.elapsed() < std::time::Duration::from_secs(2));
            std::fs::remove_dir_all(&d).unwrap();
        }
    }
}
