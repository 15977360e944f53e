//! A check shared by the tests on sentences of one shape (sentences written for the tests):
//! each sentence tells an event of one type on one day, and one of its events is of one kind.

use super::meaning_tests::{events, has_kind, titles_of, type_on};
use crate::model::EventType;

/// Each of `texts`, published on `published`, tells an event of type `ty` on `day`, and one of
/// its events is of kind `kind`; the test fails with the sentence and every title when not.
pub(super) fn each_of_kind_on(texts: &[&str], published: &str, day: &str, ty: EventType, kind: &str) {
    for text in texts {
        let ev = events(text, published);
        assert_eq!(type_on(&ev, day), ty, "{text}: {:?}", titles_of(&ev));
        assert!(ev.iter().any(|e| has_kind(e, kind)), "{text}: {:?}", titles_of(&ev));
    }
}
