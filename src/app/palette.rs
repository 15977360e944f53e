//! Colours: one per event type (lanes, markers, list), and the highlight colours.

use egui::Color32;

use crate::model::EventType;

/// The colour of a type ([`EventType::rgb`]: one palette for the app and its exports).
pub fn type_color(t: EventType) -> Color32 {
    let [r, g, b] = t.rgb();
    Color32::from_rgb(r, g, b)
}

/// Background of the quoted sentence in a paragraph.
pub fn quote_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(0x4F, 0x8F, 0xE0, 60)
    } else {
        Color32::from_rgba_unmultiplied(0x4F, 0x8F, 0xE0, 45)
    }
}

/// Background of the time expression.
pub fn time_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x8A, 0x6D, 0x1E)
    } else {
        Color32::from_rgb(0xFF, 0xE0, 0x8A)
    }
}

#[cfg(test)]
mod tests {
    use super::type_color;
    use crate::model::EventType;

    #[test]
    fn every_type_has_its_own_colour() {
        let all = EventType::ALL;
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                let (x, y) = (type_color(*a), type_color(*b));
                let d = (x.r() as i32 - y.r() as i32).abs()
                    + (x.g() as i32 - y.g() as i32).abs()
                    + (x.b() as i32 - y.b() as i32).abs();
                assert!(d >= 60, "{a:?} and {b:?} are too close ({d})");
            }
        }
    }
}
