//! The map's caption, painted inside its frame so that it goes with every PNG of the map: what
//! is shown (how many events, from how many sources, over which dates), the legend of its
//! marks, and where the borders come from.

use egui::{pos2, vec2, Color32, FontId, Painter, Rect, Stroke, Ui};

use super::chrome;
use super::legend::{paint_map_mark, MapMark};
use crate::explore::Explorer;
use crate::explore::PlaceGroup;
use crate::model::EventType;

/// Height of the caption band at the foot of the map.
pub const CAPTION_HEIGHT: f32 = 52.0;

/// Paints the caption over the foot of the map `rect`, for the `groups` drawn; returns the
/// texts painted.
pub fn paint(ui: &Ui, painter: &Painter, rect: Rect, x: &Explorer, groups: &[PlaceGroup]) -> Vec<String> {
    let mut painted = Vec::new();
    let lang = chrome::lang(ui);
    let band = Rect::from_min_max(pos2(rect.left(), rect.bottom() - CAPTION_HEIGHT), rect.max);
    painter.rect_filled(band, 0.0, ui.visuals().extreme_bg_color.gamma_multiply(0.85));
    let font = FontId::proportional(11.5);
    let fg = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let rtl = lang.rtl();
    // what: events and sources on the map, over the timeline's range
    let events: usize = groups.iter().map(|g| g.count).sum();
    let sources: usize = groups.iter().map(|g| g.sources).sum();
    let (a, b) = x.view();
    let day = |v: f64| crate::explore::from_x(v).date();
    // years for a range of years, days for a shorter one
    let range = if b - a > 2.0 * 365.0 {
        format!("{}–{}", day(a).format("%Y"), day(b).format("%Y"))
    } else {
        format!("{} – {}", crate::i18n::day(lang, day(a)), crate::i18n::day(lang, day(b)))
    };
    let what = lang.f("{0} events on the map, {1} sources, {2}", &[&events, &sources, &range]);
    let line1 = Rect::from_min_size(band.min + vec2(6.0, 2.0), vec2(band.width() - 12.0, 16.0));
    crate::bidi::text::paint_line(ui, line1, &what, &font, fg, None, rtl);
    painted.push(what);
    // the legend of the marks, then the borders' source at the far end
    let color = crate::app::palette::type_color(EventType::Coup);
    let y = band.top() + 26.0;
    let mut at = if rtl { band.right() - 6.0 } else { band.left() + 6.0 };
    for (mark, text) in
        [(MapMark::Point, "town or site"), (MapMark::Region, "in a region"), (MapMark::Country, "country only")]
    {
        let text = lang.t(text);
        let w = painter.layout_no_wrap(text.to_string(), font.clone(), weak).size().x;
        let (mark_x, text_r) = if rtl {
            (at - 10.0, Rect::from_min_max(pos2(at - 24.0 - w, y - 7.0), pos2(at - 22.0, y + 7.0)))
        } else {
            (at + 10.0, Rect::from_min_max(pos2(at + 22.0, y - 7.0), pos2(at + 24.0 + w, y + 7.0)))
        };
        paint_map_mark(painter, Rect::from_center_size(pos2(mark_x, y), vec2(20.0, 14.0)), mark, color);
        crate::bidi::text::paint_line(ui, text_r, text, &font, weak, None, rtl);
        painted.push(text.to_string());
        at = if rtl { at - 34.0 - w } else { at + 34.0 + w };
    }
    // the borders' source, on a line of its own
    let source_r = Rect::from_min_size(pos2(band.left() + 6.0, band.bottom() - 15.0), vec2(band.width() - 12.0, 14.0));
    crate::bidi::text::paint_line(ui, source_r, lang.t("Borders: Natural Earth"), &font, weak, None, rtl);
    painted.push(lang.t("Borders: Natural Earth").to_string());
    painter.line_segment([band.left_top(), band.right_top()], Stroke::new(1.0, Color32::from_gray(90)));
    painted
}
