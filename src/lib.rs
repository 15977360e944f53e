//! Tarikh: a timeline explorer for Arabic news.
//!
//! The library holds everything but the window: loading a corpus ([`corpus`]), Arabic text
//! handling ([`text`]), the data-driven lexicons ([`lexicon`]), temporal expressions
//! ([`temporal`]), event extraction and merging ([`extract`]) and the event model ([`model`]).
//! None of these depend on egui; the desktop app in [`app`] is a thin layer on top.

pub mod corpus;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod temporal;
pub mod text;
pub mod cli;
pub mod output;
pub mod bench;
pub mod bench_scaling;
pub mod bidi;
pub mod explore;
pub mod app;
pub mod workspace;
pub mod export;
pub mod acled;
pub mod claims;
pub mod font_data;
pub mod i18n;
