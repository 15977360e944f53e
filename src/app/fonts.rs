//! Fonts: egui's defaults for Latin text, the bundled Noto Naskh Arabic for Arabic (as a
//! fallback of every family, so any Arabic string finds its glyphs).

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily, FontId};

pub use crate::font_data::NASKH;

/// Size of Arabic body text (Naskh needs more than Latin to read at the same size).
pub const ARABIC_SIZE: f32 = 17.0;

/// Installs the fonts into a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// The font definitions with Noto Naskh Arabic added.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert("naskh".into(), Arc::new(FontData::from_static(NASKH)));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push("naskh".into());
    }
    fonts
}

/// The font for Arabic paragraphs and quotes.
pub fn arabic() -> FontId {
    FontId::proportional(ARABIC_SIZE)
}

/// A larger Arabic font (titles, tooltips).
pub fn arabic_large() -> FontId {
    FontId::proportional(ARABIC_SIZE + 3.0)
}

/// Text sizes for the interface language: Naskh needs a larger size than Latin to read as
/// easily, so the Arabic interface's styles are larger.
pub fn apply_sizes(ctx: &egui::Context, lang: crate::i18n::Lang) {
    use egui::TextStyle;
    let defaults = egui::Style::default().text_styles;
    ctx.all_styles_mut(|style| {
        style.text_styles = defaults.clone();
        if lang.rtl() {
            for (ts, size) in [
                (TextStyle::Small, 12.5),
                (TextStyle::Body, 15.5),
                (TextStyle::Button, 15.5),
                (TextStyle::Heading, 21.0),
            ] {
                if let Some(f) = style.text_styles.get_mut(&ts) {
                    f.size = size;
                }
            }
        }
        // labels laid out in screen order must not be selected (they would copy reversed)
        style.interaction.selectable_labels = !lang.rtl();
        // scroll bars take their own room: a floating one would cover the first letters of
        // right-to-left lines (أعلن read علن)
        style.spacing.scroll = egui::style::ScrollStyle::solid();
    });
}
