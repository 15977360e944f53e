//! People seized by an armed group: what the words of an arrest tell (`des jihadistes ont
//! capturé cinq soldats`, `احتجز مسلحون قافلة`) is a kidnapping when the one who holds them is
//! a group, not a state's forces or justice.

use super::agents::ARREST_KIND;
use super::draft::DocScan;
use crate::lexicon::{EntityKind, Gazetteer};
use crate::model::EventType;

/// Types as kidnappings the arrests of `scan` whose first agent is an armed group.
pub(super) fn arrests_by_groups_are_kidnappings(scan: &mut DocScan, g: &Gazetteer) {
    for d in &mut scan.drafts {
        let Some(t) = d.trigger.as_mut() else { continue };
        if t.kind == ARREST_KIND && d.agents.first().is_some_and(|id| g.get(*id).kind == EntityKind::Group) {
            t.event_type = EventType::Kidnapping;
            t.kind = "kidnapping".into();
        }
    }
}
