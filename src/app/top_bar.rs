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
            egui::ComboBox::new(id, label).selected_text(current.clone().unwrap_or_else(|| "all".to_string())).width(110.0).show_ui(ui, |ui| {
                if ui.selectable_label(current.is_none(), format!("all {}", label.to_lowercase())).clicked() {
                    cmds.push(cmd(None));
                }
                for o in options {
                    if ui.selectable_label(current.as_ref() == Some(&o), &o).clicked() {
                        cmds.push(cmd(Some(o)));
                    }
                }
            });
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
        ui.separator();
        let theme = if x.dark { "Light theme" } else { "Dark theme" };
        if ui.button(theme).on_hover_text("Switch the theme").clicked() {
            cmds.push(Command::Dark(!x.dark));
        }
    });
}
