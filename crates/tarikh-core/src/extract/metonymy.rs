//! A capital that acts stands for its state: `Bamako a accusé mardi Alger de …`, `باماكو تتهم
//! الجزائر`, `Niamey et Ouagadougou ont rappelé leurs ambassadeurs`. A capital (`capital` in the
//! gazetteer) that opens its clause, not after a preposition, with a verb right after it (a
//! French verb-group word, a trigger, words of speech), or in Arabic right after words of speech
//! (`وقالت باماكو`), is named for its country: the one who acts, not where the act is. Foreign
//! capitals (`Paris`, `Alger`) are spellings of their countries already; a wire's dateline
//! (`Bamako, 14 octobre (AFP) -`) and a town named where something happens (`à Bamako`, `في
//! باماكو`) stay places.

use crate::lexicon::gazetteer::{listed_together, EntityHit};
use crate::lexicon::triggers::TriggerHit;
use crate::lexicon::{Lexicon, Role};
use crate::text::Tokens;

/// Names every capital among `names` (the entities of the sentence starting at token `start`)
/// that acts there for its country (see the module's doc).
pub(super) fn capitals_that_act(
    toks: &Tokens,
    start: usize,
    names: &mut [EntityHit],
    triggers: &[TriggerHit],
    lex: &Lexicon,
) {
    let g = &lex.gazetteer;
    let opens = |h: &EntityHit| {
        h.start == start || h.start > start && [',', '،', ':', ';'].iter().any(|&c| toks.is_punct(h.start - 1, c))
    };
    let verb_after = |h: &EntityHit| {
        h.end < toks.len()
            && (lex.grammar.is(Role::VerbGroup, toks.forms(h.end))
                || triggers.iter().any(|t| t.start == h.end)
                || lex.triggers.opens_report(toks, h.end))
    };
    let acts = |h: &EntityHit| g.get(h.id).capital && !h.locative && !h.peripheral;
    // (or, in Arabic, right after words of speech, as their subject: `وقالت باماكو`)
    let speaks = |h: &EntityHit| {
        !toks.toks[h.start].latin
            && (h.start.saturating_sub(SPEECH_TOKENS)..h.start)
                .any(|j| lex.triggers.report_end(toks, j) == Some(h.start))
    };
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&i| names[i].start);
    let mut named: Vec<usize> = Vec::new();
    for (k, &i) in order.iter().enumerate() {
        if acts(&names[i]) && speaks(&names[i]) {
            named.push(i);
            continue;
        }
        if !acts(&names[i]) || !opens(&names[i]) {
            continue;
        }
        // (with the capitals listed after it: `Niamey et Ouagadougou ont rappelé`)
        let mut chain = vec![i];
        for &j in &order[k + 1..] {
            let last = *chain.last().expect("one at least");
            if !acts(&names[j]) || !listed_together(toks, &names[last], &names[j]) {
                break;
            }
            chain.push(j);
        }
        if verb_after(&names[*chain.last().expect("one at least")]) {
            named.extend(chain);
        }
    }
    for i in named {
        if let Some(country) = g.country_of(names[i].id) {
            names[i].id = country;
        }
    }
}

/// Tokens words of speech may take before the capital that speaks (`كما أعلنت`).
const SPEECH_TOKENS: usize = 3;
