//! The visual word order the app gives a text at a width, measured with egui's real fonts
//! (for `tarikh bidi-lines`, which `docs/bidi/compare.py` checks against Chromium).

use super::layout::{layout, visual_words};

/// For each text: its lines, each a list of words from left to right on screen, laid out at
/// `width` points in the Arabic font at `size` points, right to left.
pub fn visual_lines(texts: &[String], width: f32, size: f32) -> Vec<Vec<Vec<String>>> {
    let ctx = egui::Context::default();
    crate::app::fonts::install(&ctx);
    let font = egui::FontId::proportional(size);
    let mut out = Vec::new();
    let _ = ctx.run_ui(egui::RawInput::default(), |ui| {
        out = texts
            .iter()
            .map(|t| {
                let l = ui.fonts_mut(|f| {
                    layout(t, width, Some(true), &mut |s: &str| {
                        f.layout_no_wrap(s.to_string(), font.clone(), egui::Color32::WHITE).size().x
                    })
                });
                visual_words(t, &l)
            })
            .collect();
    });
    out
}
