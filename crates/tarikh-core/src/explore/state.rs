//! The explorer state and the one place where commands change it.

use std::collections::{BTreeSet, HashMap};

use super::command::{Command, SortKey};
use super::search::{Query, SearchIndex};
use super::timeline::{fit, presets, span_of};
use crate::corpus::Corpus;
use crate::extract::Extraction;
use crate::model::{Event, EventType, MentionId};
use crate::workspace::{apply_edits, Curation, Edit, History, Orphan, WorkspaceFile};

/// Which events are shown.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    /// Types hidden.
    pub hidden_types: BTreeSet<EventType>,
    /// Only events with this actor.
    pub actor: Option<String>,
    /// Only events with this place.
    pub place: Option<String>,
    /// Only events from this document (by file name).
    pub document: Option<String>,
    /// Search text.
    pub query: String,
    /// Show hidden (rejected) events too.
    #[serde(default)]
    pub show_hidden: bool,
    /// Show background history too (events far before their articles' time).
    #[serde(default)]
    pub show_background: bool,
    /// Hide the reference layer (ACLED).
    #[serde(default)]
    pub hide_reference: bool,
    /// Only events certainly inside this area (a rectangle drawn on the map).
    #[serde(default)]
    pub area: Option<crate::geo::GeoRect>,
    /// Only the events around one event (±N days, same place, shared actor).
    #[serde(default)]
    pub around: Option<super::Around>,
    /// Only events with at least one source graded at or above this (both scales).
    #[serde(default)]
    pub min_grade: Option<crate::model::Grade>,
}

impl Filter {
    /// True when anything is filtered out.
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }
}

/// The document open in the source panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocView {
    /// Document index.
    pub doc: usize,
    /// Paragraph to bring into view and highlight.
    pub paragraph: usize,
}

/// The explorer: corpus, events, filters, selection, view.
#[derive(Debug, Clone)]
pub struct Explorer {
    /// The corpus.
    pub(crate) corpus: Corpus,
    /// The events as extracted (before curation).
    pub(crate) base: Vec<Event>,
    /// Events of a reference dataset (ACLED), shown in their own lanes; not curated.
    pub(crate) reference: Vec<Event>,
    /// Curation edits, with undo and redo.
    pub(crate) history: History,
    /// Edits that no longer apply to this corpus.
    pub(crate) orphans: Vec<Orphan>,
    /// Edits of the workspace file this build cannot read: listed with the orphans and saved
    /// back unchanged.
    pub(crate) unreadable_edits: Vec<crate::workspace::UnreadableEdit>,
    /// Bumped by every edit, undo and redo (the app saves when it changes).
    pub(crate) revision: u64,
    /// Bumped whenever the events are rebuilt (caches of derived views key on it).
    pub(crate) generation: u64,
    /// The events' titles in each interface language (English, Arabic, French), computed on
    /// first use after each rebuild ([`Explorer::title`]).
    pub(super) title_cache: [std::sync::OnceLock<Vec<String>>; 3],
    /// Dated events in date order, then undated ones (after curation).
    pub(crate) events: Vec<Event>,
    /// What the analyst changed on each event (parallel to `events`).
    pub(crate) curation: Vec<Curation>,
    /// Figures stated in the articles (casualties, equipment destroyed).
    pub(crate) figures: Vec<crate::claims::Figure>,
    /// For each event, the indices of its figures (parallel to `events`).
    pub(crate) claims: Vec<Vec<usize>>,
    /// For each event, whether its sources disagree on the dead (parallel to `events`).
    pub(crate) disputed: Vec<bool>,
    /// The trainer's briefing: slides as event keys, in order; `None` = the default briefing
    /// (every dated event shown, in time order).
    pub(crate) briefing: Option<Vec<crate::model::MentionId>>,
    /// Number of dated events (they come first).
    pub(crate) n_dated: usize,
    /// Filters and search.
    pub(crate) filter: Filter,
    /// Events that pass the filter: dated ones in date order, then undated ones.
    pub(crate) shown: Vec<usize>,
    /// The list's order of the shown dated events (by the sort column).
    pub(crate) list: Vec<usize>,
    /// Sort column and direction.
    pub(crate) sort: (SortKey, bool),
    /// Selected event.
    pub(crate) selected: Option<usize>,
    /// Visible time range (days since 1970).
    pub(crate) view: (f64, f64),
    /// The view before "events around" zoomed in (Escape goes back to it).
    pub(crate) view_before_around: Option<(f64, f64)>,
    /// The outlet grades of the corpus folder's `outlet_grades.tsv`.
    pub(crate) outlet_file: HashMap<String, crate::model::Reliability>,
    /// Rows of that file that could not be read.
    pub(crate) outlet_file_problems: Vec<String>,
    /// The sources' grades: the file's, then the edits'.
    pub(crate) grades: super::Grades,
    /// Open document.
    pub(crate) document: Option<DocView>,
    /// Dark theme.
    pub(crate) dark: bool,
    /// Set when the list should scroll to the selection (read and cleared by the UI).
    pub(crate) reveal_in_list: bool,
    /// Zoom presets: label, range.
    pub(crate) presets: Vec<(super::timeline::PresetLabel, f64, f64)>,
    /// Every actor named by an event, sorted (for the actor filter).
    pub(crate) all_actors: Vec<String>,
    /// Every place named by an event, sorted (for the place filter).
    pub(crate) all_places: Vec<String>,
    /// How many of `shown` are dated.
    n_shown_dated: usize,
    search: SearchIndex,
    /// Events drawn from each paragraph.
    paragraph_events: HashMap<(usize, usize), Vec<usize>>,
    /// Where each event happened, as precisely as its sources say (parallel to `events`).
    pub(crate) locations: Vec<Option<crate::geo::Location>>,
}

impl Explorer {
    /// Builds the explorer for an extracted corpus.
    pub fn new(corpus: Corpus, ex: Extraction) -> Explorer {
        Explorer::with_edits(corpus, ex, Vec::new())
    }

    /// Builds the explorer and replays saved curation edits on it.
    pub fn with_edits(corpus: Corpus, ex: Extraction, edits: Vec<Edit>) -> Explorer {
        let mut base = ex.events;
        base.extend(ex.undated);
        let mut x = Explorer {
            base,
            reference: Vec::new(),
            history: History::from_edits(edits),
            orphans: Vec::new(),
            unreadable_edits: Vec::new(),
            revision: 0,
            generation: 0,
            title_cache: Default::default(),
            events: Vec::new(),
            curation: Vec::new(),
            figures: Vec::new(),
            briefing: None,
            claims: Vec::new(),
            disputed: Vec::new(),
            search: SearchIndex::default(),
            presets: Vec::new(),
            all_actors: Vec::new(),
            all_places: Vec::new(),
            n_shown_dated: 0,
            corpus,
            n_dated: 0,
            filter: Filter::default(),
            shown: Vec::new(),
            list: Vec::new(),
            sort: (SortKey::Date, true),
            selected: None,
            view: (0.0, 1.0),
            view_before_around: None,
            outlet_file: HashMap::new(),
            outlet_file_problems: Vec::new(),
            grades: Default::default(),
            document: None,
            dark: true,
            reveal_in_list: false,
            paragraph_events: HashMap::new(),
            locations: Vec::new(),
        };
        let docs: Vec<usize> = {
            let mut d: Vec<usize> = x.base.iter().flat_map(|e| e.mentions.iter().map(|m| m.doc)).collect();
            d.sort_unstable();
            d.dedup();
            d
        };
        x.figures = crate::claims::figures_in_corpus(&x.corpus, &docs);
        if !x.corpus.root.as_os_str().is_empty() {
            (x.outlet_file, x.outlet_file_problems) = super::read_outlet_grades(&x.corpus.root);
        }
        x.rebuild();
        x.view = fit(&x.events[..x.n_dated]).unwrap_or((0.0, 1.0));
        x
    }

    /// The figures of event `i`.
    pub fn figures_of(&self, i: usize) -> Vec<&crate::claims::Figure> {
        self.claims.get(i).map(|v| v.iter().map(|&f| &self.figures[f]).collect()).unwrap_or_default()
    }

    /// Takes the reference dataset out (to carry it to the explorer of a reloaded corpus).
    pub fn take_reference(&mut self) -> Vec<Event> {
        let events = std::mem::take(&mut self.reference);
        if !events.is_empty() {
            self.rebuild();
        }
        events
    }

    /// Sets the reference layer (replacing any earlier one).
    pub fn set_reference(&mut self, events: Vec<Event>) {
        self.reference = events;
        self.rebuild();
    }

    /// Articles without a date of their own for which other articles suggest one.
    pub fn suggestions_pending(&self) -> usize {
        self.corpus.documents.iter().filter(|d| d.pending_suggestion().is_some()).count()
    }

    /// The workspace file content for the current edits.
    pub fn workspace_file(&self) -> WorkspaceFile {
        WorkspaceFile {
            briefing: self.briefing.clone(),
            unreadable: self.unreadable_edits.clone(),
            edit_times: self.history.times().to_vec(),
            ..WorkspaceFile::new(&self.corpus.name, self.history.applied().to_vec())
        }
    }

    /// The key of an event for lists kept in the workspace: the id of its first mention (a
    /// reference record, which has none, by its own id).
    pub fn key_of(&self, i: usize) -> MentionId {
        let e = &self.events[i];
        // (an event without mentions, which extraction never makes, is keyed by its own id)
        e.mentions.first().map(|m| m.id.clone()).unwrap_or_else(|| MentionId(e.id.0.clone()))
    }

    /// The event a key names now.
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == key || e.mentions.iter().any(|m| m.id == key))
    }

    /// The briefing's slides as event indices: the chosen ones in their order, else every
    /// dated event shown (after filters, hidden ones left out), in time order.
    pub fn briefing_slides(&self) -> Vec<usize> {
        match &self.briefing {
            None => self.shown_dated().to_vec(),
            Some(keys) => keys.iter().filter_map(|k| self.by_key(k)).collect(),
        }
    }

    /// The trainer's briefing, made from the default one when there is none yet (so that the
    /// first change keeps what was there).
    pub(in crate::explore) fn chosen_briefing(&mut self) -> &mut Vec<MentionId> {
        if self.briefing.is_none() {
            let keys = self.shown_dated().iter().map(|&j| self.key_of(j)).collect();
            self.briefing = Some(keys);
        }
        self.revision += 1;
        self.briefing.get_or_insert_with(Vec::new)
    }

    /// Gives each document the publication date the analyst set and, when any changed,
    /// extracts again: the relative dates of a re-dated article move with it. Curation edits
    /// find their events again by mention id.
    fn redate_documents(&mut self) {
        if set_analyst_dates(&mut self.corpus, self.history.applied()) {
            let ex = crate::extract::extract(&mut self.corpus);
            self.base = ex.events;
            self.base.extend(ex.undated);
        }
    }

    /// Replays the edits on the extracted events and recomputes everything derived from
    /// them, keeping the selection.
    pub(in crate::explore) fn rebuild(&mut self) {
        self.redate_documents();
        self.generation += 1;
        let selected_id = self.selected.and_then(|i| self.events.get(i)).map(|e| e.id.clone());
        let curated = apply_edits(&self.base, &self.corpus, self.history.applied());
        self.grades = super::Grades::build(&self.outlet_file, self.history.applied());
        self.orphans = curated.orphans;
        let mut pairs: Vec<(Event, Curation)> = curated.events.into_iter().zip(curated.curation).collect();
        pairs.extend(self.reference.iter().cloned().map(|e| (e, Curation::default())));
        pairs.sort_by(|a, b| {
            (a.0.when.is_none(), a.0.when.map(|w| w.start), &a.0.title).cmp(&(
                b.0.when.is_none(),
                b.0.when.map(|w| w.start),
                &b.0.title,
            ))
        });
        self.n_dated = pairs.iter().filter(|p| p.0.when.is_some()).count();
        let (events, curation): (Vec<Event>, Vec<Curation>) = pairs.into_iter().unzip();
        self.events = events;
        self.curation = curation;
        self.title_cache = Default::default();
        self.claims = super::claims::attribute(&self.events, &self.figures);
        self.disputed = self
            .claims
            .iter()
            .map(|c| super::claims::disputed(&c.iter().map(|&f| &self.figures[f]).collect::<Vec<_>>()))
            .collect();
        self.paragraph_events.clear();
        for (i, e) in self.events.iter().enumerate() {
            for m in &e.mentions {
                let v = self.paragraph_events.entry((m.doc, m.paragraph)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let distinct = |f: &dyn Fn(&Event) -> &Vec<String>| -> Vec<String> {
            self.events.iter().flat_map(|e| f(e).iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect()
        };
        self.all_actors = distinct(&|e| &e.actors);
        self.all_places = distinct(&|e| &e.places);
        self.search = SearchIndex::new(&self.events, &self.corpus);
        self.presets = presets(&self.events[..self.n_dated]);
        let geo = crate::geo::Geography::builtin();
        self.locations = self.events.iter().map(|e| crate::geo::locate(e, geo)).collect();
        self.selected = selected_id.and_then(|id| self.find(&id));
        self.refilter();
    }

    /// The events drawn from a paragraph.
    pub fn events_of_paragraph(&self, doc: usize, paragraph: usize) -> &[usize] {
        self.paragraph_events.get(&(doc, paragraph)).map(|v| v.as_slice()).unwrap_or(&[])
    }

    /// The shown undated events.
    pub fn shown_undated(&self) -> impl Iterator<Item = usize> + '_ {
        self.shown.iter().copied().filter(|&i| i >= self.n_dated)
    }

    /// The shown dated events, in date order.
    pub fn shown_dated(&self) -> &[usize] {
        &self.shown[..self.n_shown_dated]
    }

    /// The event with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    // one line per filter, each read as "passes this filter"
    #[allow(clippy::nonminimal_bool)]
    fn passes(&self, i: usize, q: &Query) -> bool {
        let e = &self.events[i];
        let f = &self.filter;
        (f.show_hidden || !self.curation.get(i).is_some_and(|c| c.hidden))
            && (f.show_background || !e.background)
            && !(f.hide_reference && e.reference.is_some())
            && !f.hidden_types.contains(&e.event_type)
            && f.actor.as_ref().is_none_or(|a| e.actors.contains(a))
            && f.place.as_ref().is_none_or(|p| e.places.contains(p))
            && f.area.as_ref().is_none_or(|r| self.locations.get(i).copied().flatten().is_some_and(|l| l.within(r)))
            && f.min_grade.is_none_or(|floor| e.mentions.iter().any(|m| self.grade(m).at_least(floor)))
            && f.around.as_ref().is_none_or(|a| e.mentions.first().is_some_and(|m| m.id == a.center) || a.keeps(e))
            && f.document.as_ref().is_none_or(|d| e.mentions.iter().any(|m| &self.corpus.documents[m.doc].file == d))
            && self.search.matches(i, q)
    }

    pub(in crate::explore) fn refilter(&mut self) {
        let q = Query::new(&self.filter.query, &self.corpus.lexicon.gazetteer);
        self.shown = (0..self.events.len()).filter(|&i| self.passes(i, &q)).collect();
        self.n_shown_dated = self.shown.iter().take_while(|&&i| i < self.n_dated).count();
        self.resort();
    }

    pub(in crate::explore) fn resort(&mut self) {
        let mut list = self.shown_dated().to_vec();
        let ev = &self.events;
        match self.sort.0 {
            SortKey::Date => {}
            SortKey::Type => list.sort_by_key(|&i| (ev[i].event_type, i)),
            SortKey::Title => list.sort_by(|&a, &b| ev[a].title.cmp(&ev[b].title).then(a.cmp(&b))),
            SortKey::Sources => list.sort_by_key(|&i| (std::cmp::Reverse(ev[i].source_count()), i)),
        }
        if !self.sort.1 {
            list.reverse();
        }
        self.list = list;
    }

    /// Brings event `i` into the timeline's view without changing the zoom (unless it is wider
    /// than the view).
    fn reveal_on_timeline(&mut self, i: usize) {
        let Some(w) = self.events.get(i).and_then(|e| e.when) else { return };
        let s = span_of(&w);
        let (a, b) = self.view;
        let width = b - a;
        if s.x1 - s.x0 > width * 0.9 {
            let m = (s.x1 - s.x0) * 0.1;
            self.view = (s.x0 - m, s.x1 + m);
        } else if s.x1 < a || s.x0 > b {
            // out of view: centred; an event already in view (a band partly so) stays put
            let c = (s.x0 + s.x1) / 2.0;
            self.view = (c - width / 2.0, c + width / 2.0);
        }
    }

    /// The event a search for `query` (in titles, case-insensitive) most likely means: one in
    /// view before one out of it, then the most sources, then the latest. `--select` uses it,
    /// keeping the zoom it was given.
    pub fn best_match(&self, query: &str) -> Option<usize> {
        let q = query.to_lowercase();
        let (a, b) = self.view;
        let in_view = |i: usize| {
            self.events[i].when.is_some_and(|w| {
                let s = span_of(&w);
                s.x0 < b && s.x1 > a
            })
        };
        (0..self.events.len())
            .filter(|&i| self.events[i].title.to_lowercase().contains(&q))
            .max_by_key(|&i| (in_view(i), self.events[i].source_count(), self.events[i].when.map(|w| w.start)))
    }

    /// Where zooming centres: on the selected event when there is one on the timeline (so
    /// that zooming in keeps it in view), else at `otherwise` (the pointer, the view's middle).
    pub fn zoom_center(&self, otherwise: f64) -> f64 {
        match self.selected.and_then(|i| self.events.get(i)).and_then(|e| e.when) {
            Some(w) => {
                let s = span_of(&w);
                (s.x0 + s.x1) / 2.0
            }
            None => otherwise,
        }
    }

    pub(in crate::explore) fn select(&mut self, sel: Option<usize>) {
        self.selected = sel.filter(|&i| i < self.events.len());
        if let Some(i) = self.selected {
            self.reveal_on_timeline(i);
            self.reveal_in_list = true;
        }
    }

    /// Carries out a command.
    pub fn apply(&mut self, cmd: Command) {
        match cmd {
            Command::Select(_)
            | Command::Step(_)
            | Command::OpenDocument { .. }
            | Command::CloseDocument
            | Command::SelectFromParagraph { .. }
            | Command::SelectPlace(_) => self.apply_selection(cmd),
            Command::Search(_)
            | Command::ToggleType(_)
            | Command::FilterActor(_)
            | Command::FilterPlace(_)
            | Command::FilterDocument(_)
            | Command::ClearFilters
            | Command::Sort(_)
            | Command::ShowHidden(_)
            | Command::ShowBackground(_)
            | Command::FilterArea(_)
            | Command::ShowReference(_)
            | Command::SetFilter(_)
            | Command::MinGrade(_)
            | Command::Around { .. }
            | Command::LeaveAround => self.apply_filters(cmd),
            Command::View(..)
            | Command::Zoom { .. }
            | Command::Pan(_)
            | Command::FitAll
            | Command::Preset(_)
            | Command::Dark(_) => self.apply_view(cmd),
            Command::Edit(_)
            | Command::AcceptAllSuggestions
            | Command::Undo
            | Command::Redo
            | Command::BriefingAdd(_)
            | Command::BriefingRemove(_)
            | Command::BriefingMove(..)
            | Command::BriefingEmpty
            | Command::BriefingClear
            | Command::SetReference(_) => self.apply_curation(cmd),
        }
    }
}

/// Gives each document of `corpus` the publication date that `edits` set for it (the last
/// such edit of its file wins; none, or `None`, gives the date back to the sources); true when
/// any document's date changed, so that the corpus must be extracted again.
pub fn set_analyst_dates(corpus: &mut Corpus, edits: &[Edit]) -> bool {
    use crate::corpus::{Published, PublishedBasis};
    let mut wanted: HashMap<&str, &Edit> = HashMap::new();
    for e in edits {
        if let Edit::SetPublished { file, .. } = e {
            wanted.insert(file.as_str(), e);
        }
    }
    let mut changed = false;
    for d in &mut corpus.documents {
        let want = match wanted.get(d.file.as_str()) {
            Some(Edit::SetPublished { date: Some(date), accepted, evidence, from, .. }) => Some(Published {
                date: *date,
                time: None,
                basis: PublishedBasis::Analyst,
                not_before: false,
                note: match (accepted, evidence) {
                    (true, Some(ev)) => format!("suggestion accepted by the analyst: {ev}"),
                    (true, None) => "suggestion accepted by the analyst".into(),
                    (false, _) => "set by the analyst".into(),
                },
                from_file: from.clone(),
            }),
            _ => None,
        };
        let have = d.published.as_ref().filter(|p| p.basis == PublishedBasis::Analyst);
        if want.as_ref() != have {
            changed = true;
            if want.is_some() || have.is_some() {
                d.published = want;
            }
        }
    }
    changed
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
