//! Tarikh's library: everything but the window, and no egui (`cargo tree -p tarikh-core`).
//!
//! Loading a corpus ([`corpus`]), Arabic and French text handling ([`text`]), the data-driven
//! lexicons ([`lexicon`]), temporal expressions ([`temporal`]), event extraction and merging
//! ([`extract`]), the event model ([`model`]), claims and figures ([`claims`]), the explorer's
//! model and commands ([`explore`]), geography for the map ([`geo`]), the analyst's workspace ([`workspace`]), exports
//! ([`export`], [`output`]), interface languages ([`i18n`]) and benchmarks ([`bench`], their
//! inputs [`bench_corpus`]). The desktop app (crate `tarikh`) is a thin layer on top.

// The front door: these modules are the surface. Inside each, the files are private to the
// crate and the module re-exports what the app, the command line and the tests use; the
// layers point down (`python3 .ci/layers.py`).

/// ACLED CSV rows, read beside the corpus on the map.
pub mod acled;
/// `tarikh-dev bench`: throughput and peak memory of extraction.
pub mod bench;
/// The benchmarks' inputs: the seeds repeated with shifted dates, in three shapes.
pub mod bench_corpus;
/// Loading a corpus: files, encodings, saved pages, `corpus.json`, paragraphs.
pub mod corpus;
/// The explorer's model: events shown, filters, selection, view, and the commands that change them.
pub mod explore;
/// Exports of the curated events: CSV, JSON, TimelineJS, the briefing page.
pub mod export;
/// Event extraction and merging; publication dates.
pub mod extract;
/// The bundled fonts' bytes.
pub mod font_data;
/// Geography for the map: places, borders, projection, clusters.
pub mod geo;
/// Interface languages: the translation table, templates, dates.
pub mod i18n;
/// The data-driven lexicons of `assets/`: triggers, gazetteer, temporal words, site furniture.
pub mod lexicon;
/// The event model: events, mentions, dates at their precision, types.
pub mod model;
/// `tarikh extract`'s outputs: the table and the JSON.
pub mod output;
/// Temporal expressions: recognition and resolution.
pub mod temporal;
/// Arabic and French text: normalization, tokens, sentences, languages, visible names.
pub mod text;
/// The analyst's workspace: edits, history, atomic saves, autosave, recovery.
pub mod workspace;

mod claims;
mod safe_read;

/// Why a file the user pointed at was not read (a pipe, a device, too big, refused).
pub use safe_read::ReadError;

/// An empty folder of its own for a unit test, `name` and this process (made afresh).
#[cfg(test)]
pub(crate) fn fresh_test_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("tarikh-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
