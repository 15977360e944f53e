//! The legends: the timeline's (what each mark means) and the map's (how precisely a mark
//! places its events).
//!
//! The timeline's: a band is a year, a month or a range of days;
//! a dot is a day or a time of day; a square is a record of the reference layer (ACLED); a
//! notch above a mark says its sources disagree. Colours are the types' (named on the lanes).

use egui::{vec2, Color32, Painter, Rect, Sense, Stroke, Ui};

use super::{chrome, palette};
use crate::model::EventType;

/// A kind of mark.
#[derive(Debug, Clone, Copy)]
enum Mark {
    Band,
    Dot,
    Square,
    Notch,
}

fn paint(painter: &Painter, r: Rect, mark: Mark, color: Color32, warn: Color32) {
    let c = r.center();
    match mark {
        Mark::Band => {
            let band = Rect::from_center_size(c, vec2(r.width(), 8.0));
            painter.rect_filled(band, 3.0, color.gamma_multiply(0.55));
            painter.rect_stroke(band, 3.0, Stroke::new(1.0, color), egui::StrokeKind::Inside);
        }
        Mark::Dot => {
            painter.circle_filled(c, 5.0, color);
        }
        Mark::Square => {
            painter.rect_filled(Rect::from_center_size(c, vec2(10.0, 10.0)), 1.0, color.gamma_multiply(0.8));
        }
        Mark::Notch => {
            let top = c + vec2(0.0, 3.0);
            painter.add(egui::Shape::convex_polygon(
                vec![top + vec2(-4.0, -6.0), top + vec2(4.0, -6.0), top],
                warn,
                Stroke::NONE,
            ));
        }
    }
}

/// Draws the legend as one row under the timeline.
pub fn show(ui: &mut Ui) {
    let lang = chrome::lang(ui);
    let color = palette::type_color(EventType::Coup);
    let warn = ui.visuals().warn_fg_color;
    chrome::row(ui, |ui| {
        for (mark, text) in [
            (Mark::Band, "year, month or range"),
            (Mark::Dot, "day or time"),
            (Mark::Square, "reference record (ACLED)"),
            (Mark::Notch, "sources disagree"),
        ] {
            let (r, _) = ui.allocate_exact_size(vec2(22.0, 14.0), Sense::hover());
            paint(ui.painter(), r, mark, color, warn);
            chrome::weak(ui, lang.t(text));
            ui.add_space(10.0);
        }
    });
}

/// How the map draws a place, by how precisely the sources give it.
#[derive(Debug, Clone, Copy)]
pub(super) enum MapMark {
    Point,
    Region,
    Country,
}

pub(super) fn paint_map_mark(painter: &Painter, r: Rect, mark: MapMark, color: Color32) {
    let c = r.center();
    match mark {
        MapMark::Point => {
            painter.circle_filled(c, 5.0, color);
        }
        MapMark::Region => {
            painter.circle_filled(c, 7.0, color.gamma_multiply(0.3));
            painter.circle_stroke(c, 7.0, Stroke::new(1.0, color));
        }
        MapMark::Country => {
            let pts = vec![
                c + vec2(-9.0, -5.0),
                c + vec2(2.0, -7.0),
                c + vec2(9.0, -1.0),
                c + vec2(5.0, 6.0),
                c + vec2(-6.0, 5.0),
            ];
            painter.add(egui::Shape::closed_line(pts, Stroke::new(2.0, color)));
        }
    };
}
