//! Helpers shared by the core's integration tests: the bundled corpus, fresh temporary
//! folders and a private copy of the seeds.
#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};

/// The repository's root: the folder of `Cargo.lock` above the crate being tested (this
/// crate, or the app, whose tests use these helpers too).
pub fn repo_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().find(|d| d.join("Cargo.lock").is_file()).unwrap_or(here).to_path_buf()
}

/// The bundled corpus.
pub fn seeds_dir() -> PathBuf {
    repo_root().join("seeds")
}

/// A file of the core's test fixtures.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("crates/tarikh-core/tests/fixtures").join(name)
}

/// An empty folder of its own for this test crate, `name` and process.
pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tarikh-{}-{name}-{}", env!("CARGO_CRATE_NAME"), std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A fresh copy of the seeds (so that a workspace written beside them stays the test's own).
pub fn copy_seeds(name: &str) -> PathBuf {
    let d = temp_dir(name);
    for f in std::fs::read_dir(seeds_dir()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, d.join(f.file_name().unwrap())).unwrap();
    }
    d
}
