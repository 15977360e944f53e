//! Everything the user can ask the explorer to do. Widgets emit commands; [`super::Explorer::apply`]
//! carries them out in one place.

use crate::model::EventType;

/// Columns the event list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SortKey {
    /// Date.
    Date,
    /// Type.
    Type,
    /// Title.
    Title,
    /// Number of sources.
    Sources,
}

/// A zoom preset, by index into [`super::Explorer::presets`].
pub type ZoomPreset = usize;

/// A change to the explorer state.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select an event (by index), or clear the selection.
    Select(Option<usize>),
    /// Select the previous (-1) or next (+1) event in time among those shown.
    Step(i32),
    /// Set the search text.
    Search(String),
    /// Show or hide a type.
    ToggleType(EventType),
    /// Keep only events with this actor (or all).
    FilterActor(Option<String>),
    /// Keep only events with this place (or all).
    FilterPlace(Option<String>),
    /// Keep only events drawn from this document (or all).
    FilterDocument(Option<usize>),
    /// Remove every filter and the search.
    ClearFilters,
    /// Show this time range (days since 1970).
    View(f64, f64),
    /// Zoom by `factor` (< 1 zooms in) around `center`.
    Zoom { factor: f64, center: f64 },
    /// Move the view by this many days.
    Pan(f64),
    /// Show every event.
    FitAll,
    /// Apply a zoom preset.
    Preset(ZoomPreset),
    /// Open a document with a paragraph in view.
    OpenDocument { doc: usize, paragraph: usize },
    /// Close the document view.
    CloseDocument,
    /// Select the event drawn from this paragraph (the way back from text to timeline).
    SelectFromParagraph { doc: usize, paragraph: usize },
    /// Sort the list by a column (again: reverse).
    Sort(SortKey),
    /// Dark or light theme.
    Dark(bool),
    /// Apply a curation edit (one undo step).
    Edit(crate::workspace::Edit),
    /// Accept every publication date that other articles suggest for an article still without
    /// its own (one [`crate::workspace::Edit::SetPublished`] each), then extract once.
    AcceptAllSuggestions,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Show hidden (rejected) events too.
    ShowHidden(bool),
    /// Show background history too (events far before their articles' time).
    ShowBackground(bool),
    /// Show the reference layer (ACLED).
    ShowReference(bool),
    /// Keep only events certainly inside this area (drawn on the map), or all.
    FilterArea(Option<crate::geo::GeoRect>),
    /// Keep only the events of a place (clicked on the map) and select its latest in view.
    SelectPlace(String),
    /// Add an event (by index) to the briefing, at the end.
    BriefingAdd(usize),
    /// Remove slide `n` from the briefing.
    BriefingRemove(usize),
    /// Move slide `n` up (-1) or down (+1).
    BriefingMove(usize, i32),
    /// Start a briefing of one's own with no slides yet.
    BriefingEmpty,
    /// Go back to the default briefing (every event shown, in time order).
    BriefingClear,
    /// Put back filters saved earlier (the app's settings, at start-up), search included.
    SetFilter(Box<super::Filter>),
    /// Show only the events within ±`days` of the selected one (optionally at one of its
    /// places, or with one of its actors), and zoom the timeline to that window.
    Around {
        /// Days before and after.
        days: u32,
        /// Only events that share a place with it.
        same_place: bool,
        /// Only events that share an actor with it.
        shared_actor: bool,
    },
    /// Leave "events around": every event again, and the view from before.
    LeaveAround,
    /// Keep only events with a source graded at least this (`None`: every grade).
    MinGrade(Option<crate::model::Grade>),
    /// Set the reference layer (ACLED records as events, in lanes of their own), replacing any.
    SetReference(Vec<crate::model::Event>),
}
