//! Arabic construct state (`هجوم السبت`, "Saturday's attack"): an event noun without its
//! article heading the word after it, a weekday that dates that event.

use crate::lexicon::{Lexicon, Role};
use crate::text::Tokens;

/// True when token `j` is an event noun in construct state with the word after it (`هجوم`
/// in `هجوم السبت`): an Arabic trigger word without the article, and without an attached
/// pronoun (a verb's object or a possessive, `استهدفها الأحد`, cannot head a construct).
pub(super) fn is_construct_event_noun(toks: &Tokens, j: usize, lex: &Lexicon) -> bool {
    if !toks.is_word(j) || toks.toks[j].latin {
        return false; // construct state is Arabic
    }
    let w = toks.text(j);
    let grammar = &lex.grammar;
    let pronoun = grammar.words(Role::PronounSuffix).iter().any(|p| w.ends_with(p.as_str()))
        || (w.ends_with('ه') && !toks.toks[j].ta_marbuta);
    // a verb of the past by its ending, feminine or plural (`ضربة استهدفت يوم الأحد سوقا`,
    // `هاجموا الخميس`), governs the date as its time; a noun's plural ends `ات` (`اشتباكات الخميس`)
    let past_verb = (w.ends_with('ت') && !w.ends_with("ات") && !toks.toks[j].ta_marbuta) || w.ends_with("وا");
    !pronoun
        && !past_verb
        && !grammar.starts(Role::Article, toks.forms(j))
        && !lex.triggers.find(toks, j, j + 1).is_empty()
}
