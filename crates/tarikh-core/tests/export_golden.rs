//! Golden tests of the export formats on a small corpus written for the tests, with a
//! workspace of edits, as `insta` snapshots in tests/golden/. After a deliberate change,
//! `cargo insta review` (or `INSTA_UPDATE=always cargo test --test export_golden`) rewrites them:
//! review the diff before committing. Under `CI=true` a difference fails and nothing is written.

mod common;

use std::path::PathBuf;

use tarikh_core::corpus::LoadOptions;
use tarikh_core::explore::open;
use tarikh_core::export::{export, selection, Format};
use tarikh_core::i18n::Lang;
use tarikh_core::model::EventType;
use tarikh_core::workspace::{default_path, save_atomic, Edit, WorkspaceFile};

fn fixture(name: &str) -> PathBuf {
    let src = common::fixture("mini");
    // the corpus is named after its folder: keep it "mini" whatever the temporary parent
    let d = std::env::temp_dir().join(format!("tarikh-golden-{name}-{}", std::process::id())).join("mini");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    for f in std::fs::read_dir(&src).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, d.join(f.file_name().unwrap())).unwrap();
    }
    d
}

/// The export `bytes` (UTF-8) match the snapshot `name` in tests/golden/.
fn check(name: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).expect("exports are UTF-8");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("golden");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn exports_match_the_golden_files() {
    let dir = fixture("formats");
    // first open: find the events to curate
    let x = open(std::slice::from_ref(&dir), &LoadOptions::default()).explorer;
    let attack = x.events().iter().find(|e| e.event_type == EventType::Attack).expect("attack").mentions[0].id.clone();
    let accord =
        x.events().iter().find(|e| e.event_type == EventType::Agreement).expect("agreement").mentions[0].id.clone();
    // b.txt says «أمس» of the attack a.txt dates: its date is a suggestion, accepted here
    let b = x.corpus().documents.iter().find(|d| d.file == "b.txt").expect("b.txt");
    assert!(b.published.is_none());
    assert!(b.suggested.is_some(), "suggested by a.txt");
    let edits = vec![
        Edit::accept_suggestion(b).expect("suggestion"),
        Edit::SetVerified { event: attack.clone(), verified: true },
        Edit::SetNote {
            event: attack.clone(),
            note: "Confirmed by the army's statement, \"one soldier killed\"".into(),
        },
        Edit::SetTitle { event: accord.clone(), title: "Algiers accord".into() },
        // graded: the outlet of a.txt, and what the attack's first mention reports
        Edit::SetOutletReliability { outlet: "Test Wire".into(), reliability: tarikh_core::model::Reliability::B },
        Edit::SetCredibility { mention: attack.clone(), credibility: tarikh_core::model::Credibility::new(2).unwrap() },
    ];
    save_atomic(&default_path(&dir), &WorkspaceFile::new("mini", edits)).unwrap();
    // second open: the workspace is replayed
    let x = open(std::slice::from_ref(&dir), &LoadOptions::default()).explorer;
    assert!(x.orphans().is_empty());
    let sel = selection(&x, None);
    let csv = export(&x, &sel, Format::Csv, Lang::English).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
    check("mini.csv", &csv);
    let json = export(&x, &sel, Format::Json, Lang::English).unwrap();
    check("mini.json", &json);
    let tl = export(&x, &sel, Format::Timelinejs, Lang::English).unwrap();
    check("mini.timelinejs.json", &tl);
    // the CSV reads back as RFC 4180 with one row per event
    let mut r = csv::ReaderBuilder::new().from_reader(&csv[3..]);
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), sel.len());
    assert!(rows.iter().any(|r| &r[11] == "true" && r[13].contains("\"one soldier killed\"")));
    // the grades, one per source: the attack's first mention B2 (Test Wire, graded 2)
    assert!(rows.iter().any(|r| r[14].starts_with("B2")), "{rows:?}");
    // the briefing: a self-contained page (font embedded, nothing fetched), quotes right to left
    let html = String::from_utf8(export(&x, &x.briefing_slides(), Format::Briefing, Lang::English).unwrap()).unwrap();
    let font = tarikh_core::export::base64(tarikh_core::font_data::NASKH);
    assert_eq!(html.matches(&font).count(), 1, "the Arabic font is embedded once");
    let page = html.replace(&font, "FONT");
    for fetch in ["src=\"http", "href=\"http", "url(http", "url(\"http", "<link", "@import"] {
        assert!(!page.contains(fetch), "the page fetches something: {fetch}");
    }
    assert_eq!(page.matches("<section class=\"slide\"").count(), x.briefing_slides().len());
    assert!(page.matches("<blockquote dir=\"rtl\" lang=\"ar\">").count() >= x.briefing_slides().len());
    // each slide whose event has a place shows it on a small map, drawn inline
    let placed = x.briefing_slides().iter().filter(|&&i| x.locations()[i].is_some()).count();
    assert!(placed > 0 && page.matches("<figure class=\"map\"><svg").count() == placed);
    check("mini.briefing.html", page.as_bytes());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralized() {
    let d = std::env::temp_dir().join(format!("tarikh-golden-injection-{}", std::process::id())).join("inject");
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("=HYPERLINK(1).txt"), "عنوان\nهاجم مسلحون قاعدة عسكرية في غاو يوم 3 مارس 2021.\n").unwrap();
    let x = open(std::slice::from_ref(&d), &LoadOptions::default()).explorer;
    let key = x.events()[0].mentions[0].id.clone();
    let edits = vec![
        Edit::SetTitle { event: key.clone(), title: "@SUM(A1)".into() },
        Edit::SetNote { event: key, note: "-2+3 checked".into() },
    ];
    save_atomic(&default_path(&d), &WorkspaceFile::new("inject", edits)).unwrap();
    let x = open(std::slice::from_ref(&d), &LoadOptions::default()).explorer;
    let csv = export(&x, &selection(&x, None), Format::Csv, Lang::English).unwrap();
    let mut r = csv::ReaderBuilder::new().from_reader(&csv[3..]);
    let row = r.records().next().unwrap().unwrap();
    assert_eq!(&row[5], "'@SUM(A1)");
    assert_eq!(&row[8], "'=HYPERLINK(1).txt");
    assert_eq!(&row[13], "'-2+3 checked");
    check("injection.csv", &csv);
    let _ = std::fs::remove_dir_all(d.parent().unwrap());
}
