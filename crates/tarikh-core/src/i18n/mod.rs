//! The interface language: English, Arabic or French. Every string of the interface is written
//! in English in the code and looked up in `assets/i18n/ar.tsv` or `assets/i18n/fr.tsv`
//! (English, tab, translation) when the interface is Arabic or French; templates hold numbered places (`{0}`, `{1}`) that a translation can
//! put in any order. Dates follow the language ([`dates`]). No egui here: the UI's widgets
//! for translated, right-to-left text are in `app::chrome`.

pub(crate) mod dates;
pub use dates::{day, month_name};

use std::collections::{BTreeSet, HashMap};
use std::fmt::Display;
use std::sync::{Mutex, OnceLock};

use serde::{Deserialize, Serialize};

/// The translation tables, bundled.
const ARABIC_TABLE: &str = include_str!("../../../../assets/i18n/ar.tsv");
const FRENCH_TABLE: &str = include_str!("../../../../assets/i18n/fr.tsv");

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, left to right.
    #[default]
    English,
    /// Arabic, right to left.
    Arabic,
    /// French, left to right.
    French,
}

impl Lang {
    /// The language's ISO 639-1 code (`en`, `ar`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::English => "en",
            Lang::Arabic => "ar",
            Lang::French => "fr",
        }
    }

    /// The language of an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// A line of a translation table that is not one English text and one translation.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TableError {
    /// No tab between the two.
    #[error("line {0}: no tab")]
    NoTab(usize),
    /// An empty translation, or more than one.
    #[error("line {0}: one translation expected")]
    NotOne(usize),
    /// The same English text twice.
    #[error("line {line}: {text:?} is translated twice")]
    Twice {
        /// The line (from 1).
        line: usize,
        /// The English text.
        text: String,
    },
}

/// Parses a table of `English<TAB>Arabic` rows (blank lines and `#` comments skipped).
pub fn parse_table(text: &str) -> Result<HashMap<&str, &str>, TableError> {
    let mut map = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((en, ar)) = line.split_once('\t') else { return Err(TableError::NoTab(n + 1)) };
        if ar.trim().is_empty() || ar.contains('\t') {
            return Err(TableError::NotOne(n + 1));
        }
        if map.insert(en, ar).is_some() {
            return Err(TableError::Twice { line: n + 1, text: en.to_string() });
        }
    }
    Ok(map)
}

fn arabic() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| parse_table(ARABIC_TABLE).unwrap_or_else(|e| panic!("assets/i18n/ar.tsv: {e}")))
}

fn french() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| parse_table(FRENCH_TABLE).unwrap_or_else(|e| panic!("assets/i18n/fr.tsv: {e}")))
}

/// The translation table of a language other than English.
fn table(lang: Lang) -> &'static HashMap<&'static str, &'static str> {
    if lang == Lang::French {
        french()
    } else {
        arabic()
    }
}

fn missing_set() -> &'static Mutex<BTreeSet<String>> {
    static MISSING: OnceLock<Mutex<BTreeSet<String>>> = OnceLock::new();
    MISSING.get_or_init(Default::default)
}

/// The strings asked for in Arabic or French that the table lacks (shown in English), so far
/// in this process: tests check that the translated interfaces ask for none.
pub fn missing() -> Vec<String> {
    missing_set().lock().map(|m| m.iter().cloned().collect()).unwrap_or_default()
}

impl Lang {
    /// Every interface language, English first.
    pub const ALL: [Lang; 3] = [Lang::English, Lang::Arabic, Lang::French];

    /// True for a right-to-left interface.
    pub fn rtl(self) -> bool {
        self == Lang::Arabic
    }

    /// The language's own name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::Arabic => "العربية",
            Lang::French => "Français",
        }
    }

    /// True when the table says `en` in this language (a word may be the same in both:
    /// `Expulsion`).
    pub fn knows(self, en: &str) -> bool {
        self == Lang::English || table(self).contains_key(en)
    }

    /// `en` in this language (English itself when the table lacks it).
    pub fn t(self, en: &str) -> &str {
        if self == Lang::English {
            return en;
        }
        match table(self).get(en) {
            Some(tr) => tr,
            None => {
                if let Ok(mut m) = missing_set().lock() {
                    m.insert(en.to_string());
                }
                en
            }
        }
    }

    /// The template `en` in this language with `{0}`, `{1}`… replaced by `args`. In a
    /// right-to-left language, an argument written left to right (a file name, a path, an
    /// English title) is isolated (LRI … PDI) so that it keeps its own order in the line.
    pub fn f(self, en: &str, args: &[&dyn Display]) -> String {
        if self == Lang::English {
            return fill(en, args);
        }
        if !self.rtl() {
            return fill(self.t(en), args);
        }
        let args: Vec<String> = args.iter().map(|a| isolated(&a.to_string())).collect();
        let refs: Vec<&dyn Display> = args.iter().map(|a| a as &dyn Display).collect();
        fill(self.t(en), &refs)
    }

    /// A message already written in English (by the library: load reports, how a publication
    /// date was found, edits that no longer apply) in this language: the table's string for
    /// it, or the first template of the table it fits, the parts that filled the places
    /// translated the same way (lists split at "; "), and English dates (`17 Sep 2024`) in the
    /// language. What cannot be translated stays English and is recorded as missing.
    pub fn message(self, msg: &str) -> String {
        if self == Lang::English {
            return msg.to_string();
        }
        match self.try_message(msg) {
            Some(s) => s,
            None => self.t(msg).to_string(),
        }
    }

    fn try_message(self, msg: &str) -> Option<String> {
        if let Some(tr) = table(self).get(msg) {
            return Some(tr.to_string());
        }
        for (en, ar) in templates(self) {
            if let Some(parts) = match_template(en, msg) {
                let parts: Vec<String> = parts
                    .into_iter()
                    .map(|p| if self.rtl() { isolated(&self.part(p)) } else { self.part(p) })
                    .collect();
                let args: Vec<&dyn Display> = parts.iter().map(|p| p as &dyn Display).collect();
                return Some(fill(ar, &args));
            }
        }
        None
    }

    /// A part of a message that filled a template's place: translated when it can be, else
    /// kept (a file name, a number, a quote) with its dates in the language.
    fn part(self, p: &str) -> String {
        if p.contains("; ") {
            return p.split("; ").map(|q| self.part(q)).collect::<Vec<_>>().join(self.t("; "));
        }
        self.try_message(p).unwrap_or_else(|| dates::localize_dates(self, p))
    }
}

/// `s` isolated left to right when it holds a left-to-right letter and no right-to-left one.
fn isolated(s: &str) -> String {
    use unicode_bidi::BidiClass::{AL, L, R};
    let (mut ltr, mut rtl) = (false, false);
    for c in s.chars() {
        match unicode_bidi::bidi_class(c) {
            L => ltr = true,
            R | AL => rtl = true,
            _ => {}
        }
    }
    if ltr && !rtl && !s.starts_with('\u{2066}') {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

/// The table's templates that name something in words (not bare punctuation such as
/// `{0}, {1}`), most specific (longest fixed text) first.
fn templates(lang: Lang) -> &'static [(&'static str, &'static str)] {
    static AR: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    static FR: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let cell = if lang == Lang::French { &FR } else { &AR };
    cell.get_or_init(|| {
        let mut v: Vec<(&str, &str)> = table(lang)
            .iter()
            .filter(|(en, _)| {
                en.contains("{0}") && literal_parts(en).iter().any(|p| p.chars().any(|c| c.is_ascii_alphabetic()))
            })
            .map(|(a, b)| (*a, *b))
            .collect();
        v.sort_by_key(|(en, _)| (std::cmp::Reverse(literal_parts(en).iter().map(|p| p.len()).sum::<usize>()), *en));
        v
    })
}

/// The fixed parts of a template around its places, and the place numbers in order.
fn literal_parts(template: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let b = rest.as_bytes();
        if b.get(open + 1).is_some_and(|c| c.is_ascii_digit()) && b.get(open + 2) == Some(&b'}') {
            parts.push(&rest[..open]);
            rest = &rest[open + 3..];
        } else {
            break;
        }
    }
    parts.push(rest);
    parts
}

/// The text that fills each place (by place number) when `msg` fits `template`.
fn match_template<'a>(template: &str, msg: &'a str) -> Option<Vec<&'a str>> {
    let lits = literal_parts(template);
    let places: Vec<usize> = template
        .match_indices('{')
        .filter_map(|(i, _)| template[i + 1..].chars().next()?.to_digit(10).map(|d| d as usize))
        .collect();
    if places.len() + 1 != lits.len() {
        return None;
    }
    let mut rest = msg.strip_prefix(lits[0])?;
    let mut filled = vec![""; places.len()];
    for (k, lit) in lits[1..].iter().enumerate() {
        let end = if k + 2 == lits.len() {
            // the last fixed part ends the message
            if !rest.ends_with(lit) {
                return None;
            }
            rest.len() - lit.len()
        } else {
            rest.find(lit).filter(|_| !lit.is_empty())?
        };
        filled[places[k]] = &rest[..end];
        rest = &rest[end + lit.len()..];
    }
    Some(filled)
}

/// Replaces `{0}`…`{9}` in `template` by the arguments.
pub fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let n = after.as_bytes().first().filter(|b| b.is_ascii_digit()).map(|b| (b - b'0') as usize);
        match n {
            Some(n) if after.as_bytes().get(1) == Some(&b'}') => {
                if let Some(a) = args.get(n) {
                    out.push_str(&a.to_string());
                }
                rest = &after[2..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_keeps_every_place_of_a_template() {
        let t = parse_table(ARABIC_TABLE).unwrap();
        assert!(t.len() > 100);
        for (en, ar) in &t {
            for k in 0..10 {
                let p = format!("{{{k}}}");
                assert_eq!(en.contains(&p), ar.contains(&p), "{en:?} and {ar:?} disagree on {p}");
            }
            if en.chars().any(|c| c.is_ascii_alphabetic()) {
                assert!(ar.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)), "not Arabic: {en:?} → {ar:?}");
            }
        }
        assert!(parse_table("a\tb\na\tc").is_err());
        assert!(parse_table("a b").is_err());
    }

    #[test]
    fn templates_fill_in_any_order() {
        assert_eq!(fill("Slide {0} of {1}", &[&3, &16]), "Slide 3 of 16");
        assert_eq!(fill("{1} / {0} {x} {", &[&"a", &"b"]), "b / a {x} {");
        assert_eq!(Lang::English.f("Slide {0} of {1}", &[&3, &16]), "Slide 3 of 16");
        assert_eq!(Lang::Arabic.f("Slide {0} of {1}", &[&3, &16]), "الشريحة 3 من 16");
        assert_eq!(Lang::Arabic.t("Undo"), "تراجع");
        assert_eq!(Lang::Arabic.f("Saved {0}", &[&"/tmp/a.csv"]), "حُفظ في \u{2066}/tmp/a.csv\u{2069}");
    }

    #[test]
    fn library_messages_are_translated_through_templates() {
        assert_eq!(match_template("duplicate of {0}", "duplicate of a.txt"), Some(vec!["a.txt"]));
        assert_eq!(match_template("edit {0}: {1}", "edit 3: title set"), Some(vec!["3", "title set"]));
        assert_eq!(match_template("duplicate of {0}", "not a .txt file"), None);
        // a file name keeps its order inside the Arabic (isolated left to right)
        assert_eq!(Lang::Arabic.message("duplicate of 000_a.txt"), "نسخة مكررة من \u{2066}000_a.txt\u{2069}");
        assert_eq!(Lang::Arabic.message("not a .txt file"), "ليس ملفًّا نصيًّا (txt)");
        // nested templates, lists and dates
        let note = "inferred (confidence 8): «أمس» (paragraph 2) = 17 Sep 2024 as in a.txt (paragraph 1); earliest date that fits; consistent up to 19 Sep 2024";
        assert_eq!(Lang::Arabic.message(note), "استنتاجًا (درجة الثقة 8): «أمس» (الفقرة 2) = 17 سبتمبر 2024 كما في \u{2066}a.txt\u{2069} (الفقرة 1)؛ أبكر تاريخ يوافق ذلك؛ ويبقى موافقًا حتى 19 سبتمبر 2024");
        assert_eq!(
            Lang::Arabic.message("the article's own words, paragraph 3: «أمس الأحد»"),
            "من نص المقال نفسه، الفقرة 3: «أمس الأحد»"
        );
        assert_eq!(Lang::Arabic.message("type set to Attack"), "النوع صار هجوم");
        // the lower bound a quoted post gives
        let post =
            "no earlier than 10 Mar 2024: the date of a post it quotes is 10 Mar 2024, «March 10, 2024» (paragraph 3)";
        assert!(
            Lang::French.message(post).starts_with("pas avant le 10 mars 2024 : la date d'un message"),
            "{}",
            Lang::French.message(post)
        );
        assert!(Lang::Arabic.message(post).starts_with("ليس قبل"), "{}", Lang::Arabic.message(post));
        assert_eq!(Lang::English.message("duplicate of 000_a.txt"), "duplicate of 000_a.txt");
    }

    #[test]
    fn the_french_interface_has_every_string_of_the_arabic_one_and_french_dates() {
        let ar = parse_table(ARABIC_TABLE).unwrap();
        let fr = parse_table(FRENCH_TABLE).unwrap();
        let missing: Vec<&&str> = ar.keys().filter(|k| !fr.contains_key(*k)).collect();
        assert!(missing.is_empty(), "not in fr.tsv: {missing:?}");
        assert_eq!(Lang::French.t("Undo"), "Annuler");
        assert_eq!(Lang::French.f("Slide {0} of {1}", &[&3, &16]), "Diapositive 3 sur 16");
        let d = chrono::NaiveDate::from_ymd_opt(2024, 9, 17).unwrap();
        assert_eq!(dates::day(Lang::French, d), "17 septembre 2024");
        assert_eq!(Lang::French.message("duplicate of 000_a.txt"), "copie de 000_a.txt");
        assert!(!Lang::French.rtl());
    }

    #[test]
    fn a_missing_string_stays_english_and_is_recorded() {
        assert_eq!(Lang::Arabic.t("No such string in the table"), "No such string in the table");
        assert!(missing().contains(&"No such string in the table".to_string()));
        assert_eq!(Lang::English.t("Undo"), "Undo");
    }
}
