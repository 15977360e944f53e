//! The stretch of a sentence that belongs to another of its dates: a place named there is where
//! that date's act happened, not where this one's did.
//!
//! `Le journaliste, enlevé en avril 2021 à Gao, dans le nord du Mali, a été libéré lundi au
//! Niger`: Gao and the north of Mali are where he was taken, in April 2021; Monday's release
//! happened in Niger. A sentence is cut at its commas, semicolons and brackets; a piece that
//! holds neither a date nor an act's word continues the piece before it (`dans le nord du
//! Mali` goes on from `enlevé en avril 2021 à Gao`). A place in a piece that holds another date
//! of another act (or goes on from one), and neither this date nor this act's word, is that
//! date's.

use crate::lexicon::gazetteer::EntityHit;
use crate::lexicon::triggers::TriggerHit;
use crate::lexicon::{EntityKind, Lexicon};
use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

use super::trigger_choice::tokens_between;

/// Punctuation that cuts a sentence into pieces.
const CUTS: &[char] = &[',', '،', ';', '؛', '(', ')'];

/// One date of a sentence, with what a piece of the sentence needs to be told apart.
pub(super) struct DateSegments<'a> {
    toks: &'a Tokens,
    /// The sentence's tokens.
    sentence: (usize, usize),
    /// The paragraph's dates.
    exprs: &'a [TimeExpr],
    /// This date's index in `exprs`.
    at: usize,
    /// This date's act's word (the date itself when it has none).
    act: (usize, usize),
    /// The sentence's words of acts.
    triggers: &'a [TriggerHit<'a>],
}

impl<'a> DateSegments<'a> {
    /// Date `at` of `exprs`, in the sentence of tokens `sentence`, whose act's word is `act`.
    pub(super) fn new(
        toks: &'a Tokens,
        sentence: (usize, usize),
        exprs: &'a [TimeExpr],
        at: usize,
        act: (usize, usize),
        triggers: &'a [TriggerHit<'a>],
    ) -> Self {
        DateSegments { toks, sentence, exprs, at, act, triggers }
    }

    /// The piece of the sentence around token `i`: from after the cut before it to the cut after it.
    fn piece(&self, i: usize) -> (usize, usize) {
        let (s, e) = self.sentence;
        let cut = |j: usize| CUTS.iter().any(|&c| self.toks.is_punct(j, c));
        let from = (s..i).rev().find(|&j| cut(j)).map_or(s, |j| j + 1);
        let to = (i..e).find(|&j| cut(j)).unwrap_or(e);
        (from, to)
    }

    /// True when a dated expression of the sentence lies in `[a, b)`: this one with `this`,
    /// else another one whose nearest act's word is not this date's (`mercredi, puis dans la
    /// nuit de mercredi à jeudi` are two dates of one fight).
    fn dated_in(&self, (a, b): (usize, usize), this: bool) -> bool {
        // (the paragraph's dates are in order: only those of the piece are looked at, a megabyte
        // line holds tens of thousands)
        let first = self.exprs.partition_point(|x| x.tok_start < a);
        let last = first + self.exprs[first..].partition_point(|x| x.tok_start < b);
        (first..last).any(|k| {
            let x = &self.exprs[k];
            (k == self.at) == this
                && x.tok_end <= b
                && x.spec.date != DateRef::None
                && (this || self.nearest_act(x).is_some_and(|t| t != self.act))
        })
    }

    /// The word of an act of the sentence nearest to `x`.
    fn nearest_act(&self, x: &TimeExpr) -> Option<(usize, usize)> {
        let (s, e) = self.sentence;
        self.triggers
            .iter()
            .filter(|t| t.def.event_type.is_some() && t.start >= s && t.end <= e)
            .map(|t| (t.start, t.end))
            .min_by_key(|&t| tokens_between(t, (x.tok_start, x.tok_end)))
    }

    /// True when a word of an act starts in `[a, b)`.
    fn act_in(&self, (a, b): (usize, usize)) -> bool {
        self.triggers.iter().any(|t| t.def.event_type.is_some() && t.start >= a && t.start < b)
    }

    /// Drops from `hits` the towns and regions named in a piece of the sentence that belongs to
    /// another date (not a country: it may act in this date's clause too).
    pub(super) fn drop_places(&self, hits: &mut Vec<EntityHit>, lex: &Lexicon) {
        hits.retain(|h| {
            let kind = lex.gazetteer.get(h.id).kind;
            !kind.is_place() || kind == EntityKind::Country || !self.belongs_to_another_date(h)
        });
    }

    /// True when `h` is named in a piece of the sentence that belongs to another date.
    fn belongs_to_another_date(&self, h: &EntityHit) -> bool {
        let mine = |p: (usize, usize)| self.dated_in(p, true) || (self.act.0 >= p.0 && self.act.0 < p.1);
        let mut p = self.piece(h.start);
        if p.1 < h.end || mine(p) {
            return false;
        }
        // back through the pieces that hold neither a date nor an act's word
        loop {
            if self.dated_in(p, false) {
                return true;
            }
            if self.act_in(p) || p.0 <= self.sentence.0 + 1 {
                return false;
            }
            p = self.piece(p.0 - 2);
            if mine(p) {
                return false;
            }
        }
    }
}
