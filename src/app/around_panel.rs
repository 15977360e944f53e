//! "Events around this one": the controls under the selected event's heading (±N days, same
//! place, shared actor) and, while the timeline shows such a window, the line above it that
//! names the window and leads back (as Escape does).

use egui::Ui;

use super::chrome::{self, button, checkbox, label, strong};
use crate::explore::{Command, Explorer};

/// The analyst's choice of window (kept while the app runs).
#[derive(Debug, Clone)]
pub struct AroundUi {
    /// Days before and after.
    pub days: u32,
    /// Only events at one of its places.
    pub same_place: bool,
    /// Only events with one of its actors.
    pub shared_actor: bool,
}

impl Default for AroundUi {
    fn default() -> Self {
        AroundUi { days: crate::explore::AROUND_DEFAULT_DAYS, same_place: false, shared_actor: false }
    }
}

/// The largest window offered, in days each side.
const MAX_DAYS: u32 = 365;

/// The controls for the selected event `i` (dated events only).
pub fn controls(ui: &mut Ui, x: &Explorer, i: usize, s: &mut AroundUi, cmds: &mut Vec<Command>) {
    if x.events()[i].when.is_none() {
        return;
    }
    let lang = chrome::lang(ui);
    chrome::row_wrapped(ui, |ui| {
        let l = label(ui, lang.t("Days"));
        ui.add(egui::DragValue::new(&mut s.days).range(1..=MAX_DAYS).prefix("± ")).labelled_by(l.id);
        checkbox(ui, &mut s.same_place, lang.t("same place"));
        checkbox(ui, &mut s.shared_actor, lang.t("shared actor"));
        if button(ui, lang.t("Show events around")).clicked() {
            cmds.push(Command::Around { days: s.days, same_place: s.same_place, shared_actor: s.shared_actor });
        }
    });
}

/// While the filters hold a window: what it is, and the way back.
pub fn banner(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let Some(a) = &x.filter().around else { return };
    let lang = chrome::lang(ui);
    // among the few events shown, by its first mention (this runs every frame)
    let title = x
        .shown()
        .iter()
        .find(|&&i| x.events()[i].mentions.first().is_some_and(|m| m.id == a.center))
        .map(|&i| x.title(i, lang))
        .unwrap_or("");
    chrome::row_wrapped(ui, |ui| {
        strong(ui, &lang.f("Events around «{0}»: ±{1} days, {2} shown", &[&title, &a.days, &x.shown().len()]));
        if button(ui, lang.t("Back (Esc)")).clicked() {
            cmds.push(Command::LeaveAround);
        }
    });
}
