//! `tarikh bench`: end-to-end extraction throughput (load, extract, merge) and peak memory on a
//! synthetic corpus built by repeating the seeds with shifted dates.
//!
//! Copy `k` of every seed has each year from 2000-2030 moved back by `k % 60` years (into the
//! past, as real articles are: a date after today is refused as a publication date) and a
//! boilerplate line naming the copy (so no copy is a byte-for-byte duplicate). Dates keep
//! their shape, so the extractor does the same work as on real text.

use std::path::Path;
use std::time::Instant;

use crate::corpus::{load_paths, LoadOptions};

/// What a benchmark run measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    /// Bytes of text in the corpus.
    pub bytes: usize,
    /// Documents loaded.
    pub documents: usize,
    /// Events found.
    pub events: usize,
    /// Threads used.
    pub threads: usize,
    /// Wall-clock seconds for load + extract + merge.
    pub seconds: f64,
    /// CPU seconds (user + system) the process spent on it; on a shared machine this is the
    /// steadier figure.
    pub cpu_seconds: f64,
    /// Peak resident memory of the process, in bytes (Linux; 0 elsewhere).
    pub peak_rss: u64,
    /// MB/s at which one core reads the same files and scans their bytes (the limit).
    pub read_scan_mb_per_s: f64,
    /// CPU seconds to write the table of events (to a sink).
    pub table_cpu_seconds: f64,
    /// CPU seconds to write the `--json` document (to a sink).
    pub json_cpu_seconds: f64,
}

impl BenchReport {
    /// Megabytes per second.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1_048_576.0 / self.seconds.max(1e-9)
    }
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mb = self.bytes as f64 / 1_048_576.0;
        write!(
            f,
            "{:.1} MB, {} documents, {} events, {} thread(s): {:.2} s wall, {:.1} MB/s; {:.2} s CPU, {:.1} MB/s per CPU second (end to end with the table {:.1}, with --json {:.1}; one core reads and scans the same bytes at {:.0} MB/s); peak memory {:.0} MB ({:.2}x corpus; target <= 2x + 100 MB = {:.0} MB)",
            mb,
            self.documents,
            self.events,
            self.threads,
            self.seconds,
            self.mb_per_s(),
            self.cpu_seconds,
            mb / self.cpu_seconds.max(1e-9),
            mb / (self.cpu_seconds + self.table_cpu_seconds).max(1e-9),
            mb / (self.cpu_seconds + self.json_cpu_seconds).max(1e-9),
            self.read_scan_mb_per_s,
            self.peak_rss as f64 / 1_048_576.0,
            self.peak_rss as f64 / self.bytes.max(1) as f64,
            2.0 * mb + 100.0
        )
    }
}

/// Milliseconds per MB to read every `.txt` file under `dir` and scan its bytes.
pub fn read_and_scan(dir: &Path) -> (usize, f64) {
    let t0 = Instant::now();
    let mut bytes = 0usize;
    let mut lines = 0usize;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(b) = std::fs::read(&p) {
                bytes += b.len();
                lines += b.iter().filter(|c| **c == b'\n').count();
            }
        }
    }
    std::hint::black_box(lines);
    (bytes, t0.elapsed().as_secs_f64() * 1000.0 / (bytes as f64 / 1_048_576.0).max(1e-9))
}

/// CPU time (user + system) of this process so far, in seconds (Linux; 0 elsewhere).
pub fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // fields after the command name (which may hold spaces) start after the last ')'
    let rest = stat.rsplit_once(')').map(|r| r.1).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| f.get(k).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name
    (ticks(11) + ticks(12)) / 100.0
}

/// Peak resident set size of this process (VmHWM), in bytes.
pub fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map(|kb| kb * 1024)
        .unwrap_or(0)
}

/// Loads and extracts the corpus in `dir` with `threads` worker threads.
pub fn run(dir: &Path, threads: usize) -> BenchReport {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads.max(1)).build().expect("thread pool");
    let (_, read_ms_per_mb) = read_and_scan(dir);
    let t0 = Instant::now();
    let c0 = cpu_seconds();
    let (bytes, documents, events, cpu, table, json) = pool.install(|| {
        let mut corpus = load_paths(&[dir.to_path_buf()], &LoadOptions::default());
        let ex = crate::extract::extract(&mut corpus);
        let wall = t0.elapsed().as_secs_f64();
        let c1 = cpu_seconds();
        let _ = std::io::Write::write_all(&mut std::io::sink(), crate::output::events_table(&corpus, &ex).as_bytes());
        let c2 = cpu_seconds();
        let _ = crate::output::write_extraction_json(std::io::BufWriter::new(std::io::sink()), &corpus, &ex);
        let c3 = cpu_seconds();
        (
            corpus.total_bytes(),
            corpus.documents.len(),
            ex.events.len() + ex.undated.len(),
            (wall, c1 - c0),
            c2 - c1,
            c3 - c2,
        )
    });
    let (wall, cpu) = cpu;
    BenchReport {
        bytes,
        documents,
        events,
        threads: threads.max(1),
        seconds: wall,
        cpu_seconds: cpu,
        peak_rss: peak_rss(),
        read_scan_mb_per_s: 1000.0 / read_ms_per_mb.max(1e-9),
        table_cpu_seconds: table,
        json_cpu_seconds: json,
    }
}
