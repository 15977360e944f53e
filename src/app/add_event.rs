//! Adding an event by hand: choose a sentence of a paragraph and, if need be, narrow it to
//! some of its words (that span becomes the event's provenance); give a title, a type and a
//! date.

use egui::{TextEdit, Ui};

use super::chrome::{self, button, combo, label, labelled_edit, radio, selectable, weak};
use super::fonts;
use crate::bidi::BidiLabel;
use crate::explore::{Command, Explorer};
use crate::model::{EventType, Precision, When};
use crate::text::sentence_spans;
use crate::workspace::{Anchor, Edit};

/// The add-event form.
#[derive(Default)]
pub struct AddUi {
    /// The paragraph the event is added from (document, paragraph), while the form is open.
    pub open: Option<(usize, usize)>,
    sentence: usize,
    /// First and last word of the span within the sentence (1-based; 0 = the whole sentence).
    from_word: usize,
    to_word: usize,
    title: String,
    event_type: Option<EventType>,
    start: String,
    precision: Option<Precision>,
    error: Option<String>,
}

impl AddUi {
    /// Opens the form on a paragraph.
    pub fn open_on(&mut self, doc: usize, paragraph: usize) {
        *self = AddUi {
            open: Some((doc, paragraph)),
            event_type: Some(EventType::Other),
            precision: Some(Precision::Day),
            ..Default::default()
        };
    }
}

/// The words of a sentence, as character spans of the paragraph.
fn word_spans(chars: &[char], sp: crate::text::Span) -> Vec<crate::text::Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate().take(sp.end).skip(sp.start) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(a)) => {
                out.push(crate::text::Span::new(a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push(crate::text::Span::new(a, sp.end));
    }
    out
}

/// A fresh id for an added event.
fn new_id() -> String {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{:x}", t)
}

/// Shows the form (a window) when open.
pub fn show(ctx: &egui::Context, x: &Explorer, s: &mut AddUi, cmds: &mut Vec<Command>) {
    let Some((doc, paragraph)) = s.open else { return };
    let d = &x.corpus().documents[doc];
    let text = d.paragraphs[paragraph].text.clone();
    let sentences = sentence_spans(&text);
    let chars: Vec<char> = text.chars().collect();
    let mut keep_open = true;
    let lang = chrome::lang_of(ctx);
    let title = chrome::rich_ctx(ctx, lang.t("Add an event"));
    egui::Window::new(title).id(egui::Id::unique("add_event_window")).open(&mut keep_open).default_width(520.0).show(
        ctx,
        |ui: &mut Ui| {
            chrome::column(ui, |ui| {
                weak(ui, &lang.f("{0} · paragraph {1}", &[&d.shown_file(), &paragraph]));
                label(ui, lang.t("The sentence it is drawn from:"));
                for (k, sp) in sentences.iter().enumerate() {
                    let sentence: String = chars[sp.start..sp.end].iter().collect();
                    chrome::row(ui, |ui| {
                        if radio(ui, s.sentence == k, &lang.f("Sentence {0}", &[&(k + 1)])).clicked() && s.sentence != k
                        {
                            s.sentence = k;
                            s.from_word = 0;
                            s.to_word = 0;
                        }
                        ui.add(BidiLabel::new(&sentence).font(fonts::arabic()).max_width(420.0));
                    });
                }
                // narrow the span to some words of the sentence
                let words = sentences.get(s.sentence).map(|sp| word_spans(&chars, *sp)).unwrap_or_default();
                if !words.is_empty() {
                    if s.from_word == 0 || s.to_word == 0 || s.to_word > words.len() {
                        s.from_word = 1;
                        s.to_word = words.len();
                    }
                    chrome::row(ui, |ui| {
                        let l = label(ui, lang.t("Span: from word"));
                        ui.add(egui::DragValue::new(&mut s.from_word).range(1..=words.len())).labelled_by(l.id);
                        let l = label(ui, lang.t("to word"));
                        ui.add(egui::DragValue::new(&mut s.to_word).range(1..=words.len())).labelled_by(l.id);
                    });
                    s.to_word = s.to_word.max(s.from_word);
                    let (a, b) = (words[s.from_word - 1].start, words[s.to_word - 1].end);
                    let span_text: String = chars[a..b].iter().collect();
                    ui.add(
                        BidiLabel::new(&span_text)
                            .font(fonts::arabic())
                            .color(ui.visuals().strong_text_color())
                            .max_width(480.0),
                    );
                }
                chrome::row(ui, |ui| {
                    labelled_edit(ui, lang.t("Title"), &mut s.title, 320.0);
                });
                chrome::row(ui, |ui| {
                    combo(
                        ui,
                        "add_type",
                        lang.t("Type"),
                        s.event_type.map(|t| lang.t(t.label())).unwrap_or("—"),
                        |ui| {
                            for t in EventType::ALL {
                                if selectable(ui, s.event_type == Some(t), lang.t(t.label())).clicked() {
                                    s.event_type = Some(t);
                                }
                            }
                        },
                    );
                    let l = label(ui, lang.t("Date"));
                    ui.add(TextEdit::singleline(&mut s.start).hint_text("YYYY-MM-DD").desired_width(110.0))
                        .labelled_by(l.id);
                    combo(
                        ui,
                        "add_precision",
                        lang.t("Precision"),
                        s.precision.map(|p| lang.t(p.name())).unwrap_or("—"),
                        |ui| {
                            for p in [Precision::Year, Precision::Month, Precision::Day, Precision::Time] {
                                if selectable(ui, s.precision == Some(p), lang.t(p.name())).clicked() {
                                    s.precision = Some(p);
                                }
                            }
                        },
                    );
                });
                if let Some(e) = &s.error {
                    let c = ui.visuals().error_fg_color;
                    chrome::label_rich(ui, e, chrome::font(ui, egui::TextStyle::Body), c);
                }
                if button(ui, lang.t("Add event")).clicked() {
                    let when = if s.start.trim().is_empty() {
                        None
                    } else {
                        When::from_iso(&s.start, &s.start, s.precision.unwrap_or(Precision::Day))
                    };
                    let span = sentences.get(s.sentence).map(|sp| {
                        let w = word_spans(&chars, *sp);
                        match (w.get(s.from_word.wrapping_sub(1)), w.get(s.to_word.wrapping_sub(1))) {
                            (Some(a), Some(b)) => crate::text::Span::new(a.start, b.end),
                            _ => *sp,
                        }
                    });
                    match (span, s.title.trim().is_empty(), s.start.trim().is_empty() || when.is_some()) {
                        (None, _, _) => s.error = Some(lang.t("choose a sentence").into()),
                        (_, true, _) => s.error = Some(lang.t("give a title").into()),
                        (_, _, false) => {
                            s.error = Some(lang.t("dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM").into())
                        }
                        (Some(sp), false, true) => {
                            let anchor = Anchor {
                                file: d.file.clone(),
                                content_hash: format!("{:016x}", d.content_hash),
                                paragraph,
                                start: sp.start,
                                end: sp.end,
                            };
                            cmds.push(Command::Edit(Edit::AddEvent {
                                id: new_id(),
                                anchor,
                                title: s.title.trim().to_string(),
                                event_type: s.event_type.unwrap_or(EventType::Other),
                                when,
                            }));
                            s.open = None;
                        }
                    }
                }
            })
        },
    );
    if !keep_open {
        s.open = None;
    }
}
