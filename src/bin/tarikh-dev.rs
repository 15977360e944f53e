//! `tarikh-dev`: the developers' commands, kept out of the shipped `tarikh`: the extraction
//! benchmark (throughput and peak memory, one run), the workspace writer the kill test stops
//! half-way, and the bidi probes that `docs/bidi/compare.py` sets beside Chromium.
//! Time per MB for growing inputs is `cargo bench --bench scaling` (divan).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Developers' commands of Tarikh (benchmarks, test helpers, bidi probes).
#[derive(Debug, Parser)]
#[command(name = "tarikh-dev", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extraction throughput and peak memory on the seeds repeated with shifted dates (one run;
    /// farm-bench repeats it).
    Bench {
        /// Size of the synthetic corpus in MB.
        #[arg(long, default_value_t = 50)]
        mb: usize,
        /// Worker threads (default 1: the per-core figure).
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Keep the generated corpus in this folder instead of a temporary one.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Save a growing workspace file over and over, until killed (the kill test).
    SaveLoop {
        /// The workspace file.
        path: PathBuf,
    },
    /// Print, as JSON, the words of each line left to right as the app lays the texts out
    /// right to left at a width (for comparison with a browser; see docs/bidi/).
    BidiLines {
        /// Line width in points.
        #[arg(long, default_value_t = 400.0)]
        width: f32,
        /// Font size in points.
        #[arg(long, default_value_t = 17.0)]
        size: f32,
        /// The texts.
        texts: Vec<String>,
    },
    /// Open a window with the bidi test texts as the app lays them out (for a screenshot
    /// beside Chromium's; see docs/bidi/).
    BidiDemo,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Bench { mb, threads, dir } => bench(mb, threads, dir),
        Command::SaveLoop { path } => save_loop(&path),
        Command::BidiLines { width, size, texts } => {
            match serde_json::to_string(&tarikh::bidi::probe::visual_lines(&texts, width, size)) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::BidiDemo => {
            let options = eframe::NativeOptions {
                viewport: egui::ViewportBuilder::default()
                    .with_inner_size([800.0, 700.0])
                    .with_title("Tarikh bidi demo"),
                ..Default::default()
            };
            let r = eframe::run_ui_native("tarikh-bidi", options, |ui, _frame| {
                tarikh::app::fonts::install(ui.ctx());
                tarikh::bidi::demo::show(ui);
            });
            if r.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

fn bench(mb: usize, threads: usize, dir: Option<PathBuf>) -> ExitCode {
    let keep = dir.is_some();
    let dir = dir.unwrap_or_else(|| std::env::temp_dir().join(format!("tarikh-bench-{}", std::process::id())));
    if !dir.join("copy00000").is_dir() {
        if let Err(e) = tarikh::bench_corpus::make_corpus(&tarikh::cli::default_corpus(), &dir, mb * 1_048_576) {
            eprintln!("error: cannot write the benchmark corpus in {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    let report = tarikh::bench::run(&dir, threads);
    println!("{report}");
    if !keep {
        let _ = std::fs::remove_dir_all(&dir);
    }
    ExitCode::SUCCESS
}

fn save_loop(path: &std::path::Path) -> ExitCode {
    let mut edits = Vec::new();
    for k in 0u64.. {
        edits.push(tarikh::workspace::Edit::SetNote { event: format!("m{k}").into(), note: "x".repeat(200) });
        let file = tarikh::workspace::WorkspaceFile::new("loop", edits.clone());
        if let Err(e) = tarikh::workspace::save_atomic(path, &file) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
