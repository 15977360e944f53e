//! Attaching the figures of the text to events, and telling when sources disagree.
//!
//! A figure belongs to the event of the nearest mention in its article (by paragraph). A
//! figure next to an aftermath mention (a toll, funerals, a claim) reports on the armed event
//! of the article that came last before the aftermath (or, undated, the one it mentions most).

use std::collections::HashMap;

use crate::claims::Figure;
use crate::model::{Event, EventType};

fn is_aftermath(e: &Event) -> bool {
    matches!(e.event_type, EventType::CasualtyReport | EventType::Claim) || e.mentions.iter().all(|m| m.after)
}

fn is_armed(e: &Event) -> bool {
    matches!(e.event_type, EventType::Attack | EventType::Clash) && !is_aftermath(e)
}

/// For each event, the indices of its figures.
pub fn attribute(events: &[Event], figures: &[Figure]) -> Vec<Vec<usize>> {
    // per document: (paragraph, event) of every mention
    let mut by_doc: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        for m in &e.mentions {
            by_doc.entry(m.doc).or_default().push((m.paragraph, i));
        }
    }
    // per document: its armed events (event, mentions in the document)
    let mut armed: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (&doc, ms) in &by_doc {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for &(_, i) in ms {
            if is_armed(&events[i]) {
                *counts.entry(i).or_default() += 1;
            }
        }
        armed.insert(doc, counts.into_iter().collect());
    }
    // the armed event an aftermath reports on: the latest one on or before it, else the one
    // the article mentions most
    let reported_on = |doc: usize, after: &Event| -> Option<usize> {
        let cands = armed.get(&doc)?;
        let dated_before = cands
            .iter()
            .filter_map(|&(i, _)| Some((events[i].when?, i)))
            .filter(|(w, _)| after.when.is_none_or(|a| w.start <= a.end))
            .max_by_key(|(w, _)| w.start)
            .map(|(_, i)| i);
        dated_before.or_else(|| cands.iter().max_by_key(|&&(i, n)| (n, std::cmp::Reverse(i))).map(|&(i, _)| i))
    };
    let mut out = vec![Vec::new(); events.len()];
    for (fi, f) in figures.iter().enumerate() {
        let Some(ms) = by_doc.get(&f.doc) else { continue };
        let Some(&(_, nearest)) = ms.iter().min_by_key(|&&(p, i)| (p.abs_diff(f.paragraph), p > f.paragraph, i)) else {
            continue;
        };
        let target = if is_aftermath(&events[nearest]) {
            reported_on(f.doc, &events[nearest]).unwrap_or(nearest)
        } else {
            nearest
        };
        out[target].push(fi);
    }
    out
}

/// True when two figures of the dead from different claimants cannot both be right.
pub fn disputed(figs: &[&Figure]) -> bool {
    disagreeing(figs).iter().any(|d| *d)
}

/// For each figure, whether it counts the dead and another claimant's count of the dead
/// cannot be right with it (the rows a claims table or a slide shows first).
pub fn disagreeing(figs: &[&Figure]) -> Vec<bool> {
    let clash = |a: &Figure, b: &Figure| {
        let (a0, a1) = a.amount.range();
        let (b0, b1) = b.amount.range();
        a.claimant != b.claimant && (a1 < b0 || b1 < a0)
    };
    figs.iter().map(|f| f.counts_dead() && figs.iter().any(|g| g.counts_dead() && clash(f, g))).collect()
}
