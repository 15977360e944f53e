//! The top bar: corpus name and counts, search, filters (type, actor, place, document), zoom
//! presets, theme.

use egui::{RichText, Ui};

use super::palette;
use crate::explore::{Command, Explorer};
use crate::model::EventType;

/// What the top bar remembers between frames.
#[derive(Default)]
pub struct TopBarUi {
    /// The search box's text.
    pub search: String,
    /// The "open path" field.
    pub open_path: String,
}

/// What the top bar asks of the session (not the explorer model).
#[derive(Debug, Clone, PartialEq)]
pub enum SessionRequest {
    /// Open these paths.
    Open(Vec<std::path::PathBuf>),
    /// Pick a folder with the system dialog.
    PickFolder,
    /// Pick files with the system dialog.
    PickFiles,
    /// Cancel the load under way.
    CancelLoad,
    /// Import an ACLED CSV (a path, or `None` to pick one).
    ImportAcled(Option<std::path::PathBuf>),
}

/// The corpus menu: open a folder, files or a typed path, recent corpora.
pub fn corpus_menu(ui: &mut Ui, s: &mut TopBarUi, recent: &[Vec<std::path::PathBuf>], req: &mut Vec<SessionRequest>) {
    ui.menu_button("Corpus", |ui| {
        if ui.button("Open folder…").clicked() {
            req.push(SessionRequest::PickFolder);
            ui.close();
        }
        if ui.button("Open files…").clicked() {
            req.push(SessionRequest::PickFiles);
            ui.close();
        }
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut s.open_path).hint_text("Path to open").desired_width(220.0));
            if ui.button("Open path").clicked() && !s.open_path.trim().is_empty() {
                req.push(SessionRequest::Open(vec![std::path::PathBuf::from(s.open_path.trim())]));
                ui.close();
            }
        });
        ui.weak("…or drop a folder or files onto the window.");
        ui.separator();
        if ui.button("Import ACLED CSV…").on_hover_text("A reference layer of events, in its own lanes").clicked() {
            req.push(SessionRequest::ImportAcled(None));
            ui.close();
        }
        if ui.button("Import ACLED CSV from the path above").clicked() && !s.open_path.trim().is_empty() {
            req.push(SessionRequest::ImportAcled(Some(std::path::PathBuf::from(s.open_path.trim()))));
            ui.close();
        }
        if !recent.is_empty() {
            ui.separator();
            ui.label("Recent");
            for r in recent {
                let label = r.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
                if ui.button(label).clicked() {
                    req.push(SessionRequest::Open(r.clone()));
                    ui.close();
                }
            }
        }
    });
}

/// Shows the bar and collects the commands it emits.
pub fn show(ui: &mut Ui, x: &Explorer, s: &mut TopBarUi, lanes: &[EventType], cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let undated = x.events.len() - x.n_dated;
        ui.label(RichText::new(format!("Tarikh — {}", x.corpus.name)).strong());
        ui.weak(format!(
            "{} documents · {} events{} · {} shown",
            x.corpus.documents.len(),
            x.n_dated,
            if undated > 0 { format!(" + {undated} undated") } else { String::new() },
            x.shown.len()
        ));
        ui.separator();
        let search = ui.add(egui::TextEdit::singleline(&mut s.search).hint_text("Search titles and Arabic text").desired_width(220.0));
        if search.changed() {
            cmds.push(Command::Search(s.search.clone()));
        }
        ui.menu_button("Types", |ui| {
            for t in lanes {
                let mut on = !x.filter.hidden_types.contains(t);
                if ui.checkbox(&mut on, RichText::new(t.label()).color(palette::type_color(*t))).changed() {
                    cmds.push(Command::ToggleType(*t));
                }
            }
        });
        let combo = |ui: &mut Ui, id: &str, label: &str, current: Option<String>, options: Vec<String>, cmd: &dyn Fn(Option<String>) -> Command, cmds: &mut Vec<Command>| {
            let l = ui.label(label);
            let inner = egui::ComboBox::from_id_salt(id).selected_text(current.clone().unwrap_or_else(|| "all".to_string())).width(110.0).show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), format!("all {}", label.to_lowercase())).clicked() {
                    cmds.push(cmd(None));
                }
                for o in options {
                    if ui.selectable_label(current.as_ref() == Some(&o), &o).clicked() {
                        cmds.push(cmd(Some(o)));
                    }
                }
            });
            let _ = inner.response.labelled_by(l.id);
        };
        combo(ui, "actor", "Actor", x.filter.actor.clone(), x.all_actors.clone(), &Command::FilterActor, cmds);
        combo(ui, "place", "Place", x.filter.place.clone(), x.all_places.clone(), &Command::FilterPlace, cmds);
        let docs: Vec<String> = x.corpus.documents.iter().map(|d| d.file.clone()).collect();
        combo(ui, "document", "Document", x.filter.document.clone(), docs.clone(), &|f: Option<String>| Command::FilterDocument(f.and_then(|f| docs.iter().position(|d| *d == f))), cmds);
        if x.filter.is_active() && ui.button("Clear filters").clicked() {
            s.search.clear();
            cmds.push(Command::ClearFilters);
        }
        ui.separator();
        ui.label("Zoom:");
        for (k, (label, _, _)) in x.presets.iter().enumerate() {
            if ui.button(label).clicked() {
                cmds.push(Command::Preset(k));
            }
        }
        if !x.reference.is_empty() {
            let mut show = !x.filter.hide_reference;
            if ui.checkbox(&mut show, "ACLED").on_hover_text("Show the ACLED reference layer").changed() {
                cmds.push(Command::ShowReference(show));
            }
        }
        let mut show_hidden = x.filter.show_hidden;
        if ui.checkbox(&mut show_hidden, "Hidden").on_hover_text("Show hidden (rejected) events").changed() {
            cmds.push(Command::ShowHidden(show_hidden));
        }
        ui.separator();
        if ui.add_enabled(x.history.can_undo(), egui::Button::new("Undo")).on_hover_text("Ctrl+Z").clicked() {
            cmds.push(Command::Undo);
        }
        if ui.add_enabled(x.history.can_redo(), egui::Button::new("Redo")).on_hover_text("Ctrl+Shift+Z").clicked() {
            cmds.push(Command::Redo);
        }
        ui.separator();
        let theme = if x.dark { "Light theme" } else { "Dark theme" };
        if ui.button(theme).on_hover_text("Switch the theme").clicked() {
            cmds.push(Command::Dark(!x.dark));
        }
    });
}
