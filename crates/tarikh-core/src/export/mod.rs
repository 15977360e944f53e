//! Exports of the (curated) events: CSV for spreadsheets, JSON (the `extract --json` shape
//! plus curation), TimelineJS3 JSON for publishing a briefing, and the briefing page (PNG
//! images of the timeline are the app's: `tarikh::app::png_export`).

pub(crate) mod briefing_html;
pub(crate) mod csv_export;
pub(crate) mod evidence;
pub(crate) mod json_export;
pub(crate) mod timelinejs;
pub use briefing_html::{base64, to_html as briefing_page};
pub use evidence::{sha256_hex, write_evidence_pack, PackSummary};

use crate::explore::Explorer;

/// Text escaped for HTML, in text and in double-quoted attributes (`&`, `<`, `>`, `"`): the one
/// escaper of the briefing page and the TimelineJS slides, the `html-escape` crate's.
pub fn escape(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

/// The export formats of `tarikh export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV, UTF-8 with BOM.
    Csv,
    /// JSON (extract shape plus curation).
    Json,
    /// TimelineJS3 JSON.
    Timelinejs,
    /// The briefing as a self-contained HTML page.
    Briefing,
    /// The evidence pack: a folder ([`write_evidence_pack`]), not a stream.
    Evidence,
}

impl Format {
    /// Every format, by its name on the command line.
    pub const ALL: [(&'static str, Format); 5] = [
        ("csv", Format::Csv),
        ("json", Format::Json),
        ("timelinejs", Format::Timelinejs),
        ("briefing", Format::Briefing),
        ("evidence", Format::Evidence),
    ];

    /// The format of a name (`csv`, `json`, `timelinejs`, `briefing`).
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }
}

/// The events an export includes: every event that is not hidden, or (`only`) those given.
pub fn selection(x: &Explorer, only: Option<&[usize]>) -> Vec<usize> {
    match only {
        Some(v) => v.to_vec(),
        None => (0..x.events.len()).filter(|&i| !x.curation[i].hidden).collect(),
    }
}

/// Writes the export of `events` in `format` to `w`; JSON is streamed (see
/// [`json_export::write_json`]), the other formats are small and built first.
pub fn write_export(
    mut w: impl std::io::Write,
    x: &Explorer,
    events: &[usize],
    format: Format,
    lang: crate::i18n::Lang,
) -> std::io::Result<()> {
    match format {
        Format::Json => json_export::write_json(&mut w, x, events)?,
        Format::Csv => w.write_all(&csv_export::to_csv(x, events))?,
        Format::Timelinejs => serde_json::to_writer_pretty(&mut w, &timelinejs::to_timelinejs(x, events))?,
        Format::Briefing => w.write_all(briefing_html::to_html(x, events, lang).as_bytes())?,
        Format::Evidence => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the evidence pack is a folder: give one with -o",
            ))
        }
    }
    w.flush()
}

/// The export of `events` in `format`, as bytes. Data formats keep English field names and
/// values; the briefing page's own words are in `lang`.
/// A serialization error is returned, never swallowed.
pub fn export(x: &Explorer, events: &[usize], format: Format, lang: crate::i18n::Lang) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write_export(&mut out, x, events, format, lang)?;
    Ok(out)
}
