//! Briefing mode: a full-screen presentation of the briefing's events, one per slide, in
//! order: the date in large type, the English title, the Arabic quotes right to left, the
//! sources, and a strip of the whole story at the bottom showing where the slide sits.
//! ←/→ or Page Up/Down move, Home/End jump, Esc leaves (selecting the slide's event). The
//! Briefing menu picks and orders the slides and exports them as a self-contained HTML page.

use egui::{Align2, FontId, Key, Sense, Stroke, Ui, Vec2};

use super::chrome::{self, button, hover, label_rich, menu_button};
use super::fonts;
use crate::bidi::BidiLabel;
use crate::explore::to_x;
use crate::explore::{event_when_label, outlet_label, published_label};
use crate::explore::{Command, Explorer};

/// Sizes on a slide, as shares of the screen's height, so that a slide reads across a room on
/// any screen: the date, the title, the quotes, the source lines and the slide count.
const DATE_SHARE: f32 = 0.055;
const TITLE_SHARE: f32 = 0.040;
const QUOTE_SHARE: f32 = 0.042;
/// The quote of a slide with a single source: larger, to fill the screen.
const SINGLE_QUOTE_SHARE: f32 = 0.058;
const SOURCE_SHARE: f32 = 0.024;
const COUNT_SHARE: f32 = 0.018;
/// The least size of the quotes (a small window still shows them large).
const QUOTE_MIN: f32 = 30.0;
/// The slide editor's buttons, large enough to hit while presenting.
const EDITOR_BUTTON: egui::Vec2 = egui::vec2(64.0, 32.0);

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
        self.slide = x.selected().and_then(|s| self.slides.iter().position(|&i| i == s)).unwrap_or(0);
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
    let spans: Vec<f64> = s.slides.iter().map(|&i| x.events()[i].when.map(|w| to_x(w.start)).unwrap_or(0.0)).collect();
    let (lo, hi) = spans.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| (a.min(v), b.max(v)));
    let (rect, resp) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 56.0), Sense::hover());
    let label = chrome::lang(ui).f("Briefing timeline: slide {0} of {1}", &[&(s.slide + 1), &s.slides.len()]);
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
    let p = ui.painter_at(rect);
    let line_y = rect.center().y;
    let x_of = |v: f64| rect.left() + 20.0 + ((v - lo) / (hi - lo).max(1e-9)) as f32 * (rect.width() - 40.0);
    p.line_segment(
        [egui::pos2(rect.left() + 10.0, line_y), egui::pos2(rect.right() - 10.0, line_y)],
        Stroke::new(2.0, ui.visuals().weak_text_color()),
    );
    for (k, &v) in spans.iter().enumerate() {
        let c = egui::pos2(x_of(v), line_y);
        let color = super::palette::type_color(x.events()[s.slides[k]].event_type);
        if k == s.slide {
            p.circle_filled(c, 9.0, color);
            p.circle_stroke(c, 12.0, Stroke::new(2.0, ui.visuals().strong_text_color()));
            // the slide's date above its mark
            if let Some(w) = x.events()[s.slides[k]].when {
                let text = crate::explore::when_label(&w, false, chrome::lang(ui));
                let text =
                    if chrome::lang(ui).rtl() { crate::bidi::text::visual_string(&text, Some(true)) } else { text };
                // kept inside the strip at either end
                let anchor = if c.x > rect.right() - 120.0 {
                    Align2::RIGHT_BOTTOM
                } else if c.x < rect.left() + 120.0 {
                    Align2::LEFT_BOTTOM
                } else {
                    Align2::CENTER_BOTTOM
                };
                let at = egui::pos2(c.x.clamp(rect.left() + 10.0, rect.right() - 10.0), c.y - 16.0);
                p.text(at, anchor, text, FontId::proportional(15.0), ui.visuals().strong_text_color());
            }
        } else {
            p.circle_filled(c, 4.0, color.gamma_multiply(0.7));
        }
    }
    // the years along the strip: every year, or every few when they are many
    if lo.is_finite() && hi > lo {
        use chrono::Datelike;
        let (y0, y1) = (crate::explore::from_x(lo).year(), crate::explore::from_x(hi).year());
        let step = ((y1 - y0) / 8 + 1).max(1);
        for y in (y0..=y1 + 1).filter(|y| (y - y0) % step == 0) {
            let Some(d) = chrono::NaiveDate::from_ymd_opt(y, 1, 1) else { continue };
            let v = crate::explore::to_x(d.and_hms_opt(0, 0, 0).unwrap_or_default());
            if v < lo - 1.0 || v > hi + 1.0 {
                continue;
            }
            let at = egui::pos2(x_of(v), rect.bottom());
            p.line_segment(
                [egui::pos2(at.x, line_y - 4.0), egui::pos2(at.x, line_y + 4.0)],
                Stroke::new(1.0, ui.visuals().weak_text_color()),
            );
            p.text(
                at,
                Align2::CENTER_BOTTOM,
                y.to_string(),
                FontId::proportional(14.0),
                ui.visuals().weak_text_color(),
            );
        }
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
    let e = &x.events()[i];
    let lang = chrome::lang(ui);
    egui::CentralPanel::default().frame(egui::Frame::new().fill(ui.visuals().extreme_bg_color).inner_margin(40)).show(
        ui,
        |ui| {
            let bottom = 90.0;
            let body = ui.available_height() - bottom;
            // a small map of the event's place beside the text (on the side the text reads towards)
            let full = ui.available_rect_before_wrap();
            let hgt = full.height();
            let size = |share: f32, least: f32| FontId::proportional((hgt * share).max(least));
            let map_size = Vec2::new(full.width() * 0.34, (full.width() * 0.34 * 0.75).min(body * 0.7));
            let map_x = if lang.rtl() { full.left() } else { full.right() - map_size.x };
            let map_rect = egui::Rect::from_min_size(egui::pos2(map_x, full.top() + 40.0), map_size);
            let loc = x.locations().get(i).copied().flatten();
            let place = loc
                .and_then(|l| l.place)
                .map(|p| crate::geo::Geography::builtin().places.all[p as usize].name.clone())
                .unwrap_or_default();
            if loc.is_some() {
                super::map_paint::paint_small_map(
                    ui.painter(),
                    map_rect,
                    loc.as_ref(),
                    &super::map_paint::place_label(&place, lang, &x.lexicon().gazetteer),
                    super::palette::type_color(e.event_type),
                    x.dark(),
                    lang.rtl(),
                );
            }
            let text_w = if loc.is_some() { full.width() - map_size.x - 24.0 } else { full.width() };
            let text_rect = egui::Rect::from_min_size(
                egui::pos2(
                    if lang.rtl() && loc.is_some() { full.left() + map_size.x + 24.0 } else { full.left() },
                    full.top(),
                ),
                Vec2::new(text_w, body),
            );
            ui.scope_builder(egui::UiBuilder::new().max_rect(text_rect), |ui| {
                chrome::column(ui, |ui| {
                    let weak = ui.visuals().weak_text_color();
                    let strong = ui.visuals().strong_text_color();
                    chrome::row(ui, |ui| {
                        label_rich(
                            ui,
                            &lang.f("Slide {0} of {1}", &[&(s.slide + 1), &s.slides.len()]),
                            size(COUNT_SHARE, 15.0),
                            weak,
                        );
                        label_rich(ui, lang.t("Left and Right arrows move, Esc leaves"), size(COUNT_SHARE, 15.0), weak);
                    });
                    ui.add_space(10.0);
                    label_rich(
                        ui,
                        &event_when_label(e, lang),
                        size(DATE_SHARE, 40.0),
                        super::palette::type_color(e.event_type),
                    );
                    label_rich(ui, x.title(i, lang), size(TITLE_SHARE, 28.0), strong);
                    // a disputed event's slide says who claims what
                    let figs = x.figures_of(i);
                    let mut clash: Vec<String> = Vec::new();
                    for (f, _) in figs.iter().zip(crate::explore::disagreeing(&figs)).filter(|(_, d)| *d) {
                        let said = format!("{}: {}", lang.t(&f.claimant), f.label(lang));
                        if !clash.contains(&said) {
                            clash.push(said);
                        }
                    }
                    if !clash.is_empty() {
                        label_rich(
                            ui,
                            &lang.f("The sources disagree: {0}", &[&clash.join(" · ")]),
                            size(SOURCE_SHARE, 20.0),
                            ui.visuals().warn_fg_color,
                        );
                    }
                    ui.add_space(14.0);
                    // every source quoted, large enough to read across a room; scroll for more
                    let mut sources: Vec<usize> = e.mentions.iter().map(|m| m.doc).collect();
                    sources.sort_unstable();
                    sources.dedup();
                    let quote_share = if sources.len() == 1 { SINGLE_QUOTE_SHARE } else { QUOTE_SHARE };
                    egui::ScrollArea::vertical().id_salt("slide_quotes").auto_shrink([false, true]).show(ui, |ui| {
                        let mut docs = Vec::new();
                        for m in &e.mentions {
                            if docs.contains(&m.doc) {
                                continue;
                            }
                            docs.push(m.doc);
                            let d = &x.corpus().documents[m.doc];
                            ui.add(BidiLabel::new(d.quote(m)).font(size(quote_share, QUOTE_MIN)).color(strong));
                            chrome::row_wrapped(ui, |ui| {
                                label_rich(ui, "—", size(SOURCE_SHARE, 18.0), weak);
                                ui.add(
                                    BidiLabel::new(&d.title)
                                        .font(size(SOURCE_SHARE, fonts::ARABIC_SIZE))
                                        .color(weak)
                                        .single_line()
                                        .max_width(ui.available_width() * 0.6),
                                );
                                // the outlet when it is known, never an "outlet unknown" filler
                                let source = match d.outlet.as_deref() {
                                    Some(o) => format!(
                                        "{} · {}",
                                        outlet_label(Some(o), lang),
                                        published_label(d.published.as_ref(), lang)
                                    ),
                                    None => published_label(d.published.as_ref(), lang),
                                };
                                label_rich(ui, &source, size(SOURCE_SHARE, 18.0), weak);
                            });
                            ui.add_space(14.0);
                        }
                    });
                    if let Some(r) = &e.reference {
                        label_rich(
                            ui,
                            &lang.f("{0} record {1}: {2}", &[&r.dataset, &r.record, &r.notes]),
                            size(SOURCE_SHARE, 20.0),
                            strong,
                        );
                    }
                });
            });
            // the strip at the bottom of the screen
            ui.add_space((ui.available_height() - 64.0).max(8.0));
            strip(ui, x, s);
        },
    );
}

/// The Briefing menu: present, pick and order the slides, export the briefing as HTML.
pub fn menu(
    ui: &mut Ui,
    x: &Explorer,
    s: &mut BriefingUi,
    export_dir: &std::path::Path,
    cmds: &mut Vec<Command>,
    messages: &mut Vec<String>,
) {
    let lang = chrome::lang(ui);
    if hover(button(ui, lang.t("Briefing (F5)")), lang.t("Present the briefing full screen")).clicked() {
        s.start(x, ui.ctx());
    }
    menu_button(ui, lang.t("Slides"), |ui| {
        let slides = x.briefing_slides();
        chrome::label(
            ui,
            if x.briefing().is_none() {
                lang.t("Every event shown, in time order:")
            } else {
                lang.t("Chosen slides, in order:")
            },
        );
        if let Some(sel) = x.selected() {
            if button(ui, lang.t("Add the selected event")).clicked() {
                cmds.push(Command::BriefingAdd(sel));
            }
        }
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for (k, &i) in slides.iter().enumerate() {
                chrome::row(ui, |ui| {
                    if chrome::sized_button(ui, lang.t("Up"), EDITOR_BUTTON).clicked() {
                        cmds.push(Command::BriefingMove(k, -1));
                    }
                    if chrome::sized_button(ui, lang.t("Down"), EDITOR_BUTTON).clicked() {
                        cmds.push(Command::BriefingMove(k, 1));
                    }
                    if chrome::sized_button(ui, lang.t("Remove"), EDITOR_BUTTON).clicked() {
                        cmds.push(Command::BriefingRemove(k));
                    }
                    chrome::label(
                        ui,
                        &format!(
                            "{}. {} — {}",
                            k + 1,
                            super::event_labels::short_when(&x.events()[i], lang),
                            x.title(i, lang)
                        ),
                    );
                });
            }
        });
        if button(ui, lang.t("Start an empty briefing")).clicked() {
            cmds.push(Command::BriefingEmpty);
        }
        if x.briefing().is_some() && button(ui, lang.t("Use every event shown again")).clicked() {
            cmds.push(Command::BriefingClear);
        }
        ui.separator();
        if button(ui, lang.t("Export the briefing as HTML")).clicked() {
            let path =
                export_dir.join(format!("tarikh-{}-briefing-{}.html", x.corpus().name, super::export_menu::stamp()));
            messages.push(super::export_menu::write(&path, crate::export::briefing_page(x, &slides, lang).as_bytes()));
            ui.close();
        }
    });
}
