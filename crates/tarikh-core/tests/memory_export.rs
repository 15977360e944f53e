//! Peak memory of `export --format json`'s pipeline (load, extract, the explorer, the JSON
//! export streamed) on a 25 MB corpus (the seeds repeated): at most twice the corpus plus
//! 100 MB, as for `extract --json`. Alone in its binary, so that the process's peak resident
//! set is this pipeline's.

mod common;

use tarikh_core::corpus::{load_paths, LoadOptions};

mod memory_support;
use memory_support::CountingSink;

#[test]
fn the_json_export_of_a_25_mb_corpus_stays_within_twice_the_corpus_plus_100_mb() {
    let dir = std::env::temp_dir().join(format!("tarikh-memory-export-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let seeds = common::seeds_dir();
    let bytes = tarikh_core::bench_corpus::make_corpus(&seeds, &dir, 25 * 1_048_576).unwrap() as u64;
    let mut corpus = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    let ex = tarikh_core::extract::extract(&mut corpus);
    let x = tarikh_core::explore::Explorer::new(corpus, ex);
    let events: Vec<usize> = (0..x.events().len()).collect();
    let mut sink = CountingSink(0);
    tarikh_core::export::write_export(
        &mut sink,
        &x,
        &events,
        tarikh_core::export::Format::Json,
        tarikh_core::i18n::Lang::English,
    )
    .unwrap();
    assert!(sink.0 as u64 > bytes, "the export holds the corpus's text: {} bytes", sink.0);
    let peak = tarikh_core::bench::peak_rss();
    if peak == 0 {
        return; // no /proc here: nothing to measure
    }
    let limit = 2 * bytes + 100 * 1_048_576;
    eprintln!("peak {} MB for a {} MB corpus, limit {} MB", peak >> 20, bytes >> 20, limit >> 20);
    assert!(peak <= limit, "peak {} MB, limit {} MB", peak >> 20, limit >> 20);
}
