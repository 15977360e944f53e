//! What an event's title is made of (who, what, where), kept beside the English title so that
//! the interface can say it in its own language (`extract::title::localized_title`).

use super::EventType;

/// The parts of an event's title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// The event's type.
    pub event_type: EventType,
    /// The trigger's kind (`attack`, `takeover`, `protest`…).
    pub kind: String,
    /// Facilities acted upon (canonical gazetteer names).
    pub targets: Vec<String>,
    /// Where it happened (a canonical gazetteer name, or "District, City").
    pub place: Option<String>,
    /// Who did it (canonical gazetteer names; several countries acting together).
    pub actors: Vec<String>,
    /// The clause's own words, for an act the lexicon has no name for.
    pub clause: Option<String>,
    /// The place is named beside the act.
    pub place_near: bool,
    /// The place is named in the event's own sentences.
    pub place_in_clause: bool,
    /// The place is its article's lede town (or district, or region), not a country, and the act
    /// is armed: where the story's attacks and fights happen (`L'attaque s'est produite jeudi`
    /// in a report from Djibo), which an actor's title names too.
    pub place_of_story: bool,
}
