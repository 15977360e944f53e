//! The source panel: the selected event's header (title, type, date at its precision, actors,
//! places) and one card per source article, with the whole paragraph, the quote and the time
//! expression highlighted, "Show in document" and "Copy citation". With no selection, an
//! overview of the corpus: documents, publication dates and how they were fixed, skipped files.

use egui::{FontId, TextStyle, Ui};

use super::chrome::{self, button, collapsing, hover, label, label_rich, strong, weak};
use super::{fonts, palette};
use crate::bidi::BidiLabel;
use crate::explore::{citation, event_when_label, mention_when_label, outlet_label, published_label};
use crate::explore::{Command, Explorer};
use crate::i18n::Lang;
use crate::model::{Event, Mention};
use crate::temporal::Basis;

fn basis_label(b: Option<Basis>) -> &'static str {
    match b {
        Some(Basis::Explicit) => "stated in full",
        Some(Basis::Publication) => "relative to the publication date",
        Some(Basis::Context) => "completed from the surrounding text",
        None => "undated: relative to an unknown publication date",
    }
}

/// Names of actors or places as the interface shows them (Arabic names from the gazetteer in
/// the Arabic interface).
pub fn names(names: &[String], lang: Lang, g: &crate::lexicon::Gazetteer) -> String {
    names.iter().map(|n| g.display_name(n, lang)).collect::<Vec<_>>().join(lang.t(", "))
}

/// The selected event's heading: its title in the interface's language (`title`), when, type,
/// sources.
fn header(ui: &mut Ui, e: &Event, title: &str, g: &crate::lexicon::Gazetteer) {
    let lang = chrome::lang(ui);
    let heading = chrome::font(ui, TextStyle::Heading);
    label_rich(ui, title, heading, ui.visuals().strong_text_color());
    chrome::row_wrapped(ui, |ui| {
        let body = chrome::font(ui, TextStyle::Body);
        label_rich(ui, lang.t(e.event_type.label()), body, palette::type_color(e.event_type));
        label(ui, "·");
        label(ui, &event_when_label(e, lang));
    });
    if !e.actors.is_empty() {
        label(ui, &lang.f("Actors: {0}", &[&names(&e.actors, lang, g)]));
    }
    if !e.places.is_empty() || !e.targets.is_empty() {
        let mut p = e.places.clone();
        p.extend(e.targets.iter().cloned());
        label(ui, &lang.f("Places: {0}", &[&names(&p, lang, g)]));
    }
    if e.reference.is_none() {
        let n = e.source_count();
        let articles =
            if n == 1 { lang.t("1 source article").to_string() } else { lang.f("{0} source articles", &[&n]) };
        let mentions = if e.mentions.len() == 1 {
            lang.t("1 mention").to_string()
        } else {
            lang.f("{0} mentions", &[&e.mentions.len()])
        };
        weak(ui, &format!("{articles}{} {mentions}", lang.t(",")));
    }
}

/// One source card: the article and every mention of the event in it.
fn card(ui: &mut Ui, x: &Explorer, doc: usize, ms: &[&Mention], can_split: bool, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let d = &x.corpus().documents[doc];
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        chrome::column(ui, |ui| {
            ui.add(BidiLabel::new(&d.title).font(fonts::arabic_large()));
            let language = match d.language() {
                crate::text::Language::Arabic => lang.t("Arabic"),
                crate::text::Language::French => lang.t("French"),
                crate::text::Language::Unsupported => lang.t("language not supported"),
            };
            // "publication date unknown" stands alone, not after "published"; an outlet that is
            // not known is left out, not named "outlet unknown"
            let published = published_label(d.published.as_ref(), lang);
            let line = match (d.outlet.as_deref(), d.published.is_some()) {
                (Some(o), true) => lang.f(
                    "{0} · {1} · {2} · published {3}",
                    &[&d.shown_file(), &language, &outlet_label(Some(o), lang), &published],
                ),
                (Some(o), false) => lang.f(
                    "{0} · {1} · {2} · {3}",
                    &[&d.shown_file(), &language, &outlet_label(Some(o), lang), &published],
                ),
                (None, true) => lang.f("{0} · {1} · published {2}", &[&d.shown_file(), &language, &published]),
                (None, false) => lang.f("{0} · {1} · {2}", &[&d.shown_file(), &language, &published]),
            };
            // the grade on a line of its own: the line after it wraps in the card's width
            super::grade_badge::badge(ui, x, d.outlet.as_deref(), ms, cmds);
            weak(ui, &line);
            for m in ms {
                ui.add_space(4.0);
                let text = &d.paragraphs[m.paragraph].text;
                let hl = super::highlights::mention_highlights(text, m, x.dark());
                ui.add(BidiLabel::new(text).font(fonts::arabic()).highlights(&hl));
                let when = mention_when_label(m, lang).unwrap_or_else(|| lang.t("undated").to_string());
                chrome::row_wrapped(ui, |ui| {
                    weak(ui, lang.t("Time expression:"));
                    ui.add(BidiLabel::new(&m.time_text).font(fonts::arabic()).single_line());
                    weak(
                        ui,
                        &lang.f("= {0} ({1}), paragraph {2}", &[&when, &lang.t(basis_label(m.basis)), &m.paragraph]),
                    );
                });
                chrome::row_wrapped(ui, |ui| {
                    if button(ui, lang.t("Show in document")).clicked() {
                        cmds.push(Command::OpenDocument { doc, paragraph: m.paragraph });
                    }
                    if button(ui, lang.t("Copy citation")).clicked() {
                        ui.ctx().copy_text(citation(x.corpus(), m, lang));
                    }
                    if can_split
                        && hover(
                            button(ui, lang.t("Split off into its own event")),
                            lang.t("This mention is a different event"),
                        )
                        .clicked()
                    {
                        cmds.push(Command::Edit(crate::workspace::Edit::Split { mention: m.id.clone() }));
                    }
                });
            }
        });
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
    let lang = chrome::lang(ui);
    let title = if x.disputed()[i] { lang.t("Claims — the sources disagree on the dead") } else { lang.t("Claims") };
    let strong_c = ui.visuals().strong_text_color();
    // the figures that disagree with another source's: a disputed event's table opens on these
    // alone, with a button for the rest (so that the quotes below stay in sight)
    let clash_rows: Vec<bool> = crate::explore::disagreeing(&figs);
    let n_clash = clash_rows.iter().filter(|c| **c).count();
    let all_id = egui::Id::unique("claims_show_all").with(i);
    let show_all = ui.data(|d| d.get_temp::<bool>(all_id)).unwrap_or(false) || n_clash == 0 || n_clash == figs.len();
    collapsing(ui, "claims", title, true, Some(strong_c), |ui| {
        if !show_all {
            if chrome::small_button(ui, &lang.f("Show all {0} figures", &[&figs.len()])).clicked() {
                ui.data_mut(|d| d.insert_temp(all_id, true));
            }
        } else if n_clash > 0
            && n_clash < figs.len()
            && chrome::small_button(ui, lang.t("Show only the figures that disagree")).clicked()
        {
            ui.data_mut(|d| d.insert_temp(all_id, false));
        }
        // egui's grid lays its cells out from the left: give it a left-to-right column (its
        // columns are put in the interface's order below)
        // column widths from the panel's: the table never pushes the panel (or the quotes
        // below it) out of sight
        let avail = ui.available_width();
        let widths = [avail * 0.28, avail * 0.19, avail * 0.14, avail * 0.28];
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
            egui::Grid::new("claims_grid").striped(true).num_columns(4).show(ui, |ui| {
                // in the Arabic interface the columns run right to left
                let order: [usize; 4] = if lang.rtl() { [3, 2, 1, 0] } else { [0, 1, 2, 3] };
                let heads = [lang.t("Figure"), lang.t("Claimed by"), lang.t("Source"), lang.t("Quote")];
                for k in order {
                    chrome::cell(ui, heads[k], strong_c, widths[k]);
                }
                ui.end_row();
                for (f, &clash) in figs.iter().zip(&clash_rows) {
                    if !show_all && !clash {
                        continue;
                    }
                    let color = if clash { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
                    for k in order {
                        match k {
                            0 => {
                                chrome::cell(ui, &f.label(lang), color, widths[0]);
                            }
                            1 => {
                                chrome::cell(ui, lang.t(&f.claimant), ui.visuals().text_color(), widths[1]);
                            }
                            2 => {
                                let file = x.corpus().documents[f.doc].shown_file().into_owned();
                                let file = &file;
                                let short = if file.chars().count() > 12 {
                                    format!("{}…", file.chars().take(10).collect::<String>())
                                } else {
                                    file.clone()
                                };
                                let doc_title = x.corpus().documents[f.doc].title.clone();
                                chrome::cell(ui, &short, ui.visuals().text_color(), widths[2]).on_hover_ui(|ui| {
                                    ui.label(file);
                                    ui.add(BidiLabel::new(&doc_title).font(fonts::arabic()));
                                });
                            }
                            _ => {
                                let text = &x.corpus().documents[f.doc].paragraphs[f.paragraph].text;
                                let span: String =
                                    text.chars().skip(f.span.start).take(f.span.end - f.span.start).collect();
                                ui.add(BidiLabel::new(&span).font(fonts::arabic()).max_width(widths[3])).on_hover_ui(
                                    |ui| {
                                        ui.set_max_width(420.0);
                                        ui.add(BidiLabel::new(&f.quote).font(fonts::arabic()));
                                    },
                                );
                            }
                        }
                    }
                    ui.end_row();
                }
            })
        });
    });
}

/// A reference dataset's record (ACLED): what it says, with its own sources.
fn reference_card(ui: &mut Ui, e: &Event, r: &crate::model::Reference, g: &crate::lexicon::Gazetteer) {
    let lang = chrome::lang(ui);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        chrome::column(ui, |ui| {
            strong(ui, &lang.f("{0} record {1}", &[&r.dataset, &r.record]));
            label(ui, &format!("{} / {}", r.kind, r.sub_kind));
            if let Some(f) = r.fatalities {
                label(ui, &lang.f("Fatalities reported: {0}", &[&f]));
            }
            if let Some((lat, lon)) = r.coordinates {
                label(ui, &lang.f("Coordinates: {0}, {1}", &[&format!("{lat:.4}"), &format!("{lon:.4}")]));
            }
            if !e.places.is_empty() {
                label(ui, &lang.f("Location: {0}", &[&names(&e.places, lang, g)]));
            }
            ui.add_space(4.0);
            ui.add(BidiLabel::new(&r.notes));
            weak(ui, &lang.f("Source: {0}", &[&r.source]));
        });
    });
}

fn overview(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    strong(ui, lang.t("Select an event on the timeline or in the list to see its sources."));
    ui.add_space(6.0);
    dates_to_review(ui, x, cmds);
    strong(ui, lang.t("Documents"));
    for d in &x.corpus().documents {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            chrome::column(ui, |ui| {
                ui.add(BidiLabel::new(&d.title).font(fonts::arabic()));
                // "publication date unknown" stands alone, not after "published"
                let published = published_label(d.published.as_ref(), lang);
                let line = if d.published.is_some() {
                    lang.f("{0} · {1} paragraphs · published {2}", &[&d.shown_file(), &d.paragraphs.len(), &published])
                } else {
                    lang.f("{0} · {1} paragraphs · {2}", &[&d.shown_file(), &d.paragraphs.len(), &published])
                };
                weak(ui, &line);
                if let Some(p) = &d.published {
                    ui.add(
                        BidiLabel::new(&lang.message(&p.note))
                            .font(FontId::proportional(12.5))
                            .color(ui.visuals().weak_text_color()),
                    );
                }
            });
        });
    }
    if !x.corpus().skipped.is_empty() || !x.corpus().notes.is_empty() {
        ui.add_space(6.0);
        strong(ui, lang.t("Load report"));
        let summary = x.corpus().skip_summary();
        if summary.copies > 0 {
            let examples = summary
                .examples
                .iter()
                .map(|s| format!("{} ({})", crate::text::visible_name(&s.file), s.reason))
                .collect::<Vec<_>>()
                .join(", ");
            label(
                ui,
                &lang.f(
                    "{0} files were copies of {1} others and were skipped, e.g. {2}",
                    &[&summary.copies, &summary.originals, &examples],
                ),
            );
        }
        for s in summary.others {
            label(ui, &lang.f("skipped {0}: {1}", &[&crate::text::visible_name(&s.file), &lang.message(&s.reason)]));
        }
        for s in x.corpus().notes.iter() {
            label(ui, &format!("{}: {}", crate::text::visible_name(&s.file), lang.message(&s.reason)));
        }
    }
    if !x.orphans().is_empty() || !x.unreadable_edits().is_empty() {
        ui.add_space(6.0);
        strong(ui, &lang.f("Edits that no longer apply ({0})", &[&(x.orphans().len() + x.unreadable_edits().len())]));
        for o in x.orphans() {
            label(
                ui,
                &lang.f(
                    "edit {0}: {1} — {2}",
                    &[&(o.index + 1), &lang.message(&o.edit.describe()), &lang.message(&o.reason)],
                ),
            );
        }
        for u in x.unreadable_edits() {
            label(ui, &lang.f("edit {0} cannot be read: {1} — {2}", &[&(u.index + 1), &u.edit, &u.reason]));
        }
    }
}

/// Articles whose date other articles suggest, and articles whose sources disagree on their
/// date: each opens in the document view, where its date is set; the suggestions can be
/// accepted all at once.
fn dates_to_review(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let pending = x.suggestions_pending();
    let conflicts = x.corpus().documents.iter().filter(|d| d.date_conflict.is_some()).count();
    if pending + conflicts == 0 {
        return;
    }
    strong(ui, &lang.f("Publication dates to review ({0})", &[&(pending + conflicts)]));
    for (k, d) in x.corpus().documents.iter().enumerate() {
        let why = match (&d.date_conflict, d.pending_suggestion()) {
            (Some(c), _) => lang.message(c),
            (None, Some(s)) => lang.f("suggested by other articles: {0}", &[&s.date]),
            (None, None) => continue,
        };
        chrome::row_wrapped(ui, |ui| {
            if chrome::small_button(ui, &d.shown_file()).clicked() {
                cmds.push(Command::OpenDocument { doc: k, paragraph: 0 });
            }
            weak(ui, &why);
        });
    }
    if pending > 0
        && chrome::hover(
            chrome::button(ui, &lang.f("Accept all suggested dates ({0})", &[&pending])),
            lang.t("Date each article as other articles suggest (undo with Ctrl+Z)"),
        )
        .clicked()
    {
        cmds.push(Command::AcceptAllSuggestions);
    }
    ui.add_space(6.0);
}

/// Shows the panel and collects the commands it emits.
pub fn show(
    ui: &mut Ui,
    x: &Explorer,
    doc_ui: &mut super::document_view::DocUi,
    curate: &mut super::curate_panel::CurateUi,
    add: &mut super::add_event::AddUi,
    around: &mut super::around_panel::AroundUi,
    cmds: &mut Vec<Command>,
) {
    if x.document().is_some() {
        super::document_view::show(ui, x, doc_ui, add, cmds);
        return;
    }
    egui::ScrollArea::vertical().id_salt("sources").auto_shrink([false, false]).show(ui, |ui| {
        chrome::column(ui, |ui| {
            let Some(e) = x.selected().map(|i| &x.events()[i]) else {
                overview(ui, x, cmds);
                return;
            };
            header(ui, e, x.selected().map_or("", |i| x.title(i, chrome::lang(ui))), &x.lexicon().gazetteer);
            if let Some(r) = &e.reference {
                reference_card(ui, e, r, &x.lexicon().gazetteer);
                return;
            }
            let i = x.selected().unwrap_or(0);
            super::around_panel::controls(ui, x, i, around, cmds);
            super::curate_panel::curated_fields(ui, &x.curation()[i]);
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
        })
    });
}
