//! Tarikh's library: everything but the window, and no egui (`cargo tree -p tarikh-core`).
//!
//! Loading a corpus ([`corpus`]), Arabic and French text handling ([`text`]), the data-driven
//! lexicons ([`lexicon`]), temporal expressions ([`temporal`]), event extraction and merging
//! ([`extract`]), the event model ([`model`]), claims and figures ([`claims`]), the explorer's
//! model and commands ([`explore`]), geography for the map ([`geo`]), the analyst's workspace ([`workspace`]), exports
//! ([`export`], [`output`]), interface languages ([`i18n`]) and benchmarks ([`bench`],
//! [`bench_scaling`], their corpora [`bench_corpus`]). The desktop app (crate `tarikh`) is a thin layer on top.

pub mod acled;
pub mod bench;
pub mod bench_corpus;
pub mod bench_scaling;
pub mod claims;
pub mod corpus;
pub mod explore;
pub mod export;
pub mod extract;
pub mod font_data;
pub mod geo;
pub mod i18n;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod safe_read;
pub mod temporal;
pub mod text;
pub mod workspace;
