//! Reading a corpus from a folder (recursively) or a list of files, in parallel across files.
//! Bad files never stop a load: each is reported in [`Corpus::skipped`] with its reason.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;

use super::dateline::find_dateline;
use super::decode::decode_owned;
use super::document::{stable_hash, Document, Paragraph, Published, PublishedBasis, TextEncoding};
use super::duplicates::mark_duplicates;
use super::layout::mark_layout;
use super::manifest::read_manifest;
use super::{Corpus, Skipped};
use crate::lexicon::Lexicon;

/// Files larger than this are skipped.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Progress callback: (files done, files in all).
pub type ProgressFn = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// Options for a load.
#[derive(Clone, Default)]
pub struct LoadOptions {
    /// Set to true to stop early; the files read so far are returned.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Called as files are read.
    pub progress: Option<ProgressFn>,
}

fn is_hidden(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<Skipped>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Skipped { file: dir.display().to_string(), reason: format!("cannot read folder: {e}") });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if is_hidden(&p) {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors);
        } else {
            out.push(p);
        }
    }
}

fn relative(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).to_string_lossy().replace('\\', "/")
}

/// Loads the corpus at `paths` (folders are walked; files are read as given).
pub fn load_paths(paths: &[PathBuf], opts: &LoadOptions) -> Corpus {
    let mut skipped = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut explicit: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files, &mut skipped);
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
    let mut to_read: Vec<PathBuf> = Vec::new();
    for f in files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "corpus.json" {
            continue;
        }
        if f.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            to_read.push(f);
        } else {
            skipped.push(Skipped { file: relative(&root, &f), reason: "not a .txt file".into() });
        }
    }
    to_read.extend(explicit);

    let lex = Lexicon::builtin();
    let total = to_read.len();
    let done = AtomicUsize::new(0);
    let results: Vec<Result<Document, Skipped>> = to_read
        .par_iter()
        .map(|path| {
            let rel = relative(&root, path);
            let cancelled = opts.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed));
            let r = if cancelled { Err(Skipped { file: rel, reason: "load cancelled".into() }) } else { read_document(path, rel, lex) };
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
                    TextEncoding::Windows1256 => notes.push(Skipped { file: doc.file.clone(), reason: "decoded as Windows-1256".into() }),
                    TextEncoding::Utf16 => notes.push(Skipped { file: doc.file.clone(), reason: "decoded as UTF-16".into() }),
                    _ => {}
                }
                documents.push(doc);
            }
            Err(s) => skipped.push(s),
        }
    }
    documents.sort_by(|a, b| a.file.cmp(&b.file));
    match read_manifest(&root) {
        Ok(manifest) => apply_manifest(&mut documents, &manifest),
        Err(msg) => skipped.push(Skipped { file: "corpus.json".into(), reason: msg }),
    }
    // a document in a language Tarikh does not read is kept (it can be read) but yields no
    // events: say so rather than show it silently empty
    for d in &documents {
        if d.language() == crate::text::Language::Unsupported {
            notes.push(Skipped { file: d.file.clone(), reason: "language not supported (Arabic and French are)".into() });
        }
    }
    let name = root.file_name().and_then(|n| n.to_str()).unwrap_or("corpus").to_string();
    Corpus { root, name, documents, skipped, notes }
}

fn apply_manifest(docs: &mut [Document], manifest: &super::manifest::Manifest) {
    for d in docs.iter_mut() {
        let Some(m) = manifest.get(&d.file) else { continue };
        if let Some(t) = m.title.as_ref().filter(|t| !t.trim().is_empty()) {
            d.title = t.clone();
        }
        d.outlet = m.outlet.clone().or(d.outlet.take());
        d.url = m.url.clone();
        if let Some(l) = m.language.as_ref().filter(|l| !l.trim().is_empty()) {
            d.language = Some(l.clone());
        }
        if let Some(date) = m.published.as_deref().and_then(|s| chrono::NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()) {
            d.published = Some(Published {
                date,
                time: None,
                basis: PublishedBasis::Manifest,
                not_before: false,
                note: "corpus.json".into(),
                from_file: None,
            });
        }
    }
}

/// Reads, decodes and lays out one file.
pub fn read_document(path: &Path, rel: String, lex: &Lexicon) -> Result<Document, Skipped> {
    let skip = |reason: String| Skipped { file: rel.clone(), reason };
    let meta = std::fs::metadata(path).map_err(|e| skip(format!("cannot read: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(skip(format!("over 50 MB ({:.1} MB)", meta.len() as f64 / 1_048_576.0)));
    }
    let bytes = std::fs::read(path).map_err(|e| skip(format!("cannot read: {e}")))?;
    let byte_len = bytes.len();
    let (text, encoding) = decode_owned(bytes).map_err(|e| skip(e.to_string()))?;
    Ok(document_from_text(rel, &text, encoding, byte_len, lex))
}

/// Builds a document from decoded text: paragraphs, dateline, layout, repeats, title.
pub fn document_from_text(file: String, text: &str, encoding: TextEncoding, byte_len: usize, lex: &Lexicon) -> Document {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    for (ln, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        paragraphs.push(Paragraph {
            index: paragraphs.len(),
            text: line.to_string(),
            line: ln + 1,
            boilerplate: false,
            duplicate_of: None,
            near_duplicate: false,
            dateline: false,
        });
    }
    let dateline = find_dateline(&paragraphs, lex);
    if let Some((i, _, _)) = dateline {
        paragraphs[i].dateline = true;
    }
    let title_idx = mark_layout(&mut paragraphs, &lex.boilerplate, dateline.map(|d| d.0));
    mark_duplicates(&mut paragraphs);
    let title = title_idx.map(|i| paragraphs[i].text.trim().to_string()).unwrap_or_else(|| file.clone());
    let published = dateline.map(|(i, date, time)| Published {
        date,
        time,
        basis: PublishedBasis::Dateline,
        not_before: false,
        note: format!("dateline, paragraph {i}: {}", paragraphs[i].text.trim()),
        from_file: None,
    });
    Document {
        content_hash: stable_hash(text.as_bytes()),
        file,
        title,
        outlet: None,
        url: None,
        language: Some(crate::text::language::detect(paragraphs.iter().map(|p| p.text.as_str())).code().to_string()),
        encoding,
        byte_len,
        paragraphs,
        published,
    }
}
