//! Opening a corpus for the explorer: load, extract, read the workspace (moving an unreadable
//! one aside), replay its edits. Used at startup and by background loads.

use std::path::PathBuf;

use super::Explorer;
use crate::corpus::{load_paths, LoadOptions};
use crate::workspace::{default_path, load, LoadOutcome};

/// An opened corpus.
pub struct Opened {
    /// The explorer, with the saved edits replayed.
    pub explorer: Explorer,
    /// Where its workspace is saved.
    pub workspace: PathBuf,
    /// Things the analyst must be told (a workspace moved aside…).
    pub messages: Vec<String>,
    /// The paths opened.
    pub paths: Vec<PathBuf>,
}

/// The publication-date edits of a workspace file, read as they are (none when it cannot be).
fn dates_in_workspace(path: &std::path::Path) -> Vec<crate::workspace::Edit> {
    let Ok(bytes) = crate::safe_read::read_regular(path, crate::workspace::store::WORKSPACE_CAP) else {
        return Vec::new();
    };
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return Vec::new() };
    let edits = v.get("edits").and_then(|e| e.as_array()).cloned().unwrap_or_default();
    edits
        .into_iter()
        .filter(|e| e.get("op").and_then(|o| o.as_str()) == Some("set_published"))
        .filter_map(|e| serde_json::from_value(e).ok())
        .collect()
}

/// Loads and extracts `paths` and replays the workspace found beside them.
pub fn open(paths: &[PathBuf], opts: &LoadOptions) -> Opened {
    let mut corpus = load_paths(paths, opts);
    // the analyst's publication dates are given before the one extraction (read without
    // touching the file: a broken workspace is dealt with below)
    let dates = dates_in_workspace(&default_path(&corpus.root));
    super::state::set_analyst_dates(&mut corpus, &dates);
    let cancelled = || opts.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed));
    // a cancelled load stops scanning at once; its result is thrown away
    let ex = crate::extract::extract_with_progress(&mut corpus, &|n, all| {
        if let Some(cb) = &opts.extract_progress {
            cb(n, all);
        }
        !cancelled()
    })
    .0;
    let workspace = default_path(&corpus.root);
    if cancelled() {
        // thrown away: the workspace is not even read (nothing moved aside for nothing)
        return Opened { explorer: Explorer::new(corpus, ex), workspace, messages: Vec::new(), paths: paths.to_vec() };
    }
    let mut messages = Vec::new();
    let mut briefing = None;
    let mut unreadable = Vec::new();
    let mut times = Vec::new();
    let edits = match load(&workspace) {
        LoadOutcome::Missing => Vec::new(),
        LoadOutcome::Loaded(ws) => {
            briefing = ws.briefing;
            unreadable = ws.unreadable;
            times = ws.edit_times;
            ws.edits
        }
        LoadOutcome::Recovered { moved_to, error, fallback } => {
            let then = if fallback.is_some() {
                "The previous save was restored."
            } else {
                "The corpus opens without curation."
            };
            messages.push(match moved_to {
                Ok(to) => {
                    format!("The workspace could not be read ({error}); it was moved to {}. {then}", to.display())
                }
                Err(why) => format!("The workspace could not be read ({error}), nor moved aside ({why}). {then}"),
            });
            fallback
                .map(|f| {
                    unreadable = f.unreadable;
                    times = f.edit_times;
                    f.edits
                })
                .unwrap_or_default()
        }
    };
    let mut explorer = Explorer::with_edits(corpus, ex, edits);
    explorer.history.set_times(&times);
    explorer.briefing = briefing;
    explorer.unreadable_edits = unreadable;
    Opened { explorer, workspace, messages, paths: paths.to_vec() }
}
