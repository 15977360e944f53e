//! Publication dates the text does not state.
//!
//! 1. Anchors: a relative expression (`أمس`, `يوم الثلاثاء`, `هذا الأسبوع`) whose event is dated
//!    explicitly in another document (same family of event, shared places, targets or actors)
//!    pins the publication date: `أمس` + an attack on 17 Sep = published 18 Sep. Every anchor of
//!    a document narrows the candidate dates; aftermath events (a claim, a toll, funerals) must
//!    not come before the attack they follow. The earliest date left is taken.
//! 2. Lower bound: a document with no anchor but explicit day-level dates was published no
//!    earlier than the latest of them.
//!
//! The reasoning is kept in [`Published::note`].

use chrono::{Duration, NaiveDate};

use super::context::resolve_document;
use super::draft::{DocScan, Draft};
use super::family::{family, is_specific, Family};
use crate::corpus::{Document, Published, PublishedBasis};
use crate::lexicon::temporal::Unit;
use crate::lexicon::{EntityId, Gazetteer};
use crate::model::Precision;
use crate::temporal::{resolve, Basis, DateRef, ResolveContext};

/// Days around an anchor's date searched for a publication date.
const SEARCH_DAYS: i64 = 45;

fn exact_pub(d: &Document) -> Option<NaiveDate> {
    d.published.as_ref().filter(|p| p.is_exact()).map(|p| p.date)
}

/// True for expressions that can pin a publication date to a day or a week.
fn is_anchor_spec(d: &DateRef) -> bool {
    matches!(d, DateRef::DayOffset(_) | DateRef::Weekday { .. } | DateRef::UnitOffset { unit: Unit::Day | Unit::Week, .. })
}

/// Where a dated event is given explicitly (for the note).
#[derive(Clone, Copy)]
struct Source {
    doc: usize,
    paragraph: usize,
    /// The date is written in full there (not completed from context).
    explicit: bool,
}

/// Support for one (family, date) under one entity: summed weight and the first source.
#[derive(Clone, Copy)]
struct Support {
    weight: usize,
    source: Source,
}

/// Explicitly dated events of the corpus, summed by the specific entities (and the areas
/// they lie within) that their sentence or their document's lede names: entity -> (family,
/// day) -> support. Its size grows with the number of distinct event days, not of mentions.
struct CandidateIndex {
    by_entity: WordMapU32<Vec<(Family, NaiveDate, Support)>>,
}

type WordMapU32<V> = std::collections::HashMap<EntityId, V, std::hash::BuildHasherDefault<crate::lexicon::phrase::WordHasher>>;

fn with_ancestors(g: &Gazetteer, id: EntityId) -> impl Iterator<Item = EntityId> + '_ {
    std::iter::successors(Some(id), move |e| g.get(*e).parent).take(8).filter(move |e| is_specific(g, *e))
}

impl CandidateIndex {
    fn build(docs: &[Document], scans: &[DocScan], g: &Gazetteer) -> Self {
        let mut idx = CandidateIndex { by_entity: Default::default() };
        for (di, scan) in scans.iter().enumerate() {
            let trusted_pub = exact_pub(&docs[di]).is_some();
            for d in &scan.drafts {
                let (Some(r), Some(t)) = (&d.resolved, &d.trigger) else { continue };
                let trusted = matches!(r.basis, Basis::Explicit | Basis::Context) || trusted_pub;
                if !trusted || r.when.precision < Precision::Day || r.when.first_day() != r.when.last_day() {
                    continue;
                }
                let (fam, date) = (family(t.event_type, &t.kind), r.when.first_day());
                let source = Source { doc: di, paragraph: d.paragraph, explicit: r.basis == Basis::Explicit };
                let mut seen: Vec<EntityId> = Vec::new();
                for (ents, w) in [(&d.entities, 2usize), (&scan.topic, 1usize)] {
                    for &e in ents.iter() {
                        for a in with_ancestors(g, e) {
                            if seen.contains(&a) {
                                continue;
                            }
                            seen.push(a);
                            let list = idx.by_entity.entry(a).or_default();
                            match list.iter_mut().find(|x| x.0 == fam && x.1 == date) {
                                Some(x) => {
                                    x.2.weight += w;
                                    if source.explicit && !x.2.source.explicit {
                                        x.2.source = source;
                                    }
                                }
                                None => list.push((fam, date, Support { weight: w, source })),
                            }
                        }
                    }
                }
            }
        }
        idx
    }

    /// The best-supported date an anchor refers to, and where it is given. Dates before
    /// `not_before` (the document's latest explicit date) are impossible; ties go to the
    /// earliest date.
    fn target(&self, a: &Draft, topic: &[EntityId], not_before: Option<NaiveDate>, g: &Gazetteer) -> Option<(NaiveDate, Source)> {
        let t = a.trigger.as_ref()?;
        let fam = family(t.event_type, &t.kind);
        let mut by_date: Vec<(NaiveDate, usize, Source)> = Vec::new();
        let mut keys: Vec<(EntityId, usize)> = Vec::new();
        for (ents, w) in [(&a.entities, 2usize), (&topic.to_vec(), 1usize)] {
            for &e in ents.iter() {
                for key in with_ancestors(g, e) {
                    if !keys.iter().any(|k| k.0 == key) {
                        keys.push((key, w));
                    }
                }
            }
        }
        for (key, w) in keys {
            for (f, date, sup) in self.by_entity.get(&key).map(|v| v.as_slice()).unwrap_or(&[]) {
                if *f != fam || not_before.is_some_and(|nb| *date < nb) {
                    continue;
                }
                match by_date.iter_mut().find(|x| x.0 == *date) {
                    Some(x) => {
                        x.1 += w * sup.weight;
                        if sup.source.explicit && !x.2.explicit {
                            x.2 = sup.source;
                        }
                    }
                    None => by_date.push((*date, w * sup.weight, sup.source)),
                }
            }
        }
        by_date.into_iter().max_by_key(|x| (x.1, std::cmp::Reverse(x.0))).map(|x| (x.0, x.2))
    }
}

/// The latest explicit day-level date a document gives: it cannot be published before it.
fn latest_explicit(scan: &DocScan) -> Option<NaiveDate> {
    scan.drafts
        .iter()
        .filter(|d| matches!(d.expr.spec.date, DateRef::Calendar { .. } | DateRef::Hijri { .. }))
        .filter_map(|d| d.resolved.as_ref())
        .filter(|r| r.until.is_none())
        .map(|r| if r.when.precision >= Precision::Day { r.when.last_day() } else { r.when.first_day() })
        .max()
}

fn resolves_to(a: &Draft, p: NaiveDate, target: NaiveDate) -> bool {
    let ctx = ResolveContext { published: Some(p), forward: a.forward, ..Default::default() };
    resolve(&a.expr.spec, &ctx).is_some_and(|r| r.when.first_day() <= target && target <= r.when.last_day())
}

/// Aftermath events (claims, tolls, funerals) dated relatively must not precede the nearest
/// earlier armed event of the same document, both resolved against `p`.
fn order_holds(scan: &DocScan, p: NaiveDate) -> bool {
    let ctx = |d: &Draft| ResolveContext { published: Some(p), forward: d.forward, ..Default::default() };
    for (k, d) in scan.drafts.iter().enumerate() {
        let Some(t) = &d.trigger else { continue };
        if !t.after || !d.expr.spec.date.needs_publication() {
            continue;
        }
        let prev = scan.drafts[..k].iter().rev().find(|e| {
            e.trigger.as_ref().is_some_and(|et| !et.after && family(et.event_type, &et.kind) == Family::Armed)
                && resolve(&e.expr.spec, &ctx(e)).is_some_and(|r| r.when.precision >= Precision::Day)
        });
        let (Some(prev), Some(mine)) = (prev, resolve(&d.expr.spec, &ctx(d))) else { continue };
        if let Some(pr) = resolve(&prev.expr.spec, &ctx(prev)) {
            if mine.when.first_day() < pr.when.first_day() {
                return false;
            }
        }
    }
    true
}

fn excerpt(doc: &Document, d: &Draft) -> String {
    doc.paragraphs[d.paragraph].text.chars().skip(d.expr.start).take(d.expr.end - d.expr.start).collect()
}

/// Infers missing publication dates, records them on the documents and re-resolves the
/// documents whose date became known.
pub fn infer_publication_dates(docs: &mut [Document], scans: &mut [DocScan], g: &Gazetteer) {
    for _round in 0..3 {
        let mut changed = false;
        let index = CandidateIndex::build(docs, scans, g);
        for di in 0..docs.len() {
            if exact_pub(&docs[di]).is_some() {
                continue;
            }
            let scan = &scans[di];
            let not_before = latest_explicit(scan);
            let mut window: Option<Vec<NaiveDate>> = None;
            let mut reasons: Vec<String> = Vec::new();
            let mut from_file = None;
            for a in scan.drafts.iter().filter(|a| a.trigger.is_some() && is_anchor_spec(&a.expr.spec.date)) {
                let Some((target, src)) = index.target(a, &scan.topic, not_before, g) else { continue };
                let fits: Vec<NaiveDate> = (-SEARCH_DAYS..=SEARCH_DAYS)
                    .map(|k| target + Duration::days(k))
                    .filter(|p| *p >= target && resolves_to(a, *p, target))
                    .collect();
                let narrowed: Vec<NaiveDate> = match &window {
                    None => fits,
                    Some(w) => w.iter().copied().filter(|p| fits.contains(p)).collect(),
                };
                if narrowed.is_empty() {
                    continue; // an anchor that contradicts the others is ignored
                }
                window = Some(narrowed);
                reasons.push(format!(
                    "«{}» (paragraph {}) = {} as in {} (paragraph {})",
                    excerpt(&docs[di], a),
                    a.paragraph,
                    target.format("%-d %b %Y"),
                    docs[src.doc].file,
                    src.paragraph
                ));
                from_file.get_or_insert_with(|| docs[src.doc].file.clone());
            }
            let Some(window) = window else { continue };
            let ordered: Vec<NaiveDate> = window.iter().copied().filter(|p| order_holds(scan, *p)).collect();
            let pick = ordered.first().or(window.first()).copied();
            let Some(p) = pick else { continue };
            let last = ordered.last().or(window.last()).copied().unwrap_or(p);
            let range = if last > p { format!("; consistent up to {}", last.format("%-d %b %Y")) } else { String::new() };
            docs[di].published = Some(Published {
                date: p,
                time: None,
                basis: PublishedBasis::Inferred,
                not_before: false,
                note: format!("inferred: {}; earliest date that fits{range}", reasons.join("; ")),
                from_file,
            });
            resolve_document(&mut scans[di], Some(p), g);
            changed = true;
        }
        if !changed {
            break;
        }
    }
    // lower bounds from explicit day-level dates
    for di in 0..docs.len() {
        if docs[di].published.is_some() {
            continue;
        }
        let latest = scans[di]
            .drafts
            .iter()
            .filter(|d| d.expr.spec.date.is_absolute() || matches!(d.expr.spec.date, DateRef::Calendar { .. }))
            .filter_map(|d| d.resolved.as_ref().map(|r| (r, d)))
            .filter(|(r, _)| r.when.precision >= Precision::Day && r.until.is_none())
            .max_by_key(|(r, _)| r.when.last_day());
        if let Some((r, d)) = latest {
            docs[di].published = Some(Published {
                date: r.when.last_day(),
                time: None,
                basis: PublishedBasis::Inferred,
                not_before: true,
                note: format!(
                    "no earlier than {}: the latest date the text gives, «{}» (paragraph {})",
                    r.when.last_day().format("%-d %b %Y"),
                    excerpt(&docs[di], d),
                    d.paragraph
                ),
                from_file: None,
            });
        }
    }
}
