//! Where a workspace that cannot be saved in place is kept: a recovery file beside the user's
//! data (`$XDG_DATA_HOME/tarikh/recovery`, else `~/.local/share/tarikh/recovery`), named after
//! the workspace it stands for, so that no edit is lost when the corpus folder is read-only.

use std::path::{Path, PathBuf};

/// The folder of recovery files (`TARIKH_RECOVERY_DIR` overrides it, for tests).
pub fn recovery_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("TARIKH_RECOVERY_DIR") {
        return PathBuf::from(d);
    }
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")));
    data.unwrap_or_else(std::env::temp_dir).join("tarikh").join("recovery")
}

/// The recovery file of the workspace at `workspace`.
pub fn recovery_path(workspace: &Path) -> PathBuf {
    let key = crate::corpus::document::stable_hash(workspace.to_string_lossy().as_bytes());
    recovery_dir().join(format!("{key:016x}-workspace.json"))
}
