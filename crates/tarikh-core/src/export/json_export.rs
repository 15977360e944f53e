//! JSON export: the shape of `tarikh extract --json` (documents, events with mentions,
//! undated events, skipped files), each event with what the analyst changed, plus the edits
//! that no longer apply.

use serde_json::{json, Value};

use crate::explore::Explorer;
use crate::output::EventJson;

/// The JSON value of `events`.
pub fn to_json(x: &Explorer, events: &[usize]) -> Value {
    let mut base = crate::output::extraction_json(&x.corpus, &crate::extract::Extraction::default());
    let ev = |dated: bool| -> Vec<Value> {
        events
            .iter()
            .filter(|&&i| x.events[i].when.is_some() == dated)
            .map(|&i| {
                let c = &x.curation[i];
                let mut v = serde_json::to_value(EventJson::new(&x.events[i], &x.corpus)).unwrap_or_default();
                v["curation"] = json!({
                    "title": c.title, "when": c.when, "type": c.event_type, "hidden": c.hidden,
                    "verified": c.verified, "note": c.note, "added": c.added, "merged": c.merged, "split": c.split,
                });
                v
            })
            .collect()
    };
    base["events"] = Value::Array(ev(true));
    base["undated"] = Value::Array(ev(false));
    base["orphaned_edits"] = Value::Array(x.orphans.iter().map(|o| json!({"index": o.index, "edit": o.edit, "reason": o.reason})).collect());
    base
}
