//! CSV export: RFC 4180 (quoted as needed, CRLF line ends), UTF-8 with a byte-order mark so
//! that spreadsheet programs read the Arabic; one row per event.

use crate::explore::Explorer;

/// The header row.
pub const HEADER: [&str; 15] = [
    "id",
    "start",
    "end",
    "precision",
    "type",
    "title",
    "actors",
    "places",
    "sources",
    "quotes",
    "curated",
    "verified",
    "hidden",
    "note",
    "grades",
];

/// A cell a spreadsheet would run as a formula gets a leading apostrophe, which the
/// spreadsheet shows as text: one whose first visible character is `=`, `+`, `-` or `@` (or
/// their full-width and small forms, which NFKC folds to them), once leading whitespace, line
/// breaks, bidi marks and invisible characters are passed over (a file name, a sentence, a note
/// can start so), or that starts with a tab or a carriage return.
pub fn neutralized(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['\t', '\r']) {
        return format!("'{cell}").into();
    }
    let first = cell.chars().find(|c| !(c.is_whitespace() || crate::text::visible::is_hidden_control(*c)));
    match first.map(fold_width) {
        Some('=' | '+' | '-' | '@') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// The ASCII form NFKC gives a full-width or small form of a formula sign (`＝`, `﹦`, `＋`,
/// `－`, `＠`), and the minus sign.
fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{FE66}' => '=',
        '\u{FE62}' => '+',
        '\u{FE63}' | '\u{2212}' => '-',
        '\u{FE6B}' => '@',
        _ => c,
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
            // names shown safely: a bidi control in a file name is written out
            let mut files: Vec<std::borrow::Cow<'_, str>> =
                e.mentions.iter().map(|m| x.corpus.documents[m.doc].shown_file()).collect();
            files.dedup();
            let quotes: Vec<&str> = e.mentions.iter().map(|m| x.corpus.documents[m.doc].quote(m)).collect();
            let row = [
                e.id.to_string(),
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
                // each source's grade, in the order of the sources column's mentions
                e.mentions.iter().map(|m| x.grade(m).to_string()).collect::<Vec<_>>().join("; "),
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
        for good in ["2024-09-17", "هجوم على باماكو", "Attack on Bamako", "", " a = b", "\u{200F}هجوم"]
        {
            assert_eq!(neutralized(good), good);
        }
        // a payload after leading space, a line break, a right-to-left mark or in full width
        for bad in [
            " =1+1",
            "\n=cmd|' /C calc'!A0",
            "\u{200F}=HYPERLINK(\"http://x\")",
            "\u{202E}+1",
            "＝1+1",
            "﹦1",
            "＠SUM(A1)",
            "－2",
            "\u{FEFF}@x",
        ] {
            assert_eq!(neutralized(bad), format!("'{bad}"), "{bad:?}");
        }
    }
}
