//! Briefing mode: a full-screen presentation of the briefing's events, one per slide, in
//! order: the date in large type, the English title, the Arabic quotes right to left, the
//! sources, and a strip of the whole story at the bottom showing where the slide sits.
//! ←/→ or Page Up/Down move, Home/End jump, Esc leaves (selecting the slide's event). The
//! Briefing menu picks and orders the slides and exports them as a self-contained HTML page.

use egui::{Align2, FontId, Key, RichText, Sense, Stroke, Ui, Vec2};

use super::fonts;
use crate::bidi::BidiLabel;
use crate::explore::format::{event_when_label, published_label};
use crate::explore::timeline::to_x;
use crate::explore::{Command, Explorer};

/// Quotes shown per slide (one per source article).
const QUOTES: usize = 3;

/// The presentation state.
#[derive(Default)]
pub struct BriefingUi {
    /// Presenting.
    pub active: bool,
    /// The slide shown.
    pub slide: usize,
    /// The slides (event indices), fixed when the presentation starts.
    pub slides: Vec<usize>,
}

impl BriefingUi {
    /// Starts presenting, at the selected event when it is a slide.
    pub fn start(&mut self, x: &Explorer, ctx: &egui::Context) {
        self.slides = x.briefing_slides();
        if self.slides.is_empty() {
            return;
        }
        self.slide = x.selected.and_then(|s| self.slides.iter().position(|&i| i == s)).unwrap_or(0);
        self.active = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    fn stop(&mut self, ctx: &egui::Context, cmds: &mut Vec<Command>) {
        self.active = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        if let Some(&i) = self.slides.get(self.slide) {
            cmds.push(Command::Select(Some(i)));
        }
    }
}

fn keys(ui: &Ui, s: &mut BriefingUi, cmds: &mut Vec<Command>) {
    let n = s.slides.len();
    let (next, prev, home, end, esc) = ui.input(|i| {
        (
            i.key_pressed(Key::ArrowRight) || i.key_pressed(Key::PageDown) || i.key_pressed(Key::Space),
            i.key_pressed(Key::ArrowLeft) || i.key_pressed(Key::PageUp),
            i.key_pressed(Key::Home),
            i.key_pressed(Key::End),
            i.key_pressed(Key::Escape),
        )
    });
    if next && s.slide + 1 < n {
        s.slide += 1;
    }
    if prev && s.slide > 0 {
        s.slide -= 1;
    }
    if home {
        s.slide = 0;
    }
    if end {
        s.slide = n.saturating_sub(1);
    }
    if esc {
        s.stop(ui.ctx(), cmds);
    }
}

/// The strip of the whole story: every slide's date, the current one marked.
fn strip(ui: &mut Ui, x: &Explorer, s: &BriefingUi) {
    let spans: Vec<f64> = s.slides.iter().map(|&i| x.events[i].when.map(|w| to_x(w.start)).unwrap_or(0.0)).collect();
    let (lo, hi) = spans.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| (a.min(v), b.max(v)));
    let (rect, resp) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 56.0), Sense::hover());
    let label = format!("Briefing timeline: slide {} of {}", s.slide + 1, s.slides.len());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
    let p = ui.painter_at(rect);
    let line_y = rect.center().y;
    let x_of = |v: f64| rect.left() + 20.0 + ((v - lo) / (hi - lo).max(1e-9)) as f32 * (rect.width() - 40.0);
    p.line_segment([egui::pos2(rect.left() + 10.0, line_y), egui::pos2(rect.right() - 10.0, line_y)], Stroke::new(2.0, ui.visuals().weak_text_color()));
    for (k, &v) in spans.iter().enumerate() {
        let c = egui::pos2(x_of(v), line_y);
        let color = super::palette::type_color(x.events[s.slides[k]].event_type);
        if k == s.slide {
            p.circle_filled(c, 9.0, color);
            p.circle_stroke(c, 12.0, Stroke::new(2.0, ui.visuals().strong_text_color()));
        } else {
            p.circle_filled(c, 4.0, color.gamma_multiply(0.7));
        }
    }
    let year = |v: f64| crate::explore::timeline::from_x(v).format("%Y").to_string();
    if lo.is_finite() {
        p.text(egui::pos2(rect.left() + 10.0, rect.bottom()), Align2::LEFT_BOTTOM, year(lo), FontId::proportional(14.0), ui.visuals().weak_text_color());
        p.text(egui::pos2(rect.right() - 10.0, rect.bottom()), Align2::RIGHT_BOTTOM, year(hi), FontId::proportional(14.0), ui.visuals().weak_text_color());
    }
}

/// Draws the slide and handles the keys.
pub fn show(ui: &mut Ui, x: &Explorer, s: &mut BriefingUi, cmds: &mut Vec<Command>) {
    keys(ui, s, cmds);
    if !s.active {
        return;
    }
    let Some(&i) = s.slides.get(s.slide) else {
        s.active = false;
        return;
    };
    let e = &x.events[i];
    egui::CentralPanel::default().frame(egui::Frame::new().fill(ui.visuals().extreme_bg_color).inner_margin(40)).show(ui, |ui| {
        let bottom = 90.0;
        let body = ui.available_height() - bottom;
        ui.allocate_ui(Vec2::new(ui.available_width(), body), |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("Slide {} of {}", s.slide + 1, s.slides.len())).weak());
                ui.label(RichText::new("  Left and Right arrows move, Esc leaves").weak());
            });
            ui.add_space(10.0);
            ui.label(RichText::new(event_when_label(e)).size(40.0).strong().color(super::palette::type_color(e.event_type)));
            ui.label(RichText::new(&e.title).size(28.0).strong());
            ui.add_space(18.0);
            let mut docs = Vec::new();
            for m in &e.mentions {
                if docs.contains(&m.doc) || docs.len() >= QUOTES {
                    continue;
                }
                docs.push(m.doc);
                let d = &x.corpus.documents[m.doc];
                ui.add(BidiLabel::new(&m.quote).font(FontId::proportional(26.0)).color(ui.visuals().strong_text_color()));
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("—").size(16.0));
                    ui.add(BidiLabel::new(&d.title).font(FontId::proportional(fonts::ARABIC_SIZE)).single_line().max_width(ui.available_width() * 0.6));
                    ui.label(RichText::new(format!("{} · {}", d.outlet.as_deref().unwrap_or("outlet unknown"), published_label(d.published.as_ref()))).size(15.0).weak());
                });
                ui.add_space(14.0);
            }
            if let Some(r) = &e.reference {
                ui.label(RichText::new(format!("{} record {}: {}", r.dataset, r.record, r.notes)).size(20.0));
            }
        });
        ui.add_space(8.0);
        strip(ui, x, s);
    });
}

/// The Briefing menu: present, pick and order the slides, export the briefing as HTML.
pub fn menu(ui: &mut Ui, x: &Explorer, s: &mut BriefingUi, export_dir: &std::path::Path, cmds: &mut Vec<Command>, messages: &mut Vec<String>) {
    if ui.button("Briefing (F5)").on_hover_text("Present the briefing full screen").clicked() {
        s.start(x, ui.ctx());
    }
    ui.menu_button("Slides", |ui| {
        let slides = x.briefing_slides();
        ui.label(if x.briefing.is_none() { "Every event shown, in time order:".to_string() } else { "Chosen slides, in order:".to_string() });
        if let Some(sel) = x.selected {
            if ui.button("Add the selected event").clicked() {
                cmds.push(Command::BriefingAdd(sel));
            }
        }
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (k, &i) in slides.iter().enumerate() {
                ui.horizontal(|ui| {
                    if ui.small_button("Up").clicked() {
                        cmds.push(Command::BriefingMove(k, -1));
                    }
                    if ui.small_button("Down").clicked() {
                        cmds.push(Command::BriefingMove(k, 1));
                    }
                    if ui.small_button("Remove").clicked() {
                        cmds.push(Command::BriefingRemove(k));
                    }
                    ui.label(format!("{}. {} — {}", k + 1, super::event_list::short_when(&x.events[i]), x.events[i].title));
                });
            }
        });
        if ui.button("Start an empty briefing").clicked() {
            cmds.push(Command::BriefingEmpty);
        }
        if x.briefing.is_some() && ui.button("Use every event shown again").clicked() {
            cmds.push(Command::BriefingClear);
        }
        ui.separator();
        if ui.button("Export the briefing as HTML").clicked() {
            let path = export_dir.join(format!("tarikh-{}-briefing-{}.html", x.corpus.name, chrono::Local::now().format("%Y%m%d-%H%M%S")));
            let html = crate::export::briefing_html::to_html(x, &slides);
            let r = std::fs::create_dir_all(export_dir).and_then(|_| std::fs::write(&path, html));
            messages.push(match r {
                Ok(()) => format!("Saved {}", path.display()),
                Err(e) => format!("Could not save {}: {e}", path.display()),
            });
            ui.close();
        }
    });
}
