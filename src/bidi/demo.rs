//! A window showing the bidi test texts the way the app lays them out (`tarikh bidi-demo`), at
//! the same widths as `docs/bidi/compare.py` gives Chromium, for a side-by-side screenshot.

use egui::{Color32, FontId, Stroke, Ui};

use super::BidiLabel;

/// The test texts and widths (the same as `docs/bidi/compare.py`).
pub const CASES: [(f32, &str); 4] = [
    (400.0, "باماكو 2024"),
    (600.0, "جماعة نصرة الإسلام والمسلمين (JNIM)، التابعة لتنظيم القاعدة"),
    (700.0, "وأشار البيان إلى أن إطلاق النار بدأ في 17 سبتمبر 2024 حوالي الساعة 05:30 بتوقيت غرينتش، وامتد إلى عدة أحياء في العاصمة."),
    (260.0, "أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، أنه تمكن من إحباط هجوم إرهابي استهدف مجمعاً تابعاً لقوات الدرك في العاصمة باماكو، مؤكداً أن الوضع بات تحت السيطرة."),
];

/// Draws the cases, each in a box of its width, white background as in the browser page.
pub fn show(ui: &mut Ui) {
    egui::Frame::new().fill(Color32::WHITE).inner_margin(10).show(ui, |ui| {
        ui.set_min_size(ui.available_size());
        for (w, t) in CASES {
            egui::Frame::new().stroke(Stroke::new(1.0, Color32::from_gray(200))).show(ui, |ui| {
                ui.set_width(w);
                ui.add(BidiLabel::new(t).font(FontId::proportional(17.0)).color(Color32::BLACK).max_width(w).rtl(true));
            });
            ui.add_space(18.0);
        }
    });
}
