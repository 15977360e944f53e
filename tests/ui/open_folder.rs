//! Opening a folder from the app's own folder window (no desktop portal, no system dialog):
//! the path typed, the folder's article count shown before it is opened, a subfolder walked
//! into, the corpus loaded.

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;

use crate::common;

#[test]
fn a_folder_typed_in_the_app_s_folder_window_is_counted_then_opened() {
    // a folder holding a subfolder with two of the seeds
    let root = common::temp_dir("browse");
    let sub = root.join("two seeds");
    std::fs::create_dir_all(&sub).unwrap();
    let seeds: Vec<_> = std::fs::read_dir(common::seeds_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    for s in seeds.iter().take(2) {
        std::fs::copy(s, sub.join(s.file_name().unwrap())).unwrap();
    }
    let mut h = common::app_harness(common::seeds_dated_app(), [1280.0, 720.0]);
    h.run_steps(3);
    h.get_by_label("Corpus").click();
    h.run_steps(2);
    h.get_by_label("Open folder…").click();
    h.run_steps(3);
    assert!(h.state().folders.open, "the folder window opens");
    common::replace_text(&mut h, "Folder:", &root.display().to_string());
    h.run_steps(2);
    // typing kept the window open; the folder's articles are counted, its subfolder listed
    assert!(h.state().folders.open);
    h.get_by_label("2 articles to read in this folder");
    h.get_by_label("two seeds/").click();
    h.run_steps(2);
    assert_eq!(h.state().folders.path, sub.display().to_string());
    h.get_by_label("2 articles to read in this folder");
    h.run_steps(5); // (the window, centred, settles at its new size before the click)
    h.get_by_label("Open this folder").click();
    h.run_steps(2);
    assert!(!h.state().folders.open, "the window closes on Open");
    let t0 = Instant::now();
    while h.state().session.loading.is_some() && t0.elapsed() < Duration::from_secs(60) {
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.run_steps(2);
    assert_eq!(h.state().x.corpus().documents.len(), 2, "the two articles of the folder are open");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_path_that_is_no_folder_says_so_and_cannot_be_opened() {
    let mut h = common::app_harness(common::seeds_dated_app(), [1000.0, 650.0]);
    h.run_steps(3);
    h.state_mut().folders.open_at(std::path::Path::new("/no/such/folder"));
    h.run_steps(3);
    h.get_by_label_contains("is not a folder");
    h.get_by_label("Open this folder").click();
    h.run_steps(2);
    assert!(h.state().folders.open && h.state().session.loading.is_none(), "nothing is opened");
}

#[test]
fn a_file_name_with_a_bidi_override_is_shown_with_its_code_point() {
    let d = common::temp_dir("spoof");
    std::fs::write(
        d.join("report\u{202E}lmth.txt"),
        "Titre\nLe 3 mars 2023, une attaque a visé un convoi près de Gao.\n",
    )
    .unwrap();
    let mut h = common::app_harness(tarikh::app::TarikhApp::load(std::slice::from_ref(&d)), [1280.0, 720.0]);
    h.run_steps(3);
    h.get_by_label_contains("report[U+202E]lmth.txt");
    assert!(h.query_by_label_contains("\u{202E}").is_none(), "a raw override on screen");
    let _ = std::fs::remove_dir_all(&d);
}
