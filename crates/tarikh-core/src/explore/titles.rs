//! Event titles in the interface's language, said from each event's headline and kept per
//! language until the events are rebuilt.

use super::state::Explorer;

impl Explorer {
    /// The title of event `i` in the interface's language: the extracted title said in that
    /// language ([`crate::extract::title::localized_title`]); a title the analyst wrote, or one
    /// of an added or reference event, as written.
    pub fn title(&self, i: usize, lang: crate::i18n::Lang) -> &str {
        if lang == crate::i18n::Lang::English {
            return self.events.get(i).map_or("", |e| e.title.as_str());
        }
        let k = match lang {
            crate::i18n::Lang::English => 0,
            crate::i18n::Lang::Arabic => 1,
            crate::i18n::Lang::French => 2,
        };
        let titles = self.title_cache[k].get_or_init(|| {
            let g = &self.corpus.lexicon.gazetteer;
            self.events
                .iter()
                .zip(&self.curation)
                .map(|(e, c)| match (&e.headline, c.title) {
                    (Some(h), false) => crate::extract::title::localized_title(h, lang, g),
                    _ => e.title.clone(),
                })
                .collect()
        });
        titles.get(i).map_or("", String::as_str)
    }
}
