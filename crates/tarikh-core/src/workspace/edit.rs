//! One curation edit. Events are referred to by the id of one of their mentions (a hash of the
//! document's content, the paragraph and the offsets), so that an edit finds its event again
//! after re-extraction, even on a grown corpus, and is reported when it no longer can.

use serde::{Deserialize, Serialize};

use crate::model::MentionId;
use crate::model::{EventType, When};

/// Where an analyst-added event is anchored: a span of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Document file, relative to the corpus.
    pub file: String,
    /// The document's content hash (hex) when the event was added.
    pub content_hash: String,
    /// Paragraph index.
    pub paragraph: usize,
    /// First character of the span.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// A curation edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Change the title of the event holding mention `event`.
    SetTitle { event: MentionId, title: String },
    /// Change its date (and precision).
    SetWhen { event: MentionId, when: When },
    /// Change its type.
    SetType { event: MentionId, event_type: EventType },
    /// Hide (reject) it, or show it again.
    SetHidden { event: MentionId, hidden: bool },
    /// Set its note.
    SetNote { event: MentionId, note: String },
    /// Mark it verified, or not.
    SetVerified { event: MentionId, verified: bool },
    /// Merge the event holding `from` into the one holding `into`.
    Merge { into: MentionId, from: MentionId },
    /// Split a mention off into its own event.
    Split { mention: MentionId },
    /// Add an event anchored on a span of a paragraph; its mention id is `user-<id>`.
    AddEvent { id: String, anchor: Anchor, title: String, event_type: EventType, when: Option<When> },
    /// Set the publication date of a document (by file), or give it back to its sources
    /// (`None`); `accepted` when it is a suggestion from other articles that the analyst took.
    /// The document's relative dates are resolved again against it.
    SetPublished {
        file: String,
        date: Option<chrono::NaiveDate>,
        #[serde(default)]
        accepted: bool,
        /// The accepted suggestion's evidence, kept so that the date's reason survives.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        evidence: Option<String>,
        /// The article the accepted suggestion leaned on.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
    },
    /// Grade an outlet's reliability (every article of the outlet).
    SetOutletReliability { outlet: String, reliability: crate::model::Reliability },
    /// Grade the credibility of what one mention reports.
    SetCredibility { mention: MentionId, credibility: crate::model::Credibility },
}

impl Edit {
    /// The analyst's publication date for a document (`None`: back to its sources).
    pub fn set_published(file: &str, date: Option<chrono::NaiveDate>) -> Edit {
        Edit::SetPublished { file: file.to_string(), date, accepted: false, evidence: None, from: None }
    }

    /// The date other articles suggest for `doc`, accepted, with its evidence.
    pub fn accept_suggestion(doc: &crate::corpus::Document) -> Option<Edit> {
        let s = doc.suggested.as_ref()?;
        Some(Edit::SetPublished {
            file: doc.file.clone(),
            date: Some(s.date),
            accepted: true,
            evidence: Some(s.note.clone()),
            from: s.from_file.clone(),
        })
    }

    /// The mention ids the edit refers to.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Edit::SetTitle { event, .. }
            | Edit::SetWhen { event, .. }
            | Edit::SetType { event, .. }
            | Edit::SetHidden { event, .. }
            | Edit::SetNote { event, .. }
            | Edit::SetVerified { event, .. } => vec![event],
            Edit::Merge { into, from } => vec![into, from],
            Edit::Split { mention } | Edit::SetCredibility { mention, .. } => vec![mention],
            Edit::AddEvent { .. } | Edit::SetPublished { .. } | Edit::SetOutletReliability { .. } => vec![],
        }
    }

    /// A short description for lists of edits.
    pub fn describe(&self) -> String {
        match self {
            Edit::SetTitle { title, .. } => format!("title set to \"{title}\""),
            Edit::SetWhen { when, .. } => {
                format!("date set to {} – {} ({})", when.iso_start(), when.iso_end(), when.precision.name())
            }
            Edit::SetType { event_type, .. } => format!("type set to {}", event_type.label()),
            Edit::SetHidden { hidden, .. } => {
                if *hidden {
                    "hidden".into()
                } else {
                    "shown again".into()
                }
            }
            Edit::SetNote { .. } => "note".into(),
            Edit::SetVerified { verified, .. } => {
                if *verified {
                    "marked verified".into()
                } else {
                    "verification removed".into()
                }
            }
            Edit::Merge { .. } => "two events merged".into(),
            Edit::Split { .. } => "a mention split off".into(),
            Edit::AddEvent { title, anchor, .. } => {
                format!("event \"{title}\" added in {} ¶{}", anchor.file, anchor.paragraph)
            }
            Edit::SetPublished { file, date: Some(d), accepted, .. } => format!(
                "publication date of {file} set to {d}{}",
                if *accepted { " (suggestion accepted)" } else { "" }
            ),
            Edit::SetPublished { file, date: None, .. } => {
                format!("publication date of {file} given back to its sources")
            }
            Edit::SetOutletReliability { outlet, reliability } => {
                format!("{outlet} graded {} ({})", reliability.letter(), reliability.meaning())
            }
            Edit::SetCredibility { credibility, .. } => {
                format!("a source's credibility graded {} ({})", credibility.number(), credibility.meaning())
            }
        }
    }
}
