//! A group founded by merging others (on sentences written for these tests): armed groups that
//! merge into one (`اندماج عدة جماعات في جماعة نصرة الإسلام`, `ont fusionné au sein du GSIM`) found
//! it, a political act; the merged group is the first who acts.

use super::meaning_tests::{event_on, has_kind};
use crate::model::EventType;

#[test]
fn groups_merged_into_one_found_it() {
    for text in [
        "في مارس 2017 أعلنت عدة جماعات مسلحة اندماجها في جماعة نصرة الإسلام والمسلمين.",
        "En mars 2017, plusieurs groupes jihadistes ont fusionné au sein du GSIM.",
    ] {
        let e = event_on(text, "2020-08-20", "2017-03");
        assert_eq!(e.event_type, EventType::Political, "{text}: {}", e.title);
        assert!(has_kind(&e, "founding"), "{text}: {}", e.title);
        assert_eq!(e.actors.first().map(String::as_str), Some("JNIM"), "{text}: {}", e.title);
    }
}
