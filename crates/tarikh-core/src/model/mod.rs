//! The event model: what the extractor produces and the UI shows. No egui here.

pub mod event;
pub mod event_type;
pub mod headline;
pub mod when;

pub use event::{entity_names, Event, EventId, Mention, MentionId, Reference};
pub use event_type::EventType;
pub use headline::Headline;
pub use when::{DayPart, Precision, Qualifier, When};
