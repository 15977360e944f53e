//! The benchmarks' inputs: the seeds repeated with shifted dates, as many documents, one long
//! document or one long line.
//!
//! Copy `k` of every seed has each year from 2000-2030 moved back by `k % 60` years (into the
//! past, as real articles are: a date after today is refused as a publication date) and a
//! boilerplate line naming the copy (so no copy is a byte-for-byte duplicate). Dates keep
//! their shape, so the extractor does the same work as on real text.

use std::path::{Path, PathBuf};

/// Moves every year 2000-2030 in `text` by `shift` years (back when negative).
pub fn shift_years(text: &str, shift: i32) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let is_year = i + 4 <= chars.len()
            && chars[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && (i == 0 || !chars[i - 1].is_ascii_digit())
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        if is_year {
            let y: i32 = chars[i..i + 4].iter().collect::<String>().parse().unwrap_or(0);
            if (2000..=2030).contains(&y) {
                out.push_str(&(y + shift).to_string());
                i += 4;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Writes a corpus of at least `target_bytes` into `dir` from the seed files in `seeds`.
pub fn make_corpus(seeds: &Path, dir: &Path, target_bytes: usize) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| Some((p.file_stem()?.to_string_lossy().into_owned(), std::fs::read_to_string(p).ok()?)))
        .collect();
    let mut written = 0;
    let mut k = 0;
    while written < target_bytes && !texts.is_empty() {
        let sub = dir.join(format!("copy{:05}", k));
        std::fs::create_dir_all(&sub)?;
        for (stem, text) in &texts {
            let body = format!("المصدر: نسخة {k}\n{}", shift_years(text, -(k % 60)));
            written += body.len();
            std::fs::write(sub.join(format!("{stem}.txt")), body)?;
        }
        k += 1;
    }
    Ok(written)
}

/// The shape of a benchmark input: how the same text is cut into files and lines.
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
    /// Its name, as the benchmark prints it.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Documents => "documents",
            Shape::OneDocument => "one document",
            Shape::OneLine => "one line",
        }
    }
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
        Shape::Documents => make_corpus(seeds, dir, bytes).map(|_| ()),
        Shape::OneDocument => {
            let lines: Vec<String> = seed_texts(seeds)
                .iter()
                .flat_map(|t| t.lines().filter(|l| !l.trim().is_empty()).map(str::to_string).collect::<Vec<_>>())
                .collect();
            let mut out = String::with_capacity(bytes + 4096);
            let mut k = 0usize;
            while out.len() < bytes && !lines.is_empty() {
                let copy = k / lines.len();
                out.push_str(&shift_years(&lines[k % lines.len()], -((copy % 60) as i32)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_only_years_in_range() {
        assert_eq!(
            shift_years("الثلاثاء 17/سبتمبر/2024 و2012 وACI 2000 و40 و1999", 3),
            "الثلاثاء 17/سبتمبر/2027 و2015 وACI 2003 و40 و1999"
        );
        assert_eq!(shift_years("الثلاثاء 17/سبتمبر/2024 و2012", -50), "الثلاثاء 17/سبتمبر/1974 و1962");
    }

    #[test]
    fn each_shape_writes_about_the_size_asked() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let work = std::env::temp_dir().join(format!("tarikh-scaling-{}", std::process::id()));
        for shape in [Shape::Documents, Shape::OneDocument, Shape::OneLine] {
            let dir = work.join(shape.name().replace(' ', "-"));
            make_input(shape, &seeds, &dir, 200_000).unwrap();
            let (bytes, _) = crate::bench::read_and_scan(&dir);
            assert!((200_000..300_000).contains(&bytes), "{shape:?}: {bytes}");
        }
        let _ = std::fs::remove_dir_all(&work);
    }
}
