//! `tarikh extract` as a program: JSON shape, bad input reported and skipped, exit codes.

use std::process::Command;

mod common;

fn run(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_tarikh")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), json, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn default_corpus_is_the_seeds_and_json_has_the_documented_shape() {
    let (code, j, _) = run(&["extract", "--json"]);
    assert_eq!(code, 0);
    let docs = j["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    assert_eq!(docs[0]["file"], "000_aa9d35cc2d73f5e3.txt");
    assert_eq!(docs[0]["published"], "2024-09-17");
    assert_eq!(docs[0]["published_basis"], "dateline");
    let p = &docs[0]["paragraphs"][0];
    assert!(
        p["index"].is_u64()
            && p["text"].is_string()
            && p["boilerplate"].is_boolean()
            && p.get("duplicate_of").is_some()
    );
    let ev = &j["events"][0];
    for k in ["id", "type", "title", "when", "actors", "places", "mentions"] {
        assert!(ev.get(k).is_some(), "event field {k}");
    }
    let m = &ev["mentions"][0];
    for k in ["file", "paragraph", "start", "end", "quote", "time_text", "when"] {
        assert!(m.get(k).is_some(), "mention field {k}");
    }
    assert!(["year", "month", "day", "time"].contains(&ev["when"]["precision"].as_str().unwrap()));
}

#[test]
fn plain_output_is_a_table() {
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .args(["extract"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("DATE"));
    assert!(text.lines().any(|l| l.starts_with("2024-09-17T05:30") && l.contains("attack") && l.contains("Bamako")));
}

#[test]
fn bad_files_are_skipped_with_reasons_and_good_ones_kept() {
    let dir = common::temp_dir("bad");
    std::fs::write(dir.join("good.txt"), "أعلن الجيش المالي في 5 مارس 2023 إحباط هجوم على ثكنة في كاتي.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"caf\xe9 cr\xe8me \xe0 Bamako, journ\xe9e calme").unwrap();
    // Shift-JIS: none of the encodings Tarikh reads
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("バマコで攻撃があった。軍は火曜日に発表した。");
    std::fs::write(dir.join("japanese.txt"), &sjis).unwrap();
    std::fs::write(dir.join("notes.md"), "# not a corpus file").unwrap();
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode("هاجم مسلحون قاعدة في غاو في 12 يناير 2023.\n");
    std::fs::write(dir.join("legacy.txt"), &cp1256).unwrap();
    std::fs::write(dir.join("good_copy.txt"), "أعلن الجيش المالي في 5 مارس 2023 إحباط هجوم على ثكنة في كاتي.\n")
        .unwrap();
    // over 50 MB without writing 50 MB: a sparse file
    let big = std::fs::File::create(dir.join("huge.txt")).unwrap();
    big.set_len(51 * 1024 * 1024).unwrap();
    let (code, j, _) = run(&["extract", dir.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "some files could be read");
    let files: Vec<&str> = j["documents"].as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files, vec!["good.txt", "latin1.txt", "legacy.txt"]);
    assert_eq!(j["documents"][1]["encoding"], "windows1252");
    assert_eq!(j["documents"][2]["encoding"], "windows1256");
    assert!(j["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["file"] == "legacy.txt" && n["reason"].as_str().unwrap().contains("Windows-1256")));
    let skipped: Vec<(String, String)> = j["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["file"].as_str().unwrap().to_string(), s["reason"].as_str().unwrap().to_string()))
        .collect();
    let reason = |f: &str| skipped.iter().find(|s| s.0 == f).map(|s| s.1.clone()).unwrap_or_default();
    assert_eq!(reason("empty.txt"), "empty file");
    assert_eq!(reason("binary.txt"), "binary file, not text");
    assert!(reason("japanese.txt").contains("not valid UTF-8"));
    assert!(reason("huge.txt").starts_with("over 50 MB"));
    assert_eq!(reason("notes.md"), "not a text or HTML file (.md): Tarikh reads .txt, .html and .htm files");
    assert_eq!(reason("good_copy.txt"), "duplicate of good.txt");
    let starts: Vec<&str> =
        j["events"].as_array().unwrap().iter().map(|e| e["when"]["start"].as_str().unwrap()).collect();
    assert_eq!(starts, vec!["2023-01-12", "2023-03-05"], "events from the UTF-8 and the Windows-1256 file");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_readable_is_an_error() {
    let dir = common::temp_dir("none");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let (code, j, err) = run(&["extract", dir.to_str().unwrap(), "--json"]);
    assert_ne!(code, 0);
    assert!(err.contains("no readable document"));
    assert_eq!(j["skipped"][0]["reason"], "empty file");
    let (code2, _, _) = run(&["extract", "/no/such/folder"]);
    assert_ne!(code2, 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_pipe_or_a_full_disk_is_a_clear_error_not_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    let bin = env!("CARGO_BIN_EXE_tarikh");
    let dir = env!("CARGO_MANIFEST_DIR");
    // `tarikh extract --json | head -c 1`: the reader goes away after one byte
    let mut child = Command::new(bin)
        .args(["extract", "--json"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut one = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut one).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error: cannot write the output") && !err.contains("panicked"), "{err}");
    // `> /dev/full`
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(bin).args(["extract"]).current_dir(dir).stdout(full).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("No space left") && !err.contains("panicked"), "{err}");
}

#[test]
fn a_file_name_with_a_bidi_override_is_shown_with_its_code_point_in_the_table_and_the_csv() {
    // `report` + RLO + `lmth.txt` shows as `reporttxt.html`: a name passing for another
    let d = std::env::temp_dir().join(format!("tarikh-spoof-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let spoofed = "report\u{202E}lmth.txt";
    std::fs::write(d.join(spoofed), "Titre\nLe 3 mars 2023, une attaque a visé un convoi près de Gao.\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh")).args(["extract", d.to_str().unwrap()]).output().unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("report[U+202E]lmth.txt"), "{table}");
    assert!(!table.contains('\u{202E}'), "a raw override printed: {table}");
    let csv = d.join("out.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .args(["export", "--format", "csv", d.to_str().unwrap(), "-o", csv.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("report[U+202E]lmth.txt") && !text.contains('\u{202E}'), "{text}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn export_command_writes_files() {
    let dir = common::temp_dir("export");
    let mini = common::fixture("mini");
    for f in std::fs::read_dir(&mini).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join(f.file_name().unwrap())).unwrap();
    }
    let out = dir.join("out.csv");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .args(["export", "--format", "csv", dir.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(st.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with('\u{feff}') && text.contains("\r\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn extract_around_an_event_prints_exactly_the_events_of_its_window() {
    let json = |args: &[&str]| -> serde_json::Value {
        let (code, j, err) = run(args);
        assert_eq!(code, 0, "{err}");
        j
    };
    // a day-level date: the event's whole date as (first day, last day), else None
    let days = |e: &serde_json::Value| -> Option<(String, String)> {
        let (s, t) = (e["when"]["start"].as_str()?, e["when"]["end"].as_str()?);
        (s.len() >= 10 && t.len() >= 10).then(|| (s[..10].to_string(), t[..10].to_string()))
    };
    let all = json(&["extract", "seeds", "--json"]);
    let events = all["events"].as_array().unwrap();
    let center = events.iter().find(|e| days(e).is_some_and(|d| d.0 == "2024-09-17")).expect("the attack");
    let id = center["id"].as_str().unwrap();
    let around = json(&["extract", "seeds", "--json", "--around", id, "--days", "7"]);
    let got: Vec<&str> = around["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    // the window of 17 September ±7 days: 10 to 24 September 2024, whole dates only
    let want: Vec<&str> = events
        .iter()
        .filter(|e| days(e).is_some_and(|(a, b)| a.as_str() >= "2024-09-10" && b.as_str() <= "2024-09-24"))
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(got.contains(&id) && got.len() > 1, "{got:?}");
    assert!(want.len() < events.len(), "the window leaves events out");
    assert_eq!(got, want);
    // an unknown id is an error, not an empty list
    let (code, _, err) = run(&["extract", "seeds", "--around", "ev-nothing"]);
    assert!(code != 0 && err.contains("ev-nothing"), "{err}");
}

#[test]
fn export_evidence_writes_a_pack_folder_and_asks_for_one() {
    let dir = common::temp_dir("evidence");
    let pack = dir.join("pack");
    let (code, _, err) = run(&["export", "--format", "evidence", "seeds", "-o", pack.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for f in ["SHA256SUMS", "manifest.json", "history.json", "index.html"] {
        assert!(pack.join(f).is_file(), "{f}");
    }
    assert_eq!(std::fs::read_dir(pack.join("sources")).unwrap().count(), 5);
    // no folder given: said, not written to standard output
    let (code, _, err) = run(&["export", "--format", "evidence", "seeds"]);
    assert!(code != 0 && err.contains("-o DIR"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
