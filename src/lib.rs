//! Tarikh: a timeline explorer for Arabic and French news.
//!
//! The library without a window is the crate `tarikh-core` (re-exported here, so that
//! `tarikh::corpus`, `tarikh::extract`… name its modules); this crate adds the desktop app
//! ([`app`]), the bidirectional layout of Arabic text on egui ([`bidi`]) and the command line
//! ([`cli`]).

pub use tarikh_core::{
    acled, bench, bench_corpus, corpus, explore, export, extract, font_data, geo, i18n, lexicon, model, output,
    temporal, text, workspace,
};

pub mod app;
pub mod bidi;
pub mod cli;
