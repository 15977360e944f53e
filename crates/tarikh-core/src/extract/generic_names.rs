//! Generic names (`المجلس العسكري`, `la junte`, `autorités de transition`) read in the light of
//! what the article is about: the junta of the country its headline and lede name.

use super::draft::DocScan;
use crate::lexicon::gazetteer::EntityId;

/// Generic names (`المجلس العسكري`, `la junte`) name the junta of the country the article is
/// about: the Niger junta in an article about Niger, not Mali's.
pub(super) fn localize(scan: &mut DocScan, g: &crate::lexicon::gazetteer::Gazetteer) {
    let topic = std::mem::take(&mut scan.topic);
    // (each generic name is looked up once: a lookup reads the whole gazetteer)
    let mut seen: Vec<(EntityId, EntityId)> = Vec::new();
    let mut local = |id: EntityId| match seen.iter().find(|(from, _)| *from == id) {
        Some((_, to)) => *to,
        None if g.get(id).local.is_none() => id,
        None => {
            let to = g.localized(id, &topic);
            seen.push((id, to));
            to
        }
    };
    for d in &mut scan.drafts {
        for ids in [&mut d.entities, &mut d.near, &mut d.agents, &mut d.acting, &mut d.context_entities] {
            ids.iter_mut().for_each(|id| *id = local(*id));
        }
    }
    scan.topic = topic.iter().map(|id| local(*id)).collect();
}
