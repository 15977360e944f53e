//! Which mentions may describe the same event: merge families of event types, and relations
//! between the entities two mentions name.

use crate::lexicon::{EntityId, EntityKind, Gazetteer};
use crate::model::EventType;

/// A merge family: mentions of different families never merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Attacks, clashes, claims of responsibility, takeovers: one armed event seen several ways.
    Armed,
    /// Casualty reports (a toll on a given day is its own event).
    Casualties,
    /// Funerals.
    Funeral,
    /// Everything else: one family per type.
    Type(EventType),
}

/// The kind of a casualty report made in the sentence that tells of the deaths (`قتل جنديان في
/// كمين، كما أعلنت الحكومة مساء الأحد`): it reports that armed event and merges with it.
pub const REPORTED_TOLL_KIND: &str = "reported_toll";

/// The kind of a release of hostages (typed kidnapping, as the end of one).
pub const HOSTAGE_RELEASE_KIND: &str = "hostage_release";
/// The kind of a release of detainees (`أفرجت السلطات عن …`, `a libéré`).
pub const RELEASE_KIND: &str = "release";
/// The kind of an arrest (a row of `triggers.tsv`).
pub const ARREST_KIND: &str = "arrest";

/// The kind of a claim (a row of `triggers.tsv`).
pub const CLAIM_KIND: &str = "claim";

/// The kind of the claim of an act of type `act`: a kidnapping's claim is titled as such
/// ("JNIM claims kidnapping", not "claims attack"), any other armed act's is [`CLAIM_KIND`].
pub fn claim_kind(act: EventType, kind: &str) -> &'static str {
    if act == EventType::Kidnapping && kind != HOSTAGE_RELEASE_KIND {
        "claim_kidnapping"
    } else {
        CLAIM_KIND
    }
}

/// The family of a mention's type and kind.
pub fn family(t: EventType, kind: &str) -> Family {
    match (t, kind) {
        (EventType::Attack | EventType::Clash | EventType::Claim, _) => Family::Armed,
        (EventType::CasualtyReport, REPORTED_TOLL_KIND) => Family::Armed,
        (EventType::CasualtyReport, _) => Family::Casualties,
        (EventType::Other, "funeral") => Family::Funeral,
        // a release of hostages (the end of a kidnapping) merges as releases of detainees do,
        // with the political acts of its day: one report names the hostages, another only the freed
        (EventType::Kidnapping, HOSTAGE_RELEASE_KIND) => Family::Type(EventType::Political),
        // a release between states (`أفرجت مالي عن الجنود الإيفواريين`) is the release another
        // report tells without naming the captives' state
        (EventType::Diplomatic, RELEASE_KIND) => Family::Type(EventType::Political),
        // (and an arrest between states the arrest told at home, `other`)
        (EventType::Diplomatic, ARREST_KIND) => Family::Type(EventType::Other),
        (t, _) => Family::Type(t),
    }
}

/// The act an `other`, political or diplomatic mention tells of, when its kind names one: a
/// helicopter crash is not an arrest nor an investigation, though all are `other`; a dismissal
/// is not a dissolution; sanctions `since January` are not the ambassador expelled on the 31st.
/// `None` for the other types (their kinds are told apart by type already) and for kinds that
/// say little (a plain clause, an announcement).
pub fn act_of(t: EventType, kind: &str) -> Option<&str> {
    // (a release of hostages merges with the political acts: it is one of them here)
    let political =
        matches!(t, EventType::Other | EventType::Political | EventType::Diplomatic) || kind == HOSTAGE_RELEASE_KIND;
    if !political || super::draft::says_little(t, kind) {
        return None;
    }
    Some(kind)
}

/// True for the political acts of a crowd, a court or voters (a protest, a trial, an election):
/// another article's report of a different act of their day is another event.
pub fn acts_apart(act: &str) -> bool {
    matches!(act, "protest" | "trial" | "election")
}

/// Entities specific enough to tie two mentions together (not countries or broad regions,
/// not generic labels like "Militants").
pub fn is_specific(g: &Gazetteer, id: EntityId) -> bool {
    let e = g.get(id);
    !matches!(e.kind, EntityKind::Country | EntityKind::Organisation)
        && !is_generic_label(g, id)
        && !matches!(e.name.as_str(), "Sahel" | "West Africa")
}

/// True for the gazetteer's generic labels of armed men ("Militants", "Rebels"): a group named
/// beside one (the katiba that claims the attack) says better who did it.
pub fn is_generic_label(g: &Gazetteer, id: EntityId) -> bool {
    matches!(g.get(id).name.as_str(), "Militants" | "Rebels")
}

/// When `actors` open with a generic label and name an armed group (`مسلحون من جماعة نصرة
/// الإسلام`, `des hommes armés du JNIM`), the group comes first: it says better who did it.
pub fn group_before_label(g: &Gazetteer, mut actors: Vec<EntityId>) -> Vec<EntityId> {
    if !actors.first().is_some_and(|&id| is_generic_label(g, id)) {
        return actors;
    }
    if let Some(p) = actors.iter().position(|&id| g.get(id).kind == EntityKind::Group && !is_generic_label(g, id)) {
        let group = actors.remove(p);
        actors.insert(0, group);
    }
    actors
}

/// Number of entities of `a` that are the same as, or lie within/around, one of `b`.
pub fn shared_entities(g: &Gazetteer, a: &[EntityId], b: &[EntityId], specific_only: bool) -> usize {
    a.iter()
        .filter(|x| !specific_only || is_specific(g, **x))
        .filter(|x| b.iter().any(|y| (!specific_only || is_specific(g, *y)) && g.related(**x, *y)))
        .count()
}

/// True when both name cities, districts or administrative regions and none of them are
/// related: two places apart.
pub fn places_conflict(g: &Gazetteer, a: &[EntityId], b: &[EntityId]) -> bool {
    let local = |i: &&EntityId| {
        let e = g.get(**i);
        matches!(e.kind, EntityKind::City | EntityKind::District) || e.administrative
    };
    a.iter().any(|x| local(&x))
        && b.iter().any(|y| local(&y))
        && !a.iter().filter(local).any(|x| b.iter().filter(local).any(|y| g.related(*x, *y)))
}

/// True when both name something of a country and no country of one is a country of the
/// other: acts in Mali and in Niger. When both name places, the countries are those of the
/// places (Gao is in Mali, whoever's forces act there); when one names none, those of all it
/// names on both sides (a report of Wagner's convoy attacked, with no place, is no act abroad
/// of one in Tin Zaouaten where Wagner fought).
pub fn countries_conflict(g: &Gazetteer, a: &[EntityId], b: &[EntityId]) -> bool {
    let is_place = |x: &&EntityId| g.get(**x).kind.is_place();
    let by_places = a.iter().any(|x| is_place(&x)) && b.iter().any(|x| is_place(&x));
    let of = |ids: &[EntityId]| -> Vec<EntityId> {
        ids.iter().filter(|x| !by_places || is_place(x)).filter_map(|x| g.country_of(*x)).collect()
    };
    let (ca, cb) = (of(a), of(b));
    !ca.is_empty() && !cb.is_empty() && !ca.iter().any(|x| cb.contains(x))
}

/// The ids none of the others lies within (JNIM, not al-Qaeda; military airport, not airport).
pub fn most_specific(g: &Gazetteer, ids: &[EntityId]) -> Vec<EntityId> {
    ids.iter().copied().filter(|a| !ids.iter().any(|b| b != a && g.within(*b, *a))).collect()
}
