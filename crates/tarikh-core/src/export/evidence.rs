//! The evidence pack: for a set of events, a folder an analyst can hand over and anyone can
//! check offline. It holds each source file as read (`sources/`), its SHA-256 (`SHA256SUMS`, in
//! the format `sha256sum -c` checks), the quoted paragraphs and each source's grade
//! (`manifest.json`), the workspace's edit history with the time of each edit
//! (`history.json`), and `index.html`, which lists the events with links to their sources and
//! hashes, readable in any browser (Arabic quotes right to left).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::escape;
use crate::explore::format::{event_when_label, outlet_label};
use crate::explore::Explorer;
use crate::i18n::Lang;

/// What was written.
#[derive(Debug, Clone, PartialEq)]
pub struct PackSummary {
    /// The pack's folder.
    pub dir: PathBuf,
    /// Events in it.
    pub events: usize,
    /// Source files copied.
    pub files: usize,
}

/// A source file copied into the pack.
struct SourceFile {
    /// Its path in the pack (`sources/…`).
    rel: PathBuf,
    /// Its SHA-256, hex.
    sha: String,
    /// Its size, in bytes as read.
    bytes: usize,
    /// Its text (invalid UTF-8 replaced), to find the quotes in.
    text: String,
}

/// The lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A line of `SHA256SUMS` as `sha256sum` writes it: a name holding a backslash or a line break
/// is escaped, and the line then starts with a backslash (so that `sha256sum -c` reads it back).
fn checksum_line(sha: &str, name: &str) -> String {
    if name.contains(['\\', '\n', '\r']) {
        let escaped = name.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r");
        format!("\\{sha}  {escaped}\n")
    } else {
        format!("{sha}  {name}\n")
    }
}

/// A corpus file's path inside the pack (`sources/…`), or `None` when its name would leave
/// the folder.
fn pack_path(file: &str) -> Option<PathBuf> {
    let p = Path::new(file);
    p.components().all(|c| matches!(c, Component::Normal(_))).then(|| Path::new("sources").join(p))
}

/// Writes the evidence pack of `events` into `dir` (created; files of an earlier pack there
/// are replaced).
pub fn write_evidence_pack(x: &Explorer, events: &[usize], dir: &Path) -> std::io::Result<PackSummary> {
    std::fs::create_dir_all(dir.join("sources"))?;
    let corpus = x.corpus();
    // the source files, each once, in file order: path in the pack, hash, text as read
    let mut files: BTreeMap<usize, SourceFile> = BTreeMap::new();
    for &i in events {
        for m in &x.events()[i].mentions {
            if files.contains_key(&m.doc) {
                continue;
            }
            let d = &corpus.documents[m.doc];
            let Some(rel) = pack_path(&d.file) else { continue };
            let bytes = crate::safe_read::read_regular(&corpus.root.join(&d.file), crate::corpus::MAX_FILE_BYTES)
                .map_err(|e| std::io::Error::other(format!("{}: {e}", d.file)))?;
            let to = dir.join(&rel);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&to, &bytes)?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            files.insert(m.doc, SourceFile { rel, sha: sha256_hex(&bytes), bytes: bytes.len(), text });
        }
    }
    let mut sums = String::new();
    for f in files.values() {
        sums.push_str(&checksum_line(&f.sha, &f.rel.to_string_lossy()));
    }
    std::fs::write(dir.join("SHA256SUMS"), sums)?;

    let event_json: Vec<Value> = events
        .iter()
        .map(|&i| {
            let e = &x.events()[i];
            let sources: Vec<Value> = e
                .mentions
                .iter()
                .filter_map(|m| {
                    let SourceFile { rel, sha, text, .. } = files.get(&m.doc)?;
                    let d = &corpus.documents[m.doc];
                    let quote = d.quote(m);
                    Some(json!({
                        "file": d.file,
                        "path": rel,
                        "sha256": sha,
                        "outlet": d.outlet,
                        "url": d.url,
                        "grade": x.grade(m).to_string(),
                        "paragraph": m.paragraph,
                        "paragraph_text": d.paragraphs[m.paragraph].text,
                        "quote": quote,
                        "quote_in_file": text.contains(quote),
                        "time_text": m.time_text,
                    }))
                })
                .collect();
            json!({
                "id": e.id,
                "title": x.title(i, Lang::English),
                "type": e.event_type.name(),
                "when": event_when_label(e, Lang::English),
                "sources": sources,
            })
        })
        .collect();
    let history: Vec<Value> = x
        .history()
        .applied()
        .iter()
        .zip(x.history().times())
        .enumerate()
        .map(|(k, (edit, at))| json!({"n": k + 1, "at": at, "what": edit.describe(), "edit": edit}))
        .collect();
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let manifest = json!({
        "pack": "Tarikh evidence pack",
        "tarikh": env!("CARGO_PKG_VERSION"),
        "created": created,
        "corpus": corpus.name,
        "files": files.values().map(|f| json!({"path": f.rel, "sha256": f.sha, "bytes": f.bytes})).collect::<Vec<_>>(),
        "checksums": "SHA256SUMS",
        "history": "history.json",
        "index": "index.html",
        "events": event_json,
    });
    std::fs::write(dir.join("manifest.json"), serde_json::to_vec_pretty(&manifest)?)?;
    std::fs::write(dir.join("history.json"), serde_json::to_vec_pretty(&history)?)?;
    std::fs::write(dir.join("index.html"), index_html(x, &manifest, &history))?;
    Ok(PackSummary { dir: dir.to_path_buf(), events: events.len(), files: files.len() })
}

/// The pack's page: every event with its sources (link, outlet, grade, hash, quote).
fn index_html(x: &Explorer, manifest: &Value, history: &[Value]) -> String {
    let mut body = String::new();
    for e in manifest["events"].as_array().into_iter().flatten() {
        let _ = writeln!(
            body,
            "<section class=\"event\"><h2>{}</h2><p class=\"meta\">{} · {} · <code>{}</code></p>",
            escape(e["title"].as_str().unwrap_or("")),
            escape(e["when"].as_str().unwrap_or("")),
            escape(e["type"].as_str().unwrap_or("")),
            escape(e["id"].as_str().unwrap_or("")),
        );
        for s in e["sources"].as_array().into_iter().flatten() {
            let path = s["path"].as_str().unwrap_or("");
            let quote = s["quote"].as_str().unwrap_or("");
            let rtl = quote.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            let (dir, lang) = if rtl { ("rtl", "ar") } else { ("ltr", "fr") };
            let _ = writeln!(
                body,
                "<div class=\"source\"><p><span class=\"grade\">{}</span> <a href=\"{}\">{}</a> · {} · paragraph {}</p>\
                 <p class=\"hash\">SHA-256 <code>{}</code></p><blockquote dir=\"{dir}\" lang=\"{lang}\">{}</blockquote></div>",
                escape(s["grade"].as_str().unwrap_or("")),
                escape(path),
                escape(s["file"].as_str().unwrap_or("")),
                escape(&outlet_label(s["outlet"].as_str(), Lang::English)),
                s["paragraph"],
                escape(s["sha256"].as_str().unwrap_or("")),
                escape(quote),
            );
        }
        body.push_str("</section>\n");
    }
    let mut edits = String::new();
    for h in history {
        let _ = writeln!(
            edits,
            "<li><time>{}</time> {}</li>",
            escape(h["at"].as_str().unwrap_or("time not recorded")),
            escape(h["what"].as_str().unwrap_or(""))
        );
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Evidence pack — {corpus}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }}
.meta, .hash {{ color: #555; }} code {{ font-size: 0.85em; word-break: break-all; }}
.source {{ border-left: 3px solid #888; padding-left: 0.8em; margin: 1em 0; }}
.grade {{ font-weight: bold; border: 1px solid #333; border-radius: 3px; padding: 0 0.3em; }}
blockquote[dir=rtl] {{ font-size: 1.15em; }}
</style></head><body>
<h1>Evidence pack — {corpus}</h1>
<p>Created {created} by Tarikh {version}: {n_events} events, {n_files} source files. Check the files with
<code>sha256sum -c SHA256SUMS</code>; everything here is also in <a href="manifest.json">manifest.json</a>.
Grades: the outlet's reliability (A–F) and the source's credibility (1–6); F6 is ungraded.</p>
{body}<h2>Edit history</h2>
<ol>
{edits}</ol>
</body></html>
"#,
        corpus = escape(&x.corpus().name),
        created = escape(manifest["created"].as_str().unwrap_or("")),
        version = env!("CARGO_PKG_VERSION"),
        n_events = manifest["events"].as_array().map_or(0, Vec::len),
        n_files = manifest["files"].as_array().map_or(0, Vec::len),
    )
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn odd_file_names_are_written_as_sha256sum_reads_them() {
        let d = crate::fresh_test_dir("sums");
        let mut sums = String::new();
        for (name, body) in
            [("plain name.txt", "a"), ("back\\slash.txt", "b"), ("line\nbreak.txt", "c"), ("cr\rx.txt", "d")]
        {
            std::fs::write(d.join(name), body).unwrap();
            sums.push_str(&checksum_line(&sha256_hex(body.as_bytes()), name));
        }
        assert_eq!(sha256_hex(b"a"), "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
        std::fs::write(d.join("SHA256SUMS"), &sums).unwrap();
        let out = std::process::Command::new("sha256sum").args(["-c", "SHA256SUMS"]).current_dir(&d).output().unwrap();
        assert!(out.status.success(), "{sums}\n{}", String::from_utf8_lossy(&out.stdout));
        std::fs::remove_dir_all(&d).unwrap();
    }
}
