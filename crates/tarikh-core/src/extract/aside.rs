//! A date in a phrase set off by a comma and a relative word (`La junte, qui a pris le pouvoir
//! le 26 juillet 2023, a dénoncé en mars l'accord`, `المجلس العسكري، الذي وصل إلى السلطة في 2020،
//! ألغى في مارس`): the phrase recalls background, and its year is no year of the clause after it.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// The token that closes the phrase `expr` sits in, when that phrase opens after a comma with a
/// relative word (`qui`, `الذي`) and a comma closes it before the sentence ends; else `None`.
pub(super) fn aside_end(toks: &Tokens, expr: &TimeExpr, lex: &Lexicon) -> Option<usize> {
    let stop = |j: usize| ['.', ';', '؛', '!', '?', ':'].iter().any(|&c| toks.is_punct(j, c));
    let open = (0..expr.tok_start).rev().take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))?;
    if !lex.grammar.is(Role::Relative, toks.forms(open + 1)) {
        return None;
    }
    (expr.tok_end..toks.len()).take_while(|&j| !stop(j)).find(|&j| toks.is_comma(j))
}
