//! The inputs that once took quadratic time or memory, each at a size that would not finish
//! (or not fit in memory) if they still did: a megabyte line of dated clauses, a document of
//! 20,000 short lines around site furniture, a document of 60,000 close repeats. The ms/MB
//! figures themselves come from `tarikh bench --scaling` (benchmarks, not timed tests).

use tarikh_core::corpus::document_from_text;
use tarikh_core::corpus::{Corpus, TextEncoding};
use tarikh_core::lexicon::Lexicon;

fn corpus_of(text: &str) -> Corpus {
    let doc = document_from_text("a.txt".into(), text, TextEncoding::Utf8, text.len(), Lexicon::builtin());
    Corpus { documents: vec![doc], ..Default::default() }
}

#[test]
fn a_megabyte_line_of_clauses_keeps_bounded_quotes() {
    let mut text = String::from("Titre\n");
    while text.len() < 1 << 20 {
        text.push_str("Des hommes armés ont attaqué un camp le 4 mars 2021, ");
    }
    text.push('\n');
    let mut c = corpus_of(&text);
    let ex = tarikh_core::extract::extract(&mut c);
    let mentions: Vec<_> = ex.events.iter().chain(&ex.undated).flat_map(|e| &e.mentions).collect();
    assert!(mentions.len() > 10_000, "{}", mentions.len());
    // each quote is the clause window around its date, not the whole megabyte line
    let longest = mentions.iter().map(|m| c.documents[m.doc].quote(m).len()).max().unwrap();
    assert!(longest < 4_000, "a quote of {longest} bytes");
}

#[test]
fn twenty_thousand_short_lines_around_furniture_are_laid_out_in_one_pass_each_way() {
    let mut text = String::from("عنوان المقال عن الهجوم على باماكو\nأعلن الجيش المالي يوم الثلاثاء 17 سبتمبر 2024 إحباط هجوم على مدرسة الدرك في باماكو وقتل عدد من المهاجمين.\n");
    for i in 0..20_000 {
        text.push_str(if i % 1000 == 999 { "شارك\n" } else { "سطر قصير\n" });
    }
    let c = corpus_of(&text);
    let d = &c.documents[0];
    // the short labels run into the furniture below them, all the way up to the body
    assert!(d.paragraphs[2..].iter().all(|p| p.boilerplate || p.duplicate_of.is_some()));
    assert!(!d.paragraphs[1].boilerplate);
}

#[test]
fn sixty_thousand_close_repeats_in_one_document_point_at_their_first() {
    let base = "أعلن الجيش المالي أن قواته صدت هجوما إرهابيا استهدف معسكرا للجيش قرب مدينة موبتي وسط البلاد";
    let mut text = String::from("عنوان\n");
    for i in 0..60_000 {
        text.push_str(&format!("{base} رقم{i}\n"));
    }
    let c = corpus_of(&text);
    let d = &c.documents[0];
    let first = d.paragraphs.iter().position(|p| p.text.starts_with(base)).unwrap();
    assert!(d.paragraphs[first + 1..].iter().all(|p| p.duplicate_of == Some(first as u32) && p.near_duplicate));
}
