//! The explorer's model, independent of egui: the events of a corpus, filters and search, the
//! selection, the visible time range, and the [`Command`]s that change them, applied in one
//! place ([`Explorer::apply`]). The desktop UI reads this model and emits commands.

pub mod claims;
pub mod command;
pub mod format;
pub mod map;
pub mod open;
pub mod search;
pub mod state;
pub mod synthetic;
pub mod ticks;
pub mod timeline;
mod titles;

pub use command::{Command, SortKey, ZoomPreset};
pub use state::{DocView, Explorer, Filter};
