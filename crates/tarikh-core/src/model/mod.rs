//! The event model: what the extractor produces and the UI shows. No egui here.

pub(crate) mod event;
pub(crate) mod grade;
pub(crate) mod headline;
pub(crate) mod ids;
pub(crate) mod when;

pub use crate::lexicon::EventType;
pub use event::{entity_names, Event, EventId, Mention, MentionId, Reference};
pub use grade::{Credibility, Grade, Reliability};
pub use headline::Headline;
pub use when::{Basis, DayPart, Precision, Qualifier, When};
