//! `tarikh extract --explain`: for each paragraph, every time expression found, how it was
//! resolved, and what became of it (a mention of which event, or why not). This is how a
//! developer or an analyst sees why a date is what it is.

use std::collections::HashMap;
use std::fmt::Write;

use super::draft::{DocScan, Draft};
use super::merge::mention_id;
use super::Extraction;
use crate::corpus::{Corpus, Document, PublishedBasis};
use crate::model::Event;

/// Characters of a paragraph shown before its expressions.
const PARAGRAPH_PREVIEW: usize = 90;

/// The explanation of a whole extraction, as plain text.
pub fn explain(corpus: &Corpus, ex: &Extraction, scans: &[DocScan]) -> String {
    let mut by_mention: HashMap<&str, (&Event, bool)> = HashMap::new();
    for (list, dated) in [(&ex.events, true), (&ex.undated, false)] {
        for e in list {
            for m in &e.mentions {
                by_mention.insert(&*m.id, (e, dated));
            }
        }
    }
    let mut out = String::new();
    for (doc, scan) in corpus.documents.iter().zip(scans) {
        explain_document(&mut out, doc, scan, &by_mention);
    }
    out
}

fn published_line(doc: &Document) -> String {
    match &doc.published {
        None => "publication date unknown: relative dates stay undated".into(),
        Some(p) => {
            let how = match p.basis {
                PublishedBasis::Inferred => "inferred",
                b => crate::extract::published::basis_name(b),
            };
            let bound = if p.not_before { "no earlier than " } else { "" };
            let note = if p.note.is_empty() { String::new() } else { format!(" ({})", p.note) };
            format!("published {bound}{} from {how}{note}", p.date)
        }
    }
}

fn explain_document(out: &mut String, doc: &Document, scan: &DocScan, by_mention: &HashMap<&str, (&Event, bool)>) {
    let _ = writeln!(out, "== {}\n   {}", doc.file, published_line(doc));
    // every statement of the date, and why one won or was refused
    for c in &doc.date_candidates {
        let verdict = c.refused.as_deref().map_or_else(|| "passes the checks".to_string(), |r| format!("refused: {r}"));
        let month = if c.month_only { " (month only)" } else { "" };
        let _ = writeln!(
            out,
            "   candidate {}{month} from {}: {} — {verdict}",
            c.date,
            crate::extract::published::basis_name(c.basis),
            c.evidence
        );
    }
    if let Some(c) = &doc.date_conflict {
        let _ = writeln!(out, "   left undated: {c}");
    }
    if let Some(s) = &doc.suggested {
        let _ = writeln!(out, "   suggested (not applied until accepted): {} — {}", s.date, s.note);
    }
    for p in doc.paragraphs.iter().filter(|p| p.dateline) {
        let _ = writeln!(out, "¶{} dateline (gives the publication date, not an event): {}", p.index, preview(&p.text));
    }
    let mut last_paragraph = None;
    for d in &scan.drafts {
        if last_paragraph != Some(d.paragraph) {
            last_paragraph = Some(d.paragraph);
            let _ = writeln!(out, "¶{} {}", d.paragraph, preview(&doc.paragraphs[d.paragraph].text));
        }
        let _ = writeln!(out, "   «{}» {}", expression_text(doc, d), fate(doc, d, by_mention));
    }
}

fn preview(text: &str) -> String {
    let mut s: String = text.chars().take(PARAGRAPH_PREVIEW).collect();
    if text.chars().nth(PARAGRAPH_PREVIEW).is_some() {
        s.push('…');
    }
    s
}

fn expression_text(doc: &Document, d: &Draft) -> String {
    doc.paragraphs[d.paragraph].text.chars().skip(d.expr.start).take(d.expr.end - d.expr.start).collect()
}

/// How the draft was resolved and what became of it.
fn fate(doc: &Document, d: &Draft, by_mention: &HashMap<&str, (&Event, bool)>) -> String {
    let resolved = match &d.resolved {
        Some(r) => {
            let end =
                if r.when.iso_end() != r.when.iso_start() { format!("..{}", r.when.iso_end()) } else { String::new() };
            format!("= {}{} ({}, {:?})", r.when.iso_start(), end, r.when.precision.name(), r.basis).to_lowercase()
        }
        None if d.expr.spec.date.needs_publication() && doc.published.as_ref().is_none_or(|p| !p.is_exact()) => {
            "= ? (needs the publication date)".into()
        }
        // a day and month whose year neither the publication date nor the passage fixes
        None if matches!(d.expr.spec.date, crate::temporal::DateRef::Calendar { year: None, month: Some(_), .. }) => {
            "= ? (no year: the text does not say which)".into()
        }
        None => "= ? (vague: fixes no date)".into(),
    };
    let what = if let Some(r) = d.rejected {
        format!("not a mention: {}", r.reason())
    } else if !d.is_mention() {
        "not a mention: the current week only helps date the article".into()
    } else {
        match by_mention.get(mention_id(doc, d).as_str()) {
            Some((e, true)) => format!("mention of «{}» [{}]", e.title, e.event_type.name()),
            Some((e, false)) => format!("undated mention of «{}» (listed as undated)", e.title),
            None => "not a mention".into(),
        }
    };
    format!("{resolved} → {what}")
}

#[cfg(test)]
mod tests {
    use crate::corpus::load::document_from_text;
    use crate::corpus::{Corpus, TextEncoding};
    use crate::lexicon::Lexicon;

    #[test]
    fn explains_each_expression_of_a_paragraph_of_our_own() {
        let text = "\
عنوان عن هجوم في غاو
الثلاثاء 4 يونيو 2019
هاجم مسلحون معسكرا للجيش قرب غاو مساء الأحد، وأعلنت الحكومة الحداد.
آخر تحديث: 4 يونيو 2019
وقال سكان إن الوضع تغير منذ سنوات، وأدان الاتحاد الإفريقي أمس الهجوم.
";
        let lex = Lexicon::builtin();
        let doc = document_from_text("gao.txt".into(), text, TextEncoding::Utf8, text.len(), lex);
        let mut corpus = Corpus { documents: vec![doc], ..Default::default() };
        let (ex, scans) = super::super::extract_with_scans(&mut corpus);
        let out = super::explain(&corpus, &ex, &scans);
        assert!(out.contains("published 2019-06-04 from the article's dateline"), "{out}");
        assert!(out.contains("candidate 2019-06-04 from the article's dateline"), "{out}");
        assert!(out.contains("¶1 dateline"), "{out}");
        assert!(
            out.contains("«مساء الأحد» = 2019-06-02 (day, publication) → mention of «Militants attack in Gao"),
            "{out}"
        );
        assert!(
            out.contains("«4 يونيو 2019» = 2019-06-04 (day, explicit) → not a mention: publication stamp"),
            "{out}"
        );
        assert!(out.contains("«أمس» = 2019-06-03 (day, publication) → mention of"), "{out}");
    }
}
