//! Source grades as analysts write them (the Admiralty code, as in i2 Analyst's Notebook): an
//! outlet's reliability, A (completely reliable) to F (cannot be judged), and a mention's
//! credibility, 1 (confirmed) to 6 (cannot be judged). Nothing is graded until the analyst
//! says so: the defaults are F and 6.

use serde::{Deserialize, Serialize};

/// An outlet's reliability, best first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reliability {
    /// Completely reliable.
    A,
    /// Usually reliable.
    B,
    /// Fairly reliable.
    C,
    /// Not usually reliable.
    D,
    /// Unreliable.
    E,
    /// Reliability cannot be judged (the default).
    #[default]
    F,
}

impl Reliability {
    /// Every grade, best first.
    pub const ALL: [Reliability; 6] =
        [Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E, Reliability::F];

    /// Its letter.
    pub fn letter(self) -> char {
        (b'A' + self as u8) as char
    }

    /// The grade of a letter (`A` to `F`, either case).
    pub fn from_letter(s: &str) -> Option<Reliability> {
        let c = s.trim().chars().next()?.to_ascii_uppercase();
        Reliability::ALL.into_iter().find(|r| r.letter() == c).filter(|_| s.trim().len() == 1)
    }

    /// What it means, in English (the interface translates it).
    pub fn meaning(self) -> &'static str {
        match self {
            Reliability::A => "completely reliable",
            Reliability::B => "usually reliable",
            Reliability::C => "fairly reliable",
            Reliability::D => "not usually reliable",
            Reliability::E => "unreliable",
            Reliability::F => "reliability cannot be judged",
        }
    }
}

/// A piece of information's credibility, 1 (confirmed) to 6 (cannot be judged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Credibility(u8);

impl Default for Credibility {
    /// Credibility cannot be judged.
    fn default() -> Self {
        Credibility(6)
    }
}

impl TryFrom<u8> for Credibility {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Credibility::new(n).ok_or_else(|| format!("credibility {n} is not between 1 and 6"))
    }
}

impl From<Credibility> for u8 {
    fn from(c: Credibility) -> u8 {
        c.0
    }
}

impl Credibility {
    /// Every grade, best first.
    pub const ALL: [Credibility; 6] =
        [Credibility(1), Credibility(2), Credibility(3), Credibility(4), Credibility(5), Credibility(6)];

    /// The grade `n` (1 to 6).
    pub fn new(n: u8) -> Option<Credibility> {
        (1..=6).contains(&n).then_some(Credibility(n))
    }

    /// Its number.
    pub fn number(self) -> u8 {
        self.0
    }

    /// What it means, in English (the interface translates it).
    pub fn meaning(self) -> &'static str {
        match self.0 {
            1 => "confirmed by other sources",
            2 => "probably true",
            3 => "possibly true",
            4 => "doubtful",
            5 => "improbable",
            _ => "truth cannot be judged",
        }
    }
}

/// A mention's grade: its outlet's reliability and its own credibility (`B2`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grade {
    /// The outlet's reliability.
    pub reliability: Reliability,
    /// The information's credibility.
    pub credibility: Credibility,
}

impl Grade {
    /// True when this grade is at or above `floor` on both scales.
    pub fn at_least(self, floor: Grade) -> bool {
        self.reliability <= floor.reliability && self.credibility <= floor.credibility
    }
}

impl std::fmt::Display for Grade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.reliability.letter(), self.credibility.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_print_as_the_admiralty_code_and_compare_best_first() {
        let b2 = Grade { reliability: Reliability::B, credibility: Credibility::new(2).unwrap() };
        assert_eq!(b2.to_string(), "B2");
        assert_eq!(Grade::default().to_string(), "F6");
        assert!(b2.at_least(Grade { reliability: Reliability::C, credibility: Credibility::new(3).unwrap() }));
        assert!(!b2.at_least(Grade { reliability: Reliability::A, credibility: Credibility::new(6).unwrap() }));
        assert_eq!(Reliability::from_letter("c"), Some(Reliability::C));
        assert_eq!(Reliability::from_letter("G"), None);
        assert!(Credibility::new(7).is_none());
        assert!(serde_json::from_str::<Credibility>("0").is_err());
        assert_eq!(serde_json::to_string(&b2).unwrap(), r#"{"reliability":"B","credibility":2}"#);
    }
}
