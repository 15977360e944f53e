//! A date that restates another beside it (`le 23 mai, soit une semaine plus tôt`, `العاشر من محرم
//! 1446 هـ الموافق 16 يوليو 2024`) is one date said twice: the restatement is no mention of its own.
//! The Gregorian day a Hijri date is said to match is the one kept: a Hijri day computed from the
//! tabular calendar may be a day off the one the writer meant.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

/// How many tokens may stand between a date and the one restating it.
const GLOSS_GAP: usize = 3;

/// True when `a` and `b` (in that order) are one date said twice: only commas and a word of
/// restating (`soit`, `أي`, `الموافق`) between them, a few tokens apart.
fn restated(toks: &Tokens, a: &TimeExpr, b: &TimeExpr, lex: &Lexicon) -> bool {
    a.tok_end <= b.tok_start
        && b.tok_start - a.tok_end <= GLOSS_GAP
        && (a.tok_end..b.tok_start).any(|j| lex.grammar.is(Role::Gloss, toks.forms(j)))
        && (a.tok_end..b.tok_start).all(|j| toks.is_comma(j) || lex.grammar.is(Role::Gloss, toks.forms(j)))
}

fn hijri(x: &TimeExpr) -> bool {
    matches!(x.spec.date, DateRef::Hijri { .. })
}

/// True when date `xi` of `exprs` is a restatement to leave out: the second of two dates said
/// twice, unless the first is a Hijri date and this one Gregorian; then the Hijri one.
pub(super) fn is_restatement(toks: &Tokens, exprs: &[TimeExpr], xi: usize, lex: &Lexicon) -> bool {
    let x = &exprs[xi];
    // (a Gregorian day after a Hijri date is the one kept)
    let after =
        xi.checked_sub(1).map(|p| &exprs[p]).is_some_and(|a| (hijri(x) || !hijri(a)) && restated(toks, a, x, lex));
    let before = exprs.get(xi + 1).is_some_and(|b| hijri(x) && !hijri(b) && restated(toks, x, b, lex));
    after || before
}
