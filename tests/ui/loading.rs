//! Opening a large corpus (2,000 articles: the seeds repeated with shifted dates) in the
//! background: the progress bar shows and the window keeps drawing frames until it is done.

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use tarikh::app::TarikhApp;

use crate::common;

/// A corpus of `copies` copies of the five seeds (years shifted) in a fresh temporary folder.
fn seed_copies(name: &str, copies: usize) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    tarikh::bench_corpus::make_corpus(&common::seeds_dir(), &dir, copies * 45_224).unwrap();
    dir
}

#[test]
fn a_2000_article_corpus_loads_behind_a_progress_bar() {
    // at least 400 copies of the 5 seeds: 2,000 articles and more
    let dir = seed_copies("big", 401);
    let seeds = common::seeds_dir();
    let n_files: usize =
        std::fs::read_dir(&dir).unwrap().map(|d| std::fs::read_dir(d.unwrap().path()).unwrap().count()).sum();
    assert!(n_files >= 2000, "{n_files}");

    let app = TarikhApp::load(&[seeds]);
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(2);
    let ctx = h.ctx.clone();
    let x = h.state().x.clone();
    h.state_mut().session.start_open(vec![dir.clone()], &x, &ctx);

    let t0 = Instant::now();
    let mut frames = 0;
    let mut saw_progress = false;
    while h.state().session.loading.is_some() && t0.elapsed() < Duration::from_secs(120) {
        h.step();
        frames += 1;
        let bar = h.query_by_label_contains("Reading files").is_some()
            || h.query_by_label_contains("Extracting events").is_some();
        saw_progress |= bar;
        // the old corpus stays usable meanwhile
        if h.state().session.loading.is_some() {
            assert_eq!(h.state().x.corpus().documents.len(), 5);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run_steps(2);
    assert!(saw_progress, "a progress bar was shown");
    assert!(frames >= 5, "frames kept coming while loading ({frames})");
    assert_eq!(h.state().x.corpus().documents.len(), n_files);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_edit_made_while_another_corpus_loads_is_saved_before_the_switch() {
    use tarikh::explore::Command;
    use tarikh::workspace::Edit;
    let first = common::copy_seeds("edit-during-load-a");
    let second = common::copy_seeds("edit-during-load-b");
    let app = TarikhApp::load(std::slice::from_ref(&first));
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(2);
    let ctx = h.ctx.clone();
    let x = h.state().x.clone();
    h.state_mut().session.start_open(vec![second.clone()], &x, &ctx);
    // the analyst goes on curating the open corpus while the other one loads
    let key = h.state().x.events()[0].mentions[0].id.clone();
    h.state_mut().apply(Command::Edit(Edit::SetNote { event: key, note: "written while loading".into() }));
    let t0 = Instant::now();
    while h.state().session.loading.is_some() && t0.elapsed() < Duration::from_secs(60) {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(h.state().x.corpus().root, second, "the new corpus is open");
    let saved = std::fs::read_to_string(tarikh::workspace::default_path(&first))
        .expect("the first corpus's workspace was written");
    assert!(saved.contains("written while loading"), "{saved}");
}

#[test]
fn cancelling_during_extraction_stops_scanning() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let dir = seed_copies("cancel", 100);
    let cancel = Arc::new(AtomicBool::new(false));
    let c = cancel.clone();
    let opts = tarikh::corpus::LoadOptions {
        cancel: Some(cancel.clone()),
        extract_progress: Some(Arc::new(move |n, _| {
            if n == 10 {
                c.store(true, Ordering::Relaxed); // the analyst presses Cancel
            }
        })),
        ..Default::default()
    };
    let opened = tarikh::explore::open(std::slice::from_ref(&dir), &opts);
    let docs = opened.explorer.corpus().documents.len();
    let mut scanned: Vec<usize> =
        opened.explorer.events().iter().flat_map(|e| e.mentions.iter().map(|m| m.doc)).collect();
    scanned.sort_unstable();
    scanned.dedup();
    assert!(docs >= 500, "{docs}");
    assert!(scanned.len() < docs / 4, "{} of {docs} documents scanned after the cancel", scanned.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_load_report_sums_up_copies_in_one_line() {
    let dir = common::temp_dir("copies-report");
    let text = "عنوان\nهاجم مسلحون قاعدة عسكرية في غاو يوم 3 مارس 2021.\n";
    for k in 0..40 {
        std::fs::write(dir.join(format!("copy{k:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("notes.md"), "not a corpus file").unwrap();
    let h = common::app_harness(TarikhApp::load(std::slice::from_ref(&dir)), [1500.0, 950.0]);
    h.get_by_label_contains("39 files were copies of 1 others");
    h.get_by_label_contains("skipped notes.md");
    assert!(h.query_by_label_contains("skipped copy05.txt").is_none(), "no line per copy");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn cancelling_the_very_first_load_does_not_speak_of_a_previous_corpus() {
    let empty = tarikh::explore::Explorer::new(Default::default(), Default::default());
    let mut h = common::app_harness(TarikhApp::new(empty), [1000.0, 650.0]);
    h.run_steps(2);
    let dir = seed_copies("first-cancel", 100);
    let (ctx, x) = (h.ctx.clone(), h.state().x.clone());
    h.state_mut().session.start_open(vec![dir.clone()], &x, &ctx);
    h.run_steps(1);
    h.get_by_label("Cancel").click();
    let t0 = Instant::now();
    while h.state().session.loading.is_some() && t0.elapsed() < Duration::from_secs(60) {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run_steps(2);
    let said = h.state().session.messages.join(" | ");
    assert!(said.contains("no corpus is open") && !said.contains("previous corpus"), "{said}");
    h.get_by_label_contains("no corpus is open");
    let _ = std::fs::remove_dir_all(&dir);
}
