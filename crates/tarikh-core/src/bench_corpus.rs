//! The benchmarks' corpora: the seeds repeated with shifted dates.
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
}
