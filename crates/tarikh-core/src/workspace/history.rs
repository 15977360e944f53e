//! Undo and redo: the edits applied, in order, and those undone since.

use super::Edit;

/// The edit log with an undo cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    applied: Vec<Edit>,
    undone: Vec<Edit>,
}

impl History {
    /// A history whose applied edits are `edits` (as loaded from a workspace file).
    pub fn from_edits(edits: Vec<Edit>) -> Self {
        History { applied: edits, undone: Vec::new() }
    }
    /// Records a new edit (and forgets what was undone).
    pub fn push(&mut self, e: Edit) {
        self.applied.push(e);
        self.undone.clear();
    }
    /// Undoes the last edit; returns it.
    pub fn undo(&mut self) -> Option<&Edit> {
        let e = self.applied.pop()?;
        self.undone.push(e);
        self.undone.last()
    }
    /// Redoes the last undone edit; returns it.
    pub fn redo(&mut self) -> Option<&Edit> {
        let e = self.undone.pop()?;
        self.applied.push(e);
        self.applied.last()
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
}
