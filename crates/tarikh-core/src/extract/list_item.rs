//! The place of each date in a list of dates told after one act (`des coups d'État en août 2020
//! et mai 2021, suivis par la Guinée en septembre 2021`, `تلتها غينيا في سبتمبر 2021`): the place
//! named between the date before and this one is this date's own; the act's other places, and
//! a place named right before a later date of the list, are not where this date's item happens.

use crate::lexicon::gazetteer::EntityHit;
use crate::lexicon::Lexicon;
use crate::temporal::{DateRef, TimeExpr};

/// How many tokens may stand between a place and the date of its list item (`le Tchad en
/// avril 2021`, `تشاد في أبريل 2021`).
const LIST_ITEM_GAP: usize = 2;

/// One date of a sentence, seen as a possible item of a list after its act.
pub(super) struct ListItem<'a> {
    /// The sentence's dates, in order.
    exprs: &'a [TimeExpr],
    /// This date's index in `exprs`.
    at: usize,
    /// Where this item starts: the end of the date before it, when that date follows the act.
    from: Option<usize>,
    /// The act ends before this date.
    after_act: bool,
}

impl<'a> ListItem<'a> {
    /// Date `at` of `exprs`, whose act's trigger ends at token `trigger_end`.
    pub(super) fn new(exprs: &'a [TimeExpr], at: usize, trigger_end: usize) -> Self {
        let expr = &exprs[at];
        let after_act = trigger_end <= expr.tok_start;
        // the dates are in order and do not overlap: the date before is the one just before,
        // looked at alone (a megabyte line holds tens of thousands of dates)
        let from = at
            .checked_sub(1)
            .map(|p| &exprs[p])
            .filter(|x| after_act && x.tok_start >= trigger_end && x.tok_end <= expr.tok_start)
            .map(|x| x.tok_end);
        ListItem { exprs, at, from, after_act }
    }

    /// True for a place named between the date before and this one.
    pub(super) fn owns(&self, h: &EntityHit, lex: &Lexicon) -> bool {
        self.from.is_some_and(|from| {
            h.start >= from && h.end <= self.exprs[self.at].tok_start && lex.gazetteer.get(h.id).kind.is_place()
        })
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
            hits.retain(|h| self.owns(h, lex) || !is_place(h));
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
