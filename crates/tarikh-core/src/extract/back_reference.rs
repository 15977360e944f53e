//! Back-references: a weekday in construct after an event noun (`هجوم الثلاثاء`, "Tuesday's
//! attack") dates that event. When the article dates the same event elsewhere (a mention of the
//! same family on the same day), the back-reference says nothing new (`أعلنت الجماعة مسؤوليتها
//! عن هجوم الثلاثاء` reports a claim, not an event of Tuesday) and is dropped; when it is the
//! article's only date for the event (`بعد هجوم السبت على قرية`), it stays.

use super::draft::{DocScan, Rejection};
use super::family::family;

/// Drops the back-references of `scan` whose event the same document dates elsewhere.
pub fn drop_back_references(scan: &mut DocScan) {
    if !scan.drafts.iter().any(|d| d.back_reference) {
        return;
    }
    // (family, first day, last day) of every other dated mention of the document
    let dated: Vec<_> = scan
        .drafts
        .iter()
        .filter(|d| !d.back_reference && d.is_mention())
        .filter_map(|d| Some((family(d.trigger.as_ref()?.event_type, &d.trigger.as_ref()?.kind), d.resolved?.when)))
        .collect();
    for d in scan.drafts.iter_mut().filter(|d| d.back_reference && d.is_mention()) {
        let (Some(t), Some(r)) = (d.trigger.as_ref(), d.resolved) else { continue };
        let f = family(t.event_type, &t.kind);
        let elsewhere = dated
            .iter()
            .any(|(f2, w)| *f2 == f && w.first_day() <= r.when.last_day() && r.when.first_day() <= w.last_day());
        if elsewhere {
            d.trigger = None;
            d.rejected = Some(Rejection::BackReference);
        }
    }
}
