//! The event model: what the extractor produces and the UI shows. No egui here.

pub mod event;
pub mod headline;
pub mod when;

pub use crate::lexicon::EventType;
pub use event::{entity_names, Event, EventId, Mention, MentionId, Reference};
pub use headline::Headline;
pub use when::{Basis, DayPart, Precision, Qualifier, When};
