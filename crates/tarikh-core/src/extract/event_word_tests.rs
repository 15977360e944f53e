//! Arabic words of events that had typed nothing (on sentences written for these tests), found
//! by auditing the rows against a list of such words: fighting between factions (`اقتتال`), a
//! unit's mutiny (`أعلنت العصيان في معسكر`), men liquidated (`تصفية`, an operation), a killing
//! by the knife (`نحر`), people driven from their homes (`تهجير`), a sit-in (`اعتصام`), one
//! sent out of the country (`إبعاد`, an expulsion).

use super::meaning_tests::{each_typed_on, events, titles_of};
use crate::model::EventType;

#[test]
fn arabic_words_of_events_type_their_clauses() {
    each_typed_on(
        &[
            ("اندلع اقتتال بين فصيلين مسلحين يوم الاثنين قرب ميناكا.", EventType::Clash),
            ("أعلنت وحدة عسكرية يوم الاثنين العصيان في معسكر كاتي.", EventType::Coup),
            ("أعلن الجيش يوم الاثنين تصفية عشرة إرهابيين قرب نيونو.", EventType::Clash),
            ("نحر مسلحون يوم الاثنين ثلاثة رعاة قرب دوينتزا.", EventType::Attack),
            ("نظم عشرات الطلاب يوم الاثنين اعتصاما أمام وزارة التعليم في باماكو.", EventType::Political),
            ("قررت السلطات يوم الاثنين إبعاد صحفي فرنسي.", EventType::Diplomatic),
        ],
        "2023-06-20",
        "2023-06-19",
    );
}

#[test]
fn people_driven_from_their_homes_are_displaced() {
    // (typed other as before, but a displacement, no clause for a title)
    let ev = events("Titre\nتم تهجير مئات العائلات يوم الاثنين من قرى محيطة بمنكا.\n", "2023-06-20");
    assert!(ev.iter().any(|e| e.title.starts_with("Displacement")), "{:?}", titles_of(&ev));
}
