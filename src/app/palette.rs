//! Colours: one per event type (lanes, markers, list), and the highlight colours.

use egui::Color32;

use crate::model::EventType;

/// The colour of a type.
pub fn type_color(t: EventType) -> Color32 {
    match t {
        EventType::Attack => Color32::from_rgb(0xE0, 0x4F, 0x4F),
        EventType::Clash => Color32::from_rgb(0xF0, 0x8C, 0x3C),
        EventType::Claim => Color32::from_rgb(0xC0, 0x6C, 0xD8),
        EventType::CasualtyReport => Color32::from_rgb(0x9E, 0x9E, 0x9E),
        EventType::Coup => Color32::from_rgb(0x4F, 0x8F, 0xE0),
        EventType::Political => Color32::from_rgb(0x3C, 0xB4, 0xC8),
        EventType::Agreement => Color32::from_rgb(0x5C, 0xC0, 0x6C),
        EventType::Deployment => Color32::from_rgb(0x8C, 0x9C, 0x3C),
        EventType::Withdrawal => Color32::from_rgb(0xB8, 0xA0, 0x5C),
        EventType::Diplomatic => Color32::from_rgb(0x7C, 0x7C, 0xE8),
        EventType::Kidnapping => Color32::from_rgb(0xD8, 0x5C, 0xA0),
        EventType::Other => Color32::from_rgb(0x8C, 0xA8, 0xA8),
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
