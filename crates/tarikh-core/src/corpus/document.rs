//! Documents and paragraphs.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// How a file's bytes were decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-16 (with a byte-order mark, or detected without one).
    Utf16,
    /// Windows-1256 (Arabic), detected.
    Windows1256,
    /// Windows-1252 (Latin-1 French), detected.
    Windows1252,
    /// UTF-8 with a few invalid bytes, each replaced by U+FFFD.
    Utf8Repaired,
}

impl TextEncoding {
    /// The encoding's usual name.
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with BOM",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Windows1256 => "Windows-1256",
            TextEncoding::Windows1252 => "Windows-1252",
            TextEncoding::Utf8Repaired => "UTF-8 (invalid bytes replaced)",
        }
    }
}

/// What fixed a document's publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedBasis {
    /// `corpus.json`.
    Manifest,
    /// A dateline at the top of the text.
    Dateline,
    /// Inferred from the text and the other documents.
    Inferred,
    /// A date in the article's address (`/2013/1/22/`, `20210526-slug`).
    Url,
    /// A saved page's metadata (`article:published_time`, JSON-LD `datePublished`, `<time>`).
    Metadata,
    /// A date in the file's name (`2021-05-24`, `20210524`).
    FileName,
    /// Set by the analyst in the app (kept in the workspace).
    Analyst,
}

/// One statement of an article's publication date, before the choice: where it comes from,
/// what it says and, when a check refused it, why. Every source yields its candidates and
/// [`crate::extract::published`] chooses among them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateCandidate {
    /// The day (the first day of the month when only a month is given).
    pub date: NaiveDate,
    /// The time, when the source gives one.
    pub time: Option<NaiveTime>,
    /// Where it comes from.
    pub basis: PublishedBasis,
    /// Only the month is known (`/2025/11/slug`): a lower bound at most.
    pub month_only: bool,
    /// What states it, for display: the line, the address, the metadata field.
    pub evidence: String,
    /// Why a check refused it (the weekday does not fit, after today, before the article's own
    /// dates); `None` when it passed.
    pub refused: Option<String>,
    /// A dateline line found word for word atop this many articles with other titles (the
    /// site's header, set at load): refused whatever else holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_by: Option<usize>,
}

/// A publication date and how it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The day.
    pub date: NaiveDate,
    /// The time, when the dateline gives one.
    pub time: Option<NaiveTime>,
    /// What fixed it.
    pub basis: PublishedBasis,
    /// True when the date is only a lower bound ("no earlier than").
    pub not_before: bool,
    /// The reasoning, for display: which expression or document fixed the date.
    pub note: String,
    /// The other document the inference leaned on.
    pub from_file: Option<String>,
}

impl Published {
    /// The date `corpus.json` gives: the analyst's own statement, taken as it is.
    pub fn from_manifest(date: NaiveDate) -> Self {
        Published {
            date,
            time: None,
            basis: PublishedBasis::Manifest,
            not_before: false,
            note: "corpus.json".into(),
            from_file: None,
        }
    }

    /// True when relative expressions may be resolved against this date.
    pub fn is_exact(&self) -> bool {
        !self.not_before
    }
}

impl DateCandidate {
    /// A day (and time) a source states, not yet checked.
    pub fn new(date: NaiveDate, time: Option<NaiveTime>, basis: PublishedBasis, evidence: String) -> Self {
        DateCandidate { date, time, basis, month_only: false, evidence, refused: None, shared_by: None }
    }

    /// A candidate from a date found in an address or a file name.
    pub fn of_address(date: crate::corpus::url_date::AddressDate, basis: PublishedBasis, evidence: String) -> Self {
        let month_only = matches!(date, crate::corpus::url_date::AddressDate::Month(_));
        DateCandidate { month_only, ..DateCandidate::new(date.first_day(), None, basis, evidence) }
    }
}

/// One paragraph (one non-empty line of the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable index within the document.
    pub index: usize,
    /// The exact text of the line.
    pub text: String,
    /// Line number in the file (1-based). (`u32` and the index below: a file of a million
    /// short lines holds a million paragraphs.)
    pub line: u32,
    /// Site furniture (print buttons, comment counts, bylines).
    pub boilerplate: bool,
    /// Index of the earlier paragraph this one repeats.
    pub duplicate_of: Option<u32>,
    /// The repeat is close but not exact (a pull quote).
    pub near_duplicate: bool,
    /// This line is the document's dateline.
    pub dateline: bool,
}

impl Paragraph {
    /// True when events may be drawn from this paragraph.
    pub fn is_content(&self) -> bool {
        !self.boilerplate && self.duplicate_of.is_none() && !self.dateline
    }
}

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Path relative to the corpus root, with `/` separators.
    pub file: String,
    /// Title (manifest, else the headline line).
    pub title: String,
    /// Outlet, from the manifest.
    pub outlet: Option<String>,
    /// URL, from the manifest.
    pub url: Option<String>,
    /// Language code (`ar`, `fr`, `und` for one Tarikh does not read): from the manifest, else
    /// detected from the text.
    pub language: Option<String>,
    /// How the bytes were decoded.
    pub encoding: TextEncoding,
    /// Hash of the decoded text (for stable ids).
    pub content_hash: u64,
    /// Size of the file in bytes.
    pub byte_len: usize,
    /// Paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Publication date, when known.
    pub published: Option<Published>,
    /// Every statement of the publication date found (dateline, address, metadata, file name,
    /// the article's own words), with the checks' verdicts: why the date is what it is.
    #[serde(default)]
    pub date_candidates: Vec<DateCandidate>,
    /// A date suggested by other articles (the same event dated there), applied only when the
    /// analyst accepts it; its note gives the evidence.
    #[serde(default)]
    pub suggested: Option<Published>,
    /// Sources that disagree (a page's metadata and its dateline): the date is left to the
    /// analyst, and this says why.
    #[serde(default)]
    pub date_conflict: Option<String>,
}

impl Document {
    /// The sentence `m` quotes, as written: cut from its paragraph here (`m` is a mention of
    /// this document, the one [`Mention::doc`](crate::model::Mention::doc) names).
    pub fn quote(&self, m: &crate::model::Mention) -> &str {
        let (a, b) = (m.quote_bytes.0 as usize, m.quote_bytes.1 as usize);
        self.paragraphs.get(m.paragraph).and_then(|p| p.text.get(a..b)).unwrap_or("")
    }

    /// The file name as shown to people (CLI, app, CSV): bidi controls and invisible
    /// characters written out as `[U+XXXX]`, so that a name cannot pass for another.
    pub fn shown_file(&self) -> std::borrow::Cow<'_, str> {
        crate::text::visible::visible_name(&self.file)
    }

    /// The date other articles suggest, while the article has no date of its own (none, or
    /// only a lower bound).
    pub fn pending_suggestion(&self) -> Option<&Published> {
        self.suggested.as_ref().filter(|_| self.published.as_ref().is_none_or(|p| p.not_before))
    }

    /// The document's language (Arabic when none is recorded).
    pub fn language(&self) -> crate::text::Language {
        self.language.as_deref().map_or(crate::text::Language::Arabic, crate::text::Language::from_code)
    }
}

/// A 64-bit hash that is stable across runs, versions and platforms (unlike `DefaultHasher`):
/// FNV-1a over 8-byte little-endian words, then the remaining bytes. Ids of mentions and
/// events are built from it, so it must never change.
pub fn stable_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .wrapping_mul(0x0000_0100_0000_01b3)
            .rotate_left(29);
    }
    for &x in chunks.remainder() {
        h = (h ^ x as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}
