//! Curation controls for the selected event: title, date and precision, type, hide, verified,
//! note, merge with another event, undo and redo. Each change is one workspace edit.

use egui::{TextEdit, Ui};

use super::chrome::{self, button, button_enabled, checkbox, collapsing, combo, labelled_edit, selectable};
use crate::explore::{Command, Explorer};
use crate::model::{EventType, Precision, When};
use crate::workspace::Edit;

/// The fields being edited, for the event they were filled from.
#[derive(Default)]
pub struct CurateUi {
    event: Option<crate::model::EventId>,
    title: String,
    start: String,
    end: String,
    precision: Option<Precision>,
    note: String,
    /// The last input error.
    pub error: Option<String>,
}

const PRECISIONS: [Precision; 4] = [Precision::Year, Precision::Month, Precision::Day, Precision::Time];

/// Shows the controls for event `i` and collects the commands they emit.
pub fn show(ui: &mut Ui, x: &Explorer, i: usize, s: &mut CurateUi, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let e = &x.events()[i];
    let c = &x.curation()[i];
    let key = e.mentions[0].id.clone();
    if s.event.as_ref() != Some(&e.id) {
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
    collapsing(ui, "curate", lang.t("Curate this event"), false, None, |ui| {
        chrome::row_wrapped(ui, |ui| {
            labelled_edit(ui, lang.t("Title"), &mut s.title, 300.0);
            if button_enabled(ui, s.title.trim() != e.title && !s.title.trim().is_empty(), lang.t("Save title"))
                .clicked()
            {
                cmds.push(Command::Edit(Edit::SetTitle { event: key.clone(), title: s.title.trim().to_string() }));
            }
        });
        chrome::row_wrapped(ui, |ui| {
            labelled_edit(ui, lang.t("Date start"), &mut s.start, 120.0);
            labelled_edit(ui, lang.t("Date end"), &mut s.end, 120.0);
            combo(ui, "precision", lang.t("Precision"), s.precision.map(|p| lang.t(p.name())).unwrap_or("—"), |ui| {
                for p in PRECISIONS {
                    if selectable(ui, s.precision == Some(p), lang.t(p.name())).clicked() {
                        s.precision = Some(p);
                    }
                }
            });
            if button(ui, lang.t("Save date")).clicked() {
                let end = if s.end.trim().is_empty() { s.start.clone() } else { s.end.clone() };
                match (s.precision, When::from_iso(&s.start, &end, s.precision.unwrap_or(Precision::Day))) {
                    (Some(p), Some(mut w)) => {
                        w.precision = p;
                        s.error = None;
                        cmds.push(Command::Edit(Edit::SetWhen { event: key.clone(), when: w }));
                    }
                    (None, _) => s.error = Some(lang.t("choose a precision").to_string()),
                    (_, None) => {
                        s.error = Some(lang.t("dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM").to_string())
                    }
                }
            }
        });
        if let Some(err) = &s.error {
            let c = ui.visuals().error_fg_color;
            chrome::label_rich(ui, err, chrome::font(ui, egui::TextStyle::Body), c);
        }
        chrome::row_wrapped(ui, |ui| {
            combo(ui, "event_type", lang.t("Type"), lang.t(e.event_type.label()), |ui| {
                for t in EventType::ALL {
                    if selectable(ui, e.event_type == t, lang.t(t.label())).clicked() && t != e.event_type {
                        cmds.push(Command::Edit(Edit::SetType { event: key.clone(), event_type: t }));
                    }
                }
            });
            let hide = if c.hidden { lang.t("Show this event again") } else { lang.t("Hide (reject) this event") };
            if button(ui, hide).clicked() {
                cmds.push(Command::Edit(Edit::SetHidden { event: key.clone(), hidden: !c.hidden }));
            }
            let mut verified = c.verified;
            if checkbox(ui, &mut verified, lang.t("Verified")).changed() {
                cmds.push(Command::Edit(Edit::SetVerified { event: key.clone(), verified }));
            }
        });
        let l = chrome::label(ui, lang.t("Note"));
        let hint =
            chrome::rich(ui, lang.t("Note"), chrome::font(ui, egui::TextStyle::Body), ui.visuals().weak_text_color());
        ui.add(TextEdit::multiline(&mut s.note).hint_text(hint).desired_rows(2).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        if button_enabled(ui, s.note != c.note, lang.t("Save note")).clicked() {
            cmds.push(Command::Edit(Edit::SetNote { event: key.clone(), note: s.note.clone() }));
        }
        // merge with an event close in time
        let near: Vec<usize> = (0..x.events().len())
            .filter(|&j| j != i)
            .filter(|&j| match (e.when, x.events()[j].when) {
                (Some(a), Some(b)) => (a.start - b.start).num_days().abs() <= 31,
                (None, None) => true,
                _ => false,
            })
            .take(40)
            .collect();
        if !near.is_empty() {
            combo(ui, "merge", lang.t("Merge another event into this one"), lang.t("choose…"), |ui| {
                for j in near {
                    if selectable(
                        ui,
                        false,
                        &format!("{} — {}", super::event_labels::short_when(&x.events()[j], lang), x.title(j, lang)),
                    )
                    .clicked()
                    {
                        cmds.push(Command::Edit(Edit::Merge {
                            into: key.clone(),
                            from: x.events()[j].mentions[0].id.clone(),
                        }));
                    }
                }
            });
        }
    });
}

/// The header line of curated fields.
pub fn curated_fields(ui: &mut Ui, c: &crate::workspace::Curation) {
    let lang = chrome::lang(ui);
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
        let fields = f.iter().map(|s| lang.t(s)).collect::<Vec<_>>().join(lang.t(", "));
        let line = lang.f("{0}  curated: {1}", &[&super::event_labels::marks(c, lang), &fields]);
        let color = ui.visuals().warn_fg_color;
        chrome::label_rich(ui, line.trim_end(), chrome::font(ui, egui::TextStyle::Body), color);
    }
    if !c.note.is_empty() {
        chrome::label(ui, &lang.f("Note: {0}", &[&c.note]));
    }
}
