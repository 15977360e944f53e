//! The workspace file: `<corpus>/.tarikh/workspace.json`, a versioned JSON document holding
//! the edit log. Saves are atomic (temporary file, fsync, rename, fsync of the folder), and the
//! previous save is kept as `workspace.json.prev`; killing the process at any moment leaves
//! either the old or the new file whole. A file that cannot be read is moved aside to `.bak`
//! and the app opens without it (falling back to the previous save when there is one).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Edit;

/// Version of the file format written by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// The file's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkspaceFile {
    /// Format version.
    pub version: u32,
    /// The corpus the edits were made on (its folder name).
    pub corpus: String,
    /// The edits, in order.
    pub edits: Vec<Edit>,
    /// The trainer's briefing: slides as event keys, in order; absent = every event shown, in
    /// time order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub briefing: Option<Vec<String>>,
}

impl WorkspaceFile {
    /// A file for these edits.
    pub fn new(corpus: &str, edits: Vec<Edit>) -> Self {
        WorkspaceFile { version: SCHEMA_VERSION, corpus: corpus.to_string(), edits, briefing: None }
    }
}

/// The default place of a corpus's workspace.
pub fn default_path(corpus_root: &Path) -> PathBuf {
    corpus_root.join(".tarikh").join("workspace.json")
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Writes the file atomically.
pub fn save_atomic(path: &Path, ws: &WorkspaceFile) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = with_suffix(path, &format!(".tmp-{}", std::process::id()));
    {
        let mut f = File::create(&tmp)?;
        let json = serde_json::to_vec_pretty(ws).map_err(io::Error::other)?;
        f.write_all(&json)?;
        f.sync_all()?;
    }
    if path.exists() {
        // keep the previous save (a hard link, so the real file never goes missing)
        let prev = with_suffix(path, ".prev");
        let _ = fs::remove_file(&prev);
        if fs::hard_link(path, &prev).is_err() {
            let _ = fs::copy(path, &prev);
        }
    }
    fs::rename(&tmp, path)?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    /// No workspace yet.
    Missing,
    /// The file, read whole.
    Loaded(WorkspaceFile),
    /// The file could not be read: it was moved to `moved_to`; `fallback` is the previous save
    /// when there was a readable one.
    Recovered { moved_to: PathBuf, error: String, fallback: Option<WorkspaceFile> },
}

fn parse(bytes: &[u8]) -> Result<WorkspaceFile, String> {
    let ws: WorkspaceFile = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if ws.version > SCHEMA_VERSION {
        return Err(format!("written by a newer Tarikh (format {}, this one reads up to {SCHEMA_VERSION})", ws.version));
    }
    Ok(ws)
}

/// Reads the workspace at `path`, removing leftovers of interrupted saves and moving an
/// unreadable file aside.
pub fn load(path: &Path) -> LoadOutcome {
    if let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) {
        if let Ok(entries) = fs::read_dir(dir) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if n.starts_with(&format!("{name}.tmp-")) {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // a crash between the two steps of an old-style save: use the previous one
            return match fs::read(with_suffix(path, ".prev")).ok().and_then(|b| parse(&b).ok()) {
                Some(ws) => LoadOutcome::Loaded(ws),
                None => LoadOutcome::Missing,
            };
        }
        Err(e) => return recover(path, e.to_string()),
    };
    match parse(&bytes) {
        Ok(ws) => LoadOutcome::Loaded(ws),
        Err(e) => recover(path, e),
    }
}

fn recover(path: &Path, error: String) -> LoadOutcome {
    let bak = with_suffix(path, ".bak");
    let _ = fs::remove_file(&bak);
    let moved_to = if fs::rename(path, &bak).is_ok() { bak } else { path.to_path_buf() };
    let fallback = fs::read(with_suffix(path, ".prev")).ok().and_then(|b| parse(&b).ok());
    LoadOutcome::Recovered { moved_to, error, fallback }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("tarikh-ws-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    fn ws(n: usize) -> WorkspaceFile {
        WorkspaceFile::new("c", (0..n).map(|k| Edit::SetNote { event: "m".into(), note: format!("note {k}") }).collect())
    }

    #[test]
    fn save_then_load_round_trips() {
        let p = default_path(&dir("rt"));
        save_atomic(&p, &ws(2)).unwrap();
        assert_eq!(load(&p), LoadOutcome::Loaded(ws(2)));
        save_atomic(&p, &ws(3)).unwrap();
        assert_eq!(load(&p), LoadOutcome::Loaded(ws(3)));
    }

    #[test]
    fn a_leftover_temporary_file_is_ignored_and_removed() {
        let p = default_path(&dir("tmp"));
        save_atomic(&p, &ws(2)).unwrap();
        let tmp = with_suffix(&p, ".tmp-99999");
        fs::write(&tmp, b"{\"version\": 1, \"corpus\": \"c\", \"edits\": [{\"op\": \"set_no").unwrap();
        assert_eq!(load(&p), LoadOutcome::Loaded(ws(2)));
        assert!(!tmp.exists());
    }

    #[test]
    fn a_truncated_file_is_moved_aside_and_the_previous_save_is_offered() {
        let p = default_path(&dir("trunc"));
        save_atomic(&p, &ws(2)).unwrap();
        save_atomic(&p, &ws(3)).unwrap();
        let full = fs::read(&p).unwrap();
        fs::write(&p, &full[..full.len() / 2]).unwrap();
        match load(&p) {
            LoadOutcome::Recovered { moved_to, fallback, .. } => {
                assert!(moved_to.to_string_lossy().ends_with(".bak") && moved_to.exists());
                assert_eq!(fallback, Some(ws(2)));
                assert!(!p.exists());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_newer_format_is_not_read_but_kept() {
        let p = default_path(&dir("newer"));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, br#"{"version": 99, "corpus": "c", "edits": []}"#).unwrap();
        assert!(matches!(load(&p), LoadOutcome::Recovered { ref moved_to, .. } if moved_to.exists()));
    }
}
