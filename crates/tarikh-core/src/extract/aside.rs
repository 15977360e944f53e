//! A phrase set off by a comma and a relative word or a French participle (`La junte, qui a pris
//! le pouvoir le 26 juillet 2023, a dénoncé en mars l'accord`, `La junte, arrivée au pouvoir le 26
//! juillet 2023, a dénoncé …`, `المجلس العسكري، الذي وصل إلى السلطة في 2020، ألغى في مارس`)
//! recalls background: its year is no year of the clause after it, and one it names is not who
//! does the act after it.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// The (opening comma, closing comma) of the phrase that holds the tokens `start..end`, when that
/// phrase opens after a comma with a relative word (`qui`, `الذي`) or a French past participle
/// (`arrivée`, `élu`) and a comma closes it before the sentence ends; else `None`.
pub(super) fn aside_span(toks: &Tokens, start: usize, end: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let stop = |j: usize| ['.', ';', '؛', '!', '?', ':'].iter().any(|&c| toks.is_punct(j, c));
    let open = (0..start).rev().take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))?;
    let lead = open + 1;
    if !toks.is_word(lead) {
        return None;
    }
    let relative = lex.grammar.is(Role::Relative, toks.forms(lead));
    let participle = lex.grammar.is(Role::Participle, toks.forms(lead)) || toks.toks[lead].acute_end;
    if !relative && !participle {
        return None;
    }
    let close = (end..toks.len()).take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))?;
    // (a participle phrase is set off between a subject and its verb: `Le président, élu en 2018,
    // a promulgué`; one in a list of acts is an act, `ont attaqué Kidal, tué dix soldats le 12 mars
    // 2023, puis pris Tessalit le 15 mars`)
    if !relative && !lex.grammar.is(Role::VerbGroup, toks.forms(close + 1)) {
        return None;
    }
    Some((open, close))
}

/// The token that closes the phrase `expr` sits in, when it is such a phrase ([`aside_span`]).
pub(super) fn aside_end(toks: &Tokens, expr: &TimeExpr, lex: &Lexicon) -> Option<usize> {
    aside_span(toks, expr.tok_start, expr.tok_end, lex).map(|(_, close)| close)
}
