//! Search over events: English titles, actor and place names, and the Arabic text of the
//! quotes with Arabic normalization (diacritics, hamza, ta marbuta, alef maqsura, tatweel).
//! A query naming a gazetteer entity in any spelling (فاغنر, فاجنر, Wagner) also finds the
//! events that name that entity in any other spelling.

use crate::lexicon::Lexicon;
use crate::model::Event;
use crate::text::normalize;

/// Precomputed search text of every event.
#[derive(Debug, Default, Clone)]
pub struct SearchIndex {
    blobs: Vec<String>,
}

/// A prepared query.
#[derive(Debug, Clone)]
pub struct Query {
    text: String,
    /// Every spelling of the entities the query names, normalized.
    entity_spellings: Vec<String>,
}

impl Query {
    /// Prepares a query.
    pub fn new(q: &str) -> Query {
        let g = &Lexicon::builtin().gazetteer;
        let text = normalize(q.trim());
        let mut entity_spellings = Vec::new();
        let mut ids = g.lookup_text(q);
        // English names too ("wagner" finds the Wagner Group)
        if text.len() >= 3 {
            for (i, e) in g.entities.iter().enumerate() {
                if normalize(&e.name).contains(&text) && !ids.contains(&(i as u32)) {
                    ids.push(i as u32);
                }
            }
        }
        for id in ids {
            let e = g.get(id);
            entity_spellings.push(normalize(&e.name));
            entity_spellings.extend(e.variants.iter().map(|v| normalize(v)));
        }
        Query { text, entity_spellings }
    }
    /// True for an empty query.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

impl SearchIndex {
    /// Builds the index of `events`.
    pub fn new(events: &[Event]) -> SearchIndex {
        let blobs = events
            .iter()
            .map(|e| {
                let mut s = normalize(&e.title);
                for n in e.actors.iter().chain(&e.places).chain(&e.targets) {
                    s.push('\n');
                    s.push_str(&normalize(n));
                }
                for m in &e.mentions {
                    s.push('\n');
                    s.push_str(&normalize(&m.quote));
                }
                if let Some(r) = &e.reference {
                    for t in [&r.kind, &r.sub_kind, &r.notes, &r.dataset] {
                        s.push('\n');
                        s.push_str(&normalize(t));
                    }
                }
                s
            })
            .collect();
        SearchIndex { blobs }
    }

    /// True when event `i` matches the query.
    pub fn matches(&self, i: usize, q: &Query) -> bool {
        let Some(b) = self.blobs.get(i) else { return false };
        q.is_empty() || b.contains(&q.text) || q.entity_spellings.iter().any(|s| b.contains(s.as_str()))
    }
}
