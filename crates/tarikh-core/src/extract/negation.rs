//! Denied acts (`L'attaque n'a pas été revendiquée`, `Aucun groupe n'a revendiqué l'attaque`,
//! `ولم تتبن أي جهة الهجوم`): a trigger that is the denied verb types nothing, so the clause's
//! other words (the attack) type it. Only the verb is denied: the object of a denied verb (`n'a
//! pas commenté l'attaque`) still happened. The words are grammar rows of `grammar.tsv`.

use crate::lexicon::{Lexicon, Role};
use crate::text::Tokens;

/// Tokens a French denial may stand before its verb (`ne l'a pas encore été`).
const FRENCH_REACH: usize = 6;
/// Tokens before an Arabic trigger its denying particle may stand, with a denying subject
/// between (`لم تعلن أي جهة مسؤوليتها`).
const ARABIC_REACH: usize = 4;
/// Tokens before `ne` a denying subject may stand (`aucun groupe armé n'a`).
const SUBJECT_REACH: usize = 4;

/// True when the trigger starting at token `i` (of a sentence starting at `from`) is a denied
/// verb; `claim` when it is a claim, whose noun is what the denied verb says (`لم تعلن أي جهة
/// مسؤوليتها`, no group declared its responsibility), not an act that happened.
pub(super) fn is_denied(toks: &Tokens, from: usize, i: usize, claim: bool, lex: &Lexicon) -> bool {
    let g = &lex.grammar;
    let is = |j: usize, role: Role| toks.is_word(j) && g.is(role, toks.forms(j));
    if i <= from {
        return false;
    }
    if !toks.toks[i].latin {
        // an Arabic particle right before the verb (`ولم تتبن`, `لن يشارك`), or before the verb
        // whose denying subject comes before a claim (`لم تعلن أي جهة مسؤوليتها`; the attack of
        // `لم تتبن أي جهة الهجوم` happened)
        return is(i - 1, Role::Negation)
            || claim
                && (i.saturating_sub(ARABIC_REACH).max(from)..i - 1)
                    .any(|k| is(k, Role::Negation) && (k + 1..i).any(|m| is(m, Role::NegationSubject)));
    }
    // back from the verb over its auxiliaries and pronouns to `ne`/`n'`, with `pas` among them
    // or right after the verb (`ne reconnaît pas`), or a denying subject before (`aucun … n'a`)
    let mut adverb = is(i + 1, Role::NegationAdverb) || is(i + 2, Role::NegationAdverb);
    let mut j = i;
    while j > from && i - j < FRENCH_REACH {
        j -= 1;
        if !toks.is_word(j) {
            continue; // the apostrophe of `n'a`
        }
        if is(j, Role::Negation) {
            let subject = (j.saturating_sub(SUBJECT_REACH).max(from)..j).any(|k| is(k, Role::NegationSubject));
            return adverb || subject;
        }
        if !is(j, Role::VerbGroup) {
            return false;
        }
        adverb |= is(j, Role::NegationAdverb);
    }
    false
}

/// True when `expr` is the time as of which its clause's act had not happened: right after
/// `حتى` or `jusqu'au`, in a clause (of a sentence starting at `from`) with a denial before it
/// (`ولم يصدر الجيش حتى ظهر الاثنين أي حصيلة`), or right after a claim denied (`n'avaient pas
/// été revendiquées mardi soir`).
pub(super) fn as_of_denied(toks: &Tokens, from: usize, expr: &crate::temporal::TimeExpr, lex: &Lexicon) -> bool {
    use crate::lexicon::TemporalWord;
    // (or right after a claim denied: `Ces attaques n'avaient pas été revendiquées mardi soir`;
    // looked for only after a word of negation)
    let negated = (expr.tok_start.saturating_sub(FRENCH_REACH + AS_OF_REACH).max(from)..expr.tok_start)
        .any(|j| toks.is_word(j) && lex.grammar.is(Role::Negation, toks.forms(j)));
    let claim_denied = negated
        && lex.triggers.find(toks, expr.tok_start.saturating_sub(AS_OF_REACH).max(from), expr.tok_start).iter().any(
            |h| {
                h.def.event_type == Some(crate::model::EventType::Claim)
                    && h.end == expr.tok_start
                    && is_denied(toks, from, h.start, true, lex)
            },
        );
    if claim_denied {
        return true;
    }
    let Some(until) = (expr.tok_start.saturating_sub(AS_OF_REACH).max(from)..expr.tok_start).find(|&j| {
        lex.temporal
            .table
            .longest_at(toks, j, |w| *w == TemporalWord::Deadline)
            .is_some_and(|m| m.end == expr.tok_start)
    }) else {
        return false;
    };
    (from..until)
        .rev()
        .take_while(|&j| ![',', '،', ';', '؛', '.'].iter().any(|&c| toks.is_punct(j, c)))
        .any(|j| toks.is_word(j) && lex.grammar.is(Role::Negation, toks.forms(j)))
}

/// Tokens a deadline word (`حتى`, `jusqu'au`) may take before its date.
const AS_OF_REACH: usize = 3;

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    /// The triggers of `text` that are denied, as written.
    fn denied(text: &str) -> Vec<String> {
        let lex = Lexicon::builtin();
        let t = crate::text::tokenize(text);
        lex.triggers
            .find(&t, 0, t.len())
            .iter()
            .filter(|h| {
                let claim = h.def.event_type == Some(crate::model::EventType::Claim);
                h.def.event_type.is_some() && super::is_denied(&t, 0, h.start, claim, lex)
            })
            .map(|h| (h.start..h.end).map(|k| t.text(k)).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn a_denied_verb_is_no_act_and_the_object_of_a_denied_verb_still_happened() {
        assert_eq!(denied("L'attaque, survenue mardi, n'a pas été revendiquée."), ["revendiquee"]);
        assert_eq!(denied("Aucun groupe armé n'a revendiqué l'attaque."), ["revendique"]);
        assert_eq!(denied("La ville n'avait pas encore été reprise par l'armée."), ["reprise"]);
        assert_eq!(denied("L'armée ne contrôle plus la ville."), ["controle"]);
        assert_eq!(denied("ولم تتبن أي جهة الهجوم حتى الآن."), ["تتبن"]);
        assert_eq!(denied("لم تعلن أي جماعة مسؤوليتها عن الهجوم."), ["مسووليتها"]);
        // `لا` before a verb in the present; not before a noun it does not govern
        assert_eq!(denied("وقال الرئيس إن وجود القوات لا يتفق مع السيادة."), ["يتفق"]);
        assert!(denied("ولا تزال الاشتباكات مستمرة في المدينة.").is_empty());
        // the object of a denied verb, and acts that are not denied
        assert!(denied("Le gouvernement n'a pas voulu commenter l'attaque.").is_empty());
        assert!(denied("Des hommes armés ont attaqué le camp et pris la ville.").is_empty());
        assert!(denied("هاجم مسلحون القرية وأحرقوا المنازل.").is_empty());
        // `ne … que` is no denial
        assert!(denied("L'armée n'a repris la ville qu'en mars.").is_empty());
    }
}
