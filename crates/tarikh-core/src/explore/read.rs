//! What the views read of the explorer: its state through methods, never its fields, so that
//! the state changes only through [`Command`](super::Command)s applied in one place.

use super::timeline::PresetLabel;
use super::{DocView, Explorer, Filter, SortKey};
use crate::corpus::Corpus;
use crate::geo::Location;
use crate::model::Event;
use crate::workspace::{Curation, History, Orphan, UnreadableEdit};

impl Explorer {
    /// The corpus.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }
    /// The grade of a mention: its outlet's reliability and its own credibility (`B2`).
    pub fn grade(&self, m: &crate::model::Mention) -> crate::model::Grade {
        let outlet = self.corpus.documents.get(m.doc).and_then(|d| d.outlet.as_deref());
        self.grades.grade(outlet, &m.id)
    }
    /// The sources' grades.
    pub fn grades(&self) -> &super::Grades {
        &self.grades
    }
    /// Rows of the corpus folder's `outlet_grades.tsv` that could not be read.
    pub fn outlet_file_problems(&self) -> &[String] {
        &self.outlet_file_problems
    }
    /// The lexicon the corpus was read with (names of places and actors in each language).
    pub fn lexicon(&self) -> &'static crate::lexicon::Lexicon {
        self.corpus.lexicon
    }
    /// The events of the reference dataset (ACLED), in their own lanes.
    pub fn reference(&self) -> &[Event] {
        &self.reference
    }
    /// The curation edits, with undo and redo.
    pub fn history(&self) -> &History {
        &self.history
    }
    /// Edits that no longer apply to this corpus.
    pub fn orphans(&self) -> &[Orphan] {
        &self.orphans
    }
    /// Edits of the workspace file this build cannot read (saved back unchanged).
    pub fn unreadable_edits(&self) -> &[UnreadableEdit] {
        &self.unreadable_edits
    }
    /// Bumped by every edit, undo and redo (the app saves when it changes).
    pub fn revision(&self) -> u64 {
        self.revision
    }
    /// Bumped whenever the events are rebuilt (caches of derived views key on it).
    pub fn generation(&self) -> u64 {
        self.generation
    }
    /// Dated events in date order, then undated ones (after curation).
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    /// What the analyst changed on each event (parallel to [`Explorer::events`]).
    pub fn curation(&self) -> &[Curation] {
        &self.curation
    }
    /// For each event, whether its sources disagree on the dead.
    pub fn disputed(&self) -> &[bool] {
        &self.disputed
    }
    /// The trainer's own briefing (event keys in order), or `None` for the default one.
    pub fn briefing(&self) -> Option<&[crate::model::MentionId]> {
        self.briefing.as_deref()
    }
    /// Number of dated events (they come first).
    pub fn n_dated(&self) -> usize {
        self.n_dated
    }
    /// Filters and search.
    pub fn filter(&self) -> &Filter {
        &self.filter
    }
    /// Events that pass the filter: dated ones in date order, then undated ones.
    pub fn shown(&self) -> &[usize] {
        &self.shown
    }
    /// The list's order of the shown dated events.
    pub fn list(&self) -> &[usize] {
        &self.list
    }
    /// Sort column and direction (ascending when true).
    pub fn sort(&self) -> (SortKey, bool) {
        self.sort
    }
    /// The selected event.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }
    /// Visible time range (days since 1970).
    pub fn view(&self) -> (f64, f64) {
        self.view
    }
    /// The open document.
    pub fn document(&self) -> Option<&DocView> {
        self.document.as_ref()
    }
    /// Dark theme.
    pub fn dark(&self) -> bool {
        self.dark
    }
    /// Zoom presets: label, range.
    pub fn presets(&self) -> &[(PresetLabel, f64, f64)] {
        &self.presets
    }
    /// Every actor named by an event, sorted.
    pub fn all_actors(&self) -> &[String] {
        &self.all_actors
    }
    /// Every place named by an event, sorted.
    pub fn all_places(&self) -> &[String] {
        &self.all_places
    }
    /// Where each event happened, as precisely as its sources say (parallel to the events).
    pub fn locations(&self) -> &[Option<Location>] {
        &self.locations
    }
}
