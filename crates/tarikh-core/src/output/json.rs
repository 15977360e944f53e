//! The JSON shape of `tarikh extract --json` (also the base of the JSON export):
//! documents with paragraphs and publication dates, events with their mentions, undated
//! events, skipped files.

use serde::Serialize;

use crate::corpus::{Corpus, Skipped};
use crate::extract::Extraction;
use crate::model::{entity_names, Event, Mention, When};
use crate::temporal::Basis;

/// One paragraph.
#[derive(Serialize)]
struct ParagraphJson<'a> {
    index: usize,
    text: &'a str,
    boilerplate: bool,
    duplicate_of: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    near_duplicate: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    dateline: bool,
}

/// One document.
#[derive(Serialize)]
pub(crate) struct DocumentJson<'a, P> {
    file: &'a str,
    title: &'a str,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
    language: &'static str,
    encoding: crate::corpus::TextEncoding,
    published: Option<String>,
    published_basis: Option<crate::corpus::PublishedBasis>,
    published_time: Option<String>,
    published_not_before: bool,
    published_note: Option<&'a str>,
    published_from: Option<&'a str>,
    /// Every statement of the date found, with the checks' verdicts.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    published_candidates: &'a [crate::corpus::DateCandidate],
    /// A date other articles suggest, not applied until the analyst accepts it.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_suggested: Option<SuggestedJson<'a>>,
    /// Why the sources were not followed, when they disagree.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_conflict: Option<&'a str>,
    paragraphs: P,
}

/// A suggested publication date and its evidence.
#[derive(Serialize)]
struct SuggestedJson<'a> {
    date: String,
    note: &'a str,
    from: Option<&'a str>,
}

/// One mention.
#[derive(Serialize)]
pub struct MentionJson<'a> {
    id: &'a str,
    file: &'a str,
    paragraph: usize,
    start: usize,
    end: usize,
    quote: &'a str,
    time_text: &'a str,
    time_start: usize,
    time_end: usize,
    trigger: &'a str,
    #[serde(rename = "type")]
    event_type: &'static str,
    when: Option<When>,
    basis: Option<Basis>,
    until: Option<String>,
    actors: Vec<String>,
    places: Vec<String>,
}

/// One event.
#[derive(Serialize)]
pub struct EventJson<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    event_type: &'static str,
    title: &'a str,
    when: Option<When>,
    actors: &'a [String],
    places: &'a [String],
    targets: &'a [String],
    sources: usize,
    /// Background history, off the main timeline (only written when true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    background: bool,
    mentions: Vec<MentionJson<'a>>,
}

impl<'a> EventJson<'a> {
    /// The JSON view of an event.
    pub fn new(e: &'a Event, corpus: &'a Corpus) -> Self {
        EventJson {
            id: &e.id,
            event_type: e.event_type.name(),
            title: &e.title,
            when: e.when,
            actors: &e.actors,
            places: &e.places,
            targets: &e.targets,
            sources: e.source_count(),
            background: e.background,
            mentions: e.mentions.iter().map(|m| mention_json(m, corpus)).collect(),
        }
    }
}

fn mention_json<'a>(m: &'a Mention, corpus: &'a Corpus) -> MentionJson<'a> {
    MentionJson {
        id: &m.id,
        file: &corpus.documents[m.doc].file,
        paragraph: m.paragraph,
        start: m.quote_span.start,
        end: m.quote_span.end,
        quote: corpus.documents[m.doc].quote(m),
        time_text: &m.time_text,
        time_start: m.time_span.start,
        time_end: m.time_span.end,
        trigger: &m.trigger,
        event_type: m.event_type.name(),
        when: m.when,
        basis: m.basis,
        until: m.until.map(|d| d.format("%Y-%m-%d").to_string()),
        actors: entity_names(&m.actors, &corpus.lexicon.gazetteer),
        places: entity_names(&m.places, &corpus.lexicon.gazetteer),
    }
}

/// A sequence serialized straight from its iterator, never collected (so that `--json` streams
/// a large corpus instead of building it in memory). Serializes once.
pub(crate) struct Streamed<I>(std::cell::Cell<Option<I>>);

impl<I> Streamed<I> {
    pub(crate) fn new(iter: I) -> Self {
        Streamed(std::cell::Cell::new(Some(iter)))
    }
}

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Streamed<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(iter) => s.collect_seq(iter),
            None => Err(serde::ser::Error::custom("a streamed sequence is serialized once")),
        }
    }
}

#[derive(Serialize)]
struct ExtractionJson<'a, D, E, U> {
    corpus: &'a str,
    documents: D,
    events: E,
    undated: U,
    skipped: &'a [Skipped],
    notes: &'a [Skipped],
}

/// The date candidates worth listing: none when the only one is the date taken (its note says
/// all), every one otherwise.
fn candidates_to_list(d: &crate::corpus::Document) -> &[crate::corpus::DateCandidate] {
    match (&d.date_candidates[..], &d.published) {
        ([only], Some(p)) if only.refused.is_none() && only.basis == p.basis && only.date == p.date => &[],
        (all, _) => all,
    }
}

pub(crate) fn document_json(d: &crate::corpus::Document) -> DocumentJson<'_, impl Serialize + '_> {
    DocumentJson {
        file: &d.file,
        title: &d.title,
        outlet: d.outlet.as_deref(),
        url: d.url.as_deref(),
        language: d.language().code(),
        encoding: d.encoding,
        published: d.published.as_ref().map(|p| p.date.format("%Y-%m-%d").to_string()),
        published_basis: d.published.as_ref().map(|p| p.basis),
        published_time: d.published.as_ref().and_then(|p| p.time).map(|t| t.format("%H:%M").to_string()),
        published_not_before: d.published.as_ref().is_some_and(|p| p.not_before),
        published_note: d.published.as_ref().map(|p| p.note.as_str()),
        published_from: d.published.as_ref().and_then(|p| p.from_file.as_deref()),
        published_candidates: candidates_to_list(d),
        published_suggested: d.suggested.as_ref().map(|s| SuggestedJson {
            date: s.date.format("%Y-%m-%d").to_string(),
            note: &s.note,
            from: s.from_file.as_deref(),
        }),
        published_conflict: d.date_conflict.as_deref(),
        paragraphs: Streamed::new(d.paragraphs.iter().map(|p| ParagraphJson {
            index: p.index,
            text: &p.text,
            boilerplate: p.boilerplate,
            duplicate_of: p.duplicate_of,
            near_duplicate: p.near_duplicate,
            dateline: p.dateline,
        })),
    }
}

/// The whole extraction, ready to serialize once, its sequences streamed.
fn extraction_view<'a>(corpus: &'a Corpus, ex: &'a Extraction) -> impl Serialize + 'a {
    ExtractionJson {
        corpus: &corpus.name,
        documents: Streamed::new(corpus.documents.iter().map(document_json)),
        events: Streamed::new(ex.events.iter().map(|e| EventJson::new(e, corpus))),
        undated: Streamed::new(ex.undated.iter().map(|e| EventJson::new(e, corpus))),
        skipped: &corpus.skipped,
        notes: &corpus.notes,
    }
}

/// Writes the whole extraction as pretty-printed JSON to `w`, streaming: nothing of the
/// output is built in memory first.
pub fn write_extraction_json(w: impl std::io::Write, corpus: &Corpus, ex: &Extraction) -> std::io::Result<()> {
    serde_json::to_writer_pretty(w, &extraction_view(corpus, ex)).map_err(std::io::Error::from)
}

/// The whole extraction as a JSON value (the base of the JSON export, which adds to it).
pub fn extraction_json(corpus: &Corpus, ex: &Extraction) -> serde_json::Result<serde_json::Value> {
    serde_json::to_value(extraction_view(corpus, ex))
}
