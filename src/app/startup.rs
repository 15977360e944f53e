//! Opening the window: the startup options (a corpus to reopen, an event to select, a zoom, the
//! interface language), applied once the first corpus is in.

use std::path::PathBuf;
use std::time::Instant;

use super::{fonts, settings, TarikhApp};
use crate::explore::{Command, Explorer};

/// Options for opening the window.
#[derive(Debug, Default, Clone)]
pub struct Startup {
    /// Print the time since this instant at the first frame, then close.
    pub report_from: Option<Instant>,
    /// Select the first event whose title contains this (case-insensitive).
    pub select: Option<String>,
    /// Zoom to the preset with this label (case-insensitive prefix).
    pub zoom: Option<String>,
    /// Open the last corpus (no path was given and one is remembered).
    pub reopen_last: bool,
    /// An ACLED CSV to import as a reference layer.
    pub acled: Option<PathBuf>,
    /// The interface language, when given.
    pub lang: Option<crate::i18n::Lang>,
    /// Accept every publication date other articles suggest (an edit of the workspace).
    pub accept_suggestions: bool,
}

impl TarikhApp {
    /// Applies the remembered settings and the startup options once the first corpus is in.
    pub(super) fn finish_startup(&mut self, startup: &Startup, remembered: bool) {
        self.session.settings.restore(&mut self.x, remembered);
        if let Some(a) = startup.acled.clone().or(self.session.settings.acled.clone().filter(|p| p.exists())) {
            self.import_acled(&a);
        }
        self.start_with(startup);
    }

    /// Applies the startup options.
    pub fn start_with(&mut self, s: &Startup) {
        self.report_startup_from = s.report_from;
        if let Some(l) = s.lang {
            self.session.settings.lang = Some(l);
        }
        if s.accept_suggestions {
            self.x.apply(Command::AcceptAllSuggestions);
        }
        if let Some(z) = &s.zoom {
            let z = z.to_lowercase();
            if let Some(k) = self
                .x
                .presets()
                .iter()
                .position(|p| p.0.text(crate::i18n::Lang::English).to_lowercase().starts_with(&z))
            {
                self.x.apply(Command::Preset(k));
            }
        }
        if let Some(q) = &s.select {
            if let Some(i) = self.x.best_match(q) {
                self.x.apply(Command::Select(Some(i)));
            }
        }
    }
}

/// Opens the window on the corpus at `paths` (or, with `startup.reopen_last`, on the corpus
/// open at the last exit when there is one).
pub fn run(paths: Vec<PathBuf>, startup: Startup) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Tarikh — تاريخ")
            .with_inner_size([1500.0, 920.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "tarikh",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let saved: settings::Settings =
                cc.storage.and_then(|s| eframe::get_value(s, settings::KEY)).unwrap_or_default();
            let last = saved.last.clone().filter(|l| startup.reopen_last && l.iter().all(|p| p.exists()));
            let open_paths = last.clone().unwrap_or(paths);
            // the window shows at once; the corpus loads in the background with its progress
            let mut app =
                TarikhApp::new(Explorer::new(crate::corpus::Corpus::default(), crate::extract::Extraction::default()));
            app.session.settings = saved;
            app.report_startup_from = startup.report_from;
            if let Some(l) = startup.lang {
                app.session.settings.lang = Some(l);
            }
            app.first_load = Some((startup, last.is_some()));
            app.session.start_open(open_paths, &app.x, &cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
}
