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
use crate::safe_read::{read_regular, ReadError};

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
    pub briefing: Option<Vec<crate::model::MentionId>>,
    /// Edits this build cannot read, kept as they were written so that no save drops them.
    #[serde(default, rename = "unreadable_edits", skip_serializing_if = "Vec::is_empty")]
    pub unreadable: Vec<UnreadableEdit>,
    /// When each edit was made (RFC 3339, UTC), parallel to `edits`; unknown where missing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edit_times: Vec<Option<String>>,
}

/// An edit of the file that this build cannot read (an operation it does not know, a date that
/// does not exist such as `2024-02-30`): the other edits apply, this one is listed with the
/// edits that no longer apply and written back unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnreadableEdit {
    /// Its position in the edit log as written.
    pub index: usize,
    /// The edit, as written.
    pub edit: serde_json::Value,
    /// Why it cannot be read.
    pub reason: String,
}

impl WorkspaceFile {
    /// A file for these edits.
    pub fn new(corpus: &str, edits: Vec<Edit>) -> Self {
        WorkspaceFile {
            version: SCHEMA_VERSION,
            corpus: corpus.to_string(),
            edits,
            briefing: None,
            unreadable: Vec::new(),
            edit_times: Vec::new(),
        }
    }
}

/// The file as written, each edit still unread.
#[derive(Deserialize)]
struct RawWorkspaceFile {
    version: u32,
    corpus: String,
    edits: Vec<serde_json::Value>,
    #[serde(default)]
    briefing: Option<Vec<crate::model::MentionId>>,
    #[serde(default)]
    unreadable_edits: Vec<UnreadableEdit>,
    #[serde(default)]
    edit_times: Vec<Option<String>>,
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

/// The largest workspace read (a million edits are about 150 MB).
pub const WORKSPACE_CAP: u64 = 256 * 1_048_576;

/// Why a workspace file could not be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WorkspaceError {
    /// A pipe or device in its place, too big, or refused by the system.
    #[error("workspace.json {0}")]
    Unreadable(crate::safe_read::ReadError),
    /// Not a workspace file (the JSON parser's words).
    #[error("{0}")]
    NotAWorkspace(String),
    /// Written by a later version of the format.
    #[error("written by a newer Tarikh (format {found}, this one reads up to {supported})")]
    Newer {
        /// The file's format.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
}

/// Why a file could not be set aside, or written to a recovery folder (the system's words).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct SetAsideError(pub String);

impl From<std::io::Error> for SetAsideError {
    fn from(e: std::io::Error) -> Self {
        SetAsideError(e.to_string())
    }
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    /// No workspace yet.
    Missing,
    /// The file, read whole.
    Loaded(WorkspaceFile),
    /// The file could not be read: it was moved to `moved_to` (or moving it failed, and why);
    /// `fallback` is the previous save when there was a readable one.
    Recovered { moved_to: Result<PathBuf, SetAsideError>, error: WorkspaceError, fallback: Option<WorkspaceFile> },
}

/// Reads a file; an edit that cannot be read is set aside, not the whole file.
fn parse(bytes: &[u8]) -> Result<WorkspaceFile, WorkspaceError> {
    let raw: RawWorkspaceFile =
        serde_json::from_slice(bytes).map_err(|e| WorkspaceError::NotAWorkspace(e.to_string()))?;
    if raw.version > SCHEMA_VERSION {
        return Err(WorkspaceError::Newer { found: raw.version, supported: SCHEMA_VERSION });
    }
    let mut ws = WorkspaceFile {
        briefing: raw.briefing,
        unreadable: raw.unreadable_edits,
        ..WorkspaceFile::new(&raw.corpus, Vec::new())
    };
    ws.version = raw.version;
    for (index, value) in raw.edits.into_iter().enumerate() {
        match serde_json::from_value::<Edit>(value.clone()) {
            Ok(edit) => {
                ws.edits.push(edit);
                if !raw.edit_times.is_empty() {
                    ws.edit_times.push(raw.edit_times.get(index).cloned().flatten());
                }
            }
            Err(e) => ws.unreadable.push(UnreadableEdit { index, edit: value, reason: e.to_string() }),
        }
    }
    Ok(ws)
}

/// Reads the workspace at `path`, removing leftovers of interrupted saves and moving an
/// unreadable file aside.
pub fn load(path: &Path) -> LoadOutcome {
    remove_stale_temporaries(path);
    let bytes = match read_regular(path, WORKSPACE_CAP) {
        Ok(b) => b,
        Err(ReadError::NotFound) => {
            // a crash between the two steps of an old-style save: use the previous one
            return match read_regular(&with_suffix(path, ".prev"), WORKSPACE_CAP).ok().and_then(|b| parse(&b).ok()) {
                Some(ws) => LoadOutcome::Loaded(ws),
                None => LoadOutcome::Missing,
            };
        }
        // a pipe or a device in its place (it would hang the load, or fill memory) is set aside
        // like an unreadable file, never read
        Err(e) => return recover(path, WorkspaceError::Unreadable(e)),
    };
    match parse(&bytes) {
        Ok(ws) => LoadOutcome::Loaded(ws),
        Err(e) => recover(path, e),
    }
}

/// Removes the temporaries of interrupted saves: this process's own, and those of processes
/// that no longer run; one another live process is writing is left alone.
fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else { return };
    let Ok(entries) = fs::read_dir(dir) else { return };
    let prefix = format!("{name}.tmp-");
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = n.strip_prefix(&prefix).and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid == std::process::id() || !process_runs(pid) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// True when process `pid` may be running (always true where that cannot be checked).
fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}

/// The first of `workspace.json.bak`, `.bak.2`, `.bak.3`… that does not exist: every file
/// moved aside is kept.
fn free_backup(path: &Path) -> PathBuf {
    let first = with_suffix(path, ".bak");
    if !first.exists() {
        return first;
    }
    (2..).map(|k| with_suffix(path, &format!(".bak.{k}"))).find(|p| !p.exists()).unwrap_or(first)
}

fn recover(path: &Path, error: WorkspaceError) -> LoadOutcome {
    let bak = free_backup(path);
    let moved_to = fs::rename(path, &bak).map(|()| bak).map_err(SetAsideError::from);
    let fallback = read_regular(&with_suffix(path, ".prev"), WORKSPACE_CAP).ok().and_then(|b| parse(&b).ok());
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
        WorkspaceFile::new(
            "c",
            (0..n).map(|k| Edit::SetNote { event: "m".into(), note: format!("note {k}") }).collect(),
        )
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
                let moved_to = moved_to.unwrap();
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
        assert!(matches!(load(&p), LoadOutcome::Recovered { moved_to: Ok(ref m), .. } if m.exists()));
    }

    #[test]
    fn a_second_recovery_keeps_the_first_backup() {
        let p = default_path(&dir("twice"));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, b"{ broken").unwrap();
        assert!(matches!(load(&p), LoadOutcome::Recovered { moved_to: Ok(_), .. }));
        fs::write(&p, b"{ broken again").unwrap();
        assert!(
            matches!(load(&p), LoadOutcome::Recovered { moved_to: Ok(ref m), .. } if m.to_string_lossy().ends_with(".bak.2"))
        );
        assert_eq!(fs::read(with_suffix(&p, ".bak")).unwrap(), b"{ broken");
        assert_eq!(fs::read(with_suffix(&p, ".bak.2")).unwrap(), b"{ broken again");
    }

    #[test]
    fn a_temporary_another_live_process_writes_is_left_alone() {
        let p = default_path(&dir("live"));
        save_atomic(&p, &ws(1)).unwrap();
        // pid 1 always runs; a pid far above the kernel's limit never does
        let live = with_suffix(&p, ".tmp-1");
        let dead = with_suffix(&p, ".tmp-4999999");
        fs::write(&live, b"being written").unwrap();
        fs::write(&dead, b"left by a crash").unwrap();
        assert_eq!(load(&p), LoadOutcome::Loaded(ws(1)));
        assert!(live.exists(), "another process's temporary is not deleted");
        assert!(!dead.exists(), "a dead process's temporary is");
    }

    #[test]
    fn an_invalid_edit_is_set_aside_and_kept_the_others_apply() {
        let p = default_path(&dir("invalid"));
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        let text = r#"{"version": 1, "corpus": "c", "edits": [
            {"op": "set_note", "event": "m", "note": "note 0"},
            {"op": "set_when", "event": "m", "when": {"start": "2024-02-30", "end": "2024-02-30", "precision": "day"}},
            {"op": "teleport", "event": "m"},
            {"op": "set_note", "event": "m", "note": "note 1"}]}"#;
        fs::write(&p, text).unwrap();
        let LoadOutcome::Loaded(got) = load(&p) else { panic!("the file is read") };
        assert_eq!(got.edits, ws(2).edits);
        assert_eq!(got.unreadable.iter().map(|u| u.index).collect::<Vec<_>>(), vec![1, 2]);
        // saved again, the unreadable edits are still there
        save_atomic(&p, &got).unwrap();
        let LoadOutcome::Loaded(again) = load(&p) else { panic!() };
        assert_eq!(again.unreadable.len(), 2);
        assert_eq!(again.edits.len(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn a_workspace_that_is_a_fifo_or_a_link_to_dev_zero_is_set_aside_unread() {
        for (name, fifo) in [("fifo", true), ("zero", false)] {
            let d = dir(name);
            fs::create_dir_all(&d).unwrap();
            let p = default_path(&d);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            if fifo {
                assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
            } else {
                std::os::unix::fs::symlink("/dev/zero", &p).unwrap();
            }
            let t = std::time::Instant::now();
            match load(&p) {
                LoadOutcome::Recovered { moved_to, error, .. } => {
                    assert!(error.to_string().contains("not a regular file"), "{error}");
                    assert!(moved_to.is_ok() && !p.exists(), "set aside: {moved_to:?}");
                }
                other => panic!("{other:?}"),
            }
            assert!(t.elapsed() < std::time::Duration::from_secs(2));
            // the next save writes a fresh workspace in its place
            save_atomic(&p, &ws(1)).unwrap();
            assert!(matches!(load(&p), LoadOutcome::Loaded(w) if w.edits.len() == 1));
            fs::remove_dir_all(&d).unwrap();
        }
    }
}
