//! An act done again by others (`وحذت بريطانيا وألمانيا حذوها الأربعاء`, `le Niger a fait de même
//! le lendemain`): the words say only that it is the act told just before, so the clause takes
//! that act's type and kind; who did it stays the clause's own.

use super::agents::SAME_ACT_KIND;
use super::draft::DocScan;

/// How many paragraphs back the act done again may be told.
const MAX_PARAGRAPHS_BACK: usize = 2;

/// Gives each clause that tells an act done again the type and kind of the nearest act told
/// before it in its article (in its paragraph or the two before); with none, it stays `other`.
pub(super) fn type_acts_done_again(scan: &mut DocScan) {
    let mut last: Option<(usize, crate::model::EventType, String)> = None;
    for d in &mut scan.drafts {
        let Some(t) = d.trigger.as_mut() else { continue };
        if t.kind != SAME_ACT_KIND {
            last = Some((d.paragraph, t.event_type, t.kind.clone()));
            continue;
        }
        if let Some((paragraph, event_type, kind)) = &last {
            if d.paragraph <= paragraph + MAX_PARAGRAPHS_BACK {
                t.event_type = *event_type;
                t.kind = kind.clone();
            }
        }
    }
}
#[cfg(test)]
#[path = "same_act_tests.rs"]
mod tests;
