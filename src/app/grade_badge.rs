//! The grade badge of a source card (`B2`: its outlet's reliability, A to F, and what it
//! reports' credibility, 1 to 6) and its menu, which grades the outlet (every article of it)
//! and this source; and the filter that keeps events with a source graded at least so well.

use egui::Ui;

use super::chrome::{self, menu_button, strong, weak};
use crate::explore::{Command, Explorer};
use crate::model::{Credibility, Grade, Mention, Reliability};
use crate::workspace::Edit;

/// The badge of a card whose mentions are `ms` (the first one's grade), with its menu.
pub fn badge(ui: &mut Ui, x: &Explorer, outlet: Option<&str>, ms: &[&Mention], cmds: &mut Vec<Command>) {
    let Some(first) = ms.first() else { return };
    let lang = chrome::lang(ui);
    let grade = x.grade(first);
    menu_button(ui, &grade.to_string(), |ui| {
        match outlet {
            Some(o) => {
                strong(ui, &lang.f("Reliability of {0}", &[&o]));
                for r in Reliability::ALL {
                    let text = format!("{} — {}", r.letter(), lang.t(r.meaning()));
                    if chrome::selectable(ui, r == grade.reliability, &text).clicked() {
                        cmds.push(Command::Edit(Edit::SetOutletReliability { outlet: o.to_string(), reliability: r }));
                        ui.close();
                    }
                }
            }
            None => {
                weak(ui, lang.t("Outlet unknown: its reliability cannot be graded"));
            }
        }
        ui.separator();
        strong(ui, lang.t("Credibility of this source"));
        for c in Credibility::ALL {
            let text = format!("{} — {}", c.number(), lang.t(c.meaning()));
            if chrome::selectable(ui, c == grade.credibility, &text).clicked() {
                for m in ms {
                    cmds.push(Command::Edit(Edit::SetCredibility { mention: m.id.clone(), credibility: c }));
                }
                ui.close();
            }
        }
    });
}

/// The grade filter: sources whose outlet is at least so reliable and whose report is at least
/// so credible (F and 6, the defaults, let every source through).
pub fn filter(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let now = x.filter().min_grade.unwrap_or_default();
    let label = if now == Grade::default() { lang.t("any grade").to_string() } else { lang.f("at least {0}", &[&now]) };
    menu_button(ui, &lang.f("Sources: {0}", &[&label]), |ui| {
        let set = |g: Grade| Command::MinGrade((g != Grade::default()).then_some(g));
        strong(ui, lang.t("Outlet at least"));
        for r in Reliability::ALL {
            let text = format!("{} — {}", r.letter(), lang.t(r.meaning()));
            if chrome::selectable(ui, r == now.reliability, &text).clicked() {
                cmds.push(set(Grade { reliability: r, ..now }));
            }
        }
        ui.separator();
        strong(ui, lang.t("Credibility at least"));
        for c in Credibility::ALL {
            let text = format!("{} — {}", c.number(), lang.t(c.meaning()));
            if chrome::selectable(ui, c == now.credibility, &text).clicked() {
                cmds.push(set(Grade { credibility: c, ..now }));
            }
        }
    });
}
