//! An in-process fuzz loop: seed paragraphs and phrases mutated at random (insertions of
//! dates, month and weekday names, digits, punctuation, bidi controls and invalid text, cuts,
//! repeats, swapped halves), each extracted as a corpus of its own; every other case is read
//! as a saved web page, salted with markup, entities, broken metadata and JSON-LD, and one in
//! eight each as a `corpus.json` and as a workspace file, salted with JSON (read from a file,
//! as the app reads them). No input may panic, and none may take longer than 1 s per 10 kB.
//!
//! `cargo test --release -p tarikh-core --test fuzz` runs a short loop; `cargo test --release -p tarikh-core --test fuzz --
//! --ignored` runs for `TARIKH_FUZZ_SECS` seconds (600 by default). A failing input is written
//! to the temporary folder and named in the failure.

mod common;

use std::time::{Duration, Instant};

use tarikh_core::corpus::document_from_text;
use tarikh_core::corpus::{Corpus, TextEncoding};
use tarikh_core::lexicon::Lexicon;

/// A seeded generator (`fastrand`): the same seed gives the same run.
type Rng = fastrand::Rng;

/// A number below `n` (0 when `n` is 0).
trait Below {
    fn below(&mut self, n: usize) -> usize;
}

impl Below for Rng {
    fn below(&mut self, n: usize) -> usize {
        self.usize(..n.max(1))
    }
}

const PIECES: &[&str] = &[
    "2024",
    "17",
    "1er",
    "٢٠٢٤",
    "١٧",
    "سبتمبر",
    "أيلول/سبتمبر",
    "septembre",
    "sept.",
    "الثلاثاء",
    "mardi",
    "أمس",
    "hier",
    "اليوم",
    "ce",
    "الماضي",
    "dernier",
    "المقبل",
    "prochain",
    "منذ",
    "depuis",
    "بين",
    "entre",
    "et le",
    "و",
    "إلى",
    "du",
    "au",
    "ليل",
    "nuit de",
    "à",
    "حتى",
    "vers 5h30",
    "05:21 م",
    "13,00",
    "GMT",
    "هـ",
    "1446",
    "رمضان",
    "عيد الأضحى",
    "عشية",
    "ثاني أيام",
    "la veille de la",
    "Tabaski",
    "le ramadan",
    "l'Aïd el-Fitr",
    "au premier trimestre",
    "الربع الأخير من",
    "n'a pas été",
    "لم",
    "مماثل",
    "Cette année-là",
    "نهاية الأسبوع",
    "dix-huit",
    "عام",
    "سنة",
    "الأسبوع",
    "week-end",
    "fin",
    "mi-",
    "début",
    "نهاية",
    "|",
    "،",
    ".",
    "؟",
    ":",
    "/",
    "-",
    "(",
    ")",
    "«",
    "»",
    "\"",
    "\n",
    "\t",
    "\u{200F}",
    "\u{202B}",
    "\u{202C}",
    "\u{FEFF}",
    "\u{FFFD}",
    "ـ",
    "ّ",
    "هجوم",
    "attaque",
    "انقلاب",
    "coup d'État",
    "قتل 12 جنديا",
    "au moins 50 morts",
    "حسب الجيش",
    "selon l'armée",
    "باماكو",
    "Tombouctou",
    "JNIM",
    "فاغنر",
    "نشر في",
    "Publié le",
    "آخر تحديث",
    "(AFP)",
    "اقرأ أيضا",
    "Lire aussi",
    "0",
    "99999999999999999999",
    "31",
    "32",
    "0000",
    "29 فبراير",
    "30 février",
    "mois",
    "au début du",
    "d'",
    "deuxième quinzaine de",
    "النصف الثاني من",
    "semaine prochaine",
    "en début de semaine",
    "dans",
    "voilà",
    "il y a quinze jours",
    "cinq heures",
    "et demie",
    "moins le quart",
    "minuit",
    "midi",
    "خمسة عشر",
    "يوما",
    "Photo :",
    "–",
    "un poste le",
];

fn seeds() -> Vec<String> {
    let dir = common::seeds_dir();
    let mut out: Vec<String> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for f in files {
        out.extend(std::fs::read_to_string(f).unwrap().lines().filter(|l| l.chars().count() > 20).map(str::to_string));
    }
    out
}

/// The byte offset of a random character boundary of `s`.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let mut i = rng.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, paras: &[String]) -> String {
    let mut text = String::new();
    for _ in 0..1 + rng.below(4) {
        text.push_str(&paras[rng.below(paras.len())]);
        text.push('\n');
    }
    for _ in 0..1 + rng.below(12) {
        match rng.below(6) {
            0 | 1 => {
                let at = boundary(rng, &text);
                let piece = PIECES[rng.below(PIECES.len())];
                text.insert_str(at, &format!(" {piece} "));
            }
            2 => {
                let (a, b) = (boundary(rng, &text), boundary(rng, &text));
                text.replace_range(a.min(b)..a.max(b), "");
            }
            3 => {
                let (a, b) = (boundary(rng, &text), boundary(rng, &text));
                let part = text[a.min(b)..a.max(b)].to_string();
                let most = if rng.below(8) == 0 { 200 } else { 4 };
                let times = 1 + rng.below(most);
                let at = boundary(rng, &text);
                text.insert_str(at, &part.repeat(times));
            }
            4 => {
                let at = boundary(rng, &text);
                let (a, b) = text.split_at(at);
                text = format!("{b}{a}");
            }
            _ => {
                // newlines out: one long line
                if rng.below(2) == 0 {
                    text = text.replace('\n', " ");
                }
            }
        }
        if text.len() > MAX_INPUT {
            let mut cut = MAX_INPUT;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
    }
    text
}

/// Markup thrown into the text when a case is read as a saved page.
const HTML_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<article>",
    "</article>",
    "<main>",
    "<aside>",
    "<nav>",
    "<header>",
    "</header>",
    "<footer>",
    "<ul><li><a href=x>",
    "</a></li>",
    "</ul>",
    "<br>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&nbsp;",
    "&#x41;",
    "&#xFFFFFF;",
    "&bogus;",
    "<time datetime=\"2024-09-17T05:21\">",
    "<time datetime=\"9999-99-99\">",
    "</time>",
    "<meta property=\"article:published_time\" content=\"2021-02-30\">",
    "<link rel=canonical href=\"https://x.org/2019/5/17/a\">",
    "<script type=\"application/ld+json\">{\"datePublished\":\"2020-01-0",
    "{\"@graph\":[[[[",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    "<table><tr><td>",
    "<svg>",
    "<form>",
    "<iframe>",
    "<",
    ">",
    "\"",
    "'",
    "=",
];

/// The text as a saved page: wrapped in a document and salted with markup.
fn as_html(rng: &mut Rng, text: &str) -> String {
    let mut html = format!(
        "<html><head><meta property=\"og:title\" content=\"t\"></head><body><article><p>{}</p></article></body></html>",
        text.replace('\n', "</p><p>")
    );
    for _ in 0..rng.below(16) {
        let at = boundary(rng, &html);
        html.insert_str(at, HTML_PIECES[rng.below(HTML_PIECES.len())]);
    }
    html
}

/// JSON thrown into a manifest or a workspace when a case is read as one.
const JSON_PIECES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "1e999",
    "-0",
    "\"file\"",
    "\"published\"",
    "\"9999-99-99\"",
    "\"0000-01-01\"",
    "\"-002-01\"",
    "\"2024-02-30T25:61\"",
    "\"documents\"",
    "\"edits\"",
    "\"op\"",
    "\"version\": 99",
    "\\u0000",
    "\\ud800",
    "[[[[[[[[[[[[",
    "{\"file\": 5}",
    "{\"op\": \"set_when\", \"event\": \"e\", \"when\": {}}",
    "\u{FEFF}",
    "\u{202E}",
];

/// The text as a `corpus.json` (`manifest`) or a workspace, salted with JSON pieces.
fn as_json(rng: &mut Rng, text: &str, manifest: bool) -> String {
    let quoted = serde_json::to_string(text).unwrap();
    let mut json = if manifest {
        format!("{{\"documents\": [{{\"file\": \"fuzz.txt\", \"published\": \"2024-01-02\", \"title\": {quoted}}}, {{\"file\": {quoted}, \"url\": {quoted}}}]}}")
    } else {
        format!("{{\"version\": 1, \"corpus\": \"c\", \"edits\": [{{\"op\": \"set_note\", \"event\": \"e\", \"note\": {quoted}}}, {{\"op\": \"set_title\", \"event\": {quoted}, \"title\": \"t\"}}]}}")
    };
    for _ in 0..rng.below(12) {
        let at = boundary(rng, &json);
        json.insert_str(at, JSON_PIECES[rng.below(JSON_PIECES.len())]);
    }
    json
}

/// Inputs are cut to this many bytes (repeats compound).
const MAX_INPUT: usize = 256 * 1024;

/// Runs cases until `budget` is spent; panics on the first input that panics or is too slow.
fn run(budget: Duration, seed: u64) -> usize {
    let paras = seeds();
    let lex = Lexicon::builtin();
    let mut rng = Rng::with_seed(seed);
    let t0 = Instant::now();
    let mut cases = 0;
    let mut worst = (0.0f64, 0usize); // (share of the time limit, bytes)
    let mut in_cases = Duration::ZERO;
    let mut largest = 0;
    // a folder of its own for the manifests and workspaces read from files
    let files = std::env::temp_dir().join(format!("tarikh-fuzz-files-{seed}-{}", std::process::id()));
    std::fs::create_dir_all(&files).unwrap();
    while t0.elapsed() < budget {
        let mut text = mutate(&mut rng, &paras);
        // one case in two is a saved page (the HTML reader), one in eight a corpus.json, one in
        // eight a workspace
        let kind = cases % 8;
        let html = kind % 2 == 1;
        if html {
            text = as_html(&mut rng, &text);
        }
        let json = match kind {
            2 => Some(true),
            6 => Some(false),
            _ => None,
        };
        if let Some(manifest) = json {
            text = as_json(&mut rng, &text, manifest);
        }
        largest = largest.max(text.len());
        let limit = Duration::from_secs_f64((text.len() as f64 / 10_000.0).max(1.0));
        // a manifest or workspace case is written before the clock starts: a stall of the disk
        // is not the reader's slowness
        let workspace = files.join("workspace.json");
        match json {
            Some(true) => std::fs::write(files.join("corpus.json"), &text).unwrap(),
            Some(false) => std::fs::write(&workspace, &text).unwrap(),
            None => {}
        }
        let started = Instant::now();
        let outcome = std::panic::catch_unwind(|| {
            match json {
                Some(true) => {
                    let _ = tarikh_core::corpus::read_manifest(&files);
                    return;
                }
                Some(false) => {
                    let _ = tarikh_core::workspace::load(&workspace);
                    return;
                }
                None => {}
            }
            let doc = if html {
                tarikh_core::corpus::document_from_html("fuzz.html".into(), &text, TextEncoding::Utf8, text.len(), lex)
            } else {
                document_from_text("fuzz.txt".into(), &text, TextEncoding::Utf8, text.len(), lex)
            };
            let mut corpus = Corpus { documents: vec![doc], ..Default::default() };
            let ex = tarikh_core::extract::extract(&mut corpus);
            tarikh_core::output::extraction_json(&corpus, &ex).expect("the extraction serializes");
        });
        let took = started.elapsed();
        if json == Some(false) {
            // (an unreadable workspace is moved aside: the folder's backups go too)
            let _ = std::fs::remove_dir_all(&files);
            std::fs::create_dir_all(&files).unwrap();
        }
        in_cases += took;
        if outcome.is_err() || took > limit {
            let path = std::env::temp_dir().join(format!("tarikh-fuzz-case-{seed}-{cases}.txt"));
            std::fs::write(&path, &text).unwrap();
            panic!(
                "case {cases} ({} bytes) {}: input in {}",
                text.len(),
                if outcome.is_err() { "panicked".to_string() } else { format!("took {took:?}") },
                path.display()
            );
        }
        if took.as_secs_f64() / limit.as_secs_f64() > worst.0 {
            worst = (took.as_secs_f64() / limit.as_secs_f64(), text.len());
        }
        cases += 1;
    }
    let _ = std::fs::remove_dir_all(&files);
    eprintln!("{cases} cases in {:.1} s of extraction (largest {largest} bytes); the slowest used {:.0}% of its time limit ({} bytes)", in_cases.as_secs_f64(), worst.0 * 100.0, worst.1);
    cases
}

#[test]
fn a_short_fuzz_run_finds_no_panic_and_no_slow_input() {
    let cases = run(Duration::from_secs(10), 0x5EED_0001);
    assert!(cases > 100, "{cases}");
}

#[test]
#[ignore = "long: run with -- --ignored (TARIKH_FUZZ_SECS, default 600)"]
fn fuzz_for_ten_minutes() {
    let secs = std::env::var("TARIKH_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(600);
    let seed = std::env::var("TARIKH_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5EED_0002);
    let cases = run(Duration::from_secs(secs), seed);
    eprintln!("{cases} cases in {secs} s, no panic, none slower than 1 s per 10 kB");
}
