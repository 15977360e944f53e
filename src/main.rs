//! The `tarikh` binary: command-line front end and desktop app.

use std::process::ExitCode;

use clap::Parser;
use tarikh::cli::{paths_or_default, Cli, Command};
use tarikh::corpus::{load_paths, LoadOptions};

/// Asks glibc's allocator to grow (and keep) a thread's heap 64 MB at a time rather than
/// 128 kB. The extraction's worker threads allocate and free as they read, and each growth or
/// trim of their heap is a `mprotect` call: 17,000 of them for 50 MB of articles (4% of the
/// CPU time), 10 with this setting. Pages are only mapped in when first written, so the
/// resident memory does not grow (peak 112 MB either way).
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tuning value; it is called before any other thread starts.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Extract { paths, json, explain, accept_suggestions, around, days, same_place, shared_actor }) => {
            let around = around.map(|id| Around { id, days, same_place, shared_actor });
            run_extract(&paths_or_default(&paths), json, explain, accept_suggestions, around)
        }
        Some(Command::Export { format, paths, output, include_hidden, lang }) => {
            run_export(&paths_or_default(&paths), format, output, include_hidden, lang)
        }
        None => match tarikh::app::run(
            paths_or_default(&cli.paths),
            tarikh::app::Startup {
                report_from: cli.startup_time.then_some(started),
                select: cli.select,
                zoom: cli.zoom,
                reopen_last: cli.paths.is_empty() && !cli.startup_time,
                acled: cli.acled,
                lang: cli.lang,
                accept_suggestions: cli.accept_suggestions,
            },
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot open the window: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Writes the command's output to standard output through `write`; a closed pipe (`| head`)
/// or a full disk ends the command with a clear error, not a panic.
fn to_stdout(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match write(&mut out).and_then(|()| std::io::Write::flush(&mut out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // (dropping the writer tries the buffered rest once more, silently)
            drop(out);
            eprintln!("error: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The load report on standard error: copies of other files in one line, then every other
/// file skipped with its reason.
fn report_skipped(corpus: &tarikh::corpus::Corpus) {
    let summary = corpus.skip_summary();
    if summary.copies > 0 {
        let examples =
            summary.examples.iter().map(|s| format!("{} ({})", s.file, s.reason)).collect::<Vec<_>>().join(", ");
        eprintln!("skipped {} files that were copies of {} others, e.g. {examples}", summary.copies, summary.originals);
    }
    for s in summary.others {
        eprintln!("skipped {}: {}", s.file, s.reason);
    }
}

/// `extract --around`: the event at the centre and the window around it.
struct Around {
    id: String,
    days: u32,
    same_place: bool,
    shared_actor: bool,
}

fn run_extract(
    paths: &[std::path::PathBuf],
    json: bool,
    explain: bool,
    accept_suggestions: bool,
    around: Option<Around>,
) -> ExitCode {
    let mut corpus = load_paths(paths, &LoadOptions::default());
    report_skipped(&corpus);
    if corpus.documents.is_empty() {
        eprintln!(
            "error: no readable document in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
        if json {
            let ex = tarikh::extract::Extraction::default();
            let _ =
                to_stdout(|w| tarikh::output::write_extraction_json(&mut *w, &corpus, &ex).and_then(|()| writeln!(w)));
        }
        return ExitCode::FAILURE;
    }
    if explain {
        let (ex, scans) = tarikh::extract::extract_with_scans(&mut corpus);
        return to_stdout(|w| write!(w, "{}", tarikh::extract::explain(&corpus, &ex, &scans)));
    }
    let mut ex = if accept_suggestions {
        tarikh::extract::extract_accepting_suggestions(&mut corpus)
    } else {
        tarikh::extract::extract(&mut corpus)
    };
    if let Some(a) = around {
        let Some(c) = ex.events.iter().position(|e| *e.id == a.id || e.mentions.iter().any(|m| *m.id == a.id)) else {
            eprintln!("error: no dated event has the id {}", a.id);
            return ExitCode::FAILURE;
        };
        let keep = tarikh::explore::events_around(&ex.events, c, a.days, a.same_place, a.shared_actor);
        ex.events = keep.into_iter().map(|i| ex.events[i].clone()).collect();
        ex.undated.clear();
    }
    let code = if json {
        to_stdout(|w| tarikh::output::write_extraction_json(&mut *w, &corpus, &ex).and_then(|()| writeln!(w)))
    } else {
        to_stdout(|w| write!(w, "{}", tarikh::output::events_table(&corpus, &ex)))
    };
    // the process ends here: freeing millions of paragraphs and mentions one by one would only
    // cost time (the operating system takes the memory back at once)
    std::mem::forget(ex);
    std::mem::forget(corpus);
    code
}

fn run_export(
    paths: &[std::path::PathBuf],
    format: tarikh::export::Format,
    output: Option<std::path::PathBuf>,
    include_hidden: bool,
    lang: tarikh::i18n::Lang,
) -> ExitCode {
    let opened = tarikh::explore::open(paths, &LoadOptions::default());
    for m in &opened.messages {
        eprintln!("{m}");
    }
    let x = &opened.explorer;
    report_skipped(x.corpus());
    for o in x.orphans() {
        eprintln!("edit {} no longer applies: {} ({})", o.index + 1, o.edit.describe(), o.reason);
    }
    if x.corpus().documents.is_empty() {
        eprintln!("error: no readable document");
        return ExitCode::FAILURE;
    }
    let all: Vec<usize> = (0..x.events().len()).collect();
    let events = if format == tarikh::export::Format::Briefing {
        x.briefing_slides()
    } else if include_hidden {
        all
    } else {
        tarikh::export::selection(x, None)
    };
    if format == tarikh::export::Format::Evidence {
        let Some(dir) = &output else {
            eprintln!("error: the evidence pack is a folder: give one with -o DIR");
            return ExitCode::FAILURE;
        };
        return match tarikh::export::write_evidence_pack(x, &events, dir) {
            Ok(p) => {
                eprintln!("evidence pack: {} events, {} source files in {}", p.events, p.files, p.dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the evidence pack in {}: {e}", dir.display());
                ExitCode::FAILURE
            }
        };
    }
    // written as it is made (the JSON streamed): the export never holds the whole output
    match &output {
        Some(p) => match std::fs::File::create(p)
            .and_then(|f| tarikh::export::write_export(std::io::BufWriter::new(f), x, &events, format, lang))
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", p.display());
                ExitCode::FAILURE
            }
        },
        None => to_stdout(|w| tarikh::export::write_export(w, x, &events, format, lang)),
    }
}
