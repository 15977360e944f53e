//! The tab-separated data files of `assets/` (lexicons, languages): rows without comments and
//! blank lines. Here, at the bottom, so that the text layer can read its own data too.

/// The tab-separated rows of a data file, without comments and blank lines.
pub(crate) fn tsv_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}
