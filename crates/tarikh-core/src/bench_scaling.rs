//! `tarikh bench --scaling`: milliseconds per megabyte of load + extract on inputs of growing
//! size and three shapes (many documents, one long document, one long line), so that time
//! that grows faster than the input shows as a rising ms/MB. Each row also gives the time to
//! read and scan the same bytes (the single-core limit for that input).

use std::path::Path;
use std::time::Instant;

use crate::corpus::{load_paths, LoadOptions};

/// The shape of a scaling input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The seeds repeated as separate documents, years shifted.
    Documents,
    /// The seeds' lines repeated in one document, each line made distinct.
    OneDocument,
    /// Short dated clauses joined by commas on one line.
    OneLine,
}

impl Shape {
    fn name(self) -> &'static str {
        match self {
            Shape::Documents => "documents",
            Shape::OneDocument => "one document",
            Shape::OneLine => "one line",
        }
    }
}

/// One measured input.
#[derive(Debug, Clone)]
pub struct ScalingRow {
    /// The input's shape.
    pub shape: Shape,
    /// Bytes of text.
    pub bytes: usize,
    /// Milliseconds of load + extract per MB.
    pub ms_per_mb: f64,
    /// Milliseconds per MB to read the same files and scan their bytes.
    pub read_ms_per_mb: f64,
}

/// The seed texts.
fn seed_texts(seeds: &Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(seeds)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Writes an input of `shape` and about `bytes` into `dir`.
pub fn make_input(shape: Shape, seeds: &Path, dir: &Path, bytes: usize) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    match shape {
        Shape::Documents => crate::bench_corpus::make_corpus(seeds, dir, bytes).map(|_| ()),
        Shape::OneDocument => {
            let lines: Vec<String> = seed_texts(seeds)
                .iter()
                .flat_map(|t| t.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect::<Vec<_>>())
                .collect();
            let mut out = String::with_capacity(bytes + 4096);
            let mut k = 0usize;
            while out.len() < bytes && !lines.is_empty() {
                let copy = k / lines.len();
                out.push_str(&crate::bench_corpus::shift_years(&lines[k % lines.len()], -((copy % 60) as i32)));
                out.push_str(&format!(" ({copy})\n"));
                k += 1;
            }
            std::fs::write(dir.join("one.txt"), out)
        }
        Shape::OneLine => {
            let clauses = [
                "هاجم مسلحون قاعدة في غاو يوم 3 مارس 2021",
                "Des hommes armés ont attaqué un camp le 4 mars 2021",
                "وقتل 12 جنديا الثلاثاء",
            ];
            let mut out = String::from("عنوان\n");
            let mut k = 0;
            while out.len() < bytes {
                out.push_str(clauses[k % clauses.len()]);
                out.push_str("، ");
                k += 1;
            }
            out.push('\n');
            std::fs::write(dir.join("line.txt"), out)
        }
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

/// Inputs up to this size are timed [`SMALL_INPUT_RUNS`] times.
const SMALL_INPUT_BYTES: usize = 16 << 20;
/// Runs of a small input (the median is kept).
const SMALL_INPUT_RUNS: usize = 5;

/// Measures `shape` at each size (bytes) on one thread.
pub fn measure(shape: Shape, seeds: &Path, work: &Path, sizes: &[usize]) -> std::io::Result<Vec<ScalingRow>> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().map_err(std::io::Error::other)?;
    let mut rows = Vec::new();
    for &size in sizes {
        let dir = work.join(format!("{}-{size}", shape.name().replace(' ', "-")));
        make_input(shape, seeds, &dir, size)?;
        let (_, read_ms_per_mb) = read_and_scan(&dir);
        // a small input takes milliseconds: one hiccup of the machine (writing back the last
        // large input) would be most of it, so small inputs are timed several times (median)
        let runs = if size <= SMALL_INPUT_BYTES { SMALL_INPUT_RUNS } else { 1 };
        let mut times = Vec::with_capacity(runs);
        let mut bytes = 0;
        for _ in 0..runs {
            let t0 = Instant::now();
            bytes = pool.install(|| {
                let mut corpus = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
                let ex = crate::extract::extract(&mut corpus);
                std::hint::black_box(ex.events.len());
                corpus.total_bytes()
            });
            times.push(t0.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        let ms = times[times.len() / 2];
        rows.push(ScalingRow { shape, bytes, ms_per_mb: ms / (bytes as f64 / 1_048_576.0).max(1e-9), read_ms_per_mb });
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(rows)
}

/// The largest ms/MB of `rows` over the smallest (1.0 = perfectly linear).
pub fn spread(rows: &[ScalingRow]) -> f64 {
    let (lo, hi) = rows.iter().fold((f64::MAX, 0f64), |(lo, hi), r| (lo.min(r.ms_per_mb), hi.max(r.ms_per_mb)));
    if rows.is_empty() {
        1.0
    } else {
        hi / lo.max(1e-9)
    }
}

impl std::fmt::Display for ScalingRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:<13} {:>8.2} MB  {:>8.1} ms/MB  (read and scan: {:.1} ms/MB)",
            self.shape.name(),
            self.bytes as f64 / 1_048_576.0,
            self.ms_per_mb,
            self.read_ms_per_mb
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_shape_writes_about_the_size_asked() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let work = std::env::temp_dir().join(format!("tarikh-scaling-{}", std::process::id()));
        for shape in [Shape::Documents, Shape::OneDocument, Shape::OneLine] {
            let dir = work.join(shape.name().replace(' ', "-"));
            make_input(shape, &seeds, &dir, 200_000).unwrap();
            let (bytes, _) = read_and_scan(&dir);
            assert!((200_000..300_000).contains(&bytes), "{shape:?}: {bytes}");
        }
        let _ = std::fs::remove_dir_all(&work);
    }
}
