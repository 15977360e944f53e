//! The evidence pack of the seeds: every hash checks with `sha256sum -c`, every quote is in its
//! source file, the page links every source, and the edit history carries its times.

mod common;

use tarikh_core::corpus::LoadOptions;
use tarikh_core::explore::{open, Command};
use tarikh_core::export::{selection, sha256_hex, write_evidence_pack};
use tarikh_core::model::{Credibility, Reliability};
use tarikh_core::workspace::Edit;

#[test]
fn the_seeds_pack_checks_with_sha256sum_and_holds_every_quote() {
    let dir = common::copy_seeds("evidence");
    let mut x = open(std::slice::from_ref(&dir), &LoadOptions::default()).explorer;
    // a grade and a note, so that the pack carries grades and a timed history
    let key = x.key_of(0);
    x.apply(Command::Edit(Edit::SetCredibility { mention: key.clone(), credibility: Credibility::new(2).unwrap() }));
    x.apply(Command::Edit(Edit::SetNote { event: key, note: "checked".into() }));
    let events = selection(&x, None);
    let pack = dir.join("pack");
    let summary = write_evidence_pack(&x, &events, &pack).unwrap();
    assert_eq!(summary.events, events.len());
    assert_eq!(summary.files, 5, "the five seed articles");

    // sha256sum itself checks the files against SHA256SUMS
    let st = std::process::Command::new("sha256sum").arg("-c").arg("SHA256SUMS").current_dir(&pack).output();
    match st {
        Ok(out) => assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout)),
        Err(e) => panic!("sha256sum could not run: {e}"),
    }
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pack.join("manifest.json")).unwrap()).unwrap();
    for f in manifest["files"].as_array().unwrap() {
        let bytes = std::fs::read(pack.join(f["path"].as_str().unwrap())).unwrap();
        assert_eq!(sha256_hex(&bytes), f["sha256"].as_str().unwrap());
        assert_eq!(f["bytes"].as_u64(), Some(bytes.len() as u64));
        // the copy is the file as read
        let name = std::path::Path::new(f["path"].as_str().unwrap()).file_name().unwrap();
        assert_eq!(bytes, std::fs::read(dir.join(name)).unwrap());
    }
    // every quote is in its source file, as written
    let mut quotes = 0;
    for e in manifest["events"].as_array().unwrap() {
        for s in e["sources"].as_array().unwrap() {
            let text = std::fs::read_to_string(pack.join(s["path"].as_str().unwrap())).unwrap();
            let quote = s["quote"].as_str().unwrap();
            assert!(!quote.is_empty() && text.contains(quote), "{quote}");
            quotes += 1;
        }
    }
    assert!(quotes >= events.len());
    assert!(manifest.to_string().contains("\"grade\":\"F2\""), "the graded source");
    assert_eq!(Reliability::default(), Reliability::F);
    // the page: each source linked, with its hash; Arabic quotes right to left
    let page = std::fs::read_to_string(pack.join("index.html")).unwrap();
    for f in manifest["files"].as_array().unwrap() {
        assert!(page.contains(&format!("href=\"{}\"", f["path"].as_str().unwrap())));
        assert!(page.contains(f["sha256"].as_str().unwrap()));
    }
    assert!(page.contains("<blockquote dir=\"rtl\" lang=\"ar\">"));
    // the history: two edits, each with the time it was made
    let history: serde_json::Value =
        serde_json::from_slice(&std::fs::read(pack.join("history.json")).unwrap()).unwrap();
    let h = history.as_array().unwrap();
    assert_eq!(h.len(), 2);
    assert!(h.iter().all(|e| e["at"].as_str().is_some_and(|t| chrono::DateTime::parse_from_rfc3339(t).is_ok())));
    let _ = std::fs::remove_dir_all(&dir);
}
