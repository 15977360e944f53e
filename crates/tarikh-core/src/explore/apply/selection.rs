//! Commands of one concern, applied to the explorer: what is selected: an event, stepping through events, a document open beside them, a place chosen on the map.

use super::super::timeline::span_of;
use super::super::Command;
use super::super::{DocView, Explorer};

impl Explorer {
    /// Applies a command of this concern; [`Explorer::apply`] routes each command here.
    pub(in crate::explore) fn apply_selection(&mut self, cmd: Command) {
        match cmd {
            Command::Select(sel) => self.select(sel),
            Command::Step(dir) => {
                let dated = self.shown_dated().to_vec();
                if dated.is_empty() {
                    return;
                }
                let pos = self.selected.and_then(|s| dated.iter().position(|&i| i == s));
                let next = match (pos, dir) {
                    (None, d) if d < 0 => dated.len() - 1,
                    (None, _) => 0,
                    (Some(p), d) => (p as i64 + d as i64).clamp(0, dated.len() as i64 - 1) as usize,
                };
                self.select(Some(dated[next]));
            }
            Command::OpenDocument { doc, paragraph } => {
                if doc < self.corpus.documents.len() {
                    self.document = Some(DocView { doc, paragraph });
                }
            }
            Command::CloseDocument => self.document = None,
            Command::SelectFromParagraph { doc, paragraph } => {
                let evs = self.events_of_paragraph(doc, paragraph).to_vec();
                // cycle through the paragraph's events when it feeds several
                let next = match self.selected.and_then(|s| evs.iter().position(|&i| i == s)) {
                    Some(p) => evs.get((p + 1) % evs.len()).copied(),
                    None => evs.first().copied(),
                };
                if next.is_some() {
                    self.select(next);
                    self.document = Some(DocView { doc, paragraph });
                }
            }
            Command::SelectPlace(p) => {
                self.filter.place = Some(p);
                self.refilter();
                // its latest event in view, else its latest
                let (a, b) = self.view;
                let in_view = |i: usize| self.events[i].when.is_some_and(|w| span_of(&w).x0 < b && span_of(&w).x1 > a);
                let pick = self
                    .shown_dated()
                    .iter()
                    .rev()
                    .copied()
                    .find(|&i| in_view(i))
                    .or(self.shown_dated().last().copied());
                self.select(pick);
            }
            other => debug_assert!(false, "not a selection command: {other:?}"),
        }
    }
}
