//! What the app remembers between runs (eframe persistence): the last corpus and recent ones,
//! theme, filters and the view range. Panel sizes are kept by egui's own memory.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::explore::{Explorer, Filter};

/// The key under which the settings are stored.
pub const KEY: &str = "tarikh";
/// How many recent corpora are listed.
pub const RECENT: usize = 8;

/// Persisted UI state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The corpus open at exit.
    pub last: Option<Vec<PathBuf>>,
    /// Recently opened corpora, newest first.
    pub recent: Vec<Vec<PathBuf>>,
    /// Dark theme.
    pub dark: Option<bool>,
    /// Filters.
    pub filter: Option<Filter>,
    /// Visible time range.
    pub view: Option<(f64, f64)>,
    /// The ACLED file imported as a reference layer.
    #[serde(default)]
    pub acled: Option<PathBuf>,
    /// The interface language.
    #[serde(default)]
    pub lang: Option<crate::i18n::Lang>,
    /// The map beside the timeline is hidden.
    #[serde(default)]
    pub map_hidden: bool,
}

impl Settings {
    /// Records a corpus as opened.
    pub fn opened(&mut self, paths: &[PathBuf]) {
        let p = paths.to_vec();
        self.recent.retain(|r| *r != p);
        self.recent.insert(0, p.clone());
        self.recent.truncate(RECENT);
        self.last = Some(p);
    }

    /// Takes the explorer's state.
    pub fn capture(&mut self, x: &Explorer) {
        self.dark = Some(x.dark());
        self.filter = Some(x.filter().clone());
        self.view = Some(x.view());
    }

    /// Restores state into an explorer (the view only when it is for the same corpus).
    pub fn restore(&self, x: &mut Explorer, same_corpus: bool) {
        if let Some(d) = self.dark {
            x.apply(crate::explore::Command::Dark(d));
        }
        if same_corpus {
            if let Some(f) = &self.filter {
                x.apply(crate::explore::Command::SetFilter(Box::new(f.clone())));
            }
            if let Some((a, b)) = self.view {
                x.apply(crate::explore::Command::View(a, b));
            }
        }
    }
}
