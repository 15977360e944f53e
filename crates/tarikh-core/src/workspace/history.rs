//! Undo and redo: the edits applied, in order, and those undone since, each with the time it
//! was made (RFC 3339, UTC; unknown for edits saved before times were kept).

use super::Edit;

/// The edit log with an undo cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    applied: Vec<Edit>,
    undone: Vec<Edit>,
    /// When each applied edit was made (parallel to `applied`).
    times: Vec<Option<String>>,
    /// When each undone edit was made (parallel to `undone`).
    undone_times: Vec<Option<String>>,
}

impl History {
    /// A history whose applied edits are `edits` (as loaded from a workspace file).
    pub fn from_edits(edits: Vec<Edit>) -> Self {
        let times = vec![None; edits.len()];
        History { applied: edits, times, ..Default::default() }
    }
    /// Gives the applied edits the times they were made (as saved; missing ones stay unknown).
    pub fn set_times(&mut self, times: &[Option<String>]) {
        for (k, t) in self.times.iter_mut().enumerate() {
            *t = times.get(k).cloned().flatten();
        }
    }
    /// Records a new edit, made now (and forgets what was undone).
    pub fn push(&mut self, e: Edit) {
        self.applied.push(e);
        self.times.push(Some(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)));
        self.undone.clear();
        self.undone_times.clear();
    }
    /// Undoes the last edit; returns it.
    pub fn undo(&mut self) -> Option<&Edit> {
        let e = self.applied.pop()?;
        self.undone.push(e);
        self.undone_times.push(self.times.pop().flatten());
        self.undone.last()
    }
    /// Redoes the last undone edit; returns it.
    pub fn redo(&mut self) -> Option<&Edit> {
        let e = self.undone.pop()?;
        self.applied.push(e);
        self.times.push(self.undone_times.pop().flatten());
        self.applied.last()
    }
    /// When each applied edit was made (parallel to [`History::applied`]).
    pub fn times(&self) -> &[Option<String>] {
        &self.times
    }
    /// The edits in effect, in order.
    pub fn applied(&self) -> &[Edit] {
        &self.applied
    }
    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.applied.is_empty()
    }
    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(t: &str) -> Edit {
        Edit::SetTitle { event: "m".into(), title: t.into() }
    }

    #[test]
    fn one_step_per_edit_and_a_new_edit_clears_redo() {
        let mut h = History::default();
        h.push(title("a"));
        h.push(title("b"));
        h.push(title("c"));
        assert_eq!(h.undo(), Some(&title("c")));
        assert_eq!(h.undo(), Some(&title("b")));
        assert_eq!(h.applied(), &[title("a")]);
        assert_eq!(h.redo(), Some(&title("b")));
        assert_eq!(h.applied(), &[title("a"), title("b")]);
        h.push(title("d"));
        assert!(!h.can_redo());
        assert_eq!(h.applied(), &[title("a"), title("b"), title("d")]);
        assert!(h.undo().is_some() && h.undo().is_some() && h.undo().is_some());
        assert!(h.undo().is_none());
        assert!(h.can_redo());
    }

    #[test]
    fn each_edit_keeps_the_time_it_was_made_through_undo_and_redo() {
        let mut h = History::from_edits(vec![title("saved")]);
        h.set_times(&[Some("2026-01-02T03:04:05Z".into())]);
        h.push(title("now"));
        assert_eq!(h.times()[0].as_deref(), Some("2026-01-02T03:04:05Z"));
        let made = h.times()[1].clone().expect("a new edit is timed");
        assert!(chrono::DateTime::parse_from_rfc3339(&made).is_ok(), "{made}");
        h.undo();
        assert_eq!(h.times().len(), 1);
        h.redo();
        assert_eq!(h.times()[1].as_deref(), Some(made.as_str()));
    }
}
