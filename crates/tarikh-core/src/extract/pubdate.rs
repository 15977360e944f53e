//! Publication dates the article's own sources do not state ([`super::published`] decided
//! those first): suggestions from other articles, and lower bounds.
//!
//! 1. Suggestions: a relative expression (`أمس`, `يوم الثلاثاء`, `هذا الأسبوع`) whose event is dated
//!    explicitly in *another* document (same family of event, shared places, targets or actors)
//!    pins the publication date: `أمس` + an attack on 17 Sep = published 18 Sep. Every anchor of
//!    a document narrows the candidate dates; aftermath events (a claim, a toll, funerals) must
//!    not come before the attack they follow. The earliest date left is taken. A date that
//!    contradicts the article's own explicit years (an article that names nothing after 2019 is
//!    not published in 2024) is never suggested, nor one whose support stays below
//!    [`MIN_CONFIDENCE`]. A suggestion is applied only when the analyst accepts it.
//! 2. Lower bound: a document with no date of its own but explicit day-level dates was
//!    published no earlier than the latest of them, less a margin; dates the text points
//!    forward to (deadlines, scheduled or postponed dates), dates in the future, page furniture
//!    and background told after the article's relative news are no lower bounds.
//!
//! The reasoning and the confidence are kept in [`Published::note`].

use chrono::{Duration, NaiveDate};

use super::draft::{DocScan, Draft, Rejection};
use super::family::{family, is_specific, places_conflict, Family};
use crate::corpus::{Document, Published, PublishedBasis};
use crate::lexicon::temporal::Unit;
use crate::lexicon::{EntityId, Gazetteer};
use crate::model::Precision;
use crate::temporal::{resolve, Basis, DateRef, ResolveContext};

/// Days around an anchor's date searched for a publication date.
const SEARCH_DAYS: i64 = 45;
/// Support an inferred date needs: a specific actor or place that the anchor's own sentence and
/// the source's own sentence both name (each such tie counts 4); ties through a lede only
/// rank candidate dates.
const MIN_CONFIDENCE: usize = 4;
/// A candidate date needs this many times the support of the next one, or the anchor is
/// ambiguous and fixes nothing.
const AMBIGUITY_RATIO: usize = 2;
/// Days a lower bound is set before the latest day the article tells.
const LOWER_BOUND_MARGIN_DAYS: i64 = 2;
/// Years after the latest year an article names that it may still be published in.
const YEARS_AFTER_LATEST_NAMED: i32 = 1;

fn exact_pub(d: &Document) -> Option<NaiveDate> {
    d.published.as_ref().filter(|p| p.is_exact()).map(|p| p.date)
}

/// True for expressions that can pin a publication date to a day or a week.
fn is_anchor_spec(d: &DateRef) -> bool {
    matches!(
        d,
        DateRef::DayOffset(_)
            | DateRef::NightOffset(_)
            | DateRef::Weekday { .. }
            | DateRef::UnitOffset { unit: Unit::Day | Unit::Week, .. }
    )
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
#[derive(Clone)]
struct Support {
    weight: usize,
    /// How many of the supporting mentions name the entity in their own sentence.
    in_sentence: usize,
    /// Towns and districts the supporting sentences name (an anchor about another town is
    /// another event).
    places: Vec<EntityId>,
    source: Source,
}

/// Explicitly dated events of the corpus, summed by the specific entities (and the areas
/// they lie within) that their sentence or their document's lede names: entity -> (family,
/// day) -> support. Its size grows with the number of distinct event days, not of mentions.
struct CandidateIndex {
    by_entity: FastMap<(EntityId, EventKey), Vec<(NaiveDate, Support)>>,
    /// Where (entity, family, day) sits in `by_entity`, so that adding support is a lookup.
    slots: FastMap<(EntityId, EventKey, NaiveDate), usize>,
}

/// Which reports may be of the same event when dating an article by another: armed events of
/// any kind (an attack, its claim, the fighting), otherwise the same kind of event (an election
/// is not a founding, though both are political).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum EventKey {
    Armed,
    Kind(crate::model::EventType, u64),
}

fn same_event_key(t: &super::draft::TriggerInfo) -> EventKey {
    match family(t.event_type, &t.kind) {
        Family::Armed => EventKey::Armed,
        _ => EventKey::Kind(t.event_type, crate::corpus::document::stable_hash(t.kind.as_bytes())),
    }
}

/// A hash map with the lexicon's fast hasher (keys are ids, kinds and dates, not input text).
type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<crate::lexicon::phrase::WordHasher>>;

fn with_ancestors(g: &Gazetteer, id: EntityId) -> impl Iterator<Item = EntityId> + '_ {
    std::iter::successors(Some(id), move |e| g.get(*e).parent).take(8).filter(move |e| is_specific(g, *e))
}

impl CandidateIndex {
    fn build(docs: &[Document], scans: &[DocScan], g: &Gazetteer) -> Self {
        let mut idx = CandidateIndex { by_entity: Default::default(), slots: Default::default() };
        for (di, scan) in scans.iter().enumerate() {
            let trusted_pub = exact_pub(&docs[di]).is_some();
            for d in &scan.drafts {
                let (Some(r), Some(t)) = (&d.resolved, &d.trigger) else { continue };
                // a year completed from context is a guess, and a plain clause has no type to
                // tie two reports of one event together
                let trusted = r.basis == Basis::Explicit || trusted_pub;
                if !trusted
                    || is_untyped(t)
                    || r.when.precision < Precision::Day
                    || r.when.first_day() != r.when.last_day()
                {
                    continue;
                }
                let (fam, date) = (same_event_key(t), r.when.first_day());
                let source = Source { doc: di, paragraph: d.paragraph, explicit: r.basis == Basis::Explicit };
                let places = local_places(g, &d.entities);
                let mut seen: Vec<EntityId> = Vec::new();
                for (ents, w) in [(&d.entities, 2usize), (&scan.topic, 1usize)] {
                    for &e in ents.iter() {
                        for a in with_ancestors(g, e) {
                            if seen.contains(&a) {
                                continue;
                            }
                            seen.push(a);
                            let list = idx.by_entity.entry((a, fam)).or_default();
                            let slot = *idx.slots.entry((a, fam, date)).or_insert(list.len());
                            match list.get_mut(slot) {
                                Some(x) => {
                                    x.1.weight += w;
                                    x.1.in_sentence += usize::from(w == 2);
                                    for p in &places {
                                        if !x.1.places.contains(p) {
                                            x.1.places.push(*p);
                                        }
                                    }
                                    if source.explicit && !x.1.source.explicit {
                                        x.1.source = source;
                                    }
                                }
                                None => list.push((
                                    date,
                                    Support {
                                        weight: w,
                                        in_sentence: usize::from(w == 2),
                                        places: places.clone(),
                                        source,
                                    },
                                )),
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
    fn target(
        &self,
        doc: usize,
        a: &Draft,
        topic: &[EntityId],
        bounds: &YearBounds,
        g: &Gazetteer,
    ) -> Option<(NaiveDate, usize, Source)> {
        let t = a.trigger.as_ref().filter(|t| !is_untyped(t))?;
        let fam = same_event_key(t);
        let anchor_places = local_places(g, &a.entities);
        // (date, score, confidence: ties named in both sentences, source)
        let mut by_date: Vec<(NaiveDate, usize, usize, Source)> = Vec::new();
        let mut date_slot: FastMap<NaiveDate, usize> = FastMap::default();
        let mut keys: Vec<(EntityId, usize)> = Vec::new();
        for (ents, w) in [(a.entities.as_slice(), 2usize), (topic, 1usize)] {
            for &e in ents.iter() {
                for key in with_ancestors(g, e) {
                    if !keys.iter().any(|k| k.0 == key) {
                        keys.push((key, w));
                    }
                }
            }
        }
        for (key, w) in keys {
            for (date, sup) in self.by_entity.get(&(key, fam)).map(|v| v.as_slice()).unwrap_or(&[]) {
                if sup.source.doc == doc || !bounds.allows(*date) || places_conflict(g, &anchor_places, &sup.places) {
                    continue;
                }
                let strong = if w == 2 { 4 * sup.in_sentence } else { 0 };
                let slot = *date_slot.entry(*date).or_insert(by_date.len());
                match by_date.get_mut(slot) {
                    Some(x) => {
                        x.1 += w * sup.weight;
                        x.2 += strong;
                        if sup.source.explicit && !x.3.explicit {
                            x.3 = sup.source;
                        }
                    }
                    None => by_date.push((*date, w * sup.weight, strong, sup.source)),
                }
            }
        }
        by_date.sort_by_key(|x| (std::cmp::Reverse(x.1), x.0));
        // two events as likely as each other (two attacks on one town, both on a Tuesday):
        // the anchor fixes nothing
        if by_date.get(1).is_some_and(|second| second.1 * AMBIGUITY_RATIO >= by_date[0].1) {
            return None;
        }
        by_date.first().map(|x| (x.0, x.2, x.3))
    }
}

/// A mention of a plain clause (no typed trigger): its type says nothing of which event it is.
fn is_untyped(t: &super::draft::TriggerInfo) -> bool {
    super::draft::says_little(t.event_type, &t.kind)
}

fn local_places(g: &Gazetteer, ids: &[EntityId]) -> Vec<EntityId> {
    ids.iter()
        .copied()
        .filter(|i| matches!(g.get(*i).kind, crate::lexicon::EntityKind::City | crate::lexicon::EntityKind::District))
        .collect()
}

/// What an article's own explicit dates allow of its publication date.
struct YearBounds {
    /// The latest day-level date the text gives (not one it points forward to).
    not_before: Option<NaiveDate>,
    /// The latest year the text names with a month or a day (a bare year, `منذ عام 2012`, is
    /// background and bounds nothing).
    latest_year: Option<i32>,
}

impl YearBounds {
    fn of(scan: &DocScan) -> Self {
        let latest_year = scan.written_years(super::draft::YearWith::Month).max();
        YearBounds { not_before: latest_explicit(scan), latest_year }
    }

    fn allows(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        self.not_before.is_none_or(|nb| date >= nb)
            && self.latest_year.is_none_or(|y| date.year() <= y + YEARS_AFTER_LATEST_NAMED)
    }
}

/// The latest explicit day-level date a document gives: it cannot be published before it.
fn latest_explicit(scan: &DocScan) -> Option<NaiveDate> {
    scan.drafts
        .iter()
        .filter(|d| {
            matches!(d.expr.spec.date, DateRef::Calendar { .. } | DateRef::Hijri { .. }) && !d.ahead && !d.is_caption()
        })
        .filter_map(|d| d.resolved.as_ref())
        .filter(|r| r.until.is_none())
        .map(|r| if r.when.precision >= Precision::Day { r.when.last_day() } else { r.when.first_day() })
        .max()
}

fn resolves_to(a: &Draft, p: NaiveDate, target: NaiveDate) -> bool {
    let ctx = ResolveContext { published: Some(p), forward: a.forward, weekday_decides: true, ..Default::default() };
    resolve(&a.expr.spec, &ctx).is_some_and(|r| r.when.first_day() <= target && target <= r.when.last_day())
}

/// Aftermath events (claims, tolls, funerals) dated relatively must not precede the nearest
/// earlier armed event of the same document, both resolved against `p`.
fn order_holds(scan: &DocScan, p: NaiveDate) -> bool {
    let ctx = |d: &Draft| ResolveContext {
        published: Some(p),
        forward: d.forward,
        weekday_decides: true,
        ..Default::default()
    };
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

/// The days the article writes without a year (`يوم الخميس 27 ماي`) fall on or before `p`,
/// resolved against it (unless the text points forward to them).
fn own_days_not_after(scan: &DocScan, p: NaiveDate) -> bool {
    scan.drafts
        .iter()
        .filter(|d| !d.ahead && matches!(d.expr.spec.date, DateRef::Calendar { year: None, day: Some(_), .. }))
        .all(|d| {
            let ctx = ResolveContext { published: Some(p), ..Default::default() };
            resolve(&d.expr.spec, &ctx).is_none_or(|r| r.when.first_day() <= p)
        })
}

fn excerpt(doc: &Document, d: &Draft) -> String {
    doc.paragraphs[d.paragraph].text.chars().skip(d.expr.start).take(d.expr.end - d.expr.start).collect()
}

/// Takes the suggestions from other articles as publication dates (the analyst's choice, for a
/// whole corpus at once), round after round: an article dated so may date another.
pub fn accept_suggestions(docs: &mut [Document], scans: &mut [DocScan], g: &Gazetteer) {
    use rayon::prelude::*;
    for _round in 0..3 {
        let index = CandidateIndex::build(docs, scans, g);
        let decided: Vec<Option<Published>> =
            (0..docs.len()).into_par_iter().map(|di| inferred_date(di, docs, &scans[di], &index, g)).collect();
        if decided.iter().all(Option::is_none) {
            break;
        }
        docs.par_iter_mut().zip(scans.par_iter_mut()).zip(decided).for_each(|((doc, scan), published)| {
            if let Some(p) = published.filter(|p| p.date <= super::published::today() && doc.date_conflict.is_none()) {
                let date = p.date;
                doc.published = Some(p);
                super::context::resolve_document(scan, Some(date), g);
            }
        });
    }
}

/// Suggests publication dates from other articles, and draws lower bounds from the article's own
/// dates. A suggestion ("the same event is dated there") is kept in [`Document::suggested`] with
/// its evidence and changes nothing until the analyst accepts it: a date borrowed from another
/// article may belong to another event. A lower bound is taken only where it is likely tight.
pub fn infer_publication_dates(docs: &mut [Document], scans: &mut [DocScan], g: &Gazetteer) {
    use rayon::prelude::*;
    let index = CandidateIndex::build(docs, scans, g);
    let suggested: Vec<Option<Published>> =
        (0..docs.len()).into_par_iter().map(|di| inferred_date(di, docs, &scans[di], &index, g)).collect();
    for (doc, s) in docs.iter_mut().zip(suggested) {
        doc.suggested = s.filter(|s| s.date <= super::published::today());
    }
    // lower bounds from explicit day-level dates
    docs.par_iter_mut().zip(scans.par_iter_mut()).for_each(|(doc, scan)| {
        if doc.published.is_some() || doc.date_conflict.is_some() {
            return;
        }
        if let Some((bound, note)) = lower_bound(doc, scan) {
            doc.published = Some(Published {
                date: bound,
                time: None,
                basis: PublishedBasis::Inferred,
                not_before: true,
                note,
                from_file: None,
            });
            super::context::resolve_within_bound(scan, bound, g);
        }
    });
}

/// The latest day-level date the article gives, as a lower bound on its publication date, when
/// it is likely close to it: not after today, and not a background date told after the news
/// (an article whose first reported events are dated relatively, `samedi`, `أمس`, and whose
/// latest full date comes later in the text, is about something more recent than that date).
fn lower_bound(doc: &Document, scan: &DocScan) -> Option<(NaiveDate, String)> {
    // a paragraph that holds a photo's caption is the caption (`FILE - In this Nov. 21 photo …`):
    // none of its dates says when the article was written
    let caption_paragraphs: Vec<usize> = scan.drafts.iter().filter(|d| d.is_caption()).map(|d| d.paragraph).collect();
    let told = || {
        scan.drafts
            .iter()
            .filter(|d| {
                (d.expr.spec.date.is_absolute() || matches!(d.expr.spec.date, DateRef::Calendar { .. }))
                    && (super::published::reports_event(d) || d.rejected == Some(Rejection::PostSignature))
            })
            .filter(|d| !caption_paragraphs.contains(&d.paragraph))
            .filter_map(|d| d.resolved.as_ref().map(|r| (r, d)))
            .filter(|(r, d)| r.until.is_none() && !d.ahead)
    };
    let (r, d) = told().filter(|(r, _)| r.when.precision >= Precision::Day).max_by_key(|(r, _)| r.when.last_day())?;
    // a month or a year the text tells after that day (`كانون الأول/ديسمبر 2023` in a chronology
    // whose last full day is in 2012): the day is no near bound, and no other is sure
    if told().any(|(m, _)| m.when.first_day() > r.when.last_day()) {
        return None;
    }
    // a margin: the latest day told may be just ahead of the writing (a mourning declared from
    // tomorrow, a meeting set for the next day) without a word that says so
    // an article that tells of a year gone by since an event (`un an après l'attaque`, an
    // anniversary) was written well after the latest date it gives
    if scan.tells_elapsed {
        return None;
    }
    // (none for a quoted post's date: the article that quotes it came after it)
    let post = d.rejected == Some(Rejection::PostSignature);
    let margin = if post { 0 } else { LOWER_BOUND_MARGIN_DAYS };
    let bound = r.when.last_day() - Duration::days(margin);
    if bound > super::published::today() || super::published::ago_floor(scan).is_some_and(|f| f > bound) {
        return None;
    }
    // (or after it in its own sentence's paragraph: `Le 22 septembre 1960, le Mali proclamait
    // son indépendance. Ce dimanche, …`)
    let news_before = scan.drafts.iter().any(|e| {
        (e.paragraph < d.paragraph || (e.paragraph == d.paragraph && e.sentence.start > d.sentence.start))
            && e.trigger.is_some()
            && !e.is_caption()
            && is_anchor_spec(&e.expr.spec.date)
            && !e.ahead
    });
    // a quoted post (`— Name (@handle) March 9, 2024`) was written in the news's own days, after
    // it: the news told relatively before it is no later
    if news_before && !post {
        return None;
    }
    let (what, less) = if post {
        ("the date of a post it quotes", String::new())
    } else {
        ("the latest date the text gives", format!(", less {margin} days"))
    };
    Some((
        bound,
        format!(
            "no earlier than {}: {what} is {}, «{}» (paragraph {}){less}",
            bound.format("%-d %b %Y"),
            r.when.last_day().format("%-d %b %Y"),
            excerpt(doc, d),
            d.paragraph
        ),
    ))
}

/// The publication date document `di` (not dated exactly) takes from other articles' explicit
/// dates of the events it dates only relatively, when they agree with enough confidence.
fn inferred_date(
    di: usize,
    docs: &[Document],
    scan: &DocScan,
    index: &CandidateIndex,
    g: &Gazetteer,
) -> Option<Published> {
    if exact_pub(&docs[di]).is_some() {
        return None;
    }
    let bounds = YearBounds::of(scan);
    let mut confidence = 0usize;
    let mut window: Option<Vec<NaiveDate>> = None;
    let mut reasons: Vec<String> = Vec::new();
    let mut from_file = None;
    for a in scan.drafts.iter().filter(|a| a.trigger.is_some() && is_anchor_spec(&a.expr.spec.date)) {
        let Some((target, support, src)) = index.target(di, a, &scan.topic, &bounds, g) else { continue };
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
        confidence += support;
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
    let window = window.filter(|_| confidence >= MIN_CONFIDENCE)?;
    let ordered: Vec<NaiveDate> =
        window.iter().copied().filter(|p| order_holds(scan, *p) && own_days_not_after(scan, *p)).collect();
    let p = ordered.first().or(window.first()).copied()?;
    let last = ordered.last().or(window.last()).copied().unwrap_or(p);
    let range = if last > p { format!("; consistent up to {}", last.format("%-d %b %Y")) } else { String::new() };
    Some(Published {
        date: p,
        time: None,
        basis: PublishedBasis::Inferred,
        not_before: false,
        note: format!("inferred (confidence {confidence}): {}; earliest date that fits{range}", reasons.join("; ")),
        from_file,
    })
}
