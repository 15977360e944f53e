//! Names beside an armed act that did not do it (on sentences written for these tests): those
//! who escort or guard what it struck (`un convoi escorté par l'armée`, `قافلة بحراسة الجيش`), even
//! after `par` and an elided article; what a French verb with its auxiliary acts on (`l'armée a
//! attaqué les rebelles`). The places named beside an escort stay where the act was; a party
//! "with" an agreement and the group a founding makes stay its actors.

use super::meaning_tests::{events, titles_of};

/// The actors of the one event of `text`, published on `published`.
fn actors_of(text: &str, published: &str) -> Vec<String> {
    let ev = events(text, published);
    assert_eq!(ev.len(), 1, "{text}: {:?}", titles_of(&ev));
    ev[0].actors.clone()
}

#[test]
fn who_escorts_what_an_attack_struck_did_not_attack() {
    for text in [
        "Des jihadistes ont attaqué lundi un convoi escorté par l'armée malienne près de Kayes.",
        "Au moins 40 civils ont été tués lundi lors de l'attaque d'un convoi escorté par des chasseurs dozos près de Bandiagara.",
        "هاجم مسلحون يوم الاثنين قافلة تجارية بحراسة الجيش المالي قرب نيونو.",
        "قتل سائقان يوم الاثنين في هجوم على قافلة صهاريج ترافقها قوات الجيش المالي قرب كاتي.",
    ] {
        let actors = actors_of(text, "2024-07-03");
        assert!(
            !actors.iter().any(|a| a == "Malian Armed Forces" || a.starts_with("Dozo")),
            "{text}: {actors:?}"
        );
    }
    // the agent named after `par` still did it
    let actors = actors_of(
        "Un convoi escorté par l'armée malienne a été attaqué lundi près de Kayes par le JNIM.",
        "2024-07-03",
    );
    assert_eq!(actors.first().map(String::as_str), Some("JNIM"), "{actors:?}");
    // a place named after the escort is where the attack was
    let ev = events("هاجم مسلحون يوم الاثنين قافلة صهاريج ترافقها وحدات من الجيش بين كاتي وكولوكاني.", "2024-07-03");
    assert!(ev.iter().any(|e| e.title.contains("Kati")), "{:?}", titles_of(&ev));
}

#[test]
fn what_a_french_verb_of_attack_acts_on_is_not_its_agent() {
    let actors = actors_of("L'armée a attaqué lundi les rebelles près de Kidal.", "2024-07-03");
    assert!(!actors.iter().any(|a| a == "Rebels"), "{actors:?}");
    // a party "with" the act stays one
    let actors = actors_of("Le gouvernement de transition a signé lundi un accord avec la CMA à Alger.", "2024-07-03");
    assert!(actors.iter().any(|a| a == "CMA"), "{actors:?}");
}
