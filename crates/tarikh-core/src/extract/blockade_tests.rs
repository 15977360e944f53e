//! Life under a blockade (on sentences written for these tests): a convoy escorted is neither an
//! election nor an attack; schools or a channel's offices closed are the same act in French and
//! Arabic; a threat dated on its verb is what was said that day, not the act threatened; schools
//! that take up classes again end the suspension, which its own participle dates.

use super::meaning_tests::{each_typed_on, event_on, events, titles_of};
use crate::model::EventType;

#[test]
fn a_convoy_escorted_schools_closed_and_a_threat_are_typed_by_what_they_are() {
    // published on Tuesday 28 October 2025: Saturday is the 25th
    each_typed_on(
        &[
            (
                "L'armée a affirmé samedi avoir escorté un convoi de 300 citernes arrivé à Bamako sans incident.",
                EventType::Other,
            ),
            ("وقال الجيش في بيان يوم السبت إنه رافق قافلة من 300 صهريج وصلت إلى باماكو.", EventType::Other),
            (
                "Le gouvernement a annoncé samedi la fermeture des écoles et des universités pour deux semaines.",
                EventType::Political,
            ),
            ("أعلنت الحكومة يوم السبت إغلاق المدارس والجامعات لمدة أسبوعين.", EventType::Political),
            ("أعلنت الحكومة يوم السبت تعليق الدروس في جميع المدارس لمدة أسبوعين.", EventType::Political),
            ("Le JNIM a menacé samedi d'empêcher l'entrée du carburant dans la capitale.", EventType::Political),
            ("هددت جماعة نصرة الإسلام والمسلمين يوم السبت بمنع دخول الوقود إلى العاصمة.", EventType::Political),
            // a channel's offices closed are its broadcasts suspended, as in French
            ("أغلقت السلطات يوم السبت مكاتب قناة تلفزيونية في باماكو.", EventType::Political),
            (
                "Les autorités ont ordonné samedi la fermeture des bureaux d'une chaîne de télévision.",
                EventType::Political,
            ),
            // a road closed stays a closure
            ("Les autorités ont annoncé samedi la fermeture de la route entre Kayes et Bamako.", EventType::Other),
        ],
        "2025-10-28",
        "2025-10-25",
    );
    // a candidate who came first is still an election's
    let ev = events("Titre\nLe candidat est arrivé en tête du premier tour, samedi 25 octobre 2025.\n", "2025-10-28");
    assert!(ev.iter().any(|e| e.event_type == EventType::Political), "{:?}", titles_of(&ev));
    // the escort's title says what was escorted
    let ev = events("Titre\nL'armée a escorté samedi un convoi de citernes jusqu'à Bamako.\n", "2025-10-28");
    assert!(titles_of(&ev).iter().any(|t| t.starts_with("Escort")), "{:?}", titles_of(&ev));
}

#[test]
fn a_blockade_decreed_by_a_group_is_the_blockade_not_a_decision() {
    let e =
        event_on("Le blocus du carburant, décrété lundi par le JNIM, paralyse le pays.", "2024-03-20", "2024-03-18");
    assert!(e.mentions.iter().any(|m| m.kind == "blockade"), "{}", e.title);
    assert!(e.title.starts_with("JNIM"), "{}", e.title);
}

#[test]
fn schools_taking_up_classes_again_end_the_suspension_dated_by_its_own_participle() {
    // published on Tuesday 11 November 2025: Monday is the 10th
    let ev = events(
        "Titre\nLes écoles ont repris leurs cours ce lundi 10 novembre après deux semaines blanches, suspendues depuis le 27 octobre.\n",
        "2025-11-11",
    );
    let monday = ev.iter().find(|e| e.when.is_some_and(|w| w.iso_start() == "2025-11-10")).expect("monday");
    assert!(monday.title.starts_with("Restriction lifted"), "{:?}", titles_of(&ev));
    // a participle set off by a comma, with its own date right after it, is that date's act
    let e = event_on(
        "Le 16 juin, le ministre avait dénoncé devant le Conseil l'échec de la mission, déployée en 2013.",
        "2023-06-30",
        "2023-06-16",
    );
    assert_ne!(e.event_type, EventType::Deployment, "{}", e.title);
}
