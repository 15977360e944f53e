//! What a folder holds, for choosing one to open without the system's file dialog: its
//! subfolders, and how many articles Tarikh would read from it.

use std::io;
use std::path::{Path, PathBuf};

/// Subfolders below a folder whose articles are counted (as deep as a corpus is read).
const COUNT_DEPTH: usize = 4;
/// Entries looked at, at most, when counting (a huge tree is counted in part, and says so).
const COUNT_LIMIT: usize = 50_000;

/// A folder's subfolders and articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderListing {
    /// The folder, as given.
    pub path: PathBuf,
    /// Its subfolders' names, sorted, hidden ones left out.
    pub subfolders: Vec<String>,
    /// Articles (`.txt`, `.html`, `.htm`) in it and its subfolders.
    pub articles: usize,
    /// The count stopped at [`COUNT_LIMIT`] entries: there are at least `articles`.
    pub partial: bool,
}

/// Lists `path`: an error when it is not a readable folder.
pub fn list_folder(path: &Path) -> io::Result<FolderListing> {
    if !path.is_dir() {
        return Err(io::Error::new(io::ErrorKind::NotFound, format!("{} is not a folder", path.display())));
    }
    let mut subfolders: Vec<String> = std::fs::read_dir(path)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| !n.starts_with('.'))
        .collect();
    subfolders.sort_by_key(|n| n.to_lowercase());
    let mut seen = 0;
    let articles = count_articles(path, COUNT_DEPTH, &mut seen);
    Ok(FolderListing { path: path.to_path_buf(), subfolders, articles, partial: seen >= COUNT_LIMIT })
}

fn count_articles(dir: &Path, depth: usize, seen: &mut usize) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut n = 0;
    for e in entries.filter_map(Result::ok) {
        *seen += 1;
        if *seen >= COUNT_LIMIT {
            break;
        }
        let Ok(t) = e.file_type() else { continue };
        // symbolic links are not followed: a link back up the tree would never end
        if t.is_dir() && depth > 0 && !e.file_name().to_string_lossy().starts_with('.') {
            n += count_articles(&e.path(), depth - 1, seen);
        } else if t.is_file() && super::load::is_article(&e.path()) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_lists_its_subfolders_and_counts_the_articles_it_would_open() {
        let d = std::env::temp_dir().join(format!("tarikh-browse-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("b_sub/deeper")).unwrap();
        std::fs::create_dir_all(d.join("A_sub")).unwrap();
        std::fs::create_dir_all(d.join(".hidden")).unwrap();
        for f in ["one.txt", "two.html", "photo.jpg", "b_sub/three.htm", "b_sub/deeper/four.txt", ".hidden/five.txt"] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let l = list_folder(&d).unwrap();
        assert_eq!(l.subfolders, ["A_sub", "b_sub"]);
        assert_eq!((l.articles, l.partial), (4, false));
        assert!(list_folder(&d.join("one.txt")).is_err(), "a file is not a folder");
        assert!(list_folder(&d.join("missing")).is_err());
        std::fs::remove_dir_all(&d).unwrap();
    }
}
