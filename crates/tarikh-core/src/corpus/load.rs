//! Reading a corpus from a folder (recursively) or a list of files, in parallel across files.
//! Bad files never stop a load: each is reported in [`Corpus::skipped`] with its reason.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;

use super::dateline::find_dateline;
use super::decode::decode_borrowed;
use super::document::{stable_hash, DateCandidate, Document, Paragraph, Published, PublishedBasis, TextEncoding};
use super::duplicates::mark_duplicates;
use super::layout::mark_layout;
use super::manifest::read_manifest;
use super::walk::{relative, Walk};
use super::{Corpus, Skipped};
use crate::lexicon::Lexicon;

/// Files larger than this are skipped.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Progress callback: (files done, files in all).
pub type ProgressFn = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// Options for a load.
#[derive(Clone, Default)]
pub struct LoadOptions {
    /// The lexicon to read with (`None`: the bundled one, [`Lexicon::builtin`]); the corpus
    /// keeps it, and everything downstream uses the corpus's.
    pub lexicon: Option<&'static Lexicon>,
    /// Set to true to stop early; the files read so far are returned.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Called as files are read.
    pub progress: Option<ProgressFn>,
    /// Called as documents are scanned for events, after every file is read.
    pub extract_progress: Option<ProgressFn>,
}

/// Loads the corpus at `paths` (folders are walked; files are read as given).
pub fn load_paths(paths: &[PathBuf], opts: &LoadOptions) -> Corpus {
    let mut skipped = Vec::new();
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    let mut explicit: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            Walk::new(p).dir(p, p, 0, &mut files, &mut skipped);
        } else if p.exists() {
            explicit.push(p.clone());
        } else {
            skipped.push(Skipped { file: p.display().to_string(), reason: "no such file or folder".into() });
        }
    }
    let root: PathBuf = match paths {
        [one] if one.is_dir() => one.clone(),
        _ => paths
            .iter()
            .map(|p| if p.is_dir() { p.clone() } else { p.parent().map(Path::to_path_buf).unwrap_or_default() })
            .next()
            .unwrap_or_default(),
    };
    let mut to_read: Vec<(PathBuf, bool)> = Vec::new();
    for (f, regular) in files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // the corpus's own data, not articles: its manifest and the analyst's outlet grades
        if name == "corpus.json" || name == "outlet_grades.tsv" {
            continue;
        }
        match kind_of(&f) {
            SourceKind::Text | SourceKind::Html => to_read.push((f, regular)),
            SourceKind::Other(reason) => skipped.push(Skipped { file: relative(&root, &f), reason }),
        }
    }
    to_read.extend(explicit.into_iter().map(|p| (p, false)));

    let lex = opts.lexicon.unwrap_or_else(Lexicon::builtin);
    let total = to_read.len();
    let done = AtomicUsize::new(0);
    let results: Vec<Result<Document, Skipped>> = to_read
        .par_iter()
        .map(|(path, regular)| {
            let rel = relative(&root, path);
            let cancelled = opts.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed));
            let r = if cancelled {
                Err(Skipped { file: rel, reason: "load cancelled".into() })
            } else {
                read_listed_document(path, rel, lex, *regular)
            };
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(cb) = &opts.progress {
                cb(n, total);
            }
            r
        })
        .collect();

    let mut documents = Vec::new();
    let mut notes = Vec::new();
    let mut seen: std::collections::HashMap<u64, String> = std::collections::HashMap::new();
    for r in results {
        match r {
            Ok(doc) => {
                if let Some(first) = seen.get(&doc.content_hash) {
                    skipped.push(Skipped { file: doc.file.clone(), reason: format!("duplicate of {first}") });
                    continue;
                }
                seen.insert(doc.content_hash, doc.file.clone());
                match doc.encoding {
                    TextEncoding::Utf8 | TextEncoding::Utf8Bom => {}
                    TextEncoding::Utf8Repaired => {
                        let n = doc.paragraphs.iter().map(|p| p.text.matches('\u{FFFD}').count()).sum::<usize>();
                        notes.push(Skipped {
                            file: doc.file.clone(),
                            reason: format!("decoded as UTF-8; {n} invalid byte sequence(s) replaced by �"),
                        });
                    }
                    other => {
                        notes.push(Skipped { file: doc.file.clone(), reason: format!("decoded as {}", other.label()) })
                    }
                }
                documents.push(doc);
            }
            Err(s) => skipped.push(s),
        }
    }
    documents.sort_by(|a, b| a.file.cmp(&b.file));
    refuse_shared_datelines(&mut documents);
    match read_manifest(&root) {
        Ok((manifest, entry_problems)) => {
            skipped.extend(entry_problems.into_iter().map(|reason| Skipped { file: "corpus.json".into(), reason }));
            let known: std::collections::HashSet<&str> = skipped.iter().map(|s| s.file.as_str()).collect();
            // files it names that are missing matter only when the whole folder was opened
            let whole_folder = matches!(paths, [one] if one.is_dir());
            let problems = apply_manifest(&mut documents, &manifest, &known, whole_folder);
            skipped.extend(problems);
        }
        Err(msg) => skipped.push(Skipped { file: "corpus.json".into(), reason: msg.to_string() }),
    }
    // a document in a language Tarikh does not read is kept (it can be read) but yields no
    // events: say so rather than show it silently empty
    for d in &documents {
        if d.language() == crate::text::Language::Unsupported {
            notes.push(Skipped {
                file: d.file.clone(),
                reason: "language not supported (Arabic and French are)".into(),
            });
        }
    }
    let name = root.file_name().and_then(|n| n.to_str()).unwrap_or("corpus").to_string();
    Corpus { lexicon: lex, root, name, documents, skipped, notes }
}

/// A dateline line found, word for word, in articles with different titles is the site's own
/// (a header with the day the pages were saved), not each article's date: its candidate is
/// refused. The same article saved twice (one title) keeps it.
fn refuse_shared_datelines(docs: &mut [Document]) {
    let mut by_line: std::collections::HashMap<&str, Vec<(usize, &str)>> = std::collections::HashMap::new();
    for (k, d) in docs.iter().enumerate() {
        for p in d.paragraphs.iter().filter(|p| p.dateline) {
            by_line.entry(p.text.trim()).or_default().push((k, d.title.as_str()));
        }
    }
    let shared: Vec<(usize, String, usize)> = by_line
        .iter()
        .filter(|(_, v)| v.iter().any(|(_, t)| *t != v[0].1))
        .flat_map(|(line, v)| v.iter().map(move |(k, _)| (*k, line.to_string(), v.len())))
        .collect();
    for (k, line, n) in shared {
        let d = &mut docs[k];
        for c in
            d.date_candidates.iter_mut().filter(|c| c.basis == PublishedBasis::Dateline && c.evidence.ends_with(&line))
        {
            c.shared_by = Some(n);
        }
    }
}

/// The earliest year a publication date in `corpus.json` may have.
const MANIFEST_FIRST_YEAR: i32 = 1900;

/// Applies `corpus.json` to the documents; returns its entries that could not be used (a file
/// that is not in the corpus, a date that does not exist).
fn apply_manifest(
    docs: &mut [Document],
    manifest: &super::manifest::Manifest,
    skipped: &std::collections::HashSet<&str>,
    whole_folder: bool,
) -> Vec<Skipped> {
    let mut problems = Vec::new();
    let present: std::collections::HashSet<&str> = docs.iter().map(|d| d.file.as_str()).collect();
    let mut missing: Vec<&String> = manifest
        .keys()
        .filter(|f| whole_folder && !present.contains(f.as_str()) && !skipped.contains(f.as_str()))
        .collect();
    missing.sort();
    for f in missing {
        problems
            .push(Skipped { file: "corpus.json".into(), reason: format!("names «{f}», which is not in the corpus") });
    }
    for d in docs.iter_mut() {
        let Some(m) = manifest.get(&d.file) else { continue };
        if let Some(t) = m.title.as_ref().filter(|t| !t.trim().is_empty()) {
            d.title = t.clone();
        }
        d.outlet = m.outlet.clone().or(d.outlet.take());
        d.url = m.url.clone().or(d.url.take());
        d.date_candidates.retain(|c| c.basis != PublishedBasis::Url || m.url.is_none());
        if let Some(date) = m.url.as_deref().and_then(|u| super::url_date::date_in_url(u, crate::temporal::today())) {
            let url = m.url.clone().unwrap_or_default();
            d.date_candidates.push(DateCandidate::of_address(date, PublishedBasis::Url, format!("address {url}")));
        }
        if let Some(l) = m.language.as_ref().filter(|l| !l.trim().is_empty()) {
            d.language = Some(l.clone());
        }
        let Some(given) = m.published.as_deref().filter(|s| !s.trim().is_empty()) else { continue };
        match chrono::NaiveDate::parse_from_str(given.get(..10).unwrap_or(given), "%Y-%m-%d") {
            // a date no article of the news can bear: before 1900, or after tomorrow
            Ok(date) if chrono::Datelike::year(&date) < MANIFEST_FIRST_YEAR || date > crate::temporal::today() + chrono::Duration::days(1) => {
                problems.push(Skipped { file: "corpus.json".into(), reason: format!("publication date «{given}» of {} is not plausible (before {MANIFEST_FIRST_YEAR} or after tomorrow); ignored", d.file) })
            }
            Ok(date) => {
                d.date_candidates.push(DateCandidate::new(date, None, PublishedBasis::Manifest, "corpus.json".into()));
                d.published = Some(Published::from_manifest(date))
            }
            Err(_) => problems.push(Skipped { file: "corpus.json".into(), reason: format!("publication date «{given}» of {} is not a date (YYYY-MM-DD); ignored", d.file) }),
        }
    }
    problems
}

/// Reads, decodes and lays out one file; when the folder listing showed it as a regular file
/// (`listed_regular`), its type need not be checked before it is opened.
fn read_listed_document(path: &Path, rel: String, lex: &Lexicon, listed_regular: bool) -> Result<Document, Skipped> {
    let skip = |reason: String| Skipped { file: rel.clone(), reason };
    // a FIFO or a device would block or never end: only regular files are read (checked
    // before opening, since opening a FIFO blocks; the listing says so for a listed file)
    if !listed_regular {
        let meta = std::fs::metadata(path).map_err(|e| skip(format!("cannot read: {e}")))?;
        if !meta.is_file() {
            return Err(skip("not a regular file (a device, pipe or socket)".into()));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(skip(too_big(meta.len())));
        }
    }
    let bytes = read_at_most(path, MAX_FILE_BYTES).map_err(skip)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(skip(too_big(bytes.len() as u64)));
    }
    let byte_len = bytes.len();
    let (text, encoding) = decode_borrowed(&bytes).map_err(|e| skip(e.to_string()))?;
    if kind_of(path) == SourceKind::Html {
        return Ok(document_from_html(rel, &text, encoding, byte_len, lex));
    }
    Ok(document_from_text(rel, &text, encoding, byte_len, lex))
}

/// What a file is, by its extension.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SourceKind {
    /// `.txt`.
    Text,
    /// A saved page, `.html` or `.htm`.
    Html,
    /// Anything else, with the reason it is not read.
    Other(String),
}

/// True when the loader reads a file of this name (`.txt`, `.html`, `.htm`, `.xhtml`).
pub fn is_article(path: &Path) -> bool {
    matches!(kind_of(path), SourceKind::Text | SourceKind::Html)
}

fn kind_of(path: &Path) -> SourceKind {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    match ext.as_str() {
        "txt" => SourceKind::Text,
        "html" | "htm" | "xhtml" => SourceKind::Html,
        "pdf" => {
            SourceKind::Other("a PDF is not read: save the article as a web page (.html) or as text (.txt)".into())
        }
        "doc" | "docx" | "odt" | "rtf" => {
            SourceKind::Other(format!("a word-processor file (.{ext}) is not read: save it as text (.txt)"))
        }
        "png" | "jpg" | "jpeg" | "gif" | "webp" | "bmp" | "tif" | "tiff" | "svg" => {
            SourceKind::Other(format!("an image (.{ext}) has no text to read"))
        }
        "" => SourceKind::Other("no extension: Tarikh reads .txt, .html and .htm files".into()),
        _ => SourceKind::Other(format!("not a text or HTML file (.{ext}): Tarikh reads .txt, .html and .htm files")),
    }
}

/// Builds a document from a saved page: the article's paragraphs, its title, its address and
/// the metadata's date as a candidate (with the address's date, when it carries one).
pub fn document_from_html(
    file: String,
    source: &str,
    encoding: TextEncoding,
    byte_len: usize,
    lex: &Lexicon,
) -> Document {
    let page = super::html::read_html(source);
    let mut doc = document_from_text(file, &page.text, encoding, byte_len, lex);
    if let Some(t) = page.title.filter(|t| !t.is_empty()) {
        doc.title = t;
    }
    let today = crate::temporal::today();
    if let Some((date, time, field)) = page.published {
        doc.date_candidates.push(DateCandidate::new(date, time, PublishedBasis::Metadata, field));
    }
    if let Some(url) = page.url {
        if let Some(d) = super::url_date::date_in_url(&url, today) {
            doc.date_candidates.push(DateCandidate::of_address(d, PublishedBasis::Url, format!("address {url}")));
        }
        doc.url = Some(url);
    }
    doc
}

fn too_big(len: u64) -> String {
    format!("over 50 MB ({:.1} MB)", len as f64 / 1_048_576.0)
}

/// The file's bytes, at most `limit` + 1 of them (a file that grows while read, or lies about
/// its size, cannot make the load read without end), or why they were not read.
fn read_at_most(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let cannot = |e: std::io::Error| format!("cannot read: {e}");
    let f = std::fs::File::open(path).map_err(cannot)?;
    let meta = f.metadata().map_err(cannot)?;
    if !meta.is_file() {
        return Err("not a regular file (a device, pipe or socket)".into());
    }
    if meta.len() > limit {
        return Err(too_big(meta.len()));
    }
    // sized from the file's length (capped by the limit), so the read does not grow and copy
    let expected = meta.len().min(limit) as usize;
    let mut bytes = Vec::with_capacity(expected + 1);
    f.take(limit + 1).read_to_end(&mut bytes).map_err(cannot)?;
    Ok(bytes)
}

/// A document of at most this many lines, one of them longer than [`LONG_LINE_BYTES`], was
/// saved without its line breaks.
const UNBROKEN_MAX_LINES: usize = 3;
/// A line this long in such a document is split into paragraphs.
const LONG_LINE_BYTES: usize = 1_200;
/// Sentences are grouped into paragraphs of about this many bytes.
const GROUP_BYTES: usize = 600;

/// The line's sentences grouped into paragraphs: the first sentence alone (the headline,
/// when the page's text was run together), then groups of about [`GROUP_BYTES`].
fn sentence_groups(line: &str) -> Vec<String> {
    let spans = crate::text::sentence_spans(line);
    let mut cursor = crate::text::char_cursor::CharCursor::new(line);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for (k, sp) in spans.iter().enumerate() {
        let sentence = cursor.slice(sp.start, sp.end);
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(sentence);
        if k == 0 || current.len() >= GROUP_BYTES {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.is_empty() {
        out.push(line.to_string());
    }
    out
}

/// Builds a document from decoded text: paragraphs, dateline, layout, repeats, title.
pub fn document_from_text(
    file: String,
    text: &str,
    encoding: TextEncoding,
    byte_len: usize,
    lex: &Lexicon,
) -> Document {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    // the lines are walked twice rather than collected (a file of a million short lines)
    let lines = || text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    // an article saved without line breaks is one huge line: read it as paragraphs of sentences
    let unbroken = lines().filter(|l| !l.trim().is_empty()).nth(UNBROKEN_MAX_LINES).is_none();
    for (ln, line) in lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let paragraph = |index: usize, text: String| Paragraph {
            index,
            text,
            line: ln as u32 + 1,
            boilerplate: false,
            duplicate_of: None,
            near_duplicate: false,
            dateline: false,
        };
        if unbroken && line.len() > LONG_LINE_BYTES {
            for part in sentence_groups(line) {
                paragraphs.push(paragraph(paragraphs.len(), part));
            }
        } else {
            paragraphs.push(paragraph(paragraphs.len(), line.to_string()));
        }
    }
    paragraphs.shrink_to_fit(); // kept for the whole session: no growth slack
                                // the article's address copied above it: a candidate date, and no line of the text
    let address = paragraphs.iter_mut().take(super::url_date::ADDRESS_LINES).find_map(|p| {
        let url = super::url_date::address_line(&p.text)?.to_string();
        p.boilerplate = true;
        Some(url)
    });
    let dateline = find_dateline(&paragraphs, lex);
    if let Some((i, _, _)) = dateline {
        paragraphs[i].dateline = true;
    }
    // (the day the page was seen, in its header, is furniture and no headline)
    for i in super::dateline::viewing_day_lines(&paragraphs, lex) {
        paragraphs[i].boilerplate = true;
    }
    let title_idx = mark_layout(&mut paragraphs, &lex.boilerplate, dateline.map(|d| d.0));
    mark_duplicates(&mut paragraphs);
    let title = title_idx.map(|i| paragraphs[i].text.trim().to_string()).unwrap_or_else(|| file.clone());
    let mut date_candidates: Vec<DateCandidate> = dateline
        .map(|(i, date, time)| {
            DateCandidate::new(
                date,
                time,
                PublishedBasis::Dateline,
                format!("dateline, paragraph {i}: {}", paragraphs[i].text.trim()),
            )
        })
        .into_iter()
        .collect();
    if let Some(d) = super::url_date::date_in_file_name(&file, crate::temporal::today()) {
        date_candidates.push(DateCandidate::of_address(d, PublishedBasis::FileName, format!("file name «{file}»")));
    }
    if let Some(url) = address.as_deref() {
        if let Some(d) = super::url_date::date_in_url(url, crate::temporal::today()) {
            date_candidates.push(DateCandidate::of_address(d, PublishedBasis::Url, format!("address {url}")));
        }
    }
    Document {
        content_hash: stable_hash(text.as_bytes()),
        file,
        title,
        outlet: None,
        url: address,
        language: Some(crate::text::language::detect(paragraphs.iter().map(|p| p.text.as_str())).code().to_string()),
        encoding,
        byte_len,
        paragraphs,
        published: None,
        date_candidates,
        suggested: None,
        date_conflict: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_that_heads_articles_with_other_titles_is_the_site_s() {
        let dir = crate::fresh_test_dir("shared");
        let header = "الجمعة 19 ابريل 2024 أبوظبي الإمارات";
        std::fs::write(
            dir.join("a.txt"),
            format!("{header}\nهجوم في غاو\nهاجم مسلحون قاعدة للجيش في غاو أمس وقتل جنديان.\n"),
        )
        .unwrap();
        std::fs::write(
            dir.join("b.txt"),
            format!("{header}\nفيضانات في موبتي\nغمرت المياه أحياء في موبتي أمس وشردت عشرات الأسر.\n"),
        )
        .unwrap();
        let mut c = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
        for d in &c.documents {
            let c = d.date_candidates.iter().find(|c| c.basis == PublishedBasis::Dateline);
            assert_eq!(c.and_then(|c| c.shared_by), Some(2), "{}: {:?}", d.file, d.date_candidates);
        }
        // the extraction leaves them undated rather than dated by the day the pages were saved
        let _ = crate::extract::extract(&mut c);
        assert!(
            c.documents.iter().all(|d| d.published.is_none()),
            "{:?}",
            c.documents.iter().map(|d| &d.published).collect::<Vec<_>>()
        );
        for d in &c.documents {
            let r = d
                .date_candidates
                .iter()
                .find(|c| c.basis == PublishedBasis::Dateline)
                .and_then(|c| c.refused.clone())
                .unwrap_or_default();
            assert!(r.contains("2 articles with other titles"), "{}: {:?}", d.file, d.date_candidates);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn saved_pages_are_read_and_other_kinds_listed_as_skipped_with_their_reason() {
        let dir = crate::fresh_test_dir("kinds");
        let page = "<html><head><title>Kidal</title><meta property=\"article:published_time\" content=\"2023-11-14\"></head><body><nav><a href=/>Accueil</a></nav><p>L'armée a repris Kidal mardi.</p></body></html>";
        std::fs::write(dir.join("kidal.HTM"), page).unwrap();
        std::fs::write(dir.join("report.pdf"), b"%PDF-1.4").unwrap();
        std::fs::write(dir.join("notes.docx"), b"PK").unwrap();
        std::fs::write(dir.join("photo.jpg"), b"\xff\xd8").unwrap();
        let c = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
        assert_eq!(c.documents.len(), 1);
        let d = &c.documents[0];
        assert_eq!(d.title, "Kidal");
        assert_eq!(
            d.paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            ["Kidal", "L'armée a repris Kidal mardi."]
        );
        assert!(d
            .date_candidates
            .iter()
            .any(|c| c.basis == PublishedBasis::Metadata && c.date.to_string() == "2023-11-14"));
        let reason = |f: &str| c.skipped.iter().find(|s| s.file == f).map(|s| s.reason.clone()).unwrap_or_default();
        assert!(reason("report.pdf").contains("PDF"), "{:?}", c.skipped);
        assert!(reason("notes.docx").contains("word-processor"), "{:?}", c.skipped);
        assert!(reason("photo.jpg").contains("image"), "{:?}", c.skipped);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_article_saved_without_line_breaks_is_read_as_paragraphs() {
        let mut line = String::from("Le président a été réélu au second tour de la présidentielle. ");
        for k in 0..40 {
            line.push_str(&format!("La phrase numéro {k} du corps de l'article décrit le scrutin et ses suites. "));
        }
        let doc = document_from_text("a.txt".into(), &line, TextEncoding::Utf8, line.len(), Lexicon::builtin());
        assert!(doc.paragraphs.len() > 3, "{}", doc.paragraphs.len());
        assert_eq!(doc.title, "Le président a été réélu au second tour de la présidentielle.");
        assert!(doc.paragraphs.iter().all(|p| p.text.len() < 1_000));
        // an article with its lines keeps them, however long one is
        let two = format!("Titre\n{line}\nUne autre ligne.\nEt une quatrième.");
        let doc = document_from_text("b.txt".into(), &two, TextEncoding::Utf8, two.len(), Lexicon::builtin());
        assert_eq!(doc.paragraphs.len(), 4);
    }
}
