//! Walking a corpus folder: each real folder and file read once, links followed only inside
//! the corpus, hidden entries and folders too deep left out, and every file not read reported
//! with its reason; paths shown relative to the corpus folder.

use std::path::{Path, PathBuf};

use super::Skipped;

fn is_hidden(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

/// Folders below the corpus folder read at most (each level costs its path's length to
/// resolve: a walk bounded in depth stays linear in the folders it reads).
pub const MAX_FOLDER_DEPTH: usize = 32;

/// A folder walk that reads each real folder and file once: links are followed only inside
/// the corpus, and what was not followed is reported.
pub(super) struct Walk {
    /// The corpus folder, resolved.
    root: PathBuf,
    /// Folders already walked, resolved.
    seen_dirs: std::collections::HashSet<PathBuf>,
    /// Files already listed.
    seen_files: std::collections::HashSet<FileId>,
}

impl Walk {
    /// A walk of the corpus folder `root`.
    pub(super) fn new(root: &Path) -> Self {
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        Walk { root, seen_dirs: Default::default(), seen_files: Default::default() }
    }

    /// Lists the files under `dir` into `out`, each with whether the listing showed it as a
    /// regular file (not a link), so that reading it needs no `stat` first.
    pub(super) fn dir(
        &mut self,
        dir: &Path,
        shown_root: &Path,
        depth: usize,
        out: &mut Vec<(PathBuf, bool)>,
        errors: &mut Vec<Skipped>,
    ) {
        if depth > MAX_FOLDER_DEPTH {
            errors.push(Skipped {
                file: relative(shown_root, dir),
                reason: format!("more than {MAX_FOLDER_DEPTH} folders deep: not read below this one"),
            });
            return;
        }
        let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.seen_dirs.insert(real) {
            return; // a folder reached twice (through a link): read once
        }
        let dir_device = device_of(dir);
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                errors.push(Skipped { file: relative(shown_root, dir), reason: format!("cannot read folder: {e}") });
                return;
            }
        };
        // the entry's type and inode come with the listing: no system call per file
        let mut paths: Vec<(PathBuf, Option<std::fs::FileType>, Option<FileId>)> = entries
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok(), listed_identity(&e, dir_device))))
            .collect();
        paths.sort_by(|a, b| a.0.cmp(&b.0));
        for (p, ft, listed_id) in paths {
            if is_hidden(&p) {
                continue;
            }
            let is_link = ft.is_none_or(|t| t.is_symlink());
            if is_link {
                match std::fs::canonicalize(&p) {
                    Err(_) => {
                        errors.push(Skipped {
                            file: relative(shown_root, &p),
                            reason: "link not followed: it leads nowhere".into(),
                        });
                        continue;
                    }
                    Ok(target) if !target.starts_with(&self.root) => {
                        errors.push(Skipped {
                            file: relative(shown_root, &p),
                            reason: "link not followed: it leads outside the corpus folder".into(),
                        });
                        continue;
                    }
                    Ok(target) if target.is_dir() && self.seen_dirs.contains(&target) => {
                        errors.push(Skipped {
                            file: relative(shown_root, &p),
                            reason: "link not followed: the folder it leads to is read already".into(),
                        });
                        continue;
                    }
                    Ok(_) => {}
                }
            }
            let is_dir = if is_link { p.is_dir() } else { ft.is_some_and(|t| t.is_dir()) };
            if is_dir {
                self.dir(&p, shown_root, depth + 1, out, errors);
            } else if self.seen_files.insert(listed_id.filter(|_| !is_link).unwrap_or_else(|| file_identity(&p))) {
                let regular = !is_link && ft.is_some_and(|t| t.is_file());
                out.push((p, regular));
            } else {
                errors.push(Skipped {
                    file: relative(shown_root, &p),
                    reason: "the same file as another path (a link): read once".into(),
                });
            }
        }
    }
}

/// What makes two paths the same file: device and inode where there are such (one `stat`),
/// else the resolved path.
#[cfg(unix)]
fn file_identity(p: &Path) -> FileId {
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(p) {
        Ok(m) => FileId::Inode(m.dev(), m.ino()),
        Err(_) => FileId::Path(p.to_path_buf()),
    }
}

#[cfg(not(unix))]
fn file_identity(p: &Path) -> FileId {
    FileId::Path(std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()))
}

/// The device a folder lives on (where its plain files are too).
#[cfg(unix)]
fn device_of(dir: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(dir).ok().map(|m| m.dev())
}

#[cfg(not(unix))]
fn device_of(_dir: &Path) -> Option<u64> {
    None
}

/// The identity of a listed entry that is not a link, from the listing itself: its folder's
/// device and the inode the listing gives (what `stat` would say, without the call).
#[cfg(unix)]
fn listed_identity(e: &std::fs::DirEntry, dir_device: Option<u64>) -> Option<FileId> {
    use std::os::unix::fs::DirEntryExt;
    dir_device.map(|d| FileId::Inode(d, e.ino()))
}

#[cfg(not(unix))]
fn listed_identity(_e: &std::fs::DirEntry, _dir_device: Option<u64>) -> Option<FileId> {
    None
}

/// A file's identity for reading it once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum FileId {
    #[allow(dead_code)] // not built where there are no inodes
    Inode(u64, u64),
    #[allow(dead_code)]
    Path(PathBuf),
}

pub(super) fn relative(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    match rel.to_str() {
        Some(s) if cfg!(windows) => s.replace('\\', "/"),
        Some(s) => s.to_string(),
        None => escaped(rel.as_os_str()),
    }
}

#[cfg(unix)]
fn escaped(name: &std::ffi::OsStr) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for chunk in name.as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

#[cfg(not(unix))]
fn escaped(name: &std::ffi::OsStr) -> String {
    name.to_string_lossy().into_owned()
}
