//! Mentions (one dated clause in one paragraph) and events (mentions of one real event,
//! merged across documents).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{EventType, When};
use crate::lexicon::EntityId;
use crate::model::Basis;
use crate::text::Span;

pub use super::ids::{EventId, MentionId};

/// One dated clause with an event trigger.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Stable id.
    pub id: MentionId,
    /// Index of the document in the corpus.
    pub doc: usize,
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// The sentence quoted, in characters of the paragraph.
    pub quote_span: Span,
    /// The sentence quoted, in bytes of the paragraph's text: a span, not a copy (read it with
    /// [`Document::quote`](crate::corpus::Document::quote)).
    pub quote_bytes: (u32, u32),
    /// The time expression, in characters of the paragraph.
    pub time_span: Span,
    /// The time expression as written.
    pub time_text: String,
    /// The trigger word(s), in characters of the paragraph.
    pub trigger_span: Span,
    /// The trigger as written.
    pub trigger: String,
    /// Resolved date, `None` when it depends on an unknown publication date.
    pub when: Option<When>,
    /// What fixed the date.
    pub basis: Option<Basis>,
    /// For a period, the day it runs until.
    pub until: Option<NaiveDate>,
    /// Event type signalled by the trigger.
    pub event_type: EventType,
    /// Finer kind from the trigger table (gunfire, funeral, takeover…).
    pub kind: String,
    /// The event follows an earlier one (claim, toll, funerals).
    pub after: bool,
    /// Who did it: the agents of the trigger's clause ([`crate::extract::draft::Draft::agents`]),
    /// nearest first; empty when the clause names none.
    pub actors: Vec<EntityId>,
    /// Every actor the sentence names (agents, targets, sources), nearest to the trigger first:
    /// what merging compares, never shown as the event's actors.
    pub named: Vec<EntityId>,
    /// Places named in the sentence.
    pub places: Vec<EntityId>,
    /// Facilities named in the sentence (airport, school…).
    pub targets: Vec<EntityId>,
    /// The entities close to the trigger (used for titles).
    pub near: Vec<EntityId>,
    /// Places that are not where the event is: places it is only near (`على الحدود مع الجزائر`,
    /// `على بعد 40 ميلا من نيامي`), and the place an agreement is named after (`اتفاق الجزائر`):
    /// never the place of its title.
    #[serde(default)]
    pub peripheral: Vec<EntityId>,
    /// The date is the start of a stretch of time up to publication
    /// (`على مدار العامين الماضيين`), not a point: it never merges with point events.
    pub span: bool,
    /// History far before the article's own time ([`crate::extract::background`]): kept and
    /// shown on request, never an event of the main timeline.
    #[serde(default)]
    pub background: bool,
    /// The date is the first day of a longer range of days (`du 9 au 21 mars`), which runs
    /// until [`Mention::until`] ([`crate::temporal`]'s long ranges).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub range: bool,
    /// Its clause names another event like one its article told (`هجوم مماثل`, `une autre
    /// attaque`): it never joins an event of its own article.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub another: bool,
}

/// One real-world event and every mention of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id.
    pub id: EventId,
    /// Type (the lane on the timeline).
    pub event_type: EventType,
    /// English title built from type, targets, places and actors.
    pub title: String,
    /// The most precise date compatible with all mentions.
    pub when: Option<When>,
    /// Actors (canonical English names), most mentioned first.
    pub actors: Vec<String>,
    /// Places, most specific and most mentioned first.
    pub places: Vec<String>,
    /// Facilities.
    pub targets: Vec<String>,
    /// The mentions, in corpus order (none for reference events).
    pub mentions: Vec<Mention>,
    /// For an event of a reference dataset (ACLED), the dataset's record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
    /// Every mention is background history (independence in 1960 in an article of 2024): the
    /// event is listed on request only, and the timeline's All view leaves it out.
    #[serde(default)]
    pub background: bool,
    /// What the extracted title is made of, to say it in the interface's language; `None` for
    /// events added or retitled by hand and for reference records.
    #[serde(skip)]
    pub headline: Option<super::Headline>,
}

/// A record of a reference dataset (ACLED), shown in its own lanes beside the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Dataset name ("ACLED").
    pub dataset: String,
    /// The dataset's own id of the record.
    pub record: String,
    /// The dataset's event type ("Battles").
    pub kind: String,
    /// Its sub-event type ("Armed clash").
    pub sub_kind: String,
    /// Reported fatalities.
    pub fatalities: Option<u32>,
    /// Latitude, longitude.
    pub coordinates: Option<(f64, f64)>,
    /// The record's notes.
    pub notes: String,
    /// The record's sources.
    pub source: String,
}

impl Event {
    /// Number of distinct documents the event is drawn from.
    pub fn source_count(&self) -> usize {
        let mut docs: Vec<usize> = self.mentions.iter().map(|m| m.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    }
}

/// Canonical English names of entity ids.
pub fn entity_names(ids: &[EntityId], g: &crate::lexicon::Gazetteer) -> Vec<String> {
    ids.iter().map(|id| g.get(*id).name.clone()).collect()
}
