//! Generic names (`المجلس العسكري`, `la junte`, `autorités de transition`) read in the light of
//! what the article is about: the junta of the country its headline and lede name.

use super::draft::DocScan;

/// Generic names (`المجلس العسكري`, `la junte`) name the junta of the country the article is
/// about: the Niger junta in an article about Niger, not Mali's.
pub(super) fn localize(scan: &mut DocScan, g: &crate::lexicon::gazetteer::Gazetteer) {
    let topic = std::mem::take(&mut scan.topic);
    for d in &mut scan.drafts {
        for ids in [&mut d.entities, &mut d.near, &mut d.agents, &mut d.acting, &mut d.context_entities] {
            ids.iter_mut().for_each(|id| *id = g.localized(*id, &topic));
        }
    }
    scan.topic = topic.iter().map(|id| g.localized(*id, &topic)).collect();
}
