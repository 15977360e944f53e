//! Commands of one concern, applied to the explorer: the analyst's edits (with undo and redo),
//! the briefing's slides, and the reference layer (ACLED) beside the corpus's events.

use super::super::Command;
use super::super::Explorer;
use crate::workspace::Edit;

impl Explorer {
    /// Applies a command of this concern; [`Explorer::apply`] routes each command here.
    pub(in crate::explore) fn apply_curation(&mut self, cmd: Command) {
        match cmd {
            Command::Edit(e) => {
                self.history.push(e);
                self.revision += 1;
                self.rebuild();
            }
            Command::AcceptAllSuggestions => {
                let edits: Vec<Edit> = self
                    .corpus
                    .documents
                    .iter()
                    .filter(|d| d.pending_suggestion().is_some())
                    .filter_map(Edit::accept_suggestion)
                    .collect();
                if !edits.is_empty() {
                    for e in edits {
                        self.history.push(e);
                    }
                    self.revision += 1;
                    self.rebuild();
                }
            }
            Command::Undo => {
                if self.history.undo().is_some() {
                    self.revision += 1;
                    self.rebuild();
                }
            }
            Command::Redo => {
                if self.history.redo().is_some() {
                    self.revision += 1;
                    self.rebuild();
                }
            }
            Command::BriefingAdd(i) => {
                if i < self.events.len() {
                    let k = self.key_of(i);
                    let b = self.chosen_briefing();
                    if !b.contains(&k) {
                        b.push(k);
                    }
                }
            }
            Command::BriefingRemove(n) => {
                let b = self.chosen_briefing();
                if n < b.len() {
                    b.remove(n);
                }
            }
            Command::BriefingMove(n, d) => {
                let b = self.chosen_briefing();
                let m = n as i64 + d as i64;
                if n < b.len() && m >= 0 && (m as usize) < b.len() {
                    b.swap(n, m as usize);
                }
            }
            Command::BriefingEmpty => {
                self.chosen_briefing().clear();
            }
            Command::BriefingClear => {
                self.briefing = None;
                self.revision += 1;
            }
            Command::SetReference(events) => self.set_reference(events),
            other => debug_assert!(false, "not a curation command: {other:?}"),
        }
    }
}
