//! Words said or a meeting held between states are diplomacy. A statement, an announcement or a
//! meeting is politics at home until its clause names two states: `اتهمت الحكومة المالية
//! الجزائر بدعم الإرهاب`, `Le Mali a rejeté mardi le communiqué de la Cédéao` (a state and an
//! organisation of states), `التقى رئيس الوزراء المالي في نيامي …` (a meeting held in another
//! state than its agent's). A state is a country, its government, or an organisation of states
//! (the UN, ECOWAS); forces, armed groups, people and places are not parties (a French hostage
//! taken in Gao is no act between France and Mali; `أدانت الجزائر الانقلاب في النيجر` is
//! Algeria's reaction to what happened in Niger), save the place where a meeting is held. What
//! states found together (`أعلنت النيجر ومالي وبوركينا فاسو تشكيل قوة مشتركة`, an alliance, a
//! joint committee) is an agreement between them.
//!
//! The other way round, a visit by someone of the country the article is about to one of its
//! towns, with no one of another state, is a tour at home (`Assimi Goïta s'est rendu lundi à
//! Kidal`), not diplomacy; a visit to the capital may be a foreign guest's, and a visitor the
//! gazetteer does not know (`le ministre français`) may be foreign: both stay diplomatic.

use super::draft::DocScan;
use super::family::{ARREST_KIND, RELEASE_KIND};
use crate::lexicon::{EntityId, EntityKind, Gazetteer};
use crate::model::EventType;

/// Kinds of political act that become diplomacy between two states.
const SPOKEN_KINDS: [&str; 2] = [super::agents::STATEMENT_KIND, super::agents::ANNOUNCEMENT_KIND];
/// The kind of a meeting: held abroad, it is diplomacy too.
const MEETING_KIND: &str = "meeting";
/// The kind of a founding: by two states or more, an agreement between them.
const FOUNDING_KIND: &str = "founding";
/// The kind of an agreement ended: between two states (`إنهاء اتفاقيات الدفاع مع فرنسا`), diplomacy;
/// a peace accord with armed groups ended, politics at home.
const TERMINATION_KIND: &str = "termination";
/// The kind of a visit: at home, it is no diplomacy.
const VISIT_KIND: &str = "visit";

/// Types as diplomatic every political statement, announcement or meeting between two states,
/// and as political every visit at home (see the module's doc).
pub fn type_acts_between_states(scan: &mut DocScan, g: &Gazetteer) {
    let home = scan.topic.iter().find_map(|&id| g.country_of(id));
    for d in &mut scan.drafts {
        if let Some(home) = home {
            if d.trigger.as_ref().is_some_and(|t| t.event_type == EventType::Diplomatic && t.kind == VISIT_KIND)
                && visit_at_home(g, d, home)
            {
                d.trigger.as_mut().expect("checked above").event_type = EventType::Political;
                continue;
            }
        }
        let Some(t) = d.trigger.as_mut() else { continue };
        let meeting = t.kind == MEETING_KIND;
        // (an arrest is `other` at home: of another state's soldiers, an act between states)
        let held = t.kind == RELEASE_KIND || t.kind == ARREST_KIND;
        let arrest_abroad = t.event_type == EventType::Other && t.kind == ARREST_KIND;
        if t.event_type != EventType::Political && !arrest_abroad
            || !(meeting
                || t.kind == FOUNDING_KIND
                || t.kind == TERMINATION_KIND
                || held
                || SPOKEN_KINDS.contains(&t.kind.as_str()))
        {
            continue;
        }
        let named = d.agents.iter().chain(&d.acting).chain(&d.near).filter(|id| !d.peripheral.contains(id));
        // (a country named as a place, `في النيجر`, is where the act is told of, not a party)
        let party = |id: &&EntityId| g.get(**id).kind != EntityKind::Country || !d.located.contains(id);
        let mut states: Vec<EntityId> = named.clone().filter(party).filter_map(|&id| state_of(g, id)).collect();
        // (the state whose soldiers are held or freed is a party to it, `أفرج المجلس العسكري عن
        // الجنود الإيفواريين`, and so is the state that holds them, named as where: `طالب
        // الرئيس الإيفواري بالإفراج عن الجنود المحتجزين في مالي`)
        if held {
            let forces = d.entities.iter().filter(|&&id| g.get(id).kind == EntityKind::Force);
            let foreign: Vec<EntityId> = forces.filter_map(|&id| g.country_of(id)).collect();
            if !foreign.is_empty() && t.kind == RELEASE_KIND {
                states.extend(d.located.iter().filter(|&&id| g.get(id).kind == EntityKind::Country));
            }
            states.extend(foreign);
        }
        // (an agreement ended is one between states when it was made with one, `مع فرنسا`: a state
        // accused in the same sentence is no party to a peace accord, `متهما الجزائر`)
        if t.kind == TERMINATION_KIND {
            let partners: Vec<EntityId> = d.partners.iter().filter_map(|&id| state_of(g, id)).collect();
            if partners.is_empty() {
                continue;
            }
            states.extend(partners);
        }
        // (where a meeting is held counts once someone's state is known)
        if meeting && !states.is_empty() {
            states.extend(named.filter(|&&id| is_place(g, id)).filter_map(|&id| g.country_of(id)));
        }
        states.sort_unstable();
        states.dedup();
        if states.len() >= 2 {
            t.event_type = if t.kind == FOUNDING_KIND { EventType::Agreement } else { EventType::Diplomatic };
        }
    }
}

/// The state an entity speaks for: a country, the country of a government, an organisation of
/// states; `None` for anything else.
fn state_of(g: &Gazetteer, id: EntityId) -> Option<EntityId> {
    let e = g.get(id);
    match e.kind {
        EntityKind::Country => Some(id),
        EntityKind::Government => g.country_of(id),
        EntityKind::Organisation if e.parent.is_none() => Some(id),
        _ => None,
    }
}

/// True for a town, a district or a region (where a meeting is held).
fn is_place(g: &Gazetteer, id: EntityId) -> bool {
    matches!(g.get(id).kind, EntityKind::City | EntityKind::District | EntityKind::Region)
}

/// True when the draft's visit, by someone of `home` named in its clause, goes to towns of `home`
/// other than its capital, and no one of another state (a country, its government, forces or
/// people, an organisation of states) is named there.
fn visit_at_home(g: &Gazetteer, d: &super::draft::Draft, home: EntityId) -> bool {
    let named = || d.agents.iter().chain(&d.acting).chain(&d.near).filter(|id| !d.peripheral.contains(id));
    let places: Vec<EntityId> = named().copied().filter(|&id| is_place(g, id)).collect();
    let foreign = named().any(|&id| {
        let e = g.get(id);
        !e.kind.is_place() && g.country_of(id).is_some_and(|c| c != home)
            || e.kind == EntityKind::Organisation && e.parent.is_none()
            || e.kind == EntityKind::Country && id != home
    });
    // (the visitor is named, and is of `home`, or no one is named but places: a minister told
    // only by an adjective, `le ministre français`, is no one the gazetteer knows, a chief of
    // staff, `le chef d'état-major s'est rendu à Dioura`, neither)
    let own = named().any(|&id| !g.get(id).kind.is_place() && g.country_of(id) == Some(home));
    let no_one = named().all(|&id| g.get(id).kind.is_place());
    (own || no_one)
        && !foreign
        && !places.is_empty()
        && places.iter().all(|&p| g.country_of(p) == Some(home) && !g.get(p).capital)
}
