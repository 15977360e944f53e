//! Adding an event by hand: choose a sentence of a paragraph and, if need be, narrow it to
//! some of its words (that span becomes the event's provenance); give a title, a type and a
//! date.

use egui::{TextEdit, Ui};

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
        *self = AddUi { open: Some((doc, paragraph)), event_type: Some(EventType::Other), precision: Some(Precision::Day), ..Default::default() };
    }
}

/// The words of a sentence, as character spans of the paragraph.
fn word_spans(chars: &[char], sp: crate::text::Span) -> Vec<crate::text::Span> {
    let mut out = Vec::new();
    let mut start = None;
    for i in sp.start..sp.end {
        match (chars[i].is_whitespace(), start) {
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
    let d = &x.corpus.documents[doc];
    let text = d.paragraphs[paragraph].text.clone();
    let sentences = sentence_spans(&text);
    let chars: Vec<char> = text.chars().collect();
    let mut keep_open = true;
    egui::Window::new("Add an event").open(&mut keep_open).default_width(520.0).show(ctx, |ui: &mut Ui| {
        ui.weak(format!("{} · paragraph {paragraph}", d.file));
        ui.label("The sentence it is drawn from:");
        for (k, sp) in sentences.iter().enumerate() {
            let sentence: String = chars[sp.start..sp.end].iter().collect();
            ui.horizontal(|ui| {
                if ui.radio_value(&mut s.sentence, k, format!("Sentence {}", k + 1)).changed() {
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
            ui.horizontal(|ui| {
                ui.label("Span: from word");
                ui.add(egui::DragValue::new(&mut s.from_word).range(1..=words.len()));
                ui.label("to word");
                ui.add(egui::DragValue::new(&mut s.to_word).range(1..=words.len()));
            });
            s.to_word = s.to_word.max(s.from_word);
            let (a, b) = (words[s.from_word - 1].start, words[s.to_word - 1].end);
            let span_text: String = chars[a..b].iter().collect();
            ui.add(BidiLabel::new(&span_text).font(fonts::arabic()).color(ui.visuals().strong_text_color()).max_width(480.0));
        }
        ui.horizontal(|ui| {
            let l = ui.label("Title");
            ui.add(TextEdit::singleline(&mut s.title).hint_text("Title").desired_width(320.0)).labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            egui::ComboBox::new("add_type", "Type").selected_text(s.event_type.map(|t| t.label()).unwrap_or("—")).show_ui(ui, |ui| {
                for t in EventType::ALL {
                    ui.selectable_value(&mut s.event_type, Some(t), t.label());
                }
            });
            let l = ui.label("Date");
            ui.add(TextEdit::singleline(&mut s.start).hint_text("YYYY-MM-DD").desired_width(110.0)).labelled_by(l.id);
            egui::ComboBox::new("add_precision", "Precision").selected_text(s.precision.map(|p| p.name()).unwrap_or("—")).show_ui(ui, |ui| {
                for p in [Precision::Year, Precision::Month, Precision::Day, Precision::Time] {
                    ui.selectable_value(&mut s.precision, Some(p), p.name());
                }
            });
        });
        if let Some(e) = &s.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if ui.button("Add event").clicked() {
            let when = if s.start.trim().is_empty() { None } else { When::from_iso(&s.start, &s.start, s.precision.unwrap_or(Precision::Day)) };
            let span = sentences.get(s.sentence).map(|sp| {
                let w = word_spans(&chars, *sp);
                match (w.get(s.from_word.wrapping_sub(1)), w.get(s.to_word.wrapping_sub(1))) {
                    (Some(a), Some(b)) => crate::text::Span::new(a.start, b.end),
                    _ => *sp,
                }
            });
            match (span, s.title.trim().is_empty(), s.start.trim().is_empty() || when.is_some()) {
                (None, _, _) => s.error = Some("choose a sentence".into()),
                (_, true, _) => s.error = Some("give a title".into()),
                (_, _, false) => s.error = Some("dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM".into()),
                (Some(sp), false, true) => {
                    let anchor = Anchor { file: d.file.clone(), content_hash: format!("{:016x}", d.content_hash), paragraph, start: sp.start, end: sp.end };
                    cmds.push(Command::Edit(Edit::AddEvent { id: new_id(), anchor, title: s.title.trim().to_string(), event_type: s.event_type.unwrap_or(EventType::Other), when }));
                    s.open = None;
                }
            }
        }
    });
    if !keep_open {
        s.open = None;
    }
}
