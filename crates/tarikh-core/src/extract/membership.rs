//! A country leaving an organisation of states (`انسحبت مالي من مجموعة دول الساحل`, `a quitté
//! le G5 Sahel`): its membership, a diplomatic act, not forces withdrawn.

use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// The kind of a state leaving an organisation of states (a row of `triggers.tsv`).
pub(super) const MEMBERSHIP_KIND: &str = "withdrawal_membership";

/// True when a country named before the withdrawal at tokens `trig` leaves an organisation of
/// states named after it (after `من`, `de`, or as the object of `quitté`), the date `expr`
/// aside; not one that has forces (`le départ de l'ONU` is its mission's).
pub(super) fn leaves_organisation(
    toks: &Tokens,
    names: &[crate::lexicon::gazetteer::EntityHit],
    expr: &TimeExpr,
    trig: (usize, usize),
    lex: &Lexicon,
) -> bool {
    use crate::lexicon::EntityKind;
    let kind = |h: &crate::lexicon::gazetteer::EntityHit| lex.gazetteer.get(h.id).kind;
    let date = |from: usize, to: usize| {
        if from <= expr.tok_start && expr.tok_end <= to {
            expr.tok_end - expr.tok_start
        } else {
            0
        }
    };
    // (names are in sentence order: only those around the trigger are looked at)
    let near = &names[names.partition_point(|h| h.end + LEAVER_GAP < trig.0)..];
    let country_before = near
        .iter()
        .take_while(|h| h.end <= trig.0)
        .any(|h| kind(h) == EntityKind::Country && trig.0 - h.end <= LEAVER_GAP);
    let g = &lex.gazetteer;
    let has_forces = |h: &crate::lexicon::gazetteer::EntityHit| {
        g.entities.iter().any(|e| e.kind == EntityKind::Force && e.parent == Some(h.id))
    };
    // (`quitté en mai le G5 Sahel`: the verb's object, its article between)
    let object = lex.grammar.is(Role::Leaves, toks.forms(trig.0));
    let organisation_after = near
        .iter()
        .skip_while(|h| h.start < trig.1)
        .take_while(|h| h.start - trig.1 - date(trig.1, h.start) <= LEFT_GAP)
        .any(|h| kind(h) == EntityKind::Organisation && (h.origin || h.target || object) && !has_forces(h));
    country_before && organisation_after
}

/// Tokens at most between a country and the withdrawal it makes (`وكانت مالي قد انسحبت`).
const LEAVER_GAP: usize = 3;
/// Tokens at most between a withdrawal and the organisation it leaves, its date aside (`من
/// مجموعة`, `le G5 Sahel`).
const LEFT_GAP: usize = 2;
