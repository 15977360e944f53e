//! Reading a file the user pointed at, safely: only a regular file is read (a pipe, device or
//! socket is refused before it is opened, so a FIFO never blocks the load and a link to
//! `/dev/zero` is never read), and never more than a size cap, which the error names.

use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadError {
    /// It does not exist.
    #[error("not found")]
    NotFound,
    /// A pipe, device, socket or folder.
    #[error("not a regular file (a device, pipe or socket): not read")]
    NotRegular,
    /// Larger than the cap.
    #[error("over the {cap_mb} MB this file may hold ({mb:.1} MB): not read")]
    TooBig {
        /// The cap, in MB.
        cap_mb: u64,
        /// The file's size, in MB.
        mb: f64,
    },
    /// The system refused.
    #[error("cannot read: {0}")]
    Io(String),
}

/// The bytes of the regular file at `path`, at most `cap` of them.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let too_big = |len: u64| ReadError::TooBig { cap_mb: cap / 1_048_576, mb: len as f64 / 1_048_576.0 };
    // checked before opening: opening a FIFO for reading waits for a writer
    let meta = std::fs::metadata(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            ReadError::NotFound
        } else {
            ReadError::Io(e.to_string())
        }
    })?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    if meta.len() > cap {
        return Err(too_big(meta.len()));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // (swapped for a FIFO between the check and the open, it still does not block)
        opts.custom_flags(NONBLOCK);
    }
    let f = opts.open(path).map_err(|e| ReadError::Io(e.to_string()))?;
    let meta = f.metadata().map_err(|e| ReadError::Io(e.to_string()))?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    let mut bytes = Vec::with_capacity(meta.len().min(cap) as usize + 1);
    f.take(cap + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(e.to_string()))?;
    if bytes.len() as u64 > cap {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// `O_NONBLOCK` on Linux.
#[cfg(unix)]
const NONBLOCK: i32 = 0o4000;

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> std::path::PathBuf {
        let d = crate::fresh_test_dir(&format!("safe-read-{name}"));
        d
    }

    #[test]
    fn a_regular_file_is_read_and_a_larger_one_refused_by_name_of_its_cap() {
        let d = dir("regular");
        std::fs::write(d.join("a.json"), b"{}").unwrap();
        assert_eq!(read_regular(&d.join("a.json"), 10).unwrap(), b"{}");
        std::fs::write(d.join("b.json"), vec![b' '; 3 * 1_048_576]).unwrap();
        let e = read_regular(&d.join("b.json"), 1_048_576).unwrap_err();
        assert!(e.to_string().contains("over the 1 MB"), "{e}");
        assert_eq!(read_regular(&d.join("missing.json"), 10), Err(ReadError::NotFound));
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_and_a_link_to_dev_zero_are_refused_at_once() {
        let d = dir("special");
        let fifo = d.join("corpus.json");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let t = std::time::Instant::now();
        assert_eq!(read_regular(&fifo, 1 << 20), Err(ReadError::NotRegular));
        std::os::unix::fs::symlink("/dev/zero", d.join("workspace.json")).unwrap();
        assert_eq!(read_regular(&d.join("workspace.json"), 1 << 20), Err(ReadError::NotRegular));
        assert!(t.elapsed() < std::time::Duration::from_secs(2), "{:?}", t.elapsed());
        std::fs::remove_dir_all(&d).unwrap();
    }
}
