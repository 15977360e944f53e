//! Site furniture rules (`assets/lexicon/boilerplate.tsv`): lines such as `طباعة`, `0 تعليق`,
//! `مقالات ذات صلة` that are page chrome, not article text.

use super::tsv_rows;

/// The boilerplate rules.
#[derive(Debug, Default)]
pub struct BoilerplateRules {
    lines: Vec<String>,
    prefixes: Vec<String>,
    counts: Vec<String>,
    /// Words that make a whole paragraph a site notice wherever they stand in it (cookies,
    /// personal data, privacy): such a paragraph is never article text, and its dates (a 1978
    /// data-protection law) are no events.
    notices: Vec<String>,
    /// The hashes ([`crate::text::word_hash`]) of the longest word of each notice pattern: a
    /// paragraph none of whose word forms is one of them is no notice, and is not normalized
    /// again to find out.
    notice_words: Vec<u64>,
    /// Headings that open the page's tail (comments, most read, related articles): they and the
    /// short lines after them are furniture.
    tails: Vec<String>,
    /// First words of the prefix rules: a long line is only examined when it starts with one.
    prefix_heads: Vec<String>,
    /// The first character of each of `prefix_heads`: a long line whose first word starts
    /// with none of them is not furniture, and is not squashed to find out.
    head_firsts: Vec<char>,
}

/// The first character [`squash`] keeps of `s`, if any.
/// Longest paragraph (in bytes) read as a possible site notice: a notice is a short block, and
/// an article's long paragraph that mentions cookies is still the article's.
const MAX_NOTICE_BYTES: usize = 1200;

fn first_squashed(s: &str) -> Option<char> {
    s.chars()
        .filter_map(crate::text::normalize::normalize_char)
        .find(|&n| crate::text::normalize::is_word_char(n) || n == ':' || n == '©')
}

/// The line reduced to its letters, digits and single spaces, normalized.
fn squash(s: &str) -> String {
    // one pass: normalize each character, and write one space for each run of separators
    // between words
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for n in s.chars().filter_map(crate::text::normalize::normalize_char) {
        if crate::text::normalize::is_word_char(n) || n == ':' || n == '©' {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(n);
        } else {
            gap = true;
        }
    }
    out
}

impl BoilerplateRules {
    /// Parses `boilerplate.tsv`.
    pub fn parse(text: &str) -> Self {
        let mut r = BoilerplateRules::default();
        for row in tsv_rows(text) {
            if row.len() < 2 {
                continue;
            }
            let p = squash(row[1]);
            match row[0] {
                "line" => r.lines.push(p),
                "prefix" => {
                    let head = p.split(' ').next().unwrap_or("").to_string();
                    r.head_firsts.extend(head.chars().next());
                    r.prefix_heads.push(head);
                    r.prefixes.push(p);
                }
                "count" => r.counts.push(p),
                "tail" => r.tails.push(p),
                "notice" => {
                    if let Some(w) = p.split(' ').max_by_key(|w| w.chars().count()) {
                        r.notice_words.push(crate::text::word_hash(w));
                    }
                    r.notices.push(p);
                }
                _ => {}
            }
        }
        r
    }

    /// True when `line` is a site notice (cookies, personal data, privacy: `notice` rows), a
    /// paragraph of at most [`MAX_NOTICE_BYTES`] holding one of their words anywhere. Asked only
    /// of paragraphs that hold a date (what a notice must not give is an event).
    pub fn is_notice(&self, line: &str, toks: &crate::text::Tokens) -> bool {
        if line.len() > MAX_NOTICE_BYTES || self.notices.is_empty() {
            return false;
        }
        // first the paragraph's word forms, already hashed: most paragraphs stop here
        if !(0..toks.len())
            .any(|j| toks.is_word(j) && toks.forms(j).with_hashes().any(|(_, h)| self.notice_words.contains(&h)))
        {
            return false;
        }
        let s = squash(line);
        self.notices.iter().any(|n| s.contains(n.as_str()))
    }

    /// True when the line is a heading that opens the page's tail (`Commentaires (3)`, `الأكثر
    /// قراءة`), a count after it allowed.
    pub fn opens_tail(&self, line: &str) -> bool {
        if line.len() > 80 {
            return false;
        }
        let s = squash(line);
        let s = s.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
        self.tails.iter().any(|t| t == s)
    }

    /// True when the whole line is site furniture by one of the rules.
    pub fn matches(&self, line: &str) -> bool {
        // furniture is short; a long line can only match a prefix rule
        if line.len() > 240 || line.split_whitespace().nth(8).is_some() {
            let first_word = line.split_whitespace().next().unwrap_or("");
            // no head starts with the word's first letter (every head has one): not a prefix
            if self.head_firsts.len() == self.prefix_heads.len()
                && !first_squashed(first_word).is_some_and(|c| self.head_firsts.contains(&c))
            {
                return false;
            }
            let first = squash(first_word);
            if !self
                .prefix_heads
                .iter()
                .any(|h| first.starts_with(h.as_str()) || h.starts_with(first.as_str()) && !first.is_empty())
            {
                return false;
            }
            let head: String = line.chars().take(60).collect();
            let s = squash(&head);
            return self.prefixes.iter().any(|p| s.starts_with(p.as_str()));
        }
        let s = squash(line);
        if s.is_empty() {
            return true;
        }
        if self.lines.contains(&s) || self.prefixes.iter().any(|p| s.starts_with(p.as_str())) {
            return true;
        }
        if let Some((num, rest)) = s.split_once(' ') {
            if num.chars().all(|c| c.is_ascii_digit()) && self.counts.iter().any(|c| c == rest) {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    /// Each line of `lines` is site furniture when `is`, and none is when not.
    fn furniture(lines: &[&str], is: bool) {
        let b = &Lexicon::builtin().boilerplate;
        for l in lines {
            assert_eq!(b.matches(l), is, "{l}");
        }
    }

    #[test]
    fn recognizes_site_furniture() {
        furniture(
            &[
                "طباعة",
                "0 تعليق",
                "مقالات ذات صلة",
                "اترك رد",
                "زر الذهاب إلى الأعلى",
                "Slide Up",
                "error: Content is protected !!",
                "x",
                "١٢ تعليقا",
            ],
            true,
        );
        furniture(&["أعلن الجيش المالي الثلاثاء", "تحليل الهجوم على باماكو", "2024"], false);
    }

    #[test]
    fn an_invitation_to_comment_with_its_date_is_furniture() {
        furniture(
            &[
                "Aucun commentaire. Soyez le premier à commenter - 15 mars 2024 à 10h",
                "لا توجد تعليقات. كن أول من يعلق - 15 مارس 2024",
            ],
            true,
        );
        // a sentence about comments made is the article's
        furniture(&["Le ministre n'a fait aucun commentaire mardi sur l'attaque de Gao."], false);
    }

    #[test]
    fn recognizes_french_site_furniture() {
        furniture(
            &[
                "Lire aussi",
                "PARTAGER",
                "Publicité",
                "12 commentaires",
                "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité",
                "Ce site utilise des cookies pour améliorer votre expérience de navigation, en savoir plus",
            ],
            true,
        );
        furniture(
            &[
                "Les jihadistes ont attaqué une école de gendarmerie mardi.",
                "Publicité mensongère : le ministre saisit la justice après la campagne",
            ],
            false,
        );
    }
}
