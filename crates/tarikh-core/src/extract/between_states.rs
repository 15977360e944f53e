//! Words said or a meeting held between states are diplomacy. A statement, an announcement or a
//! meeting is politics at home until its clause names two states: `اتهمت الحكومة المالية
//! الجزائر بدعم الإرهاب`, `Le Mali a rejeté mardi le communiqué de la Cédéao` (a state and an
//! organisation of states), `التقى رئيس الوزراء المالي في نيامي …` (a meeting held in another
//! state than its agent's). A state is a country, its government, or an organisation of states
//! (the UN, ECOWAS); forces, armed groups, people and places are not parties (a French hostage
//! taken in Gao is no act between France and Mali; `أدانت الجزائر الانقلاب في النيجر` is
//! Algeria's reaction to what happened in Niger), save the place where a meeting is held. States
//! that act together (`أعلنت النيجر ومالي وبوركينا فاسو تشكيل قوة مشتركة`) are one party's acts
//! as far as this goes: their founding stays what it was.

use super::draft::DocScan;
use super::family::country_of;
use crate::lexicon::{EntityId, EntityKind, Gazetteer};
use crate::model::EventType;

/// Kinds of political act that become diplomacy between two states.
const SPOKEN_KINDS: [&str; 2] = [super::agents::STATEMENT_KIND, super::agents::ANNOUNCEMENT_KIND];
/// The kind of a meeting: held abroad, it is diplomacy too.
const MEETING_KIND: &str = "meeting";

/// Types as diplomatic every political statement, announcement or meeting between two states
/// (see the module's doc).
pub fn type_acts_between_states(scan: &mut DocScan, g: &Gazetteer) {
    for d in &mut scan.drafts {
        let Some(t) = d.trigger.as_mut() else { continue };
        let meeting = t.kind == MEETING_KIND;
        if t.event_type != EventType::Political || !(meeting || SPOKEN_KINDS.contains(&t.kind.as_str())) {
            continue;
        }
        let named = d.agents.iter().chain(&d.acting).chain(&d.near).filter(|id| !d.peripheral.contains(id));
        // (a country named as a place, `في النيجر`, is where the act is told of, not a party)
        let party = |id: &&EntityId| g.get(**id).kind != EntityKind::Country || !d.located.contains(id);
        let mut states: Vec<EntityId> = named.clone().filter(party).filter_map(|&id| state_of(g, id)).collect();
        // (where a meeting is held counts once someone's state is known)
        if meeting && !states.is_empty() {
            states.extend(named.filter(|&&id| is_place(g, id)).filter_map(|&id| country_of(g, id)));
        }
        states.sort_unstable();
        states.dedup();
        if states.len() >= 2 {
            t.event_type = EventType::Diplomatic;
        }
    }
}

/// The state an entity speaks for: a country, the country of a government, an organisation of
/// states; `None` for anything else.
fn state_of(g: &Gazetteer, id: EntityId) -> Option<EntityId> {
    let e = g.get(id);
    match e.kind {
        EntityKind::Country => Some(id),
        EntityKind::Government => country_of(g, id),
        EntityKind::Organisation if e.parent.is_none() => Some(id),
        _ => None,
    }
}

/// True for a town, a district or a region (where a meeting is held).
fn is_place(g: &Gazetteer, id: EntityId) -> bool {
    matches!(g.get(id).kind, EntityKind::City | EntityKind::District | EntityKind::Region)
}
