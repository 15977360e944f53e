//! Loading that cannot hang or lose files: devices, FIFOs and link loops in a corpus folder,
//! broken encodings, a `corpus.json` that names what is not there, names that are not UTF-8.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use tarikh_core::corpus::{load_paths, Corpus, LoadOptions, TextEncoding};

const TEXT: &str = "عنوان\nهاجم مسلحون قاعدة عسكرية في غاو يوم 3 مارس 2021.\n";

/// Loads `paths` on another thread; fails the test instead of hanging.
fn load_within(paths: Vec<PathBuf>, secs: u64) -> Corpus {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(load_paths(&paths, &LoadOptions::default()));
    });
    rx.recv_timeout(Duration::from_secs(secs)).expect("the load finished in time")
}

fn folder(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tarikh-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn reasons(c: &Corpus) -> Vec<String> {
    c.skipped.iter().chain(&c.notes).map(|s| format!("{}: {}", s.file, s.reason)).collect()
}

#[cfg(unix)]
#[test]
fn a_fifo_named_txt_is_skipped_not_waited_on() {
    let d = folder("fifo");
    std::fs::write(d.join("a.txt"), TEXT).unwrap();
    let status = std::process::Command::new("mkfifo").arg(d.join("pipe.txt")).status().expect("mkfifo");
    assert!(status.success());
    let c = load_within(vec![d.clone()], 20);
    assert_eq!(c.documents.len(), 1);
    assert!(reasons(&c).iter().any(|r| r.starts_with("pipe.txt: not a regular file")), "{:?}", reasons(&c));
}

#[cfg(unix)]
#[test]
fn hard_links_are_one_file_and_a_huge_file_reports_its_size() {
    let d = folder("hardlinks");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("a.txt"), TEXT).unwrap();
    std::fs::hard_link(d.join("a.txt"), d.join("sub/same.txt")).unwrap();
    // over the limit without writing it: a sparse file
    std::fs::File::create(d.join("huge.txt")).unwrap().set_len(60 * 1024 * 1024).unwrap();
    let c = load_within(vec![d.clone()], 20);
    assert_eq!(c.documents.len(), 1, "{:?}", reasons(&c));
    let r = reasons(&c);
    assert!(r.iter().any(|r| r == "sub/same.txt: the same file as another path (a link): read once"), "{r:?}");
    assert!(r.iter().any(|r| r == "huge.txt: over 50 MB (60.0 MB)"), "{r:?}");
}

#[cfg(unix)]
#[test]
fn a_device_given_by_name_is_skipped() {
    let c = load_within(vec![PathBuf::from("/dev/zero")], 20);
    assert!(c.documents.is_empty());
    assert!(reasons(&c).iter().any(|r| r.contains("not a regular file")), "{:?}", reasons(&c));
}

#[cfg(unix)]
#[test]
fn link_loops_end_files_are_read_once_and_links_out_are_reported() {
    use std::os::unix::fs::symlink;
    let d = folder("links");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/a.txt"), TEXT).unwrap();
    symlink(&d, d.join("sub/loop1")).unwrap();
    symlink(&d, d.join("sub/loop2")).unwrap();
    symlink(d.join("sub/a.txt"), d.join("same.txt")).unwrap();
    let outside = folder("links-outside");
    std::fs::write(outside.join("secret.txt"), TEXT).unwrap();
    symlink(&outside, d.join("out")).unwrap();
    let c = load_within(vec![d.clone()], 20);
    assert_eq!(c.documents.len(), 1, "{:?}", c.documents.iter().map(|d| &d.file).collect::<Vec<_>>());
    let r = reasons(&c);
    assert!(r.iter().any(|r| r.starts_with("out: link not followed: it leads outside")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("loop1: link not followed")), "{r:?}");
}

#[test]
fn one_bad_byte_in_utf8_is_replaced_and_said_and_utf16_without_bom_is_read() {
    let d = folder("encodings");
    let mut bytes = TEXT.as_bytes().to_vec();
    bytes.insert("عنوان\n".len(), 0xFE);
    std::fs::write(d.join("bad-byte.txt"), bytes).unwrap();
    let le: Vec<u8> = "Titre\nDes hommes armés ont attaqué le camp de Nampala le 19 juillet 2016.\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    std::fs::write(d.join("utf16.txt"), le).unwrap();
    let c = load_within(vec![d.clone()], 20);
    let enc = |f: &str| c.documents.iter().find(|d| d.file == f).map(|d| d.encoding);
    assert_eq!(enc("bad-byte.txt"), Some(TextEncoding::Utf8Repaired), "{:?}", reasons(&c));
    assert_eq!(enc("utf16.txt"), Some(TextEncoding::Utf16), "{:?}", reasons(&c));
    assert!(
        reasons(&c).iter().any(|r| r.starts_with("bad-byte.txt: decoded as UTF-8; 1 invalid")),
        "{:?}",
        reasons(&c)
    );
}

#[test]
fn a_manifest_naming_a_missing_file_or_an_impossible_date_is_reported() {
    let d = folder("manifest");
    std::fs::write(d.join("a.txt"), TEXT).unwrap();
    std::fs::write(d.join("corpus.json"), r#"{"documents": [{"file": "a.txt", "published": "2024-02-30"}, {"file": "gone.txt", "published": "2024-01-01"}]}"#).unwrap();
    let c = load_within(vec![d.clone()], 20);
    let r = reasons(&c);
    assert!(r.iter().any(|r| r.contains("«2024-02-30» of a.txt is not a date")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("«gone.txt», which is not in the corpus")), "{r:?}");
    assert!(c.documents[0].published.as_ref().is_none_or(|p| p.basis != tarikh_core::corpus::PublishedBasis::Manifest));
}

#[test]
fn impossible_manifest_dates_and_repeated_entries_are_reported_one_by_one_and_good_ones_apply() {
    let d = folder("manifest-entries");
    for (k, f) in ["a.txt", "b.txt", "c.txt", "e.txt"].iter().enumerate() {
        // (each its own article: copies would be read as one)
        std::fs::write(
            d.join(f),
            format!("Article {k}\nLe {} mars 2023, une attaque a visé un convoi près de Gao.\n", k + 1),
        )
        .unwrap();
    }
    std::fs::write(d.join("corpus.json"), r#"[{"file": "a.txt", "published": "9999-01-01"}, {"file": "b.txt", "published": "0000-01-01"}, {"file": "c.txt", "published": "-002-01"}, {"file": "e.txt", "published": "2024-03-05"}, {"file": "e.txt", "published": "2020-01-01"}, {"file": 7}]"#).unwrap();
    let c = load_within(vec![d.clone()], 20);
    let r = reasons(&c);
    assert!(r.iter().any(|r| r.contains("«9999-01-01» of a.txt is not plausible")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("«0000-01-01» of b.txt is not plausible")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("«-002-01» of c.txt is not a date")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("«e.txt» is listed twice")), "{r:?}");
    assert!(r.iter().any(|r| r.contains("entry 6 ignored")), "{r:?}");
    // the good entry still applies
    let e = c.documents.iter().find(|x| x.file == "e.txt").unwrap();
    assert_eq!(
        e.published.as_ref().map(|p| (p.date.to_string(), p.basis)),
        Some(("2024-03-05".to_string(), tarikh_core::corpus::PublishedBasis::Manifest))
    );
    for f in ["a.txt", "b.txt", "c.txt"] {
        let x = c.documents.iter().find(|x| x.file == f).unwrap();
        assert!(x.published.as_ref().is_none_or(|p| p.basis != tarikh_core::corpus::PublishedBasis::Manifest), "{f}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn two_names_that_are_not_utf8_stay_distinct() {
    use std::os::unix::ffi::OsStrExt;
    let d = folder("names");
    let name = |b: &[u8]| d.join(std::ffi::OsStr::from_bytes(b));
    std::fs::write(name(b"a\xff.txt"), TEXT).unwrap();
    std::fs::write(name(b"a\xfe.txt"), "Titre\nUne autre attaque a visé Gao le 4 mars 2021.\n").unwrap();
    let c = load_within(vec![d.clone()], 20);
    let files: Vec<&str> = c.documents.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(files, vec!["a\\xFE.txt", "a\\xFF.txt"]);
}

#[test]
fn a_thousand_nested_folders_are_walked_quickly_to_a_bound_and_said() {
    let d = folder("deep");
    let mut p = d.clone();
    std::fs::write(p.join("top.txt"), TEXT).unwrap();
    for k in 0..1000 {
        p = p.join("d");
        // (made one level at a time: the whole path at once is too long for the system)
        std::fs::create_dir(&p).unwrap_or_else(|_| panic!("level {k}"));
        if k == 1000 - 1 {
            std::fs::write(p.join("bottom.txt"), TEXT).unwrap();
        }
    }
    let t = std::time::Instant::now();
    let c = load_within(vec![d.clone()], 20);
    assert!(t.elapsed() < std::time::Duration::from_secs(3), "{:?}", t.elapsed());
    assert!(c.documents.iter().any(|x| x.file == "top.txt"));
    let r = reasons(&c);
    assert!(r.iter().any(|r| r.contains("folders deep: not read below")), "{r:?}");
}
