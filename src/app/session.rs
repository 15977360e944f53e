//! The corpus session: which corpus is open, a load under way in the background, the
//! workspace autosave, messages for the analyst, and the remembered settings.

use std::path::PathBuf;
use std::time::Instant;

use super::loader::Loading;
use super::settings::Settings;
use crate::explore::Explorer;
use crate::explore::Opened;
use crate::workspace::Autosaver;

/// The session state.
#[derive(Default)]
pub struct Session {
    /// The corpus paths open now.
    pub paths: Vec<PathBuf>,
    /// Saving the open corpus's workspace.
    pub autosave: Option<Autosaver>,
    /// A load under way.
    pub loading: Option<Loading>,
    /// Messages for the analyst (dismissable).
    pub messages: Vec<String>,
    /// Remembered between runs.
    pub settings: Settings,
}

impl Session {
    /// Takes over an opened corpus; returns its explorer.
    pub fn adopt(&mut self, o: Opened) -> Explorer {
        self.messages.extend(o.messages);
        self.autosave = Some(Autosaver::new(o.workspace, o.explorer.revision()));
        self.paths = o.paths.clone();
        self.settings.opened(&o.paths);
        o.explorer
    }

    /// Starts loading `paths` in the background (after saving pending edits of the open one).
    pub fn start_open(&mut self, paths: Vec<PathBuf>, x: &Explorer, ctx: &egui::Context) {
        if paths.is_empty() {
            return;
        }
        self.flush(x);
        let c = ctx.clone();
        self.loading = Some(Loading::start(paths, move || c.request_repaint()));
    }

    /// Checks the background load; returns the new explorer when it has finished. Edits made
    /// to `current` while the load ran are saved before the new corpus's workspace takes over.
    pub fn poll(&mut self, current: &Explorer) -> Option<Explorer> {
        let l = self.loading.as_ref()?;
        let opened = l.poll()?;
        let cancelled = l.cancelled();
        self.loading = None;
        // on the very first load there is no previous corpus to fall back on
        let none_open = current.corpus().documents.is_empty();
        if cancelled {
            self.messages.push(if none_open { "Loading was cancelled; no corpus is open: open a folder from the Corpus menu, or drop one onto the window.".into() } else { "Loading was cancelled; the previous corpus stays open.".into() });
            return None;
        }
        if opened.explorer.corpus().documents.is_empty() {
            let paths = opened.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
            self.messages.push(if none_open {
                format!("Nothing could be read in {paths}; no corpus is open.")
            } else {
                format!("Nothing could be read in {paths}; the previous corpus stays open.")
            });
            return None;
        }
        self.flush(current);
        Some(self.adopt(opened))
    }

    /// Saves the workspace when due; asks for a repaint when a save is pending.
    pub fn tick(&mut self, x: &Explorer, ctx: &egui::Context) {
        if let Some(a) = &mut self.autosave {
            if let Some(wait) = a.tick(x.revision(), Instant::now(), || x.workspace_file()) {
                ctx.request_repaint_after(wait);
            }
        }
    }

    /// Tries to save now (the unsaved-edits banner's Retry).
    pub fn retry_save(&mut self, x: &Explorer) {
        if let Some(a) = &mut self.autosave {
            a.retry(x.revision(), x.workspace_file());
        }
    }

    /// Saves pending edits now.
    pub fn flush(&mut self, x: &Explorer) {
        if let Some(a) = &mut self.autosave {
            a.flush(x.revision(), || x.workspace_file());
        }
    }
}
