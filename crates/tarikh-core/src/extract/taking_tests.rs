//! A kidnapping told with its auxiliary (on sentences written for these tests): `ont enlevé`,
//! `ont été enlevés` type their clause whatever date it holds (set off by a source, a part of
//! the day or a night between two days), where the bare participle dates only a date right
//! after it.

use super::meaning_tests::{events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_kidnapping_with_its_auxiliary_types_its_clause_wherever_its_date() {
    // published on Monday 20 May 2024: Sunday is the 19th
    for (text, day) in [
        ("Le 19 mai, selon des sources locales, des jihadistes ont enlevé cinq civils à Ségou.", "2024-05-19"),
        ("Cinq civils ont été enlevés à Ségou par des jihadistes le 19 mai.", "2024-05-19"),
        ("Des jihadistes ont enlevé cinq civils à Ségou dans la nuit du 18 au 19 mai.", "2024-05-18"),
        ("Le 19 mai au matin, des jihadistes ont enlevé cinq civils à Ségou.", "2024-05-19"),
        ("Dimanche au soir, des hommes armés ont kidnappé deux commerçants près de Ségou.", "2024-05-19"),
    ] {
        let ev = events(text, "2024-05-20");
        assert_eq!(type_on(&ev, day), EventType::Kidnapping, "{text}: {:?}", titles_of(&ev));
    }
}
