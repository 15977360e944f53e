//! The plain-text table of `tarikh extract`: date, type, title, sources.

use std::fmt::Write;

use crate::corpus::Corpus;
use crate::extract::Extraction;
use crate::model::Event;

fn row(out: &mut String, e: &Event) {
    let date =
        e.when
            .map(|w| {
                if w.iso_start() == w.iso_end() {
                    w.iso_start()
                } else {
                    format!("{}..{}", w.iso_start(), w.iso_end())
                }
            })
            .unwrap_or_else(|| "undated".into());
    let _ = writeln!(out, "{:<34} {:<16} {:>3}  {}", date, e.event_type.name(), e.source_count(), e.title);
}

/// The table, with a header, the undated events and the skipped files.
pub fn events_table(corpus: &Corpus, ex: &Extraction) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:<34} {:<16} {:>3}  TITLE", "DATE", "TYPE", "SRC");
    for e in &ex.events {
        row(&mut out, e);
    }
    if !ex.undated.is_empty() {
        let _ = writeln!(out, "\nUndated (relative dates in articles of unknown date):");
        for e in &ex.undated {
            row(&mut out, e);
        }
    }
    let _ = writeln!(
        out,
        "\n{} documents, {} events, {} undated",
        corpus.documents.len(),
        ex.events.len(),
        ex.undated.len()
    );
    for d in &corpus.documents {
        let p = d
            .published
            .as_ref()
            .map(|p| format!("{} ({:?}{})", p.date, p.basis, if p.not_before { ", lower bound" } else { "" }))
            .unwrap_or_else(|| "unknown".into());
        let _ = writeln!(out, "  {}  published {}", d.shown_file(), p);
        if let Some(c) = &d.date_conflict {
            let _ = writeln!(out, "      left undated: {c}");
        }
        if let Some(s) = d.pending_suggestion() {
            let _ = writeln!(
                out,
                "      suggested by other articles (not applied; --accept-suggestions takes it): {} — {}",
                s.date, s.note
            );
        }
    }
    for s in corpus.skipped.iter().chain(&corpus.notes) {
        let _ = writeln!(out, "  {}: {}", crate::text::visible::visible_name(&s.file), s.reason);
    }
    out
}
