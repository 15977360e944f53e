//! What is told of hostages besides their taking and release (on sentences written for these
//! tests): a video of them put out, talks for their release.

use super::meaning_tests::{each_typed_on, events, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_video_of_hostages_and_talks_for_their_release_are_neither_a_kidnapping_nor_a_release() {
    // published on Thursday 18 April 2024: Wednesday is the 17th
    each_typed_on(
        &[
            ("Une vidéo de l'otage a été diffusée mercredi par le JNIM.", EventType::Other),
            ("بثت الجماعة يوم الأربعاء تسجيلا مصورا للرهينة.", EventType::Other),
            ("Des négociations pour la libération des otages ont commencé mercredi.", EventType::Diplomatic),
            ("بدأت يوم الأربعاء مفاوضات من أجل الإفراج عن الرهائن.", EventType::Diplomatic),
            // hostages freed, a video showing an attack of its own day, stay what they are
            ("Les deux otages ont été libérés mercredi par leurs ravisseurs.", EventType::Kidnapping),
        ],
        "2024-04-18",
        "2024-04-17",
    );
    let ev =
        events("Titre\nUne vidéo diffusée jeudi montre l'attaque de mercredi contre le camp de Boni.\n", "2024-04-19");
    assert_eq!(type_on(&ev, "2024-04-17"), EventType::Attack, "{:?}", titles_of(&ev));
}
