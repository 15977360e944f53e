//! Colours: one per event type (lanes, markers, list), and the highlight colours.

use egui::Color32;

use crate::model::EventType;

/// The colour of a type: the Okabe–Ito colours, then Paul Tol's muted ones, so that the
/// types stay apart for readers with a colour-vision deficiency (and every lane is named).
pub fn type_color(t: EventType) -> Color32 {
    match t {
        EventType::Attack => Color32::from_rgb(0xD5, 0x5E, 0x00),         // vermillion
        EventType::Clash => Color32::from_rgb(0xE6, 0x9F, 0x00),          // orange
        EventType::Claim => Color32::from_rgb(0xCC, 0x79, 0xA7),          // reddish purple
        EventType::CasualtyReport => Color32::from_rgb(0xF0, 0xE4, 0x42), // yellow
        EventType::Coup => Color32::from_rgb(0x56, 0xB4, 0xE9),           // sky blue
        EventType::Political => Color32::from_rgb(0x00, 0x9E, 0x73),      // bluish green
        EventType::Agreement => Color32::from_rgb(0x44, 0xAA, 0x99),      // teal (Tol)
        EventType::Deployment => Color32::from_rgb(0x99, 0x99, 0x33),     // olive (Tol)
        EventType::Withdrawal => Color32::from_rgb(0xDD, 0xCC, 0x77),     // sand (Tol)
        EventType::Diplomatic => Color32::from_rgb(0x4C, 0x8C, 0xD8),     // blue, lightened for the dark theme
        EventType::Kidnapping => Color32::from_rgb(0xCC, 0x66, 0x77),     // rose (Tol)
        EventType::Other => Color32::from_rgb(0xBB, 0xBB, 0xBB),          // grey
    }
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
                let d = (x.r() as i32 - y.r() as i32).abs() + (x.g() as i32 - y.g() as i32).abs() + (x.b() as i32 - y.b() as i32).abs();
                assert!(d >= 60, "{a:?} and {b:?} are too close ({d})");
            }
        }
    }
}
