//! The interface's own words in widgets, in the chosen language and direction.
//!
//! The language lives in the egui context (set once a frame by the app) so that every panel
//! can ask for it. Text with right-to-left characters becomes a layout job in screen order
//! (through [`crate::bidi`]), since egui would put its words left to right; the widget's
//! accessible label is then set back to the logical text, so screen readers and tests read
//! it as written. In English the widgets are egui's own, unchanged. Rows and columns are
//! mirrored in Arabic: rows run right to left and columns hug the right edge.

use egui::{Align, Color32, FontId, InnerResponse, Layout, Response, Role, TextStyle, Ui, WidgetInfo, WidgetText};

use crate::bidi::text::visual_job;
use crate::bidi::BidiLabel;
use crate::i18n::Lang;

fn lang_id() -> egui::Id {
    egui::Id::unique("tarikh_interface_language")
}

/// Sets the interface language for the frames to come.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The interface language.
pub fn lang(ui: &Ui) -> Lang {
    lang_of(ui.ctx())
}

/// The interface language, from the context.
pub fn lang_of(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

/// True when `s` holds a right-to-left letter (Arabic, Hebrew…).
pub fn has_rtl(s: &str) -> bool {
    s.chars().any(|c| matches!(unicode_bidi::bidi_class(c), unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL))
}

/// The font of a text style in this ui.
pub fn font(ui: &Ui, style: TextStyle) -> FontId {
    style.resolve(ui.style())
}

/// `s` as widget text in `font` and `color` ([`Color32::PLACEHOLDER`]: the widget's colour),
/// laid out in screen order when it holds right-to-left text.
pub fn rich(ui: &Ui, s: &str, font: FontId, color: Color32) -> WidgetText {
    rich_in(ui.ctx(), s, font, color)
}

/// [`rich`] where there is no `Ui` yet (window titles): the body font.
pub fn rich_ctx(ctx: &egui::Context, s: &str) -> WidgetText {
    let font = ctx.global_style().text_styles.get(&TextStyle::Body).cloned().unwrap_or_default();
    rich_in(ctx, s, font, Color32::PLACEHOLDER)
}

fn rich_in(ctx: &egui::Context, s: &str, font: FontId, color: Color32) -> WidgetText {
    if has_rtl(s) {
        WidgetText::LayoutJob(
            visual_job(ctx, s, &font, color, if lang_of(ctx).rtl() { Some(true) } else { None }).into(),
        )
    } else {
        let mut t = egui::RichText::new(s).font(font);
        if color != Color32::PLACEHOLDER {
            t = t.color(color);
        }
        t.into()
    }
}

/// `s` as widget text in a text style, in the widget's colour.
pub fn text(ui: &Ui, s: &str, style: TextStyle) -> WidgetText {
    rich(ui, s, font(ui, style), Color32::PLACEHOLDER)
}

/// Gives a widget made from [`rich`] text its logical label back.
pub fn relabel(resp: &Response, typ: Role, s: &str, selected: Option<bool>) {
    if has_rtl(s) {
        let enabled = resp.enabled();
        resp.widget_info(|| match selected {
            Some(on) => WidgetInfo::selected(typ, enabled, on, s),
            None => WidgetInfo::labeled(typ, enabled, s),
        });
    }
}

/// A button.
pub fn button(ui: &mut Ui, s: &str) -> Response {
    button_enabled(ui, true, s)
}

/// A button that can be greyed out.
pub fn button_enabled(ui: &mut Ui, enabled: bool, s: &str) -> Response {
    let r = ui.add_enabled(enabled, egui::Button::new(text(ui, s, TextStyle::Button)));
    relabel(&r, Role::Button, s, None);
    r
}

/// A button at least `min` large (controls to hit while presenting).
pub fn sized_button(ui: &mut Ui, s: &str, min: egui::Vec2) -> Response {
    let r = ui.add(egui::Button::new(text(ui, s, TextStyle::Button)).min_size(min));
    relabel(&r, Role::Button, s, None);
    r
}

/// A small button.
pub fn small_button(ui: &mut Ui, s: &str) -> Response {
    let r = ui.add(egui::Button::new(text(ui, s, TextStyle::Small)).small());
    relabel(&r, Role::Button, s, None);
    r
}

/// A check box.
pub fn checkbox(ui: &mut Ui, on: &mut bool, s: &str) -> Response {
    checkbox_rich(ui, on, s, Color32::PLACEHOLDER)
}

/// A check box with a coloured label.
pub fn checkbox_rich(ui: &mut Ui, on: &mut bool, s: &str, color: Color32) -> Response {
    let t = rich(ui, s, font(ui, TextStyle::Button), color);
    let r = ui.checkbox(on, t);
    relabel(&r, Role::CheckBox, s, Some(*on));
    r
}

/// A selectable label (in lists and combo boxes).
pub fn selectable(ui: &mut Ui, selected: bool, s: &str) -> Response {
    let r = ui.selectable_label(selected, text(ui, s, TextStyle::Button));
    relabel(&r, Role::Button, s, Some(selected));
    r
}

/// A radio button.
pub fn radio(ui: &mut Ui, selected: bool, s: &str) -> Response {
    let r = ui.radio(selected, text(ui, s, TextStyle::Button));
    relabel(&r, Role::RadioButton, s, Some(selected));
    r
}

/// A menu button whose menu is laid out in the interface's direction.
pub fn menu_button<R>(ui: &mut Ui, s: &str, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<Option<R>> {
    let rtl = lang(ui).rtl();
    let t = text(ui, s, TextStyle::Button);
    let r = ui.menu_button(t, |ui| if rtl { ui.with_layout(Layout::top_down(Align::Max), add).inner } else { add(ui) });
    relabel(&r.response, Role::Button, s, None);
    r
}

/// A label in a colour and font: wrapped in columns, one line in rows; right-to-left text is
/// laid out by [`BidiLabel`].
pub fn label_rich(ui: &mut Ui, s: &str, font: FontId, color: Color32) -> Response {
    if has_rtl(s) {
        let mut l = BidiLabel::new(s).font(font).color(color);
        if ui.layout().main_dir().is_horizontal() {
            l = l.single_line();
        }
        if lang(ui).rtl() {
            l = l.rtl(true);
        }
        ui.add(l)
    } else {
        ui.label(egui::RichText::new(s).font(font).color(color))
    }
}

/// A table cell: as wide as its text up to `max` points, wrapped onto more lines past that,
/// never cut (a figure of hundreds stays whole).
pub fn cell(ui: &mut Ui, s: &str, color: Color32, max: f32) -> Response {
    let f = font(ui, TextStyle::Body);
    // wrapped within `max`, never cut: a table fits its panel and a figure stays whole
    if has_rtl(s) {
        ui.add(BidiLabel::new(s).font(f).color(color).max_width(max).rtl(lang(ui).rtl()))
    } else {
        let h = ui.spacing().interact_size.y;
        ui.allocate_ui(egui::vec2(max, h), |ui| {
            ui.set_max_width(max);
            ui.add(egui::Label::new(egui::RichText::new(s).font(f).color(color)).wrap())
        })
        .inner
    }
}

/// A label in the body style.
pub fn label(ui: &mut Ui, s: &str) -> Response {
    let c = ui.visuals().text_color();
    label_rich(ui, s, font(ui, TextStyle::Body), c)
}

/// A label in the weak colour.
pub fn weak(ui: &mut Ui, s: &str) -> Response {
    let c = ui.visuals().weak_text_color();
    label_rich(ui, s, font(ui, TextStyle::Body), c)
}

/// A label in the strong colour.
pub fn strong(ui: &mut Ui, s: &str) -> Response {
    let c = ui.visuals().strong_text_color();
    label_rich(ui, s, font(ui, TextStyle::Body), c)
}

/// A tooltip.
pub fn hover(resp: Response, s: &str) -> Response {
    if has_rtl(s) {
        let s = s.to_string();
        resp.on_hover_ui(move |ui| {
            ui.add(BidiLabel::new(&s).font(font(ui, TextStyle::Body)).rtl(true));
        })
    } else {
        resp.on_hover_text(s)
    }
}

/// The layout of a row in the interface's direction.
pub fn row_layout(ui: &Ui) -> Layout {
    if lang(ui).rtl() {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    }
}

/// A row, right to left in Arabic.
pub fn row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if lang(ui).rtl() {
        // as `Ui::horizontal` does, mirrored
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center), add)
    } else {
        ui.horizontal(add)
    }
}

/// A wrapping row, right to left in Arabic.
pub fn row_wrapped<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if lang(ui).rtl() {
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, Layout::right_to_left(Align::Center).with_main_wrap(true), add)
    } else {
        ui.horizontal_wrapped(add)
    }
}

/// A column whose widgets hug the right edge in Arabic.
pub fn column<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    if lang(ui).rtl() {
        ui.with_layout(Layout::top_down(Align::Max), add).inner
    } else {
        add(ui)
    }
}

/// A combo box with its label (after it, in the row's direction) and the text of its choice;
/// the list opens in the interface's direction.
pub fn combo<R>(
    ui: &mut Ui,
    id: &str,
    label: &str,
    selected: &str,
    add: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<Option<R>> {
    let label_text = text(ui, label, TextStyle::Body);
    let selected_text = text(ui, selected, TextStyle::Button);
    let r = egui::ComboBox::new(id, label_text).selected_text(selected_text).show_ui(ui, |ui| column(ui, add));
    relabel(&r.response, Role::ComboBox, label, None);
    r
}

/// A collapsing header titled in the interface language.
pub fn collapsing<R>(
    ui: &mut Ui,
    id: &str,
    title: &str,
    open: bool,
    color: Option<Color32>,
    add: impl FnOnce(&mut Ui) -> R,
) -> egui::CollapsingResponse<R> {
    let c = color.unwrap_or(Color32::PLACEHOLDER);
    let t = rich(ui, title, font(ui, TextStyle::Body), c);
    let r = egui::CollapsingHeader::new(t).id_salt(id).default_open(open).show(ui, |ui| column(ui, add));
    relabel(&r.header_response, Role::DisclosureTriangle, title, None);
    r
}

/// A single-line text field with a visible label that also names it for assistive
/// technology, and the label as its hint.
pub fn labelled_edit(ui: &mut Ui, label: &str, text: &mut String, width: f32) -> Response {
    let l = self::label(ui, label);
    let hint = rich(ui, label, font(ui, TextStyle::Body), ui.visuals().weak_text_color());
    ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(width)).labelled_by(l.id)
}

/// One line of `text` in `font`, cut with an ellipsis where it would pass `width` (timeline
/// labels).
pub fn one_line_job(text: String, font: FontId, color: Color32, width: f32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::simple_singleline(text, font, color);
    job.wrap = egui::text::TextWrapping {
        max_width: width.max(0.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    job
}

/// The characters a laid-out galley shows (an elided one ends in its ellipsis; its `text()`
/// is still the whole text).
pub fn shown_text(galley: &egui::Galley) -> String {
    let shown: String = galley.rows.iter().flat_map(|r| r.row.glyphs.iter().map(|g| g.chr)).collect();
    // (whether the ellipsis is among the glyphs depends on the layout: say it either way)
    if shown.chars().count() < galley.text().chars().count() && !shown.ends_with('…') {
        format!("{}…", shown.trim_end())
    } else {
        shown
    }
}

#[cfg(test)]
mod elide_tests {
    #[test]
    fn a_cut_line_ends_in_an_ellipsis() {
        let ctx = egui::Context::default();
        let mut out = String::new();
        let _ = ctx.run_ui(egui::RawInput::default(), |ui| {
            let g = ui.fonts_mut(|f| {
                f.layout_job(super::one_line_job(
                    "Attack on gendarmerie school and military airport".into(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                    120.0,
                ))
            });
            out = super::shown_text(&g);
        });
        assert!(out.ends_with('…') && out.len() < 40, "{out:?}");
        assert!("Attack on gendarmerie school".starts_with(out.trim_end_matches('…')), "{out:?}");
    }
}
