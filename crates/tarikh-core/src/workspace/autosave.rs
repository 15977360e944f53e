//! When to save: soon after an edit (so that a crash loses at most the last two seconds),
//! without writing on every keystroke of a burst.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{save_atomic, WorkspaceFile};

/// Save once edits have been quiet this long...
pub const QUIET: Duration = Duration::from_millis(400);
/// ...or at the latest this long after the first unsaved edit.
pub const AT_MOST: Duration = Duration::from_millis(1500);

/// Tracks unsaved edits of one workspace file.
#[derive(Debug, Clone)]
pub struct Autosaver {
    /// Where the workspace is saved.
    pub path: PathBuf,
    saved_revision: u64,
    first_unsaved: Option<Instant>,
    last_change: Option<Instant>,
    seen_revision: u64,
    /// The last save error, if any.
    pub error: Option<String>,
}

impl Autosaver {
    /// An autosaver for `path`, with `revision` already on disk.
    pub fn new(path: PathBuf, revision: u64) -> Self {
        Autosaver { path, saved_revision: revision, first_unsaved: None, last_change: None, seen_revision: revision, error: None }
    }

    /// True when edits are waiting to be saved.
    pub fn pending(&self) -> bool {
        self.first_unsaved.is_some()
    }

    /// Call every frame with the model's revision; saves when due. Returns how long until the
    /// next check is needed (for a repaint request), or `None` when nothing is pending.
    pub fn tick(&mut self, revision: u64, now: Instant, file: impl FnOnce() -> WorkspaceFile) -> Option<Duration> {
        if revision != self.seen_revision {
            self.seen_revision = revision;
            self.last_change = Some(now);
            self.first_unsaved.get_or_insert(now);
        }
        let (Some(first), Some(last)) = (self.first_unsaved, self.last_change) else { return None };
        if revision == self.saved_revision {
            self.first_unsaved = None;
            return None;
        }
        let due = now.duration_since(last) >= QUIET || now.duration_since(first) >= AT_MOST;
        if !due {
            let wait = (last + QUIET).min(first + AT_MOST).saturating_duration_since(now);
            return Some(wait);
        }
        self.save_now(revision, file());
        None
    }

    /// Saves now if anything changed since the last save (on exit, before opening another
    /// corpus).
    pub fn flush(&mut self, revision: u64, file: impl FnOnce() -> WorkspaceFile) {
        if revision != self.saved_revision {
            self.save_now(revision, file());
        }
    }

    /// Saves immediately.
    pub fn save_now(&mut self, revision: u64, file: WorkspaceFile) {
        match save_atomic(&self.path, &file) {
            Ok(()) => {
                self.saved_revision = revision;
                self.first_unsaved = None;
                self.error = None;
            }
            Err(e) => self.error = Some(format!("could not save {}: {e}", self.path.display())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_after_a_quiet_moment_and_never_later_than_the_limit() {
        let dir = std::env::temp_dir().join(format!("tarikh-autosave-{}", std::process::id()));
        let path = dir.join("workspace.json");
        let mut a = Autosaver::new(path.clone(), 0);
        let t0 = Instant::now();
        let file = || WorkspaceFile::new("c", vec![]);
        assert!(a.tick(0, t0, file).is_none());
        assert!(a.tick(1, t0, file).is_some(), "just edited: wait");
        assert!(!path.exists());
        // a burst of edits every 100 ms: saved by the 1.5 s limit
        let mut t = t0;
        for rev in 2..=20u64 {
            t += Duration::from_millis(100);
            a.tick(rev, t, file);
            if path.exists() {
                break;
            }
        }
        assert!(path.exists() && t.duration_since(t0) <= AT_MOST + Duration::from_millis(100));
        // one edit, then quiet: saved after 400 ms
        std::fs::remove_file(&path).unwrap();
        let t1 = t + Duration::from_secs(5);
        a.tick(99, t1, file);
        assert!(!path.exists());
        a.tick(99, t1 + QUIET, file);
        assert!(path.exists() && !a.pending());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
