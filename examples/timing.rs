use std::time::Instant;
fn main() {
    let dir = std::path::PathBuf::from("/tmp/b5");
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    pool.install(|| {
        let t = Instant::now();
        let mut c = tarikh::corpus::load_paths(&[dir], &Default::default());
        eprintln!("load {:?}", t.elapsed());
        let lex = tarikh::lexicon::Lexicon::builtin();
        let t = Instant::now();
        let mut scans: Vec<_> = c.documents.iter().map(|d| tarikh::extract::draft::scan_document(d, lex)).collect();
        eprintln!("scan {:?}", t.elapsed());
        let t = Instant::now();
        for (d, s) in c.documents.iter().zip(scans.iter_mut()) { tarikh::extract::context::resolve_document(s, d.published.as_ref().map(|p| p.date), &lex.gazetteer); }
        eprintln!("resolve {:?}", t.elapsed());
        let t = Instant::now();
        tarikh::extract::pubdate::infer_publication_dates(&mut c.documents, &mut scans, &lex.gazetteer);
        eprintln!("pubdate {:?}", t.elapsed());
        let t = Instant::now();
        let ms = tarikh::extract::merge::collect_mentions(&c.documents, &scans, &lex.gazetteer);
        let topics: Vec<_> = scans.iter().map(|s| s.topic.clone()).collect();
        let ev = tarikh::extract::merge::merge_mentions(ms, &c.documents, &topics, &lex.gazetteer);
        eprintln!("merge {:?} {}", t.elapsed(), ev.len());
    });
}
