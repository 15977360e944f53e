//! The source panel: the selected event's header (title, type, date at its precision, actors,
//! places) and one card per source article, with the whole paragraph, the quote and the time
//! expression highlighted, "Show in document" and "Copy citation". With no selection, an
//! overview of the corpus: documents, publication dates and how they were fixed, skipped files.

use egui::{Color32, RichText, Ui};

use super::{fonts, palette};
use crate::bidi::{BidiLabel, Highlight};
use crate::explore::format::{citation, event_when_label, published_label, when_label};
use crate::explore::{Command, Explorer};
use crate::model::{Event, Mention};
use crate::temporal::Basis;

/// Byte offset of a character offset.
pub fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map(|(b, _)| b).unwrap_or(text.len())
}

/// The highlights of a mention in its paragraph: the quote, and the time expression on top.
pub fn mention_highlights(text: &str, m: &Mention, dark: bool) -> Vec<Highlight> {
    vec![
        Highlight { range: byte_at(text, m.quote_span.start)..byte_at(text, m.quote_span.end), background: palette::quote_bg(dark), color: None, underline: false },
        Highlight { range: byte_at(text, m.time_span.start)..byte_at(text, m.time_span.end), background: palette::time_bg(dark), color: if dark { None } else { Some(Color32::BLACK) }, underline: true },
    ]
}

fn basis_label(b: Option<Basis>) -> &'static str {
    match b {
        Some(Basis::Explicit) => "stated in full",
        Some(Basis::Publication) => "relative to the publication date",
        Some(Basis::Context) => "completed from the surrounding text",
        None => "undated: relative to an unknown publication date",
    }
}

fn header(ui: &mut Ui, e: &Event) {
    ui.label(RichText::new(&e.title).heading().strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(e.event_type.label()).color(palette::type_color(e.event_type)).strong());
        ui.label("·");
        ui.label(event_when_label(e));
    });
    if !e.actors.is_empty() {
        ui.label(format!("Actors: {}", e.actors.join(", ")));
    }
    if !e.places.is_empty() || !e.targets.is_empty() {
        let mut p = e.places.clone();
        p.extend(e.targets.iter().cloned());
        ui.label(format!("Places: {}", p.join(", ")));
    }
    if e.reference.is_none() {
        let n = e.source_count();
        ui.weak(format!("{n} source article{}, {} mention{}", if n == 1 { "" } else { "s" }, e.mentions.len(), if e.mentions.len() == 1 { "" } else { "s" }));
    }
}

/// One source card: the article and every mention of the event in it.
fn card(ui: &mut Ui, x: &Explorer, doc: usize, ms: &[&Mention], can_split: bool, cmds: &mut Vec<Command>) {
    let d = &x.corpus.documents[doc];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.add(BidiLabel::new(&d.title).font(fonts::arabic_large()));
        ui.weak(format!("{} · {} · published {}", d.file, d.outlet.as_deref().unwrap_or("outlet unknown"), published_label(d.published.as_ref())));
        for m in ms {
            ui.add_space(4.0);
            let text = &d.paragraphs[m.paragraph].text;
            let hl = mention_highlights(text, m, x.dark);
            ui.add(BidiLabel::new(text).font(fonts::arabic()).highlights(&hl));
            let when = m.when.map(|w| when_label(&w, false)).unwrap_or_else(|| "undated".into());
            ui.horizontal_wrapped(|ui| {
                ui.weak("Time expression:");
                ui.add(BidiLabel::new(&m.time_text).font(fonts::arabic()).single_line());
                ui.weak(format!("= {when} ({}), paragraph {}", basis_label(m.basis), m.paragraph));
            });
            ui.horizontal(|ui| {
                if ui.button("Show in document").clicked() {
                    cmds.push(Command::OpenDocument { doc, paragraph: m.paragraph });
                }
                if ui.button("Copy citation").clicked() {
                    ui.ctx().copy_text(citation(&x.corpus, m));
                }
                if can_split && ui.button("Split off into its own event").on_hover_text("This mention is a different event").clicked() {
                    cmds.push(Command::Edit(crate::workspace::Edit::Split { mention: m.id.clone() }));
                }
            });
        }
    });
}

/// The figures the sources give for event `i`, claimant beside claimant; a figure of the
/// dead that no other claimant's figure can agree with is shown in the warning colour.
fn claims_table(ui: &mut Ui, x: &Explorer, i: usize) {
    let mut figs = x.figures_of(i);
    if figs.is_empty() {
        return;
    }
    figs.sort_by_key(|f| (!f.counts_dead(), f.kind.clone(), f.amount.range().0));
    let title = if x.disputed[i] { "Claims — the sources disagree on the dead" } else { "Claims" };
    egui::CollapsingHeader::new(RichText::new(title).strong()).id_salt("claims").default_open(true).show(ui, |ui| {
        egui::Grid::new("claims_grid").striped(true).num_columns(4).show(ui, |ui| {
            ui.strong("Figure");
            ui.strong("Claimed by");
            ui.strong("Source");
            ui.strong("Quote");
            ui.end_row();
            for f in &figs {
                let clash = f.counts_dead()
                    && figs.iter().any(|g| g.counts_dead() && g.claimant != f.claimant && {
                        let (a0, a1) = f.amount.range();
                        let (b0, b1) = g.amount.range();
                        a1 < b0 || b1 < a0
                    });
                let color = if clash { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
                ui.label(RichText::new(f.label()).color(color));
                ui.label(&f.claimant);
                let file = &x.corpus.documents[f.doc].file;
                let short = if file.chars().count() > 12 { format!("{}…", file.chars().take(10).collect::<String>()) } else { file.clone() };
                ui.label(short).on_hover_text(format!("{file}\n{}", x.corpus.documents[f.doc].title));
                let text = &x.corpus.documents[f.doc].paragraphs[f.paragraph].text;
                let span: String = text.chars().skip(f.span.start).take(f.span.end - f.span.start).collect();
                ui.add(BidiLabel::new(&span).font(fonts::arabic()).single_line().max_width(220.0)).on_hover_ui(|ui| {
                    ui.set_max_width(420.0);
                    ui.add(BidiLabel::new(&f.quote).font(fonts::arabic()));
                });
                ui.end_row();
            }
        });
    });
}

/// A reference dataset's record (ACLED): what it says, with its own sources.
fn reference_card(ui: &mut Ui, e: &Event, r: &crate::model::Reference) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(format!("{} record {}", r.dataset, r.record)).strong());
        ui.label(format!("{} / {}", r.kind, r.sub_kind));
        if let Some(f) = r.fatalities {
            ui.label(format!("Fatalities reported: {f}"));
        }
        if let Some((lat, lon)) = r.coordinates {
            ui.label(format!("Coordinates: {lat:.4}, {lon:.4}"));
        }
        if !e.places.is_empty() {
            ui.label(format!("Location: {}", e.places.join(", ")));
        }
        ui.add_space(4.0);
        ui.add(BidiLabel::new(&r.notes));
        ui.weak(format!("Source: {}", r.source));
    });
}

fn overview(ui: &mut Ui, x: &Explorer) {
    ui.label(RichText::new("Select an event on the timeline or in the list to see its sources.").strong());
    ui.add_space(6.0);
    ui.label(RichText::new("Documents").strong());
    for d in &x.corpus.documents {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(BidiLabel::new(&d.title).font(fonts::arabic()));
            ui.weak(format!("{} · {} paragraphs · published {}", d.file, d.paragraphs.len(), published_label(d.published.as_ref())));
            if let Some(p) = &d.published {
                ui.add(BidiLabel::new(&p.note).font(egui::FontId::proportional(12.0)).color(ui.visuals().weak_text_color()));
            }
        });
    }
    if !x.corpus.skipped.is_empty() || !x.corpus.notes.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new("Load report").strong());
        for s in x.corpus.skipped.iter() {
            ui.label(format!("skipped {}: {}", s.file, s.reason));
        }
        for s in x.corpus.notes.iter() {
            ui.label(format!("{}: {}", s.file, s.reason));
        }
    }
    if !x.orphans.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("Edits that no longer apply ({})", x.orphans.len())).strong());
        for o in &x.orphans {
            ui.label(format!("edit {}: {} — {}", o.index + 1, o.edit.describe(), o.reason));
        }
    }
}

/// Shows the panel and collects the commands it emits.
pub fn show(ui: &mut Ui, x: &Explorer, doc_ui: &mut super::document_view::DocUi, curate: &mut super::curate_panel::CurateUi, add: &mut super::add_event::AddUi, cmds: &mut Vec<Command>) {
    if x.document.is_some() {
        super::document_view::show(ui, x, doc_ui, add, cmds);
        return;
    }
    egui::ScrollArea::vertical().id_salt("sources").auto_shrink([false, false]).show(ui, |ui| {
        let Some(e) = x.selected.map(|i| &x.events[i]) else {
            overview(ui, x);
            return;
        };
        header(ui, e);
        if let Some(r) = &e.reference {
            reference_card(ui, e, r);
            return;
        }
        let i = x.selected.unwrap_or(0);
        super::curate_panel::curated_fields(ui, &x.curation[i]);
        super::curate_panel::show(ui, x, i, curate, cmds);
        claims_table(ui, x, i);
        ui.separator();
        let mut docs: Vec<usize> = Vec::new();
        for m in &e.mentions {
            if !docs.contains(&m.doc) {
                docs.push(m.doc);
            }
        }
        for doc in docs {
            let ms: Vec<&Mention> = e.mentions.iter().filter(|m| m.doc == doc).collect();
            card(ui, x, doc, &ms, e.mentions.len() > 1, cmds);
            ui.add_space(6.0);
        }
    });
}
