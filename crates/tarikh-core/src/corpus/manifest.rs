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

/// Entries by file name.
pub type Manifest = HashMap<String, ManifestEntry>;

/// The largest `corpus.json` read (a manifest of a million articles is about 200 MB).
pub const MANIFEST_CAP: u64 = 256 * 1_048_576;

/// Why a `corpus.json` was ignored as a whole (the corpus still loads without it).
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// Not read: a pipe or device, too big, or refused by the system.
    #[error("corpus.json ignored: {0}")]
    Unreadable(crate::safe_read::ReadError),
    /// Not JSON.
    #[error("corpus.json ignored: {0}")]
    NotJson(#[from] serde_json::Error),
    /// JSON, but neither a list of entries nor `{"documents": [...]}`.
    #[error("corpus.json ignored: {0}")]
    NotAList(&'static str),
}

/// Reads `dir/corpus.json`, entry by entry: an entry that cannot be read, or that names a file
/// an earlier entry named, is reported (the others still apply). No file gives an empty
/// manifest; a file that is not JSON, or not a list of entries, gives an error message (the
/// corpus still loads without it).
pub fn read_manifest(dir: &Path) -> Result<(Manifest, Vec<String>), ManifestError> {
    let path = dir.join("corpus.json");
    let bytes = match crate::safe_read::read_regular(&path, MANIFEST_CAP) {
        Ok(b) => b,
        Err(crate::safe_read::ReadError::NotFound) => return Ok((Manifest::new(), Vec::new())),
        // a pipe or a device (a link to /dev/zero) is never read: it would hang or fill memory
        Err(e) => return Err(ManifestError::Unreadable(e)),
    };
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).into_owned();
    let value: serde_json::Value = serde_json::from_str(&text)?;
    let entries = match &value {
        serde_json::Value::Array(list) => list.as_slice(),
        serde_json::Value::Object(o) => match o.get("documents") {
            Some(serde_json::Value::Array(list)) => list.as_slice(),
            None => &[],
            Some(_) => return Err(ManifestError::NotAList("\"documents\" is not a list")),
        },
        _ => return Err(ManifestError::NotAList("neither a list of entries nor {\"documents\": [...]}")),
    };
    let mut manifest = Manifest::new();
    let mut problems = Vec::new();
    for (k, v) in entries.iter().enumerate() {
        match serde_json::from_value::<ManifestEntry>(v.clone()) {
            Ok(d) => {
                let file = d.file.replace('\\', "/");
                match manifest.entry(file) {
                    std::collections::hash_map::Entry::Occupied(e) => problems.push(format!(
                        "entry {}: «{}» is listed twice; the first entry is used",
                        k + 1,
                        e.key()
                    )),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        e.insert(d);
                    }
                }
            }
            Err(e) => problems.push(format!("entry {} ignored: {e}", k + 1)),
        }
    }
    Ok((manifest, problems))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_json_that_is_a_fifo_or_a_link_to_dev_zero_is_refused_at_once() {
        for (name, make) in [("fifo", 0), ("zero", 1)] {
            let d = crate::fresh_test_dir(&format!("manifest-{name}"));
            let p = d.join("corpus.json");
            if make == 0 {
                assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
            } else {
                std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
            }
            let t = std::time::Instant::now();
            let e = read_manifest(&d).unwrap_err().to_string();
            assert!(e.contains("not a regular file"), "{e}");
            assert!(t.elapsed() < std::time::Duration::from_secs(2));
            std::fs::remove_dir_all(&d).unwrap();
        }
    }
}

#[cfg(test)]
mod entry_tests {
    use super::*;

    #[test]
    fn a_bad_or_repeated_entry_is_reported_and_the_good_ones_still_apply() {
        let d = crate::fresh_test_dir("manifest-entries");
        std::fs::write(d.join("corpus.json"), r#"{"documents": [{"file": "a.txt", "published": "2024-01-02"}, {"file": 5}, {"title": "no file"}, {"file": "a.txt", "published": "2020-01-01"}, {"file": "b.txt"}]}"#).unwrap();
        let (m, problems) = read_manifest(&d).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m["a.txt"].published.as_deref(), Some("2024-01-02"), "the first entry is used");
        assert!(problems.iter().any(|p| p.starts_with("entry 2 ignored")), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("entry 3 ignored")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("«a.txt» is listed twice")), "{problems:?}");
        std::fs::remove_dir_all(&d).unwrap();
    }
}
