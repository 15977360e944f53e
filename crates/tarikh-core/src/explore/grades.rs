//! The grades of the corpus's sources: each outlet's reliability (from `outlet_grades.tsv` in
//! the corpus folder, which the analyst may edit, then from the workspace's edits, which win)
//! and each mention's credibility (from the edits). Ungraded means F and 6.

use std::collections::HashMap;
use std::path::Path;

use crate::model::{Credibility, Grade, MentionId, Reliability};
use crate::workspace::Edit;

/// The file of outlet grades in a corpus folder: `outlet<TAB>grade` rows (`#` comments).
pub const OUTLET_GRADES_FILE: &str = "outlet_grades.tsv";

/// The largest grades file read.
const OUTLET_GRADES_CAP: u64 = 4 * 1_048_576;

/// Reliability by outlet and credibility by mention.
#[derive(Debug, Clone, Default)]
pub struct Grades {
    outlets: HashMap<String, Reliability>,
    mentions: HashMap<MentionId, Credibility>,
}

impl Grades {
    /// The grades of the file's outlets, then of the edits in order (a later edit wins).
    pub fn build(file: &HashMap<String, Reliability>, edits: &[Edit]) -> Grades {
        let mut g = Grades { outlets: file.clone(), mentions: HashMap::new() };
        for e in edits {
            match e {
                Edit::SetOutletReliability { outlet, reliability } => {
                    g.outlets.insert(outlet.clone(), *reliability);
                }
                Edit::SetCredibility { mention, credibility } => {
                    g.mentions.insert(mention.clone(), *credibility);
                }
                _ => {}
            }
        }
        g
    }

    /// An outlet's reliability (F when ungraded or unknown).
    pub fn reliability(&self, outlet: Option<&str>) -> Reliability {
        outlet.and_then(|o| self.outlets.get(o)).copied().unwrap_or_default()
    }

    /// A mention's credibility (6 when ungraded).
    pub fn credibility(&self, mention: &MentionId) -> Credibility {
        self.mentions.get(mention).copied().unwrap_or_default()
    }

    /// The grade of a mention from an article of `outlet`.
    pub fn grade(&self, outlet: Option<&str>, mention: &MentionId) -> Grade {
        Grade { reliability: self.reliability(outlet), credibility: self.credibility(mention) }
    }

    /// Every graded outlet and its grade, by name.
    pub fn outlets(&self) -> Vec<(&str, Reliability)> {
        let mut v: Vec<(&str, Reliability)> = self.outlets.iter().map(|(o, r)| (o.as_str(), *r)).collect();
        v.sort();
        v
    }
}

/// Reads the corpus folder's outlet grades: the grades, and the rows that could not be read.
pub fn read_outlet_grades(root: &Path) -> (HashMap<String, Reliability>, Vec<String>) {
    let mut grades = HashMap::new();
    let mut problems = Vec::new();
    let bytes = match crate::safe_read::read_regular(&root.join(OUTLET_GRADES_FILE), OUTLET_GRADES_CAP) {
        Ok(b) => b,
        Err(crate::safe_read::ReadError::NotFound) => return (grades, problems),
        Err(e) => return (grades, vec![format!("{OUTLET_GRADES_FILE} ignored: {e}")]),
    };
    for (n, line) in String::from_utf8_lossy(&bytes).lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t').map(|(o, g)| (o.trim(), Reliability::from_letter(g))) {
            Some((outlet, Some(r))) if !outlet.is_empty() => {
                grades.insert(outlet.to_string(), r);
            }
            _ => problems.push(format!("{OUTLET_GRADES_FILE}, line {}: not «outlet<TAB>A to F»; ignored", n + 1)),
        }
    }
    (grades, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_grades_outlets_and_later_edits_win() {
        let d = crate::fresh_test_dir("grades");
        std::fs::write(d.join(OUTLET_GRADES_FILE), "# outlets\nAl Jazeera\tb\nRFI\tC\nbroken line\nX\tG\n").unwrap();
        let (file, problems) = read_outlet_grades(&d);
        assert_eq!(problems.len(), 2, "{problems:?}");
        let edits = vec![
            Edit::SetOutletReliability { outlet: "RFI".into(), reliability: Reliability::A },
            Edit::SetCredibility { mention: "m1".into(), credibility: Credibility::new(2).unwrap() },
        ];
        let g = Grades::build(&file, &edits);
        assert_eq!(g.grade(Some("Al Jazeera"), &"m1".into()).to_string(), "B2");
        assert_eq!(g.grade(Some("RFI"), &"m2".into()).to_string(), "A6");
        assert_eq!(g.grade(None, &"m2".into()).to_string(), "F6");
        std::fs::remove_dir_all(&d).unwrap();
    }
}
