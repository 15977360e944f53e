//! The place an event's title names: where most of its mentions say it happened, the more
//! specific on a tie, or a place within it that every mention agrees with; a district with its
//! city.

use crate::lexicon::{EntityId, EntityKind, Gazetteer};

/// The place for a title: the place named by the most mentions (a district counts for its
/// city, a city for its region), the more specific on a tie; a country only when nothing
/// finer is named, an area of several countries only when no country is.
pub(super) fn title_place(g: &Gazetteer, per_mention: &[Vec<EntityId>]) -> Option<EntityId> {
    let mut counts: Vec<(EntityId, usize, usize)> = Vec::new(); // id, mentions, depth
    for places in per_mention {
        let mut seen: Vec<EntityId> = Vec::new();
        for &p in places {
            let mut id = p;
            for _ in 0..8 {
                if !seen.contains(&id) {
                    seen.push(id);
                }
                match g.get(id).parent {
                    Some(par) if g.get(par).kind.is_place() => id = par,
                    _ => break,
                }
            }
        }
        for id in seen {
            let depth = (0..8).scan(id, |cur, _| g.get(*cur).parent.map(|p| *cur = p)).count();
            match counts.iter_mut().find(|c| c.0 == id) {
                Some(c) => c.1 += 1,
                None => counts.push((id, 1, depth)),
            }
        }
    }
    // most mentions, then the most specific (deeper in the hierarchy, then a town before a
    // region where the gazetteer puts both right under their country: `Djibo` before `nord du
    // Burkina`), then the first named (the nearest to the trigger)
    let fineness = |id: EntityId| match g.get(id).kind {
        EntityKind::District => 3,
        EntityKind::City => 2,
        EntityKind::Region => 1,
        _ => 0,
    };
    // a country only when nothing finer is named, and an area of several countries only when
    // no country is
    let tier = |id: EntityId| match g.get(id).kind {
        EntityKind::Country => 1,
        _ if is_area(g, id) => 2,
        _ => 0,
    };
    let best = |t: u8| {
        counts
            .iter()
            .enumerate()
            .filter(|(_, c)| tier(c.0) == t)
            .max_by_key(|(i, c)| (c.1, c.2, fineness(c.0), std::cmp::Reverse(*i)))
            .map(|(_, c)| c.0)
    };
    let chosen = best(0).or_else(|| best(1)).or_else(|| best(2))?;
    // a place within it that every place of every mention agrees with (`Boulkessi`, where
    // others say `the Mopti region` or `central Mali`) says more than the area they share
    let naming: Vec<&Vec<EntityId>> = per_mention.iter().filter(|p| !p.is_empty()).collect();
    let finer = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.0 != chosen && g.within(c.0, chosen))
        .filter(|(_, c)| naming.iter().all(|places| places.iter().all(|&p| g.related(p, c.0))))
        .max_by_key(|(i, c)| (c.2, c.1, std::cmp::Reverse(*i)))
        .map(|(_, c)| c.0);
    Some(finer.unwrap_or(chosen))
}

/// True for an area of several countries (`West Africa`, `Sahel`): a region within none.
fn is_area(g: &Gazetteer, id: EntityId) -> bool {
    g.get(id).kind == EntityKind::Region && g.get(id).parent.is_none()
}

/// The place the event's clauses name: the place named nearest its words (`near`), unless that
/// is an area of several countries and the clauses name a country or a place within one
/// (`Un coup d'État en Afrique de l'Ouest, en septembre 2021 au Mali`: Mali).
pub(super) fn clause_place(g: &Gazetteer, near: Option<EntityId>, all: &[Vec<EntityId>]) -> Option<EntityId> {
    match near {
        Some(id) if is_area(g, id) => title_place(g, all).filter(|p| !is_area(g, *p)).or(near),
        Some(id) => Some(id),
        None => title_place(g, all),
    }
}

/// A place's name in a title; a district is followed by its city ("ACI 2000, Bamako").
pub(super) fn place_name(g: &Gazetteer, id: EntityId) -> String {
    let e = g.get(id);
    match (e.kind, e.parent) {
        (EntityKind::District, Some(city)) => format!("{}, {}", e.name, g.get(city).name),
        _ => e.name.clone(),
    }
}

/// Days before its article's publication beyond which an event other than violence is not of
/// the story the lede tells: its title takes only the country of the lede's place.
const TOPIC_PLACE_DAYS: i64 = 31;

/// The lede's place an event's title falls back on when its own clauses name none (`topic`:
/// the lede's places that may be the event's). A coup is national: the lede's town gives its
/// country (`Coup in Mali`, not `Coup in Douentza`). The lede's place is its story's: an act of
/// state or of a force dated long before the article (the MINUSMA's departure recalled in a
/// report of an attack in Mopti) did not happen there, and keeps only the lede's country;
/// violence recalled (the massacres before the one the article reports) is most often of the
/// lede's region. A government (the event's first `actor`) acts at home, not in the lede's town
/// abroad (`أعلنت الحكومة المالية تمديد حالة الطوارئ` in a story filed from Accra).
pub(super) fn lede_place(
    g: &Gazetteer,
    topic: &[Vec<EntityId>],
    event_type: crate::model::EventType,
    when: Option<crate::model::When>,
    published: Option<chrono::NaiveDate>,
    actor: Option<EntityId>,
) -> Option<EntityId> {
    use crate::model::EventType;
    let id = title_place(g, topic)?;
    let home = actor.filter(|a| g.get(*a).kind == EntityKind::Government).and_then(|a| g.country_of(a));
    if let Some(h) = home.filter(|h| !g.within(id, *h)) {
        return Some(h);
    }
    let country = || g.country_of(id);
    if event_type == EventType::Coup {
        return Some(country().unwrap_or(id));
    }
    let armed = matches!(event_type, EventType::Attack | EventType::Clash | EventType::Claim | EventType::Kidnapping);
    let of_the_story = armed
        || match (when, published) {
            (Some(w), Some(p)) => (p - w.last_day()).num_days() <= TOPIC_PLACE_DAYS,
            _ => true,
        };
    if of_the_story {
        Some(id)
    } else {
        country()
    }
}
