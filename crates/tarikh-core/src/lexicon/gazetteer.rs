//! The gazetteer (`assets/lexicon/gazetteer.tsv`): actors and places with canonical English
//! names, spelling variants, and the place or body each lies within.

use super::{tsv_rows, variants, PhraseTable};
use crate::text::Tokens;

/// Index of an entity in the gazetteer.
pub type EntityId = u32;

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// Armed or political movement.
    Group,
    /// State or foreign forces.
    Force,
    /// Government body.
    Government,
    /// Person.
    Person,
    /// International organisation.
    Organisation,
    /// Country.
    Country,
    /// Region of a country or across countries.
    Region,
    /// City or town.
    City,
    /// District of a city.
    District,
    /// Building or site (airport, school, base, embassy).
    Facility,
}

impl EntityKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "group" => EntityKind::Group,
            "force" => EntityKind::Force,
            "government" => EntityKind::Government,
            "person" => EntityKind::Person,
            "organisation" => EntityKind::Organisation,
            "country" => EntityKind::Country,
            "region" => EntityKind::Region,
            "city" => EntityKind::City,
            "district" => EntityKind::District,
            "facility" => EntityKind::Facility,
            _ => return None,
        })
    }
    /// True for places (countries, regions, cities, districts).
    pub fn is_place(self) -> bool {
        matches!(self, EntityKind::Country | EntityKind::Region | EntityKind::City | EntityKind::District)
    }
    /// True for actors (groups, forces, governments, persons, organisations).
    pub fn is_actor(self) -> bool {
        matches!(
            self,
            EntityKind::Group
                | EntityKind::Force
                | EntityKind::Government
                | EntityKind::Person
                | EntityKind::Organisation
        )
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical English name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// The entity this one lies within.
    pub parent: Option<EntityId>,
    /// The Arabic and Latin spellings, as written in the data file.
    pub variants: Vec<String>,
    /// The name shown in the French interface when it differs from the English one (`fr=` in
    /// the optional fifth column of the data file: `fr=Tombouctou`).
    pub french: Option<String>,
    /// `local=KEY`: generic variants (`المجلس العسكري`, `la junte`) that name another country's
    /// entity of the same key in an article about that country.
    pub local: Option<String>,
    /// `national=KEY`: a country's own entity for generic variants of that key.
    pub national: Option<String>,
    /// `else=NAME`: the entity generic variants (`nord du pays`) stand for when the article is
    /// about this row's own country, or about none that has a `national` row of the key.
    pub fallback: Option<EntityId>,
    /// `admin`: a region of a country's administration (`région de Mopti`), which stands apart
    /// from another as two towns do; not a broad area (`Northern Mali`, `Azawad`), which
    /// overlaps others without a line between them.
    pub administrative: bool,
    /// `capital`: the capital of its country (`Bamako`), where foreign visitors go as well as
    /// its own leaders.
    pub capital: bool,
    /// `common=WORD`: a one-word name of this row is also a common noun (`القاعدة`, the base),
    /// which it is after the noun without its article in its paragraph (`قاعدة كاتي العسكرية …
    /// إلى القاعدة`) when the paragraph names the row in no longer way (`تنظيم القاعدة`), both
    /// within [`COMMON_NOUN_REACH`] of it. Normalized.
    pub common: Option<String>,
}

/// An entity found in a token stream.
#[derive(Debug, Clone, Copy)]
pub struct EntityHit {
    /// The entity.
    pub id: EntityId,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The name follows a phrase such as `على الحدود مع`: the place is what the event is near,
    /// not where it is.
    pub peripheral: bool,
    /// The name follows a word that locates something in it (`في`, `شمال`, a glued `ب`): a
    /// country named so is where the event is; named otherwise it is a country that acts.
    pub locative: bool,
    /// The name follows a phrase that makes it what an act was done to (`ضد`, `contre`): never
    /// the act's agent.
    pub target: bool,
    /// The name follows a phrase that makes it who reports the act (`قال`, `selon`), or a
    /// speech verb follows it (`la Minusma a parlé de l'assassinat`): not the act's agent,
    /// unless the report speaks of the speaker's own act (`قال المجلس إنه أنهى`).
    pub source: bool,
    /// The name follows a verb of announcing (`أعلنت`, `a annoncé`): the one who announces an
    /// act that is no armed one (`أعلنت النيجر تشكيل قوة`, `أعلن المجلس العسكري تأجيل الانتخابات`)
    /// does it; `selon`, `بحسب` only attribute.
    pub announces: bool,
    /// The name follows a word of origin (`من`, `de`): what a withdrawal leaves, not who leaves.
    pub origin: bool,
    /// The name follows a word that introduces an agent (`par`, `على يد`, `شنته`).
    pub agent: bool,
    /// The name follows `مع`/`avec`: a party of a joint act, else not the agent.
    pub with: bool,
    /// The name follows a word of giving or sending (`aux`, `إلى`) and no word of an agent: who
    /// something goes to, not who does it.
    pub recipient: bool,
}

impl EntityHit {
    /// True for a place the event is not at: one it is only near (`على الحدود مع الجزائر`), or
    /// a counterpart named "with" (`a rompu avec Paris après le coup d'État`, `قطع علاقاتها مع
    /// أوكرانيا`).
    pub fn aside(&self, g: &Gazetteer) -> bool {
        self.peripheral || self.with && g.get(self.id).kind.is_place()
    }
}

/// True when a phrase of `table` ends right before token `i`.
fn ends_before(table: &PhraseTable<()>, toks: &Tokens, i: usize) -> bool {
    // (an opening quote between them is no word: `contre des « colonnes terroristes »`)
    let quote = i > 0 && ['«', '"', '“'].iter().any(|&q| toks.is_punct(i - 1, q));
    table.ends_at(toks, i, MAX_LEAD_TOKENS) || quote && table.ends_at(toks, i - 1, MAX_LEAD_TOKENS)
}

/// Tokens around a one-word name within which its common noun's earlier mention, or a longer
/// name of its row, is looked for (a paragraph's few sentences).
const COMMON_NOUN_REACH: usize = 200;

/// The value of option `key` (`fr=`) in a row's optional fifth column.
fn option(row: &[&str], key: &str) -> Option<String> {
    row.get(4).and_then(|f| f.split(',').find_map(|kv| kv.trim().strip_prefix(key))).map(str::to_string)
}

/// Tokens a word of support may stand before the name it governs (`appuyée par des drones et
/// par les paramilitaires de Wagner`).
const SUPPORT_REACH: usize = 8;

/// Tokens a phrase before a name may take: `km au nord - est de` is six (a hyphen is a token),
/// `près de la frontière avec` five.
const MAX_LEAD_TOKENS: usize = 7;

/// The gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// All entities; an [`EntityId`] indexes this.
    pub entities: Vec<Entity>,
    table: PhraseTable<EntityId>,
    /// Phrases after which a place is peripheral (rows of kind `peripheral`).
    peripheral: PhraseTable<()>,
    /// Words after which a place is where something is (`في`, `شمال`).
    locative: PhraseTable<()>,
    /// Words after which an actor is what an act was done to (rows of kind `target`): not the
    /// act's agent.
    target: PhraseTable<()>,
    /// Words after which an actor is who reports an act (rows of kind `source`).
    source: PhraseTable<()>,
    /// Verbs of announcing (rows of kind `announces`).
    announces: PhraseTable<()>,
    /// Words after a name that make it the one who speaks (`la Minusma, a parlé de`).
    speaks: PhraseTable<()>,
    /// Words of origin (rows of kind `origin`).
    origin: PhraseTable<()>,
    /// Words that introduce an agent (rows of kind `agent`).
    agent: PhraseTable<()>,
    /// Words of company (rows of kind `with`).
    with: PhraseTable<()>,
    recipient: PhraseTable<()>,
    /// Words of support (rows of kind `support`).
    support: PhraseTable<()>,
    /// Titles before a name, capitalised by some outlets (rows of kind `honorific`: `le
    /// Président Keïta`): no given name of another bearer of the surname.
    honorific: PhraseTable<()>,
}

impl Gazetteer {
    /// Parses `gazetteer.tsv`.
    pub fn parse(text: &str) -> Self {
        let rows: Vec<Vec<&str>> = tsv_rows(text).filter(|r| r.len() >= 4).collect();
        let mut g = Gazetteer::default();
        // rows that name no entity: the phrases of a role a name takes after them
        let phrases = |kinds: &[&str]| {
            let mut t = PhraseTable::default();
            for r in rows.iter().filter(|r| kinds.contains(&r[1])) {
                for v in variants(r[3]) {
                    t.insert(v, ());
                }
            }
            t
        };
        g.peripheral = phrases(&["peripheral"]);
        g.locative = phrases(&["locative"]);
        g.target = phrases(&["target"]);
        g.source = phrases(&["source"]);
        g.speaks = phrases(&["speaks"]);
        g.announces = phrases(&["announces"]);
        g.origin = phrases(&["origin"]);
        g.agent = phrases(&["agent"]);
        g.with = phrases(&["with"]);
        g.recipient = phrases(&["recipient"]);
        g.support = phrases(&["support"]);
        g.honorific = phrases(&["honorific"]);
        for r in &rows {
            let Some(kind) = EntityKind::parse(r[1]) else { continue };
            g.entities.push(Entity {
                name: r[0].to_string(),
                kind,
                parent: None,
                variants: variants(r[3]).map(|v| v.split('~').next().unwrap_or(v).to_string()).collect(),
                french: option(r, "fr="),
                local: option(r, "local="),
                national: option(r, "national="),
                fallback: None,
                administrative: r.get(4).is_some_and(|f| f.split(',').any(|o| o.trim() == "admin")),
                capital: r.get(4).is_some_and(|f| f.split(',').any(|o| o.trim() == "capital")),
                common: option(r, "common=").map(|w| crate::text::normalize(&w)),
            });
        }
        for r in &rows {
            if let (Some(id), Some(parent)) = (g.id(r[0]), g.id(r[2])) {
                g.entities[id as usize].parent = Some(parent);
            }
            if let (Some(id), Some(fallback)) = (g.id(r[0]), option(r, "else=").and_then(|n| g.id(&n))) {
                g.entities[id as usize].fallback = Some(fallback);
            }
        }
        for r in &rows {
            let Some(id) = g.id(r[0]) else { continue };
            for v in variants(r[3]) {
                g.table.insert(v, id);
            }
            g.table.insert(r[0], id);
        }
        g
    }

    /// True when the one-word name `h` is the common noun its row's `common=` gives (see
    /// [`Entity::common`]) in the paragraph `toks`.
    fn is_common_noun(&self, toks: &Tokens, h: &EntityHit) -> bool {
        let Some(word) = self.get(h.id).common.as_deref().filter(|_| h.end == h.start + 1) else { return false };
        let article = crate::text::morphology().article.as_str();
        // (named before it: `إلى القاعدة` goes back to `قاعدة كاتي`; `مقاتلو القاعدة قاعدة للجيش`
        // names the group, then a base)
        // (looked for within reach of it: a megabyte paragraph is not read again for every name)
        let (from, to) = (h.start.saturating_sub(COMMON_NOUN_REACH), toks.len().min(h.end + COMMON_NOUN_REACH));
        let indefinite = (from..h.start)
            .any(|j| toks.is_word(j) && !toks.text(j).starts_with(article) && toks.forms(j).iter().any(|f| f == word));
        let named_longer = || {
            (from..to)
                .any(|j| self.table.longest_at(toks, j, |_| true).is_some_and(|m| *m.value == h.id && m.end > j + 1))
        };
        indefinite && !named_longer()
    }

    /// The entity a generic name (`local=KEY`, `المجلس العسكري`, `nord du pays`) stands for in an
    /// article whose headline and lede name `topic`: the `national=KEY` entity of the one country
    /// among them when they name neither its own country nor several; else the row's `else=`
    /// entity (`nord du pays` is Northern Mali in an article about Mali), or `id` itself.
    /// (A country without such a row is not guessed from the headline alone: `La France retire
    /// ses troupes du nord du pays` speaks of Mali's north.)
    pub fn localized(&self, id: EntityId, topic: &[EntityId]) -> EntityId {
        let e = self.get(id);
        let Some(key) = e.local.as_deref() else { return id };
        let own = e.fallback.unwrap_or(id);
        // (a town names its country: `Niamey : des manifestants …` is about Niger; a generic
        // name, `nord du pays`, names none)
        let town = |t: &&EntityId| {
            let e = self.get(**t);
            e.local.is_none() && matches!(e.kind, EntityKind::City | EntityKind::District | EntityKind::Region)
        };
        let countries: Vec<EntityId> = topic.iter().filter(town).filter_map(|&t| self.country_of(t)).collect();
        let named = |p: EntityId| topic.contains(&p) || countries.contains(&p);
        if e.parent.is_some_and(named) {
            return own;
        }
        let mut nationals = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, n)| n.national.as_deref() == Some(key) && n.parent.is_some_and(named));
        match (nationals.next(), nationals.next()) {
            (Some((i, _)), None) => i as EntityId,
            _ => own,
        }
    }

    /// The country an entity is or belongs to, through its parents (Gao is in Mali, the Malian
    /// junta is Mali's); `None` for what no country holds (an armed group, the UN).
    pub fn country_of(&self, id: EntityId) -> Option<EntityId> {
        let mut at = id;
        for _ in 0..16 {
            if self.get(at).kind == EntityKind::Country {
                return Some(at);
            }
            at = self.get(at).parent?;
        }
        None
    }

    /// The id of the entity with this canonical name.
    pub fn id(&self, name: &str) -> Option<EntityId> {
        self.entities.iter().position(|e| e.name == name).map(|i| i as EntityId)
    }

    /// The name to show for an entity's canonical name: the name itself in English; its French
    /// name (`fr=` in the data file) in French, else the name itself (proper names mostly read
    /// the same); its first Arabic spelling in the data file in Arabic (the name itself when it
    /// has none or is not in the gazetteer).
    pub fn display_name<'a>(&'a self, name: &'a str, lang: crate::i18n::Lang) -> &'a str {
        if lang == crate::i18n::Lang::English {
            return name;
        }
        if lang == crate::i18n::Lang::French {
            return self.id(name).and_then(|id| self.get(id).french.as_deref()).unwrap_or(name);
        }
        let arabic = |v: &&String| v.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c));
        self.id(name).and_then(|id| self.get(id).variants.iter().find(arabic)).map_or(name, |v| v.as_str())
    }

    /// The entity with this id.
    pub fn get(&self, id: EntityId) -> &Entity {
        &self.entities[id as usize]
    }

    /// Entities in tokens `[from, to)`, longest match first, without overlaps.
    pub fn find(&self, toks: &Tokens, from: usize, to: usize) -> Vec<EntityHit> {
        let mut hits = Vec::new();
        let mut i = from;
        while i < to {
            match self.table.longest_at(toks, i, |_| true) {
                Some(m) if m.end <= to && !self.another_bearer(toks, from, i, m.end, *m.value) => {
                    let id = *m.value;
                    hits.push(EntityHit {
                        id,
                        start: i,
                        end: m.end,
                        peripheral: self.follows_peripheral(toks, i),
                        locative: self.is_locative(toks, i, id),
                        target: ends_before(&self.target, toks, i),
                        source: ends_before(&self.source, toks, i) || self.speaks_after(toks, m.end),
                        announces: ends_before(&self.announces, toks, i) || self.announces_after(toks, m.end),
                        origin: ends_before(&self.origin, toks, i),
                        agent: ends_before(&self.agent, toks, i) && !self.supports(toks, i, id),
                        with: ends_before(&self.with, toks, i) || self.supports(toks, i, id),
                        recipient: ends_before(&self.recipient, toks, i) && !ends_before(&self.agent, toks, i),
                    });
                    i = m.end;
                }
                _ => i += 1,
            }
        }
        if hits.iter().any(|h| h.end == h.start + 1 && self.get(h.id).common.is_some()) {
            hits.retain(|h| !self.is_common_noun(toks, h));
        }
        // a name set off by a comma before its apposition (`la mission de l'ONU au Mali, la
        // Minusma, a parlé de`) speaks when the apposition does
        for k in (1..hits.len()).rev() {
            let gap = hits[k].start.saturating_sub(hits[k - 1].end);
            // the comma, and at most an article (`, la Minusma`)
            if hits[k].source && (1..=2).contains(&gap) && toks.is_any_punct(hits[k - 1].end) {
                hits[k - 1].source = true;
            }
        }
        // a name listed after one on the edge of the event is on the edge too (`en provenance
        // du Sénégal et de la Côte d'Ivoire`, `القادمة من السنغال وساحل العاج`)
        for k in 1..hits.len() {
            if hits[k - 1].peripheral && listed_together(toks, &hits[k - 1], &hits[k]) {
                hits[k].peripheral = true;
            }
            // one backer named twice (`les paramilitaires russes de Wagner`) backs with both names
            if hits[k - 1].with && hits[k - 1].id == hits[k].id && hits[k].start <= hits[k - 1].end + 2 {
                (hits[k].with, hits[k].agent) = (true, false);
            }
        }
        hits
    }

    /// True when a person's one-word name at tokens `[i, end)` follows a given name of someone
    /// else, written with a capital in Latin script inside the sentence from `from` (`le général
    /// M'Bemba Moussa Keïta` is not Ibrahim Boubacar Keïta): another bearer of the surname.
    fn another_bearer(&self, toks: &Tokens, from: usize, i: usize, end: usize, id: EntityId) -> bool {
        end == i + 1
            && i > from + 1
            && toks.toks[i].latin
            && toks.toks[i - 1].capital
            && toks.is_word(i - 1)
            && !ends_before(&self.honorific, toks, i)
            && self.get(id).kind == EntityKind::Person
    }

    /// True when a speech verb starts at token `i`, or after one comma there (`la Minusma, a
    /// parlé de`).
    fn speaks_after(&self, toks: &Tokens, i: usize) -> bool {
        let at = if toks.is_comma(i) { i + 1 } else { i };
        at < toks.len() && self.speaks.longest_at(toks, at, |_| true).is_some()
    }

    /// True when words of announcing start at token `i`, or after one comma there (`Bamako a
    /// annoncé dimanche le rappel de son ambassadeur`): the name before them announces, and does
    /// what it announces when it is no armed act.
    fn announces_after(&self, toks: &Tokens, i: usize) -> bool {
        let at = if toks.is_comma(i) { i + 1 } else { i };
        at < toks.len() && toks.toks[at].latin && self.announces.longest_at(toks, at, |_| true).is_some()
    }

    /// The names a line is about (a headline, a lede) from token `from` on: those it names,
    /// not those it is only near (`هجوم قرب الحدود مع مالي` is not about Mali) nor a counterpart
    /// named "with" (`rompt avec la France` is not about France); a country named with no
    /// locative beside a place that has one acts there (`أزمة الوقود في مالي: … وواشنطن تدعو
    /// رعاياها`: the line is about Mali, Washington an actor in it), is no topic of it.
    pub fn about(&self, toks: &Tokens, from: usize) -> Vec<EntityId> {
        let hits = self.find(toks, from, toks.len());
        let located = hits.iter().any(|h| h.locative && self.get(h.id).kind.is_place());
        let acting = |h: &EntityHit| located && !h.locative && self.get(h.id).kind == EntityKind::Country;
        hits.iter().filter(|h| !h.peripheral && !h.with && !acting(h)).map(|h| h.id).collect()
    }

    /// True when a word of support governs the name at token `i` (`l'armée, appuyée par
    /// Wagner`, `soutenus par des mercenaires`, `avec l'appui de`): the name acts alongside,
    /// not as the agent its `par` would make it. The word stands at most [`SUPPORT_REACH`]
    /// tokens before, with no punctuation between. A place named there is where the act is
    /// (`ترافقها وحدات من الجيش بين كاتي وكولوكاني`), not one acting alongside.
    fn supports(&self, toks: &Tokens, i: usize, id: EntityId) -> bool {
        !self.get(id).kind.is_place()
            && (i.saturating_sub(SUPPORT_REACH).max(1)..=i)
                .rev()
                // (an elided article's apostrophe is no punctuation: `escorté par l'armée`)
                .take_while(|&k| k == i || !toks.is_any_punct(k) || toks.is_punct(k, '\'') || toks.is_punct(k, '’'))
                .any(|k| self.support.ends_at(toks, k, MAX_LEAD_TOKENS))
    }

    /// True when a peripheral phrase ends right before token `i`.
    fn follows_peripheral(&self, toks: &Tokens, i: usize) -> bool {
        ends_before(&self.peripheral, toks, i)
    }

    /// True when the name at token `i` is introduced as a location: a locative word before it,
    /// or a glued `ب` (`بمالي`) on a name none of whose spellings starts with ب.
    fn is_locative(&self, toks: &Tokens, i: usize, id: EntityId) -> bool {
        if ends_before(&self.locative, toks, i) {
            return true;
        }
        let text = toks.text(i);
        let glued_b = text.strip_prefix('و').unwrap_or(text).starts_with('ب');
        glued_b && !self.get(id).variants.iter().any(|v| crate::text::normalize(v).starts_with('ب'))
    }

    /// True when `a` lies within `b` (or is `b`).
    pub fn within(&self, mut a: EntityId, b: EntityId) -> bool {
        for _ in 0..16 {
            if a == b {
                return true;
            }
            match self.get(a).parent {
                Some(p) => a = p,
                None => return false,
            }
        }
        false
    }

    /// True when one of the two lies within the other.
    pub fn related(&self, a: EntityId, b: EntityId) -> bool {
        self.within(a, b) || self.within(b, a)
    }

    /// The ids of every entity one of whose spellings normalizes to a form of `query`'s words
    /// (used by search to expand فاغنر to فاجنر).
    pub fn lookup_text(&self, query: &str) -> Vec<EntityId> {
        let toks = crate::text::tokenize(query);
        let mut ids: Vec<EntityId> = self.find(&toks, 0, toks.len()).iter().map(|h| h.id).collect();
        ids.dedup();
        ids
    }
}

/// Tokens between two names of one list (`, le`, `et de la`, `و`).
const LIST_GAP: usize = 3;

/// Words that join the names of a list, with their articles and the `de` they repeat.
const LIST_WORDS: [&str; 12] = ["et", "ou", "le", "la", "les", "l", "de", "du", "des", "d", "و", "أو"];

/// True when nothing but the commas and words of a list stand between two names.
pub fn listed_together(toks: &Tokens, a: &EntityHit, b: &EntityHit) -> bool {
    let (from, to) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    to - from <= LIST_GAP
        && (from..to).all(|j| toks.is_comma(j) || LIST_WORDS.contains(&toks.text(j).to_lowercase().as_str()))
}

#[cfg(test)]
#[path = "gazetteer_tests.rs"]
mod tests;
