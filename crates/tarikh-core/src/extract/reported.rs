//! What a date in a phrase of speech dates (`…، بحسب مصدر أمني يوم الأربعاء`, `…, a annoncé
//! mardi le ministère`): the report of the deaths told before it, unless a claim names them.

use crate::model::EventType;
use crate::text::{Span, Tokens};

/// The words of the first deaths among `hits` (a toll, a killing), if any: their casualty
/// report is what a date in a phrase of speech dates; none when a claim names them (`تبنى
/// التنظيم عملية قتل الصحفيين، بحسب وكالة … يوم الأربعاء`: the day of the claim).
pub(super) fn reported_deaths<'h, 'd: 'h>(
    toks: &Tokens,
    mut hits: impl Iterator<Item = &'h crate::lexicon::triggers::TriggerHit<'d>>,
) -> Option<Span> {
    let h = hits.find(|h| {
        h.def.event_type == Some(EventType::Claim)
            || h.def.event_type == Some(EventType::CasualtyReport)
            || matches!(h.def.kind.as_str(), super::agents::DEATHS_KIND | super::agents::KILLING_KIND)
    })?;
    if h.def.event_type == Some(EventType::Claim) {
        return None;
    }
    Some(Span::new(toks.toks[h.start].start, toks.toks[h.end - 1].end))
}
