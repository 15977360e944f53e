//! Replaying curation edits on top of the extracted events. Each edit finds its event through
//! a mention id; an edit whose mention is gone (the document changed or was removed) is kept
//! and reported as an orphan, never dropped silently.

use std::collections::HashMap;

use super::edit::{Anchor, Edit};
use crate::corpus::Corpus;
use crate::extract::merge::build_event;
use crate::model::{Event, Mention, When};
use crate::text::Span;

/// What the analyst changed on an event.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Curation {
    /// The title was edited.
    pub title: bool,
    /// The date was edited.
    pub when: bool,
    /// The type was edited.
    pub event_type: bool,
    /// Hidden (rejected).
    pub hidden: bool,
    /// Marked verified.
    pub verified: bool,
    /// The analyst's note.
    pub note: String,
    /// Added by the analyst.
    pub added: bool,
    /// Other events were merged into it.
    pub merged: bool,
    /// Split off another event.
    pub split: bool,
}

impl Curation {
    /// True when anything was changed.
    pub fn any(&self) -> bool {
        *self != Curation::default()
    }
}

/// An edit that no longer applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Orphan {
    /// Position in the edit log.
    pub index: usize,
    /// The edit.
    pub edit: Edit,
    /// Why it does not apply.
    pub reason: String,
}

/// The curated events.
#[derive(Debug, Clone, Default)]
pub struct Curated {
    /// Events after the edits (hidden ones included).
    pub events: Vec<Event>,
    /// What was changed on each event (parallel to `events`).
    pub curation: Vec<Curation>,
    /// Edits that no longer apply.
    pub orphans: Vec<Orphan>,
}

/// The most precise date among mentions (the earliest on a tie).
fn finest(ms: &[Mention]) -> Option<When> {
    ms.iter().filter_map(|m| m.when).max_by(|a, b| a.precision.cmp(&b.precision).then(b.start.cmp(&a.start)))
}

/// Rebuilds an event from its mentions, keeping what the analyst set.
fn rebuild(ms: Vec<Mention>, keep: &Event, cur: &Curation, corpus: &Corpus) -> Event {
    let g = &corpus.lexicon.gazetteer;
    let mut e = build_event(ms, None, &corpus.documents, None, g);
    e.when = finest(&e.mentions);
    e.id = keep.id.clone();
    if cur.title || cur.added {
        e.title = keep.title.clone();
    }
    if cur.when {
        e.when = keep.when;
    }
    if cur.event_type || cur.added {
        e.event_type = keep.event_type;
    }
    e
}

fn anchor_mention(
    a: &Anchor,
    id: &str,
    when: Option<When>,
    t: crate::model::EventType,
    corpus: &Corpus,
) -> Result<Mention, String> {
    let (di, d) = corpus
        .documents
        .iter()
        .enumerate()
        .find(|(_, d)| d.file == a.file)
        .ok_or_else(|| format!("{} is no longer in the corpus", a.file))?;
    if format!("{:016x}", d.content_hash) != a.content_hash {
        return Err(format!("{} has changed since the event was added", a.file));
    }
    let p = d.paragraphs.get(a.paragraph).ok_or_else(|| format!("{} has no paragraph {}", a.file, a.paragraph))?;
    let chars: Vec<char> = p.text.chars().collect();
    if a.start >= a.end || a.end > chars.len() {
        return Err("the span is outside the paragraph".into());
    }
    let byte = |c: usize| chars[..c].iter().map(|ch| ch.len_utf8()).sum::<usize>() as u32;
    Ok(Mention {
        id: format!("user-{id}").into(),
        doc: di,
        paragraph: a.paragraph,
        quote_span: Span::new(a.start, a.end),
        quote_bytes: (byte(a.start), byte(a.end)),
        time_span: Span::new(a.start, a.start),
        time_text: String::new(),
        trigger_span: Span::new(a.start, a.start),
        trigger: String::new(),
        when,
        basis: None,
        until: None,
        event_type: t,
        kind: "added".into(),
        after: false,
        actors: vec![],
        named: vec![],
        places: vec![],
        targets: vec![],
        near: vec![],
        peripheral: vec![],
        span: false,
        background: false,
        another: false,
        range: false,
    })
}

/// Applies `edits` in order to the extracted `base` events.
pub fn apply_edits(base: &[Event], corpus: &Corpus, edits: &[Edit]) -> Curated {
    let mut events: Vec<Option<Event>> = base.iter().cloned().map(Some).collect();
    let mut cur: Vec<Curation> = vec![Curation::default(); events.len()];
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, e) in base.iter().enumerate() {
        for m in &e.mentions {
            index.insert(m.id.to_string(), i);
        }
    }
    let mut orphans = Vec::new();
    for (k, edit) in edits.iter().enumerate() {
        let mut orphan = |reason: String| orphans.push(Orphan { index: k, edit: edit.clone(), reason });
        let find = |id: &str, index: &HashMap<String, usize>, events: &[Option<Event>]| {
            index.get(id).copied().filter(|&i| events[i].is_some())
        };
        let missing = edit.targets().into_iter().find(|id| find(id, &index, &events).is_none());
        if let Some(id) = missing {
            orphan(format!("mention {id} is not in the corpus any more (its document changed or was removed)"));
            continue;
        }
        let target = edit.targets().first().and_then(|id| find(id, &index, &events));
        match (edit, target) {
            (Edit::SetTitle { title, .. }, Some(i)) => {
                if let Some(e) = events[i].as_mut() {
                    e.title = title.clone();
                }
                cur[i].title = true;
            }
            (Edit::SetWhen { when, .. }, Some(i)) => {
                if let Some(e) = events[i].as_mut() {
                    e.when = Some(*when);
                }
                cur[i].when = true;
            }
            (Edit::SetType { event_type, .. }, Some(i)) => {
                if let Some(e) = events[i].as_mut() {
                    e.event_type = *event_type;
                }
                cur[i].event_type = true;
            }
            (Edit::SetHidden { hidden, .. }, Some(i)) => cur[i].hidden = *hidden,
            (Edit::SetNote { note, .. }, Some(i)) => cur[i].note = note.clone(),
            (Edit::SetVerified { verified, .. }, Some(i)) => cur[i].verified = *verified,
            (Edit::Merge { into, from }, _) => {
                let (Some(i), Some(j)) = (find(into, &index, &events), find(from, &index, &events)) else { continue };
                if i == j {
                    orphan("both mentions are already in the same event".into());
                    continue;
                }
                let (Some(a), Some(b)) = (events[i].clone(), events[j].take()) else { continue };
                for m in &b.mentions {
                    index.insert(m.id.to_string(), i);
                }
                let mut ms = a.mentions.clone();
                ms.extend(b.mentions);
                let c = cur[i].clone();
                events[i] = Some(rebuild(ms, &a, &c, corpus));
                cur[i].merged = true;
                cur[i].verified |= cur[j].verified;
                if cur[i].note.is_empty() {
                    cur[i].note = cur[j].note.clone();
                }
            }
            (Edit::Split { mention }, Some(i)) => {
                let Some(e) = events[i].clone() else { continue };
                if e.mentions.len() < 2 {
                    orphan("the event has only this mention".into());
                    continue;
                }
                let (moved, rest): (Vec<Mention>, Vec<Mention>) =
                    e.mentions.iter().cloned().partition(|m| &m.id == mention);
                let c = cur[i].clone();
                events[i] = Some(rebuild(rest, &e, &c, corpus));
                let g = &corpus.lexicon.gazetteer;
                let mut new = build_event(moved, None, &corpus.documents, None, g);
                new.when = finest(&new.mentions);
                new.id = format!("ev-{mention}").into();
                let n = events.len();
                index.insert(mention.to_string(), n);
                events.push(Some(new));
                cur.push(Curation { split: true, ..Default::default() });
            }
            (Edit::AddEvent { id, anchor, title, event_type, when }, _) => {
                match anchor_mention(anchor, id, *when, *event_type, corpus) {
                    Ok(m) => {
                        let n = events.len();
                        index.insert(m.id.to_string(), n);
                        events.push(Some(Event {
                            id: format!("ev-user-{id}").into(),
                            event_type: *event_type,
                            title: title.clone(),
                            when: *when,
                            actors: vec![],
                            places: vec![],
                            targets: vec![],
                            mentions: vec![m],
                            reference: None,
                            background: false,
                            headline: None,
                        }));
                        cur.push(Curation { added: true, ..Default::default() });
                    }
                    Err(reason) => orphan(reason),
                }
            }
            // applied before extraction (`Explorer::redate_documents`); here only checked
            (Edit::SetPublished { file, .. }, _) if !corpus.documents.iter().any(|d| &d.file == file) => {
                orphan(format!("document {file} is not in the corpus any more"));
            }
            // grades change no event (the explorer reads them from the edits)
            _ => {}
        }
    }
    let mut out = Curated { orphans, ..Default::default() };
    for (e, c) in events.into_iter().zip(cur) {
        if let Some(e) = e {
            out.events.push(e);
            out.curation.push(c);
        }
    }
    out
}
