//! A wire's dateline that opens a paragraph (`Bamako (AFP) -`, `باماكو (الأناضول) -`, `Niamey,
//! 16 septembre 2010 -`): the town the story was filed from and its agency, no photo's credit.

use crate::text::Tokens;

/// Tokens a wire's dateline town may take before its agency or dash (`Ouagadougou`, `نواكشوط`).
const DATELINE_TOWN_TOKENS: usize = 3;
/// Tokens from a paragraph's start within which a wire's agency parenthesis opens (`Bamako, 17
/// sept (AFP)`).
const DATELINE_PAREN_START: usize = 6;

/// The end (past the last token) of a wire's dateline opening the paragraph (`Bamako (AFP) -`,
/// `باماكو (الأناضول) -`, `نيامي - أ ف ب:`, `Niamey, 16 septembre 2010 -`), or 0: the town it names is where the story was
/// filed from, not where what it tells happened.
pub fn wire_dateline_end(toks: &Tokens) -> usize {
    let dash =
        |j: usize| toks.is_punct(j, '-') || toks.is_punct(j, 'ـ') || toks.is_punct(j, '–') || toks.is_punct(j, '—');
    let words = (0..toks.len().min(DATELINE_TOWN_TOKENS + 1)).take_while(|&j| toks.is_word(j)).count();
    if words == 0 || words > DATELINE_TOWN_TOKENS {
        return 0;
    }
    let close_of = |open: usize| (open + 1..toks.len().min(open + 6)).find(|&j| toks.is_punct(j, ')'));
    // `Kidal (Mali), 12 mars 2024 (AFP) -`: the town's country in parentheses, then a comma
    let lead = match close_of(words).filter(|_| toks.is_punct(words, '(')) {
        Some(c) if c + 1 < toks.len() && toks.is_punct(c + 1, ',') => c + 1,
        _ => words,
    };
    let reach = lead - words;
    // `Bamako (AFP) -`, `Bamako, 17 sept (AFP) -`: an agency in parentheses, then a dash
    if let Some(open) = (lead..toks.len().min(reach + DATELINE_PAREN_START + 1)).find(|&j| toks.is_punct(j, '(')) {
        if let Some(close) =
            close_of(open).filter(|&c| c + 1 < toks.len() && (dash(c + 1) || toks.is_punct(c + 1, ':')))
        {
            return close + 2;
        }
    }
    // `نيامي - أ ف ب:`, `Gao —`: the town, a dash
    if dash(words) {
        return words + 1;
    }
    // `Niamey, 16 septembre 2010 -`, `Bamako, le 16 avril 2018 -`: the town, a comma, a date
    // (words and a number), a dash
    if toks.is_punct(lead, ',') {
        let end = (lead + 1..toks.len().min(reach + DATELINE_PAREN_START + 2))
            .find(|&j| !toks.is_word(j) && !toks.is_number(j));
        if let Some(d) = end.filter(|&d| dash(d) && (lead + 1..d).any(|j| toks.is_number(j))) {
            return d + 1;
        }
    }
    0
}

/// True when tokens `[from, to)` hold a caption phrase (`/ AFP`, `Photo`) other than the agency of
/// a wire's dateline (`Niamey (AFP) -`): the town's words still count (`Photo (AFP) - 3 mars`).
pub fn has_caption_beside_dateline(toks: &Tokens, lex: &crate::lexicon::Lexicon, from: usize, to: usize) -> bool {
    let filed = wire_dateline_end(toks);
    let town_end = (0..filed).find(|&j| !toks.is_word(j)).unwrap_or(filed);
    lex.triggers.has_caption(toks, from, to.min(town_end.max(from)))
        || lex.triggers.has_caption(toks, filed.max(from), to)
}
