//! Curation controls for the selected event: title, date and precision, type, hide, verified,
//! note, merge with another event, undo and redo. Each change is one workspace edit.

use egui::{RichText, TextEdit, Ui};

use crate::explore::{Command, Explorer};
use crate::model::{EventType, Precision, When};
use crate::workspace::Edit;

/// The fields being edited, for the event they were filled from.
#[derive(Default)]
pub struct CurateUi {
    event: Option<String>,
    title: String,
    start: String,
    end: String,
    precision: Option<Precision>,
    note: String,
    /// The last input error.
    pub error: Option<String>,
}

const PRECISIONS: [Precision; 4] = [Precision::Year, Precision::Month, Precision::Day, Precision::Time];

/// A text field with a visible label that also names it for assistive technology.
fn labelled_edit(ui: &mut Ui, label: &str, text: &mut String, width: f32) -> egui::Response {
    let l = ui.label(label);
    ui.add(TextEdit::singleline(text).hint_text(label).desired_width(width)).labelled_by(l.id)
}

/// Shows the controls for event `i` and collects the commands they emit.
pub fn show(ui: &mut Ui, x: &Explorer, i: usize, s: &mut CurateUi, cmds: &mut Vec<Command>) {
    let e = &x.events[i];
    let c = &x.curation[i];
    let key = e.mentions[0].id.clone();
    if s.event.as_deref() != Some(e.id.as_str()) {
        *s = CurateUi {
            event: Some(e.id.clone()),
            title: e.title.clone(),
            start: e.when.map(|w| w.iso_start()).unwrap_or_default(),
            end: e.when.map(|w| w.iso_end()).unwrap_or_default(),
            precision: e.when.map(|w| w.precision),
            note: c.note.clone(),
            error: None,
        };
    }
    egui::CollapsingHeader::new("Curate this event").default_open(false).show(ui, |ui| {
        ui.horizontal(|ui| {
            labelled_edit(ui, "Title", &mut s.title, 300.0);
            if ui.add_enabled(s.title.trim() != e.title && !s.title.trim().is_empty(), egui::Button::new("Save title")).clicked() {
                cmds.push(Command::Edit(Edit::SetTitle { event: key.clone(), title: s.title.trim().to_string() }));
            }
        });
        ui.horizontal(|ui| {
            labelled_edit(ui, "Date start", &mut s.start, 120.0);
            labelled_edit(ui, "Date end", &mut s.end, 120.0);
            egui::ComboBox::new("precision", "Precision").selected_text(s.precision.map(|p| p.name()).unwrap_or("—")).show_ui(ui, |ui| {
                for p in PRECISIONS {
                    ui.selectable_value(&mut s.precision, Some(p), p.name());
                }
            });
            if ui.button("Save date").clicked() {
                let end = if s.end.trim().is_empty() { s.start.clone() } else { s.end.clone() };
                match (s.precision, When::from_iso(&s.start, &end, s.precision.unwrap_or(Precision::Day))) {
                    (Some(p), Some(mut w)) => {
                        w.precision = p;
                        s.error = None;
                        cmds.push(Command::Edit(Edit::SetWhen { event: key.clone(), when: w }));
                    }
                    (None, _) => s.error = Some("choose a precision".into()),
                    (_, None) => s.error = Some("dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM".into()),
                }
            }
        });
        if let Some(err) = &s.error {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
        ui.horizontal(|ui| {
            egui::ComboBox::new("event_type", "Type").selected_text(e.event_type.label()).show_ui(ui, |ui| {
                for t in EventType::ALL {
                    if ui.selectable_label(e.event_type == t, t.label()).clicked() && t != e.event_type {
                        cmds.push(Command::Edit(Edit::SetType { event: key.clone(), event_type: t }));
                    }
                }
            });
            let hide = if c.hidden { "Show this event again" } else { "Hide (reject) this event" };
            if ui.button(hide).clicked() {
                cmds.push(Command::Edit(Edit::SetHidden { event: key.clone(), hidden: !c.hidden }));
            }
            let mut verified = c.verified;
            if ui.checkbox(&mut verified, "Verified").changed() {
                cmds.push(Command::Edit(Edit::SetVerified { event: key.clone(), verified }));
            }
        });
        let l = ui.label("Note");
        ui.add(TextEdit::multiline(&mut s.note).hint_text("Note").desired_rows(2).desired_width(f32::INFINITY)).labelled_by(l.id);
        if ui.add_enabled(s.note != c.note, egui::Button::new("Save note")).clicked() {
            cmds.push(Command::Edit(Edit::SetNote { event: key.clone(), note: s.note.clone() }));
        }
        // merge with an event close in time
        let near: Vec<usize> = (0..x.events.len())
            .filter(|&j| j != i)
            .filter(|&j| match (e.when, x.events[j].when) {
                (Some(a), Some(b)) => (a.start - b.start).num_days().abs() <= 31,
                (None, None) => true,
                _ => false,
            })
            .take(40)
            .collect();
        if !near.is_empty() {
            egui::ComboBox::new("merge", "Merge another event into this one").selected_text("choose…").show_ui(ui, |ui| {
                for j in near {
                    if ui.selectable_label(false, format!("{} — {}", super::event_list::short_when(&x.events[j]), x.events[j].title)).clicked() {
                        cmds.push(Command::Edit(Edit::Merge { into: key.clone(), from: x.events[j].mentions[0].id.clone() }));
                    }
                }
            });
        }
    });
}

/// The marks of what the analyst changed, for headers and lists.
pub fn marks(c: &crate::workspace::Curation) -> String {
    let mut m = Vec::new();
    if c.added {
        m.push("added");
    }
    if c.title || c.when || c.event_type || c.merged || c.split || !c.note.is_empty() {
        m.push("edited");
    }
    if c.verified {
        m.push("verified");
    }
    if c.hidden {
        m.push("hidden");
    }
    m.iter().map(|s| format!("[{s}]")).collect::<Vec<_>>().join(" ")
}

/// The header line of curated fields.
pub fn curated_fields(ui: &mut Ui, c: &crate::workspace::Curation) {
    let mut f = Vec::new();
    if c.title {
        f.push("title");
    }
    if c.when {
        f.push("date");
    }
    if c.event_type {
        f.push("type");
    }
    if c.merged {
        f.push("merged");
    }
    if c.split {
        f.push("split off");
    }
    if !f.is_empty() || c.added || c.verified || c.hidden {
        ui.label(RichText::new(format!("{}  curated: {}", marks(c), f.join(", "))).color(ui.visuals().warn_fg_color));
    }
    if !c.note.is_empty() {
        ui.label(RichText::new(format!("Note: {}", c.note)).italics());
    }
}
