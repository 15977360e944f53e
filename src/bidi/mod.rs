//! Bidirectional text for the UI: UAX #9 (via `unicode-bidi`) level runs, line breaking at a
//! width, visual reordering per line, right alignment of right-to-left paragraphs.
//!
//! egui 0.37 shapes Arabic (each layout section is shaped on its own, and harfrust lays an
//! Arabic section out right to left) but has no bidi layout: `باماكو 2024` or a line holding
//! `(JNIM)` come out in the wrong order and RTL paragraphs are left-aligned. [`layout`] does the
//! bidi part without egui (so it can be tested on its own); [`text`] turns each visual run into
//! an egui section, in visual order, and paints the lines. Every Arabic string the app shows
//! goes through [`text::BidiLabel`].

pub mod demo;
pub mod layout;
pub mod probe;
pub mod text;

pub use layout::{isolate_ltr, layout, paragraph_is_rtl, strip_controls, visual_words, BidiLayout, Line, Run};
pub use text::{BidiLabel, Highlight};
