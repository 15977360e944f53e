//! The analyst's workspace: curation edits (title, date, type, hide, merge, split, add, notes,
//! verified) kept as a log keyed by stable mention ids, replayed on top of each extraction
//! ([`curate`]); undo and redo ([`history`]); atomic storage in
//! `<corpus>/.tarikh/workspace.json` with recovery ([`store`]). No UI here.

pub(crate) mod autosave;
pub(crate) mod curate;
pub(crate) mod edit;
pub(crate) mod history;
pub(crate) mod recovery;
pub(crate) mod store;

pub use autosave::Autosaver;
pub use autosave::AT_MOST as AUTOSAVE_AT_MOST;
pub use curate::{apply_edits, Curated, Curation, Orphan};
pub use edit::{Anchor, Edit};
pub use history::History;
pub use store::{
    default_path, load, save_atomic, LoadOutcome, SetAsideError, UnreadableEdit, WorkspaceError, WorkspaceFile,
    SCHEMA_VERSION,
};
