//! The highlights of a mention in its paragraph, shared by the source cards and the document
//! view: the quoted sentence, and the time expression on top.

use egui::Color32;

use super::palette;
use crate::bidi::Highlight;
use crate::model::Mention;

/// Byte offset of a character offset.
pub fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map(|(b, _)| b).unwrap_or(text.len())
}

/// The highlights of a mention in its paragraph: the quote, and the time expression on top.
pub fn mention_highlights(text: &str, m: &Mention, dark: bool) -> Vec<Highlight> {
    vec![
        Highlight {
            range: byte_at(text, m.quote_span.start)..byte_at(text, m.quote_span.end),
            background: palette::quote_bg(dark),
            color: None,
            underline: false,
        },
        Highlight {
            range: byte_at(text, m.time_span.start)..byte_at(text, m.time_span.end),
            background: palette::time_bg(dark),
            color: if dark { None } else { Some(Color32::BLACK) },
            underline: true,
        },
    ]
}
