//! A whole article beside the timeline: the paragraph asked for scrolled into view and
//! highlighted; paragraphs that feed events marked and clickable (clicking selects the event:
//! the way back from text to timeline); boilerplate and repeated paragraphs dimmed.

use egui::{Align, Color32, FontId, Sense, Stroke, Ui};

use super::chrome::{self, button, hover, label_rich, small_button, weak};
use super::{fonts, palette};
use crate::bidi::{BidiLabel, Highlight};
use crate::explore::{outlet_label, published_label};
use crate::explore::{Command, DocView, Explorer};

/// What the document view remembers between frames.
#[derive(Default)]
pub struct DocUi {
    scrolled_to: Option<DocView>,
    /// The publication date's field.
    pub date: super::publication_date::DateUi,
}

/// Shows the open document and collects the commands it emits.
pub fn show(ui: &mut Ui, x: &Explorer, s: &mut DocUi, add: &mut super::add_event::AddUi, cmds: &mut Vec<Command>) {
    let Some(view) = x.document() else { return };
    let d = &x.corpus().documents[view.doc];
    let lang = chrome::lang(ui);
    chrome::row(ui, |ui| {
        // the arrow points back, to the side the panel's content starts from
        let back = if lang.rtl() {
            format!("{} >", lang.t("Back to the event"))
        } else {
            format!("< {}", lang.t("Back to the event"))
        };
        if button(ui, &back).clicked() {
            cmds.push(Command::CloseDocument);
        }
        weak(ui, &d.shown_file());
    });
    chrome::column(ui, |ui| {
        ui.add(BidiLabel::new(&d.title).font(fonts::arabic_large()));
        weak(
            ui,
            &lang.f(
                "{0} · {1} · published {2}",
                &[
                    &outlet_label(d.outlet.as_deref(), lang),
                    &lang.t(d.encoding.label()),
                    &published_label(d.published.as_ref(), lang),
                ],
            ),
        );
        if let Some(p) = &d.published {
            ui.add(
                BidiLabel::new(&lang.message(&p.note))
                    .font(FontId::proportional(12.5))
                    .color(ui.visuals().weak_text_color()),
            );
        }
        super::publication_date::show(ui, view.doc, d, &mut s.date, cmds);
    });
    ui.separator();
    let selected = x.selected().map(|i| &x.events()[i]);
    let scroll_now = s.scrolled_to != Some(*view);
    egui::ScrollArea::vertical().id_salt(("document", view.doc)).auto_shrink([false, false]).show(ui, |ui| {
        for p in &d.paragraphs {
            let evs = x.events_of_paragraph(view.doc, p.index);
            let target = p.index == view.paragraph;
            let dim = !p.is_content();
            let fill = if target { palette::quote_bg(x.dark()) } else { Color32::TRANSPARENT };
            let bar = evs.first().map(|&i| palette::type_color(x.events()[i].event_type));
            let frame =
                egui::Frame::new().fill(fill).inner_margin(egui::Margin::symmetric(6, 3)).stroke(if bar.is_some() {
                    Stroke::new(1.0, bar.unwrap_or_default().gamma_multiply(0.6))
                } else {
                    Stroke::NONE
                });
            let inner = frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                let mut hl: Vec<Highlight> = Vec::new();
                if let Some(e) = selected {
                    for m in e.mentions.iter().filter(|m| m.doc == view.doc && m.paragraph == p.index) {
                        hl.extend(super::highlights::mention_highlights(&p.text, m, x.dark()));
                    }
                }
                let color = if dim { ui.visuals().weak_text_color() } else { ui.visuals().text_color() };
                let resp = ui.add(
                    BidiLabel::new(&p.text)
                        .font(fonts::arabic())
                        .color(color)
                        .highlights(&hl)
                        .sense(if evs.is_empty() { Sense::hover() } else { Sense::click() }),
                );
                let mut tags: Vec<String> = Vec::new();
                if p.dateline {
                    tags.push(lang.t("dateline").into());
                }
                if p.boilerplate {
                    tags.push(lang.t("boilerplate").into());
                }
                if let Some(k) = p.duplicate_of {
                    tags.push(if p.near_duplicate {
                        lang.f("close repeat of ¶{0}", &[&k])
                    } else {
                        lang.f("repeat of ¶{0}", &[&k])
                    });
                }
                for &i in evs {
                    tags.push(lang.f("feeds: {0}", &[&x.title(i, lang)]));
                }
                chrome::row_wrapped(ui, |ui| {
                    if !tags.is_empty() {
                        let small = chrome::font(ui, egui::TextStyle::Small);
                        label_rich(
                            ui,
                            &format!("¶{}  {}", p.index, tags.join(" · ")),
                            small,
                            ui.visuals().weak_text_color(),
                        );
                    }
                    if p.is_content()
                        && hover(small_button(ui, lang.t("+ event")), lang.t("Add an event drawn from this paragraph"))
                            .clicked()
                    {
                        add.open_on(view.doc, p.index);
                    }
                });
                if !evs.is_empty() && resp.clicked() {
                    cmds.push(Command::SelectFromParagraph { doc: view.doc, paragraph: p.index });
                }
                resp
            });
            if target && scroll_now {
                inner.response.scroll_to_me(Some(Align::Center));
            }
        }
    });
    s.scrolled_to = Some(*view);
}
