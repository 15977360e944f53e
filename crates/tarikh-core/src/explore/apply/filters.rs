//! Commands of one concern, applied to the explorer: which events are shown, and in what order: search, types, actor, place, document, area, hidden and background events, sorting.

use super::super::Command;
use super::super::{Explorer, Filter};

impl Explorer {
    /// Applies a command of this concern; [`Explorer::apply`] routes each command here.
    pub(in crate::explore) fn apply_filters(&mut self, cmd: Command) {
        match cmd {
            Command::Search(q) => {
                self.filter.query = q;
                self.refilter();
            }
            Command::ToggleType(t) => {
                if !self.filter.hidden_types.remove(&t) {
                    self.filter.hidden_types.insert(t);
                }
                self.refilter();
            }
            Command::FilterActor(a) => {
                self.filter.actor = a;
                self.refilter();
            }
            Command::FilterPlace(p) => {
                self.filter.place = p;
                self.refilter();
            }
            Command::FilterDocument(d) => {
                self.filter.document = d.and_then(|d| self.corpus.documents.get(d)).map(|d| d.file.clone());
                self.refilter();
            }
            Command::ClearFilters => {
                self.view_back_from_around();
                self.filter = Filter::default();
                self.refilter();
            }
            Command::Sort(key) => {
                self.sort = if self.sort.0 == key { (key, !self.sort.1) } else { (key, true) };
                self.resort();
            }
            Command::ShowHidden(on) => {
                self.filter.show_hidden = on;
                self.refilter();
            }
            Command::ShowBackground(on) => {
                self.filter.show_background = on;
                self.refilter();
            }
            Command::FilterArea(r) => {
                self.filter.area = r;
                self.refilter();
            }
            Command::ShowReference(on) => {
                self.filter.hide_reference = !on;
                self.refilter();
            }
            Command::Around { days, same_place, shared_actor } => {
                let Some(i) = self.selected else { return };
                let key = self.key_of(i);
                if let Some(a) = super::super::Around::of(&self.events[i], key, days, same_place, shared_actor) {
                    if self.filter.around.is_none() {
                        self.view_before_around = Some(self.view);
                    }
                    self.view = a.x_range();
                    self.filter.around = Some(a);
                    self.refilter();
                }
            }
            Command::MinGrade(g) => {
                self.filter.min_grade = g;
                self.refilter();
            }
            Command::LeaveAround => {
                if self.filter.around.is_some() {
                    self.view_back_from_around();
                    self.filter.around = None;
                    self.refilter();
                }
            }
            Command::SetFilter(f) => {
                self.filter = *f;
                self.refilter();
            }
            other => debug_assert!(false, "not a filters command: {other:?}"),
        }
    }
}

impl Explorer {
    /// Leaving "events around" (alone, or with every filter): the view from before it.
    fn view_back_from_around(&mut self) {
        if self.filter.around.is_some() {
            if let Some(v) = self.view_before_around.take() {
                self.view = v;
            }
        }
    }
}
