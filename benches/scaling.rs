//! Time of load + extract on inputs of growing size and three shapes (many documents, one long
//! document, one long line), on one thread, measured by `divan`: its throughput column (bytes
//! per second) should stay flat as the input grows; time that grows faster than the input shows
//! as a falling throughput. Inputs are written before timing starts.
//!
//! Run: `cargo bench --bench scaling`

use std::path::PathBuf;

use divan::counter::BytesCount;
use divan::Bencher;
use tarikh::bench_corpus::{make_input, Shape};
use tarikh::corpus::{load_paths, LoadOptions};

fn main() {
    divan::main();
}

const MB: usize = 1_048_576;

/// The input of `shape` and about `bytes`, written once per size into a folder of its own.
fn input(shape: Shape, bytes: usize) -> PathBuf {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let dir = std::env::temp_dir()
        .join(format!("tarikh-scaling-{}", std::process::id()))
        .join(format!("{}-{bytes}", shape.name().replace(' ', "-")));
    make_input(shape, &seeds, &dir, bytes).expect("the input is written");
    dir
}

/// Times load + extract of the input on one worker thread.
fn load_and_extract(bencher: Bencher, shape: Shape, bytes: usize) {
    let dir = input(shape, bytes);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a thread pool");
    let read = pool.install(|| load_paths(std::slice::from_ref(&dir), &LoadOptions::default()).total_bytes());
    bencher.counter(BytesCount::new(read)).bench_local(|| {
        pool.install(|| {
            let mut corpus = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
            tarikh::extract::extract(&mut corpus).events.len()
        })
    });
    let _ = std::fs::remove_dir_all(&dir);
}

/// The seeds repeated as separate documents: 1, 4, 16 and 64 MB.
#[divan::bench(args = [1, 4, 16, 64], sample_count = 5, sample_size = 1)]
fn many_documents(bencher: Bencher, mb: usize) {
    load_and_extract(bencher, Shape::Documents, mb * MB);
}

/// The seeds' lines in one document: 1, 4, 16 and 48 MB.
#[divan::bench(args = [1, 4, 16, 48], sample_count = 5, sample_size = 1)]
fn one_document(bencher: Bencher, mb: usize) {
    load_and_extract(bencher, Shape::OneDocument, mb * MB);
}

/// Dated clauses on one line: 64, 256 and 1024 kB.
#[divan::bench(args = [64, 256, 1024], sample_count = 5, sample_size = 1)]
fn one_line(bencher: Bencher, kb: usize) {
    load_and_extract(bencher, Shape::OneLine, kb * 1024);
}
