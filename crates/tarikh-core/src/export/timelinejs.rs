//! TimelineJS3 export (https://timeline.knightlab.com/docs/json-format.html): one slide per
//! dated event, dates at their precision, the Arabic quotes right to left, the sources listed.

use chrono::{Datelike, NaiveDateTime, Timelike};
use serde_json::{json, Map, Value};

use crate::explore::format::{event_when_label, outlet_label, published_label};
use crate::explore::Explorer;
use crate::i18n::Lang;
use crate::model::{Precision, When};

use super::escape;

fn date(t: NaiveDateTime, p: Precision) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(t.year()));
    if p >= Precision::Month {
        m.insert("month".into(), json!(t.month()));
    }
    if p >= Precision::Week {
        m.insert("day".into(), json!(t.day()));
    }
    if p == Precision::Time {
        m.insert("hour".into(), json!(t.hour()));
        m.insert("minute".into(), json!(t.minute()));
    }
    Value::Object(m)
}

fn dates(w: &When) -> (Value, Option<Value>) {
    // a qualified or Hijri span is given by its real ends, at day precision
    let p = if w.qualifier.is_some() || (w.precision <= Precision::Month && w.iso_start().len() > 7) {
        Precision::Day
    } else {
        w.precision
    };
    let start = date(w.start, p);
    let end = (w.iso_start() != w.iso_end() || w.start != w.end && p == Precision::Time).then(|| date(w.end, p));
    (start, end)
}

/// The TimelineJS3 document of `events` (undated ones are left out: a timeline needs dates).
pub fn to_timelinejs(x: &Explorer, events: &[usize]) -> Value {
    let slides: Vec<Value> = events
        .iter()
        .filter_map(|&i| {
            let e = &x.events[i];
            let w = e.when?;
            let (start, end) = dates(&w);
            let mut text = String::new();
            for m in &e.mentions {
                let d = &x.corpus.documents[m.doc];
                text.push_str(&format!(
                    "<blockquote dir=\"rtl\" lang=\"ar\">{}</blockquote><p>{} — {}, {} ({})</p>",
                    escape(d.quote(m)),
                    escape(&d.title),
                    escape(&outlet_label(d.outlet.as_deref(), Lang::English)),
                    escape(&published_label(d.published.as_ref(), Lang::English)),
                    x.grade(m)
                ));
            }
            if !x.curation[i].note.is_empty() {
                text.push_str(&format!("<p><em>{}</em></p>", escape(&x.curation[i].note)));
            }
            let mut s = json!({
                "unique_id": e.id,
                "start_date": start,
                "display_date": event_when_label(e, Lang::English),
                "group": e.event_type.label(),
                "text": {"headline": escape(&e.title), "text": text},
            });
            if let Some(end) = end {
                s["end_date"] = end;
            }
            Some(s)
        })
        .collect();
    json!({
        "title": {"text": {"headline": format!("Tarikh — {}", escape(&x.corpus.name)), "text": format!("<p>{} events from {} documents</p>", slides.len(), x.corpus.documents.len())}},
        "events": slides,
    })
}
