//! How a date is tied to the words beside it: how far apart two spans of a sentence are,
//! dates listed together that share one act (`5 et 6 janvier`), and a date that is the
//! complement of a pronoun standing for an act's noun (`après ceux d'août 2020`), a date that
//! opens a clause of its own (`…, et le 6 mars, une mine a explosé`); and how near its relative
//! pronoun a clause's verb is, and whether a word of a clause is in the future.

use crate::lexicon::triggers::TriggerHit;
use crate::lexicon::{Lexicon, Role};
use crate::temporal::TimeExpr;
use crate::text::Tokens;

/// Tokens between two spans of tokens `[start, end)` (0 when they touch or overlap).
pub(super) fn tokens_between(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

/// Tokens between a date and the one listed after it that share a trigger (`5 et 6 janvier`,
/// `4 و18 فبراير`).
pub(super) const LISTED_DATE_GAP: usize = 1;

/// True when the tokens `[a, b)` between two dates list them together: a word at most
/// (`5 et 6 janvier`), or a conjunction and a French `de` (`les coups d'État d'août 2020 et de
/// mai 2021`, `et d'avril`).
pub(super) fn listed_together(toks: &Tokens, a: usize, b: usize, lex: &Lexicon) -> bool {
    b.saturating_sub(a) <= LISTED_DATE_GAP
        || (b - a <= 3
            && lex.grammar.is(Role::AndFr, toks.forms(a))
            && lex.grammar.is(Role::FromFr, toks.forms(a + 1))
            && (a + 2..b).all(|j| toks.is_apostrophe(j)))
}

/// Tokens between a relative pronoun and its verb (`qui a visé`, `الذي استهدف`).
pub(super) const RELATIVE_VERB_GAP: usize = 3;

/// True when token `j` opens a clause about the noun before it: a relative pronoun (`الذي`,
/// `qui`), or the Arabic pluperfect (`كان قد`), which after an indefinite noun needs none
/// (`الإفراج عن مواطن كان قد اختطف في مايو`).
pub(super) fn opens_relative_clause(toks: &Tokens, j: usize, lex: &Lexicon) -> bool {
    lex.grammar.is(Role::Relative, toks.forms(j))
        || lex.grammar.is(Role::PastAuxiliary, toks.forms(j))
            && lex.grammar.is(Role::PerfectParticle, toks.forms(j + 1))
}

/// The token of a pronoun standing for a noun named before it (`celui`, `ceux`) whose
/// complement the date is (`après ceux d'août 2020`, `celui de septembre 2021`), or is listed
/// with one that is (`ceux d'août 2020 et de mai 2021`): the date is that noun's act's, past
/// any anchor between them. `others` are the paragraph's dates, in order.
pub(super) fn pronoun_before(toks: &Tokens, expr: &TimeExpr, others: &[TimeExpr], lex: &Lexicon) -> Option<usize> {
    let mut j = expr.tok_start.checked_sub(1)?;
    while j > 0 && toks.is_apostrophe(j) {
        j -= 1;
    }
    let before = j.checked_sub(1)?;
    if !lex.grammar.is(Role::Complement, toks.forms(j)) {
        // (a short complement of its own between: `après celui d'une Autrichienne en janvier`;
        // the pronouns are French)
        if !toks.toks[j].latin {
            return None;
        }
        return (expr.tok_start.saturating_sub(PRONOUN_COMPLEMENT_REACH)..expr.tok_start.saturating_sub(1))
            .rev()
            .take_while(|&k| toks.is_word(k) || toks.is_apostrophe(k))
            .find(|&k| {
                lex.grammar.is(Role::StandsFor, toks.forms(k))
                    && k + 1 < expr.tok_start
                    && lex.grammar.is(Role::Complement, toks.forms(k + 1))
            });
    }
    if lex.grammar.is(Role::StandsFor, toks.forms(before)) {
        return Some(before);
    }
    if !lex.grammar.is(Role::AndFr, toks.forms(before)) {
        return None;
    }
    // (the paragraph's dates are in order: the one ending there is found by halving)
    let listed = others.get(others.partition_point(|x| x.tok_end < before)).filter(|x| x.tok_end == before)?;
    pronoun_before(toks, listed, others, lex)
}

/// Tokens at most from a pronoun (`celui`) to the date of its complement, words of that
/// complement between (`celui d'une Autrichienne en janvier`).
const PRONOUN_COMPLEMENT_REACH: usize = 7;

/// Words at most (`et le`, `وفي`) between the comma that opens a phrase and a date that opens
/// its clause.
const CLAUSE_LEAD_WORDS: usize = 2;

/// True when token `j` opens a phrase with "and": `et`, or a glued `و` (a word that has a form
/// without it).
fn and_at(toks: &Tokens, j: usize, lex: &Lexicon) -> bool {
    let glued_and = || !toks.toks[j].latin && toks.text(j).starts_with('و') && toks.forms(j).iter().count() > 1;
    toks.is_word(j) && (lex.grammar.is(Role::AndFr, toks.forms(j)) || glued_and())
}

/// True when token `j` is a comma followed by a glued `و` on a word without the article, a verb
/// (`، وفتحت النيابة`), or by `et`, a subject and its auxiliary (`, et les rebelles ont pris`): a
/// clause of its own, coordinated with the one before. (Not a noun listed after the comma, `،
/// والرهينة الأمريكي`, `, et l'otage américain`.)
pub(super) fn coordinated_clause_at(toks: &Tokens, j: usize, lex: &Lexicon) -> bool {
    let verb = |k: usize| k < toks.len() && !toks.toks[k].latin && !lex.grammar.starts(Role::Article, toks.forms(k));
    // (in French, `et` then a subject and its auxiliary: `, et les rebelles du MNLA ont pris`)
    let subject_then_verb = |k: usize| {
        toks.toks[k].latin
            && (k + 1..toks.len().min(k + 1 + FRENCH_SUBJECT_WORDS))
                .take_while(|&m| toks.is_word(m))
                .any(|m| m > k + 1 && lex.grammar.is(Role::Auxiliary, toks.forms(m)))
    };
    toks.is_comma(j) && j + 1 < toks.len() && and_at(toks, j + 1, lex) && (verb(j + 1) || subject_then_verb(j + 1))
}

/// Words at most from a French `et` to the auxiliary of the clause it opens (`et les rebelles du
/// MNLA ont`).
const FRENCH_SUBJECT_WORDS: usize = 7;

/// The first token of the phrase after the date's, when the date's phrase (from `phrase_start`)
/// names an act of its own before the date, not words of speech (`said`: their kinds), and ends
/// at a comma that opens a coordinated clause ([`coordinated_clause_at`]: `أرسلت السلطات
/// تعزيزات إلى المنطقة الاثنين، وفتحت النيابة تحقيقا`): the date dates none of that clause's acts.
pub(super) fn coordinated_clause_after(
    toks: &Tokens,
    expr: &TimeExpr,
    phrase_start: usize,
    hits: &[TriggerHit],
    said: &[&str],
    lex: &Lexicon,
) -> Option<usize> {
    let end = (expr.tok_end..toks.len()).find(|&j| toks.is_any_punct(j))?;
    if !coordinated_clause_at(toks, end, lex) {
        return None;
    }
    hits.iter()
        .any(|t| {
            t.def.event_type.is_some()
                && t.start >= phrase_start
                && t.end <= expr.tok_start
                && !said.contains(&t.def.kind.as_str())
                && !lex.triggers.opens_report(toks, t.start)
        })
        .then_some(end + 1)
}

/// True when the date opens a clause of its own after a comma and "and", set off by a comma, and an act
/// is named in the phrase after it (`…, et le 6 mars, une mine a explosé`): the date is that
/// act's, not one told before the comma. `phrase_start` is the first token after the comma.
pub(super) fn opens_clause(
    toks: &Tokens,
    expr: &TimeExpr,
    phrase_start: usize,
    hits: &[TriggerHit],
    lex: &Lexicon,
) -> bool {
    let lead = (phrase_start..expr.tok_start).filter(|&j| toks.is_word(j)).count();
    // (the phrase opens with "and", `et`, a glued `و`: a date set off inside a clause, `Le
    // scrutin, prévu dimanche, a été reporté`, `توجه محققون، الأحد، إلى النيجر`, is not one)
    let and = and_at(toks, phrase_start, lex);
    // (the act within the phrase after the date, looked for last: a line may be long)
    let act_after = || {
        let next_phrase_end = (expr.tok_end + 1..toks.len()).find(|&j| toks.is_any_punct(j)).unwrap_or(toks.len());
        hits.iter().any(|t| t.def.event_type.is_some() && t.start > expr.tok_end && t.end <= next_phrase_end)
    };
    phrase_start > 0
        && toks.is_comma(phrase_start - 1)
        && (1..=CLAUSE_LEAD_WORDS).contains(&lead)
        && and
        && !(phrase_start..expr.tok_start).any(|j| toks.is_any_punct(j))
        && toks.is_comma(expr.tok_end)
        && act_after()
}

/// True when token `j` of a clause from `from` is a word of the future (`sera`, `سوف`) or a
/// verb in the future by its affixes (`sera achevé`, `وسيكتمل`).
pub(super) fn future_at(toks: &Tokens, from: usize, j: usize, lex: &Lexicon) -> bool {
    lex.temporal.table.longest_at(toks, j, |w| *w == crate::lexicon::temporal::TemporalWord::Future).is_some()
        || lex.temporal.future_forms.is_future(toks, from, j, || toks.text(j).to_string())
}
