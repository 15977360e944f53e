//! CSV export: RFC 4180 (quoted as needed, CRLF line ends), UTF-8 with a byte-order mark so
//! that spreadsheet programs read the Arabic; one row per event.

use crate::explore::Explorer;

/// The header row.
pub const HEADER: [&str; 14] = ["id", "start", "end", "precision", "type", "title", "actors", "places", "sources", "quotes", "curated", "verified", "hidden", "note"];

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return: a file name, a sentence, a note can) gets a leading apostrophe, which the
/// spreadsheet shows as text.
pub fn neutralized(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The CSV text of `events`.
pub fn to_csv(x: &Explorer, events: &[usize]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        let _ = w.write_record(HEADER);
        for &i in events {
            let e = &x.events[i];
            let c = &x.curation[i];
            let mut files: Vec<&str> = e.mentions.iter().map(|m| x.corpus.documents[m.doc].file.as_str()).collect();
            files.dedup();
            let quotes: Vec<&str> = e.mentions.iter().map(|m| m.quote(&x.corpus.documents[m.doc])).collect();
            let row = [
                e.id.clone(),
                e.when.map(|w| w.iso_start()).unwrap_or_default(),
                e.when.map(|w| w.iso_end()).unwrap_or_default(),
                e.when.map(|w| w.precision.name().to_string()).unwrap_or_else(|| "undated".into()),
                e.event_type.name().to_string(),
                e.title.clone(),
                e.actors.join("; "),
                e.places.join("; "),
                files.join("; "),
                quotes.join(" | "),
                c.any().to_string(),
                c.verified.to_string(),
                c.hidden.to_string(),
                c.note.clone(),
            ];
            let _ = w.write_record(row.iter().map(|c| neutralized(c).into_owned()));
        }
        let _ = w.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::neutralized;

    #[test]
    fn formula_cells_are_neutralized_and_others_left_alone() {
        for bad in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralized(bad), format!("'{bad}"));
        }
        for good in ["2024-09-17", "هجوم على باماكو", "Attack on Bamako", ""] {
            assert_eq!(neutralized(good), good);
        }
    }
}
