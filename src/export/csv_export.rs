//! CSV export: RFC 4180 (quoted as needed, CRLF line ends), UTF-8 with a byte-order mark so
//! that spreadsheet programs read the Arabic; one row per event.

use crate::explore::Explorer;

/// The header row.
pub const HEADER: [&str; 14] = ["id", "start", "end", "precision", "type", "title", "actors", "places", "sources", "quotes", "curated", "verified", "hidden", "note"];

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
            let quotes: Vec<&str> = e.mentions.iter().map(|m| m.quote.as_str()).collect();
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
            let _ = w.write_record(&row);
        }
        let _ = w.flush();
    }
    out
}
