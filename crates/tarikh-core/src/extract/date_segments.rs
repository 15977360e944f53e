//! The stretch of a sentence that belongs to another of its dates: a place named there is where
//! that date's act happened, not where this one's did.
//!
//! `Le journaliste, enlevé en avril 2021 à Gao, dans le nord du Mali, a été libéré lundi au
//! Niger`: Gao and the north of Mali are where he was taken, in April 2021; Monday's release
//! happened in Niger. A sentence is cut at its commas, semicolons and brackets; a piece that
//! holds neither a date nor an act's word continues the piece before it (`dans le nord du
//! Mali` goes on from `enlevé en avril 2021 à Gao`). A place in a piece that holds another date
//! of another act (or goes on from one), and neither this date nor this act's word, is that
//! date's; so is a place in an act's piece right after a piece that is another date alone (`Le
//! 5 août, un convoi est tombé dans une embuscade entre Gao et Ansongo, et le 7 août, …`),
//! unless this act's participle tells of it (`se rendre à Kidal, reprise par l'armée en
//! novembre`). A place told as where right after another date, not listed with this one, is
//! that date's too (`ceux de mai 2021 au Mali et celui de septembre 2021 en Guinée`).

use crate::lexicon::gazetteer::EntityHit;
use crate::lexicon::triggers::TriggerHit;
use crate::lexicon::{EntityKind, Lexicon};
use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

use super::date_links::{listed_together, tokens_between};

/// Tokens at most between a date and a place named as its own (`en septembre 2021 en Guinée`).
const PLACE_AFTER_DATE: usize = 2;

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
    /// another date (not a country: it may act in this date's clause too), and the places named
    /// right after another date not listed with this one.
    pub(super) fn drop_places(&self, hits: &mut Vec<EntityHit>, lex: &Lexicon) {
        hits.retain(|h| {
            let kind = lex.gazetteer.get(h.id).kind;
            let segment = kind != EntityKind::Country && self.belongs_to_another_date(h);
            !kind.is_place() || !segment && !self.named_after_another_date(h, lex)
        });
    }

    /// True when `h` is named right after another date of the sentence (`ceux d'août 2020 et de
    /// mai 2021 au Mali et celui de septembre 2021 en Guinée`: Guinea is September's), one not
    /// listed with this date (Mali is August's too).
    fn named_after_another_date(&self, h: &EntityHit, lex: &Lexicon) -> bool {
        let before = self.exprs.partition_point(|x| x.tok_end <= h.start);
        let Some(k) = before.checked_sub(1) else { return false };
        let x = &self.exprs[k];
        // (a place where something is, `au Mali`, `في أكرا`, in the date's phrase: not what an act
        // is done to, `تخنق منذ يناير دولة مالي`, nor a place across a comma)
        if x.tok_start < self.sentence.0
            || h.start - x.tok_end > PLACE_AFTER_DATE
            || x.spec.date == DateRef::None
            || !h.locative
            || (x.tok_end..h.start).any(|j| self.toks.is_any_punct(j))
        {
            return false;
        }
        // the dates listed together with this one, before and after it
        let listed = |i: usize| listed_together(self.toks, self.exprs[i].tok_end, self.exprs[i + 1].tok_start, lex);
        let (lo, hi) = (k.min(self.at), k.max(self.at));
        hi - lo > super::list_item::MAX_LISTED || !(lo..hi).all(listed)
    }

    /// True when `h` is named in a piece of the sentence that belongs to another date.
    fn belongs_to_another_date(&self, h: &EntityHit) -> bool {
        let mine = |p: (usize, usize)| self.dated_in(p, true) || (self.act.0 >= p.0 && self.act.0 < p.1);
        let mut p = self.piece(h.start);
        // (what this act's participle, set off right after it, tells of: `se rendre à Kidal,
        // reprise par l'armée en novembre`)
        let told_of = h.end + 1 == self.act.0 && self.toks.is_comma(h.end);
        if p.1 < h.end || mine(p) || told_of {
            return false;
        }
        // back through the pieces that hold neither a date nor an act's word
        loop {
            if self.dated_in(p, false) {
                return true;
            }
            if p.0 <= self.sentence.0 + 1 {
                return false;
            }
            if self.act_in(p) {
                // an act's piece right after a piece that is another date alone is that date's
                // (`Le 5 août, un convoi est tombé dans une embuscade entre Gao et Ansongo, et le 7
                // août, …`)
                let q = self.piece(p.0 - 2);
                return !mine(q) && self.dated_in(q, false) && !self.act_in(q);
            }
            p = self.piece(p.0 - 2);
            if mine(p) {
                return false;
            }
        }
    }
}
