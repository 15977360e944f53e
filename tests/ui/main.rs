//! The desktop app driven headless with egui_kittest, one module per part of the interface.
//!
//! The modules form one test binary, so egui is linked once for all of them rather than once
//! per file: nine binaries of this size filled a CI machine's disk while linking.

#[path = "../common/mod.rs"]
mod common;

mod app;
mod arabic;
mod around;
mod briefing;
mod claims;
mod curate;
mod french;
mod grades;
mod history;
mod layout;
mod loading;
mod map;
mod mixed_languages;
mod open_folder;
mod publication_date;
mod save_failure;
