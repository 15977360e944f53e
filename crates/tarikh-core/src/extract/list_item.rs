//! The place of each date in a list of dates told after one act (`des coups d'État en août 2020
//! et mai 2021, suivis par la Guinée en septembre 2021`, `تلتها غينيا في سبتمبر 2021`): the place
//! named between the date before and this one is this date's own; the act's other places, and
//! a place named right before a later date of the list, are not where this date's item happens.
//! A place named right after the date (`après ceux de janvier 2022 et de septembre 2022 au
//! Burkina Faso`, after the last date listed with it) is its own too.

use crate::lexicon::gazetteer::EntityHit;
use crate::lexicon::Lexicon;
use crate::temporal::{DateRef, TimeExpr};
use crate::text::Tokens;

/// How many tokens may stand between a place and the date of its list item (`le Tchad en
/// avril 2021`, `تشاد في أبريل 2021`).
const LIST_ITEM_GAP: usize = 2;

/// Dates at most listed together with one (`ceux de janvier 2022 et de septembre 2022`).
pub(super) const MAX_LISTED: usize = 8;

/// One date of a sentence, seen as a possible item of a list after its act.
pub(super) struct ListItem<'a> {
    toks: &'a Tokens,
    /// The sentence's dates, in order.
    exprs: &'a [TimeExpr],
    /// This date's index in `exprs`.
    at: usize,
    /// Where this item starts: the end of the date before it, when that date follows the act.
    from: Option<usize>,
    /// The act ends before this date.
    after_act: bool,
    /// The act ends more than [`LIST_ITEM_GAP`] tokens before this date: a place right after it
    /// is its own (nearer, it may be the act's too: `اجتماعهم الأحد في أكرا`).
    far_after_act: bool,
}

impl<'a> ListItem<'a> {
    /// Date `at` of `exprs`, whose act's trigger ends at token `trigger_end`.
    pub(super) fn new(toks: &'a Tokens, exprs: &'a [TimeExpr], at: usize, trigger_end: usize) -> Self {
        let expr = &exprs[at];
        let after_act = trigger_end <= expr.tok_start;
        // the dates are in order and do not overlap: the date before is the one just before,
        // looked at alone (a megabyte line holds tens of thousands of dates)
        let from = at
            .checked_sub(1)
            .map(|p| &exprs[p])
            .filter(|x| after_act && x.tok_start >= trigger_end && x.tok_end <= expr.tok_start)
            .map(|x| x.tok_end);
        let far_after_act = after_act && expr.tok_start - trigger_end > LIST_ITEM_GAP;
        ListItem { toks, exprs, at, from, after_act, far_after_act }
    }

    /// True for a place named between the date before and this one, or right after this date.
    pub(super) fn owns(&self, h: &EntityHit, lex: &Lexicon) -> bool {
        let is_place = lex.gazetteer.get(h.id).kind.is_place();
        let between = self.from.is_some_and(|from| h.start >= from && h.end <= self.exprs[self.at].tok_start);
        is_place && (between || self.named_right_after(h, lex))
    }

    /// True for a place told as where (`au Burkina Faso`, `في غاو`) right after this date, or
    /// after the last date listed with it, in its phrase.
    fn named_right_after(&self, h: &EntityHit, lex: &Lexicon) -> bool {
        // (the dates are in order: `k + 1` of a `k` short of the last is one)
        let listed = |k: &usize| {
            let (a, b) = (self.exprs[*k].tok_end, self.exprs[*k + 1].tok_start);
            super::date_links::listed_together(self.toks, a, b, lex)
        };
        if !self.far_after_act || !h.locative {
            return false;
        }
        // (a list is short: a megabyte line of dates is not walked for every place)
        let last = (self.at..self.exprs.len() - 1).take(MAX_LISTED).find(|k| !listed(k));
        let last = last.unwrap_or((self.at + MAX_LISTED).min(self.exprs.len() - 1));
        let end = self.exprs[last].tok_end;
        // (the word that tells where, at most: `au`, `في`)
        h.start >= end && h.start - end <= 1 && !(end..h.start).any(|j| self.toks.is_any_punct(j))
    }

    /// True for a place named right before a later date that names its month or year.
    fn names_a_later_item(&self, h: &EntityHit) -> bool {
        h.start >= self.exprs[self.at].tok_end
            && self.exprs[self.at + 1..]
                .iter()
                .take_while(|x| x.tok_start <= h.end + LIST_ITEM_GAP)
                .any(|x| x.tok_start >= h.end && names_a_month(&x.spec.date))
    }

    /// Drops the places that are not where this item happens from `hits`, ranked with this
    /// item's own places first.
    pub(super) fn keep_own_places(&self, hits: &mut Vec<EntityHit>, lex: &Lexicon) {
        let is_place = |h: &EntityHit| lex.gazetteer.get(h.id).kind.is_place();
        if hits.first().is_some_and(|h| self.owns(h, lex)) {
            // (a place named right after the date leaves a country that is not told as where:
            // `التقى رئيس الوزراء المالي يوم الثلاثاء في نيامي` is Mali's act)
            let right_after = self.from.is_none();
            hits.retain(|h| self.owns(h, lex) || !is_place(h) || right_after && !h.locative);
        } else if self.after_act {
            hits.retain(|h| !self.names_a_later_item(h) || !is_place(h));
        }
    }
}

/// True when a date names its month or year (`en avril 2021`, `يناير الماضي`): an item of a
/// list of dates, not the same day told again (`arrivés à Bamako le même jour`).
fn names_a_month(d: &DateRef) -> bool {
    match d {
        DateRef::Calendar { year, month, .. } => year.is_some() || month.is_some(),
        DateRef::Hijri { .. } | DateRef::InYearOffset { .. } | DateRef::MonthRelative { .. } => true,
        _ => false,
    }
}
