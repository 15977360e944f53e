//! Search over events: English titles, actor and place names, and the text of the source
//! paragraphs each event was drawn from, with Arabic normalization (diacritics, hamza, ta
//! marbuta, alef maqsura, tatweel). A query naming a gazetteer entity in any spelling, or the
//! start of one (فاغنر, فاجنر, فاجن, Wagner), also finds the events whose sources name that
//! entity in any other spelling, even when their title does not.

use crate::corpus::Corpus;
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
    pub fn new(q: &str, g: &crate::lexicon::Gazetteer) -> Query {
        let text = normalize(q.trim());
        let mut entity_spellings = Vec::new();
        let mut ids = g.lookup_text(q);
        // English names and parts of any spelling too ("wagner", "فاجن" find the Wagner Group)
        if text.chars().count() >= 3 {
            for (i, e) in g.entities.iter().enumerate() {
                let named =
                    normalize(&e.name).contains(&text) || e.variants.iter().any(|v| normalize(v).contains(&text));
                if named && !ids.contains(&(i as u32)) {
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
    /// Builds the index of `events`, whose mentions point into `corpus`.
    pub fn new(events: &[Event], corpus: &Corpus) -> SearchIndex {
        let blobs = events
            .iter()
            .map(|e| {
                let mut s = normalize(&e.title);
                for n in e.actors.iter().chain(&e.places).chain(&e.targets) {
                    s.push('\n');
                    s.push_str(&normalize(n));
                }
                // the whole source paragraph, once each (it holds the quote)
                let mut seen: Vec<(usize, usize)> = Vec::new();
                for m in &e.mentions {
                    if seen.contains(&(m.doc, m.paragraph)) {
                        continue;
                    }
                    seen.push((m.doc, m.paragraph));
                    s.push('\n');
                    if let Some(p) = corpus.documents.get(m.doc).and_then(|d| d.paragraphs.get(m.paragraph)) {
                        s.push_str(&normalize(&p.text));
                    }
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
