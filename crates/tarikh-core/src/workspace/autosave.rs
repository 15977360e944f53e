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
    /// Why the last save failed, until a save succeeds (the app shows it all that time).
    failing: Option<String>,
    /// Where the unsaved edits were written instead (beside the user's data), or why not.
    recovered: Option<Result<PathBuf, super::SetAsideError>>,
    /// After a failed save, no new try before this moment.
    next_try: Option<Instant>,
}

/// After a failed save, the wait before the next try.
pub const RETRY: Duration = Duration::from_secs(5);

impl Autosaver {
    /// An autosaver for `path`, with `revision` already on disk.
    pub fn new(path: PathBuf, revision: u64) -> Self {
        Autosaver {
            path,
            saved_revision: revision,
            first_unsaved: None,
            last_change: None,
            seen_revision: revision,
            failing: None,
            recovered: None,
            next_try: None,
        }
    }

    /// While saves fail: why, and where the edits were kept instead (or why they could not be).
    pub fn failure(&self) -> Option<(&str, Option<&Result<PathBuf, super::SetAsideError>>)> {
        self.failing.as_deref().map(|f| (f, self.recovered.as_ref()))
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
        if let Some(t) = self.next_try.filter(|t| now < *t) {
            return Some(t - now);
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
                self.failing = None;
                self.recovered = None;
                self.next_try = None;
            }
            Err(e) => {
                // the edits stay in memory, and go to a recovery file beside the user's data
                self.failing = Some(format!("could not save {}: {e}", self.path.display()));
                let copy = super::recovery::recovery_path(&self.path);
                self.recovered = Some(
                    copy.parent()
                        .map_or(Ok(()), std::fs::create_dir_all)
                        .and_then(|()| save_atomic(&copy, &file))
                        .map(|()| copy)
                        .map_err(super::SetAsideError::from),
                );
                self.next_try = Some(Instant::now() + RETRY);
            }
        }
    }

    /// Tries to save now, whatever the wait after a failure (the banner's Retry).
    pub fn retry(&mut self, revision: u64, file: WorkspaceFile) {
        self.next_try = None;
        self.save_now(revision, file);
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

    #[test]
    fn a_failed_save_is_kept_failing_and_recovered_until_a_save_succeeds() {
        let dir = crate::fresh_test_dir("autosave-fail");
        let recovery = dir.join("recovery");
        std::env::set_var("TARIKH_RECOVERY_DIR", &recovery);
        // the workspace's folder is a file: no save can succeed there (whoever runs the test)
        let blocked = dir.join("corpus");
        std::fs::write(&blocked, "not a folder").unwrap();
        let path = blocked.join("workspace.json");
        let mut a = Autosaver::new(path.clone(), 0);
        let edits =
            WorkspaceFile::new("c", vec![super::super::Edit::SetNote { event: "e".into(), note: "kept".into() }]);
        a.save_now(1, edits.clone());
        let (why, kept) = a.failure().expect("the failure is kept");
        assert!(why.contains("could not save"), "{why}");
        let kept = kept.unwrap().as_ref().expect("recovery written").clone();
        assert!(kept.starts_with(&recovery) && std::fs::read_to_string(&kept).unwrap().contains("kept"));
        // still failing a moment later, and not tried again at once
        assert!(a.tick(1, Instant::now(), || edits.clone()).is_some());
        assert!(a.failure().is_some());
        // the folder back: the retry saves, and the failure ends
        std::fs::remove_file(&blocked).unwrap();
        std::fs::create_dir_all(&blocked).unwrap();
        a.retry(1, edits.clone());
        assert!(a.failure().is_none() && path.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
