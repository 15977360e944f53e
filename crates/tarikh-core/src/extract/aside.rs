//! A phrase set off by a comma and a relative word or a participle (`La junte, qui a pris
//! le pouvoir le 26 juillet 2023, a dénoncé en mars l'accord`, `La junte, arrivée au pouvoir le 26
//! juillet 2023, a dénoncé …`, `المجلس العسكري، الذي وصل إلى السلطة في 2020، ألغى في مارس`)
//! recalls background: its year is no year of the clause after it, and one it names is not who
//! does the act after it.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// The (opening comma, closing comma) of the phrase that holds the tokens `start..end`, when that
/// phrase opens after a comma with a relative word (`qui`, `الذي`), a French past participle
/// (`arrivée`, `élu`) or an Arabic one (`الحاكم`, `المنبثق`), and a comma closes it before the
/// sentence ends; else `None`.
pub(super) fn aside_span(toks: &Tokens, start: usize, end: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let stop = |j: usize| ['.', ';', '؛', '!', '?', ':'].iter().any(|&c| toks.is_punct(j, c));
    let open = (0..start).rev().take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))?;
    let lead = open + 1;
    if !toks.is_word(lead) {
        return None;
    }
    let relative = lex.grammar.is(Role::Relative, toks.forms(lead));
    let arabic = !relative && arabic_participle(toks.text(lead));
    let participle_at =
        |j: usize| toks.is_word(j) && (lex.grammar.is(Role::Participle, toks.forms(j)) || toks.toks[j].acute_end);
    // (after quantifiers of the subject: `Le Mali et le Niger, tous deux dirigés par des militaires, ont`)
    let after_quantifiers = (lead..toks.len()).find(|&j| !lex.grammar.is(Role::Quantifier, toks.forms(j)));
    let participle = after_quantifiers.is_some_and(participle_at);
    if !relative && !participle && !arabic {
        return None;
    }
    let close = (end..toks.len()).take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))?;
    // (a French participle phrase is set off between a subject and its verb: `Le président, élu
    // en 2018, a promulgué`; one in a list of acts is an act, `ont attaqué Kidal, tué dix soldats
    // le 12 mars 2023, puis pris Tessalit le 15 mars`)
    if participle && !relative && !arabic && !lex.grammar.is(Role::VerbGroup, toks.forms(close + 1)) {
        return None;
    }
    Some((open, close))
}

/// True for an Arabic participle with the article (normalized): of a derived verb, `الم` then
/// four letters or more (`المنبثق`, `المتمركزة`), or of a simple one, `ال` then a letter and an
/// alif before two more (`الحاكم`, `القادم`). After a comma it opens a phrase about the noun before
/// it (`المجلس العسكري، الحاكم منذ أغسطس 2020، أعلن في مارس`).
fn arabic_participle(word: &str) -> bool {
    let Some(rest) = word.strip_prefix("ال") else { return false };
    let letters: Vec<char> = rest.chars().collect();
    letters.len() >= 4 && (letters[0] == 'م' && letters.len() >= 5 || letters[1] == 'ا' && letters.len() == 4)
}

/// The token that closes the phrase `expr` sits in, when it is such a phrase ([`aside_span`]).
pub(super) fn aside_end(toks: &Tokens, expr: &TimeExpr, lex: &Lexicon) -> Option<usize> {
    aside_span(toks, expr.tok_start, expr.tok_end, lex).map(|(_, close)| close)
}

#[cfg(test)]
mod tests {
    #[test]
    fn arabic_participles_with_the_article_are_known_by_their_pattern() {
        for w in ["المنبثق", "المتمركزة", "الحاكم", "القادم"] {
            assert!(super::arabic_participle(&crate::text::normalize(w)), "{w}");
        }
        for w in ["الجيش", "مالي", "الحكم", "الاتفاق", "ال"] {
            assert!(!super::arabic_participle(&crate::text::normalize(w)), "{w}");
        }
    }
}
