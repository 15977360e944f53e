//! Merging mentions into events. Mentions of one real event (same family of type, compatible
//! dates, no conflicting places; for a date coarser than a day, at least one shared specific
//! actor, place or target) form one event, in one document or across several. The event's
//! date is the most precise mention date compatible with the others.

use chrono::Datelike;
use rayon::prelude::*;

use super::cluster_index::ClusterIndex;
use super::coup_day::{coup_part, days_overlap, joins_coup, CoupEvidence};
use super::date_fit::{dates_compatible, widened};
use super::draft::{DocScan, Draft};
use super::family::acts_apart;
use super::family::{countries_conflict, family, most_specific, places_conflict, shared_entities, Family};
use super::title::{clause_title, english_title};
use crate::corpus::{document::stable_hash, Document};
use crate::lexicon::{EntityId, EntityKind, Gazetteer};
use crate::model::{Event, EventType, Headline, Mention, Precision, When};
use crate::text::char_cursor::CharCursor;

/// Added to the evidence of a coup's part for the coup it joins, so that gunfire on a coup day
/// goes to the coup rather than to other gunfire.
const COUP_DAY_BONUS: usize = 10;

/// The stable id of the mention a draft becomes (document content, paragraph, characters).
pub fn mention_id(doc: &Document, d: &Draft) -> String {
    // the key `{content_hash:016x}:{paragraph}:{start}:{end}`, written without formatting
    // machinery (one mention after another)
    let mut key = Vec::with_capacity(64);
    push_hex16(&mut key, doc.content_hash);
    for n in [d.paragraph, d.expr.start, d.expr.end] {
        key.push(b':');
        push_decimal(&mut key, n);
    }
    let mut id = Vec::with_capacity(16);
    push_hex16(&mut id, stable_hash(&key));
    String::from_utf8(id).unwrap_or_default()
}

/// Appends `n` as 16 lowercase hexadecimal digits (`{:016x}`).
fn push_hex16(out: &mut Vec<u8>, n: u64) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.extend((0..16).rev().map(|k| HEX[((n >> (4 * k)) & 0xF) as usize]));
}

/// Appends `n` in decimal (`{}`).
fn push_decimal(out: &mut Vec<u8>, n: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = n;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[k..]);
}

/// Builds a mention from a resolved (or unresolvable) draft, with a cursor over the draft's
/// paragraph, kept from one draft of the paragraph to the next so that cutting quotes along a
/// long line takes linear time. `corpus_start` is the earliest publication date of the corpus
/// (what is background depends on it: [`super::background::is_background`]).
fn mention_with_cursor(
    doc_index: usize,
    doc: &Document,
    d: &Draft,
    g: &Gazetteer,
    corpus_start: Option<chrono::NaiveDate>,
    cursor: &mut CharCursor,
) -> Option<Mention> {
    let t = d.trigger.as_ref()?;
    // the quote stays a span of the paragraph; only the short time and trigger words are copied.
    // The six offsets are found in increasing order: one walk along the sentence.
    let mut at = [
        d.sentence.start,
        d.sentence.end.max(d.sentence.start),
        d.expr.start,
        d.expr.end.max(d.expr.start),
        t.span.start,
        t.span.end.max(t.span.start),
    ];
    let mut order = [0usize, 1, 2, 3, 4, 5];
    order.sort_by_key(|&k| at[k]);
    for k in order {
        at[k] = cursor.byte_at(at[k]);
    }
    let text = &doc.paragraphs[d.paragraph].text;
    let quote_bytes = (at[0] as u32, at[1] as u32);
    let slice = |s: usize, e: usize| -> String { text[s..e].to_string() };
    let (mut named, mut places, mut targets) = (Vec::new(), Vec::new(), Vec::new());
    for &id in &d.entities {
        let kind = g.get(id).kind;
        let list = if kind.is_place() && !d.acting.contains(&id) {
            &mut places
        } else if kind == EntityKind::Facility {
            &mut targets
        } else {
            &mut named
        };
        if !list.contains(&id) {
            list.push(id);
        }
    }
    Some(Mention {
        id: mention_id(doc, d).into(),
        doc: doc_index,
        paragraph: d.paragraph,
        quote_span: d.sentence,
        quote_bytes,
        time_span: crate::text::Span::new(d.expr.start, d.expr.end),
        time_text: slice(at[2], at[3]),
        trigger_span: t.span,
        trigger: slice(at[4], at[5]),
        when: d.resolved.map(|r| r.when),
        basis: d.resolved.map(|r| r.basis),
        until: d.resolved.and_then(|r| r.until),
        event_type: t.event_type,
        kind: t.kind.clone(),
        after: t.after,
        actors: super::family::group_before_label(g, d.agents.clone()),
        named,
        places,
        targets,
        near: d.near.clone(),
        peripheral: d.peripheral.clone(),
        span: matches!(d.expr.spec.date, crate::temporal::DateRef::PastSpan { .. }),
        background: d.resolved.is_some_and(|r| {
            let published = doc.published.as_ref().map(|p| p.date);
            d.compared
                || super::background::is_state_since(&r.when, d.since, t.event_type, published)
                || super::background::is_background(&r.when, d.since, published, corpus_start)
        }),
        another: d.another_like,
        range: d.resolved.is_some_and(|r| r.until.is_some() && crate::temporal::is_range(&d.expr.spec)),
    })
}

/// A mention drawn from a plain clause, or one whose trigger says little (an announcement).
fn is_untyped(m: &Mention) -> bool {
    super::draft::says_little(m.event_type, &m.kind)
}

fn all_entities(m: &Mention) -> Vec<EntityId> {
    m.named.iter().chain(&m.places).chain(&m.targets).copied().collect()
}

/// A growing event.
struct Cluster {
    span: bool,
    /// Its members are background (history recalled, a state of years): they join no event told.
    background: bool,
    when: When,
    members: Vec<usize>,
    entities: Vec<EntityId>,
    /// The families of its members (a coup takes in the arrests and gunfire of its day).
    families: Vec<Family>,
    /// The documents of its members, in order of joining (a lookup per candidate, however
    /// many members).
    docs: std::collections::HashSet<usize>,
    /// Every member is an arrest (a coup may take the cluster in).
    all_arrests: bool,
    /// The acts its `other` and political members tell of ([`super::family::act_of`]).
    acts: Vec<String>,
}

impl Cluster {
    fn has(&self, f: Family) -> bool {
        self.families.contains(&f)
    }
}

/// True for a mention of a coup.
fn is_coup(m: &Mention) -> bool {
    family(m.event_type, &m.kind) == COUP
}

const COUP: Family = Family::Type(EventType::Coup);

/// Groups dated mentions into events.
pub fn merge_mentions(
    mentions: Vec<Mention>,
    docs: &[Document],
    topics: &[Vec<EntityId>],
    g: &Gazetteer,
) -> Vec<Event> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    // coups first, so that the arrests and gunfire of their day find them; plain clauses last,
    // so that they can join the typed events they describe
    order.sort_by_key(|&i| {
        let m = &mentions[i];
        (
            is_untyped(m),
            !is_coup(m),
            std::cmp::Reverse(m.when.map(|w| w.precision.rank()).unwrap_or(0)),
            m.doc,
            m.paragraph,
            m.time_span.start,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = ClusterIndex::default();
    let mut candidates: Vec<usize> = Vec::new();
    for i in order {
        let m = &mentions[i];
        let Some(when) = m.when else { continue };
        let fam = family(m.event_type, &m.kind);
        let untyped = is_untyped(m);
        let ents = all_entities(m);
        let (y0, y1) = (widened(&when).0.year(), widened(&when).1.year());
        let years = || y0..=y1;
        let is_arrest = |m: &Mention| m.event_type == EventType::Other && m.kind == "arrest";
        let part = coup_part(m);
        let act = super::family::act_of(m.event_type, &m.kind);
        let coup = fam == COUP;
        let another_day = || crate::lexicon::Lexicon::builtin().temporal.tells_of_another_event(&m.time_text);
        candidates.clear();
        if untyped {
            index.candidates(None, &when, years(), &mut candidates);
        } else {
            index.candidates(Some(fam), &when, years(), &mut candidates);
            if part.is_some() {
                index.candidates(Some(COUP), &when, years(), &mut candidates);
            }
            if coup {
                let from = candidates.len();
                index.candidates(Some(Family::Type(EventType::Other)), &when, years(), &mut candidates);
                let mut j = from;
                while j < candidates.len() {
                    if clusters[candidates[j]].all_arrests {
                        j += 1;
                    } else {
                        candidates.swap_remove(j);
                    }
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .iter()
            .map(|&k| (k, &clusters[k]))
            .filter(|(_, c)| c.span == m.span && c.background == m.background)
            .filter_map(|(k, c)| {
                let shared = shared_entities(g, &ents, &c.entities, true);
                let same_doc = c.docs.contains(&m.doc);
                let town_apart = places_conflict(g, &ents, &c.entities);
                let coarse = when.precision <= Precision::Month || c.when.precision <= Precision::Month;
                // a part of a coup (an arrest, gunfire, a report of the day) joins the coup
                if let Some(part) = part.filter(|_| c.has(COUP) && !coup) {
                    let evidence = CoupEvidence { shared, same_doc, town_apart };
                    return joins_coup(part, &when, &c.when, evidence)
                        .then_some((k, (shared * 2 + same_doc as usize + COUP_DAY_BONUS, c.members.len())));
                }
                // a coup's reports on its day are one coup, whatever hour each gives
                // (or a report of its own article dated as another of its members is: the dawn the
                // attackers left, after a night whose hour of attack dates the event)
                let compatible = dates_compatible(&c.when, &when)
                    || (coup && c.has(COUP) && days_overlap(&c.when, &when))
                    || !untyped
                        && same_doc
                        && c.members.iter().any(|&j| {
                            mentions[j].doc == m.doc && mentions[j].when.is_some_and(|w| dates_compatible(&w, &when))
                        });
                if !compatible {
                    return None;
                }
                // a coup is a national event: its arrests and mutinies happen in several towns;
                // forces that withdraw or deploy pass through several (the same force named)
                let movement = matches!(fam, Family::Type(EventType::Withdrawal | EventType::Deployment));
                // another article's report that names only other countries (an attack in Mali,
                // one in Burkina Faso; Mali and Russia, Niger and Côte d'Ivoire) is another event
                let abroad = !same_doc && countries_conflict(g, &ents, &c.entities);
                if !coup && (town_apart || abroad) && !(movement && shared > 0) {
                    return None;
                }
                // `Le même jour, un poste a été attaqué à Ségou`: another event of the day its
                // article has just told, at a place of its own (Ségou, though it lies in the
                // centre the first named), unless both name one actor or place below a country
                // (a clause with no place of its own still retells it; a force on the move
                // passes through several places on one day)
                let own_place = || ents.iter().any(|e| g.get(*e).kind.is_place() && !c.entities.contains(e));
                let named_in_both =
                    || ents.iter().any(|e| g.get(*e).kind != EntityKind::Country && c.entities.contains(e));
                if same_doc && !movement && own_place() && !named_in_both() && another_day() {
                    return None;
                }
                // `هجوم مماثل على القاعدة ذاتها الأسبوع المنصرم`: not the attack its article told
                if same_doc && m.another {
                    return None;
                }
                // a month or a year is too wide to tie two armed reports by date alone, unless
                // the article that claims an attack has just reported it
                // (nor two forces on the move: `la Minusma, présente depuis 2013` is not the
                // French intervention of January 2013)
                let claims_its_attack = m.event_type == EventType::Claim && same_doc;
                if coarse && (fam == Family::Armed || movement) && shared == 0 && !claims_its_attack {
                    return None;
                }
                // two `other` acts of one day are one event only when they share a specific
                // actor or place: a helicopter crash is not an arrest. Political acts of one day
                // may be one event (the annotators group a leader's release with his
                // resignation), but not by a month or a year alone: a dismissal `in May` is not
                // the dissolution of the 13th
                // (nor, from another article, a crowd's, a court's or voters' act: [`acts_apart`])
                let other_act =
                    shared == 0 && act.is_some_and(|a| !c.acts.is_empty() && !c.acts.iter().any(|b| b == a));
                let apart = || !same_doc && act.into_iter().chain(c.acts.iter().map(String::as_str)).any(acts_apart);
                if other_act && (m.event_type == EventType::Other || coarse || apart()) {
                    return None;
                }
                // a plain clause joins an event of its own document on the same day, or one
                // that shares a specific actor or place with it (not one dated a week or two
                // ago: it would make that week a day)
                let days = when.precision >= Precision::Day && c.when.precision >= Precision::Day;
                if untyped && shared == 0 && (!same_doc || !days) {
                    return None;
                }
                // a coup joins the arrests it made only on a day they share a specific actor or place
                if coup && !c.has(COUP) && (shared == 0 || coarse) {
                    return None;
                }
                Some((k, (shared * 2 + same_doc as usize, c.members.len())))
            })
            // the best evidence, then the better-attested event, then the earlier one
            .max_by_key(|(k, score)| (*score, std::cmp::Reverse(*k)));
        match best {
            Some((k, _)) => {
                let c = &mut clusters[k];
                c.members.push(i);
                c.docs.insert(m.doc);
                c.all_arrests &= is_arrest(m);
                if let Some(a) = act.filter(|a| !c.acts.iter().any(|b| b == a)) {
                    c.acts.push(a.to_string());
                }
                for e in ents {
                    if !c.entities.contains(&e) {
                        c.entities.push(e);
                    }
                }
                if when.precision > c.when.precision {
                    c.when = when;
                    index.redate(k, c.families.iter().map(|f| Some(*f)).chain([None]), &c.when);
                } else if !dates_compatible(&c.when, &when) {
                    // (found under its member's date too: see `compatible`)
                    index.add(k, Some(fam), &when, years());
                }
                if !untyped && !c.has(fam) {
                    // found under its new family too (a year's coup finds the arrests it joined)
                    c.families.push(fam);
                    let (c0, c1) = (widened(&c.when).0.year(), widened(&c.when).1.year());
                    index.add(k, Some(fam), &c.when, c0..=c1);
                }
            }
            None => {
                index.add(clusters.len(), Some(fam), &when, years());
                index.add(clusters.len(), None, &when, years());
                clusters.push(Cluster {
                    span: m.span,
                    background: m.background,
                    when,
                    members: vec![i],
                    entities: ents,
                    families: vec![fam],
                    docs: std::iter::once(m.doc).collect(),
                    all_arrests: is_arrest(m),
                    acts: act.map(str::to_string).into_iter().collect(),
                });
            }
        }
    }
    let mut slots: Vec<Option<Mention>> = mentions.into_iter().map(Some).collect();
    let grouped: Vec<(Vec<Mention>, When)> =
        clusters.into_iter().map(|c| (c.members.iter().filter_map(|&i| slots[i].take()).collect(), c.when)).collect();
    // each event is built from its own mentions: in parallel, in cluster order
    let mut events: Vec<Event> = grouped
        .into_par_iter()
        .map(|(ms, when)| {
            let topic = topics.get(ms[0].doc).map(|t| t.as_slice());
            build_event(ms, Some(when), docs, topic, g)
        })
        .collect();
    events.sort_by(|a, b| (a.when.map(|w| w.start), &a.title).cmp(&(b.when.map(|w| w.start), &b.title)));
    events
}

/// Rank of a type when choosing the title of an event: the attack itself before the gunfire,
/// takeover or claim that describe it; a coup before the arrests it made.
fn title_rank(t: EventType, kind: &str) -> i32 {
    match (t, kind) {
        (EventType::Attack, "attack") | (EventType::Coup, _) => 0,
        (EventType::Clash, "battle") => 1,
        (EventType::Attack, _) => 2,
        (EventType::Clash, "takeover") => 4,
        (EventType::Clash, _) => 3,
        (EventType::Claim, _) => 5,
        // a plain dated clause says least about what happened: any typed mention names the event
        (EventType::Other, super::draft::UNTYPED_KIND) => 8,
        // an announcement or a decision says little more: any kind of act names the event
        (t, k) if super::draft::says_little(t, k) => 7,
        (EventType::Other, _) => 7,
        _ => 6,
    }
}

/// Entity ids, most mentioned first.
fn ranked(ids: impl Iterator<Item = EntityId>) -> Vec<EntityId> {
    let mut counts: Vec<(EntityId, usize)> = Vec::new();
    for id in ids {
        match counts.iter_mut().find(|c| c.0 == id) {
            Some(c) => c.1 += 1,
            None => counts.push((id, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.into_iter().map(|c| c.0).collect()
}

/// Builds an event from its mentions (in any order).
pub fn build_event(
    mut ms: Vec<Mention>,
    when: Option<When>,
    docs: &[Document],
    topic: Option<&[EntityId]>,
    g: &Gazetteer,
) -> Event {
    ms.sort_by(|a, b| {
        (&docs[a.doc].file, a.paragraph, a.time_span.start).cmp(&(&docs[b.doc].file, b.paragraph, b.time_span.start))
    });
    let lead = ms
        .iter()
        .min_by_key(|m| {
            (title_rank(m.event_type, &m.kind), std::cmp::Reverse(m.when.map(|w| w.precision.rank()).unwrap_or(0)))
        })
        .unwrap_or(&ms[0]);
    let (event_type, kind) = (lead.event_type, lead.kind.clone());
    // who did the lead's act first (a coup's soldiers, not the president who resigned that night)
    let lead_family = family(event_type, &kind);
    let (own, others): (Vec<&Mention>, Vec<&Mention>) =
        ms.iter().partition(|m| family(m.event_type, &m.kind) == lead_family);
    let own_actors = super::family::group_before_label(g, ranked(own.iter().flat_map(|m| m.actors.iter().copied())));
    let mut actors = own_actors.clone();
    actors.extend(
        ranked(others.iter().flat_map(|m| m.actors.iter().copied())).into_iter().filter(|id| !own_actors.contains(id)),
    );
    let places = ranked(ms.iter().flat_map(|m| m.places.iter().copied()));
    let targets = ranked(ms.iter().flat_map(|m| m.targets.iter().copied()));
    let near = ranked(ms.iter().flat_map(|m| m.near.iter().copied()));
    let near_of = |kind: fn(EntityKind) -> bool| -> Vec<EntityId> {
        near.iter().copied().filter(|id| kind(g.get(*id).kind)).collect()
    };
    let title_targets: Vec<String> = most_specific(g, &near_of(|k| k == EntityKind::Facility))
        .into_iter()
        .take(2)
        .map(|id| g.get(id).name.clone())
        .collect();
    // (a country that acts is no place of its own act: `Announcement by Niger`, not `… in Niger by Niger`)
    let near_places: Vec<Vec<EntityId>> = ms
        .iter()
        .map(|m| m.near.iter().copied().filter(|id| g.get(*id).kind.is_place() && !actors.contains(id)).collect())
        .collect();
    let all_places: Vec<Vec<EntityId>> = ms
        .iter()
        .map(|m| m.places.iter().copied().filter(|p| !m.peripheral.contains(p) && !actors.contains(p)).collect())
        .collect();
    // the lede's places, but not a country that acts in this event (it is among its actors),
    // nor a place within one (`أعلنت النيجر ومالي … تشكيل قوة` in an article on Tillabéri: the
    // states' act is not the lede's town's)
    let acting_country =
        |id: EntityId| actors.iter().any(|a| g.get(*a).kind == EntityKind::Country && g.within(id, *a));
    let topic_places = topic
        .map(|t| {
            vec![t
                .iter()
                .copied()
                .filter(|id| {
                    g.get(*id).kind.is_place()
                        && !actors.contains(id)
                        && !acting_country(*id)
                        && !ms.iter().any(|m| m.peripheral.contains(id))
                })
                .collect::<Vec<_>>()]
        })
        .unwrap_or_default();
    use super::title_place::{place_name, title_place};
    let near_place = title_place(g, &near_places);
    // a force takes a town, not a country (`take Kidal`; `Takeover in Mali`, not `take Mali`)
    let place_near = near_place.is_some_and(|id| !(kind == "takeover" && g.get(id).kind == EntityKind::Country));
    let clause_place = super::title_place::clause_place(g, near_place, &all_places);
    let place_in_clause = clause_place.is_some();
    let published = docs[lead.doc].published.as_ref().map(|p| p.date);
    let topic_place =
        || super::title_place::lede_place(g, &topic_places, event_type, when, published, actors.first().copied());
    let armed = matches!(event_type, EventType::Attack | EventType::Clash | EventType::Claim | EventType::Kidnapping);
    let place_of_story = armed
        && clause_place.is_none()
        && topic_place().is_some_and(|id| g.get(id).kind.is_place() && g.get(id).kind != EntityKind::Country);
    let place = clause_place.or_else(topic_place).map(|id| place_name(g, id));
    // (a name the title puts before a generic label comes from the lead's own act too)
    let title_actors = super::title::title_actors(g, super::title::actors_to_title(&own_actors, &actors, event_type));
    let clause = (event_type == EventType::Other && kind == super::draft::UNTYPED_KIND).then(|| {
        let text = &docs[lead.doc].paragraphs[lead.paragraph].text;
        let (a, b) = (lead.quote_bytes.0 as usize, lead.quote_bytes.1 as usize);
        let lead_words = crate::lexicon::Lexicon::builtin().grammar.words(crate::lexicon::Role::TitleDateLead);
        clause_title(text.get(a..b).unwrap_or(""), &lead.time_text, lead_words)
    });
    let headline = Headline {
        event_type,
        kind: kind.clone(),
        targets: title_targets,
        place,
        actors: title_actors,
        clause,
        place_near,
        place_in_clause,
        place_of_story,
    };
    let title = english_title(&headline);
    let names = |ids: &[EntityId]| ids.iter().map(|id| g.get(*id).name.clone()).collect::<Vec<_>>();
    Event {
        id: format!("ev-{}", ms[0].id).into(),
        event_type,
        title,
        when,
        actors: names(&actors),
        places: names(&places),
        targets: names(&targets),
        background: !ms.is_empty() && ms.iter().all(|m| m.background),
        headline: Some(headline),
        mentions: ms,
        reference: None,
    }
}

/// One event per undated mention (they are listed apart, never merged by guesswork).
pub fn undated_events(
    mentions: Vec<Mention>,
    docs: &[Document],
    topics: &[Vec<EntityId>],
    g: &Gazetteer,
) -> Vec<Event> {
    mentions
        .into_par_iter()
        .map(|m| {
            let topic = topics.get(m.doc).map(|t| t.as_slice());
            build_event(vec![m], None, docs, topic, g)
        })
        .collect()
}

/// Mentions of every scanned document. With `free_drafts`, each document's drafts are freed
/// once its mentions are taken (the drafts and the mentions are not all held at once).
pub fn collect_mentions(docs: &[Document], scans: &mut [DocScan], g: &Gazetteer, free_drafts: bool) -> Vec<Mention> {
    let corpus_start = docs.iter().filter_map(|d| d.published.as_ref().map(|p| p.date)).min();
    // document by document in parallel, then joined in document order
    let per_doc: Vec<Vec<Mention>> = docs
        .par_iter()
        .zip(scans.par_iter_mut())
        .enumerate()
        .map(|(di, (doc, scan))| {
            // at most one mention per draft that is one: no growth slack
            let mut out = Vec::with_capacity(scan.drafts.iter().filter(|d| d.is_mention()).count());
            let mut cursor: Option<(usize, CharCursor)> = None;
            for d in scan.drafts.iter().filter(|d| d.is_mention()) {
                if cursor.as_ref().is_none_or(|c| c.0 != d.paragraph) {
                    cursor = Some((d.paragraph, CharCursor::new(&doc.paragraphs[d.paragraph].text)));
                }
                let c = &mut cursor.as_mut().expect("set above").1;
                out.extend(mention_with_cursor(di, doc, d, g, corpus_start, c));
            }
            if free_drafts {
                scan.drafts = Vec::new();
            }
            out
        })
        .collect();
    let mut out = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
    for mentions in per_doc {
        out.extend(mentions);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{push_decimal, push_hex16};

    #[test]
    fn ids_are_written_as_format_would() {
        for (h, n) in [(0u64, 0usize), (0x00ab_cdef_0123_4567, 7), (u64::MAX, usize::MAX), (42, 1_000_000)] {
            let mut out = Vec::new();
            push_hex16(&mut out, h);
            out.push(b':');
            push_decimal(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), format!("{h:016x}:{n}"));
        }
    }
}
