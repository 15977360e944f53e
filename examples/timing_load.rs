use std::time::Instant;
fn main() {
    let mut files = vec![];
    for d in std::fs::read_dir("/tmp/b5").unwrap() { for f in std::fs::read_dir(d.unwrap().path()).unwrap() { files.push(f.unwrap().path()); } }
    let t = Instant::now();
    let bytes: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    eprintln!("read {:?}", t.elapsed());
    let t = Instant::now();
    let texts: Vec<String> = bytes.iter().map(|b| tarikh::corpus::decode::decode(b).unwrap().0).collect();
    eprintln!("decode {:?}", t.elapsed());
    let lex = tarikh::lexicon::Lexicon::builtin();
    let t = Instant::now();
    let mut paras_all = vec![];
    for text in &texts {
        let mut paragraphs = vec![];
        for (ln, line) in text.split('\n').enumerate() { if line.trim().is_empty() { continue; } paragraphs.push(tarikh::corpus::Paragraph { index: paragraphs.len(), text: line.to_string(), line: ln, boilerplate: false, duplicate_of: None, near_duplicate: false, dateline: false }); }
        paras_all.push(paragraphs);
    }
    eprintln!("split {:?}", t.elapsed());
    let t = Instant::now();
    for p in &paras_all { let _ = tarikh::corpus::dateline::find_dateline(p, lex); }
    eprintln!("dateline {:?}", t.elapsed());
    let t = Instant::now();
    for p in paras_all.iter_mut() { let _ = tarikh::corpus::layout::mark_layout(p, &lex.boilerplate, None); }
    eprintln!("layout {:?}", t.elapsed());
    let t = Instant::now();
    for p in paras_all.iter_mut() { tarikh::corpus::duplicates::mark_duplicates(p); }
    eprintln!("dups {:?}", t.elapsed());
    let t = Instant::now();
    for t in &texts { let _ = tarikh::corpus::document::stable_hash(t.as_bytes()); }
    eprintln!("hash {:?}", t.elapsed());
}
