//! JSON export: the shape of `tarikh extract --json` (documents, events with mentions,
//! undated events, skipped files), each event with what the analyst changed, plus the edits
//! that no longer apply.

use serde::Serialize;
use serde_json::{json, Value};

use crate::explore::Explorer;
use crate::output::json::{document_json, Streamed};
use crate::output::EventJson;

/// One event of the export: its extract shape and what the analyst changed.
#[derive(Serialize)]
struct CuratedEventJson<'a> {
    #[serde(flatten)]
    event: EventJson<'a>,
    curation: Value,
    /// Each mention's grade (`B2`: its outlet's reliability, its own credibility), by mention id.
    grades: Value,
}

/// The export, its sequences streamed (see [`write_json`]).
#[derive(Serialize)]
struct ExportJson<'a, D, E, U, O> {
    corpus: &'a str,
    documents: D,
    events: E,
    undated: U,
    skipped: &'a [crate::corpus::Skipped],
    notes: &'a [crate::corpus::Skipped],
    orphaned_edits: O,
}

fn curation_of(x: &Explorer, i: usize) -> Value {
    let c = &x.curation[i];
    json!({
        "title": c.title, "when": c.when, "type": c.event_type, "hidden": c.hidden,
        "verified": c.verified, "note": c.note, "added": c.added, "merged": c.merged, "split": c.split,
    })
}

/// Writes the JSON export of `events` to `w`, pretty-printed and streaming: one event is built
/// at a time, never the whole document (a 25 MB corpus exports within 2× its size + 100 MB,
/// as `extract --json` does).
pub fn write_json(w: impl std::io::Write, x: &Explorer, events: &[usize]) -> std::io::Result<()> {
    let curated = |dated: bool| {
        events.iter().copied().filter(move |&i| x.events[i].when.is_some() == dated).map(|i| CuratedEventJson {
            event: EventJson::new(&x.events[i], &x.corpus),
            curation: curation_of(x, i),
            grades: x.events[i].mentions.iter().map(|m| (m.id.to_string(), json!(x.grade(m).to_string()))).collect(),
        })
    };
    let view = ExportJson {
        corpus: &x.corpus.name,
        documents: Streamed::new(x.corpus.documents.iter().map(document_json)),
        events: Streamed::new(curated(true)),
        undated: Streamed::new(curated(false)),
        skipped: &x.corpus.skipped,
        notes: &x.corpus.notes,
        orphaned_edits: Streamed::new(
            x.orphans.iter().map(|o| json!({"index": o.index, "edit": o.edit, "reason": o.reason})),
        ),
    };
    serde_json::to_writer_pretty(w, &view).map_err(std::io::Error::from)
}
