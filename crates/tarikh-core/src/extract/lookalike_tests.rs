//! Words that look like one act and tell another (on sentences written for these tests):
//! attackers leaving, a president's guard, a president held, hostages handed over, a kidnapping's
//! participle beside a release, a proposal to proclaim someone, meddling in a country's affairs, a
//! visit to the wounded, a dialogue named for reconciliation, troops entering a town "without meeting"
//! resistance, soldiers who "invest" a town, a court that "condemns", a restriction lifted, an
//! authority "indépendante", a movement named after a day, people who went out into the streets,
//! results "proclaimed", a broadcast "stopped" (`أوقف`, also an arrest), a rank conferred, a strike;
//! the United Nations (`الأمم`, also `nationalized`), a region fallen "into the hands" of a group, an
//! accord ended named by a pronoun; a border reopened (no closure), an electoral law voted (no
//! election), someone who gives himself up; a broadcaster named after a country (`صوت أمريكا`) that
//! is suspended is neither the place nor the one who suspends; the moment of an arrival (`à leur
//! arrivée`) is no deployment, and a pardon (`gracié`, `عفا`) is a release; a charter of the
//! transition signed is a decision, not an agreement; a deposed head moved to a camp is held, not
//! a camp handed over, and infrastructure sabotaged is attacked; freedom (`libertés`) is no
//! release, and warplanes (`طائرات حربية`, `avions de combat`) are no fight; a flag or a candidacy
//! taken back (`avant de le retirer`, `a retiré sa candidature`) is no withdrawal; a law that
//! repeals a charter of parties is a decision, no agreement ended; a warrant (`mandat d'arrêt`,
//! `مذكرة توقيف`) is a step of the proceedings, not an arrest nor a memorandum, and an arrest `en
//! exécution d'un mandat` kills nobody; a minister who `a jugé` a situation grave, or a judge
//! named, is no trial, nor are investors (`investisseurs`) an inauguration; a death sentence
//! (`حكما بالإعدام`) kills nobody, and a bill `وافق` on is a law passed, no agreement; flights or
//! talks taken up again (`reprise des vols`, `des pourparlers`) are no town retaken; a device
//! defused (`désamorcé`, `تفكيك عبوة`) is no attack.

use super::meaning_tests::{each_typed_on, event_on, events, has_kind, one_where, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn attackers_leaving_after_the_act_are_no_forces_withdrawal() {
    let ar = "عنوان\nوأضرم المهاجمون النار في المنازل مساء السبت قبل أن ينسحبوا صباح الأحد.\n";
    let fr = "Titre\nLes assaillants ont incendié des maisons samedi soir avant de se retirer dimanche matin.\n";
    for text in [ar, fr] {
        let ev = events(text, "2024-03-12");
        assert!(!ev.iter().any(|e| e.event_type == EventType::Withdrawal), "{:?}", titles_of(&ev));
        assert_eq!(one_where(&ev, |e| starts_on(e, "2024-03-10")).event_type, EventType::Attack);
    }
    // soldiers leaving a base stay a withdrawal
    let ev = events(
        "Titre\nLes soldats ont détruit leurs installations avant de se retirer de la base dimanche.\n",
        "2024-03-12",
    );
    assert_eq!(
        one_where(&ev, |e| starts_on(e, "2024-03-10")).event_type,
        EventType::Withdrawal,
        "{:?}",
        titles_of(&ev)
    );
}

#[test]
fn the_presidential_guard_is_no_election() {
    let ev = events(
        "Titre\nMercredi, des militaires de la garde présidentielle ont retenu le président dans sa résidence.\n",
        "2023-07-28",
    );
    assert!(!ev.iter().any(|e| e.title.contains("lection")), "{:?}", titles_of(&ev));
}

#[test]
fn a_president_held_by_soldiers_is_a_coup() {
    let ev = events("Titre\nMercredi, des militaires de la garde présidentielle ont retenu le président Bazoum dans sa résidence.\n", "2023-07-28");
    assert_eq!(one_where(&ev, |e| starts_on(e, "2023-07-26")).event_type, EventType::Coup, "{:?}", titles_of(&ev));
}

#[test]
fn hostages_handed_over_are_released_and_a_kidnapping_s_participle_dates_the_kidnapping() {
    let ev = events("Titre\nAvant-hier, les otages ont été remis aux autorités maliennes à Bamako.\n", "2024-05-19");
    let handed = one_where(&ev, |e| starts_on(e, "2024-05-17"));
    assert!(handed.title.starts_with("Release"), "{:?}", titles_of(&ev));
    // the year after `enlevés` is the kidnapping's, though the release is the headline's act
    let ev = events(
        "Mali : libération de deux otages italiens enlevés en 2022\nLes deux Italiens ont été libérés samedi.\n",
        "2024-05-19",
    );
    assert_eq!(one_where(&ev, |e| starts_on(e, "2022")).event_type, EventType::Kidnapping);
    assert!(one_where(&ev, |e| starts_on(e, "2022")).title.starts_with("Kidnapping"), "{:?}", titles_of(&ev));
}

#[test]
fn sanctions_imposed_and_lifted_are_two_acts_named_as_such() {
    let fr = "Titre\nLa Cédéao a levé dimanche les sanctions économiques imposées au Mali en janvier.\n";
    let ar = "عنوان\nرفعت إيكواس يوم الأحد العقوبات الاقتصادية المفروضة على مالي في يناير.\n";
    for text in [fr, ar] {
        let ev = events(text, "2022-07-04");
        let lifted = one_where(&ev, |e| starts_on(e, "2022-07-03"));
        assert!(lifted.title.starts_with("ECOWAS lifts sanctions"), "{:?}", titles_of(&ev));
        let imposed = one_where(&ev, |e| starts_on(e, "2022-01"));
        assert!(imposed.title.contains("imposes sanctions"), "{:?}", titles_of(&ev));
    }
    // the month after "since" is when the sanctions began, not a day of their lifting
    let ev =
        events("Titre\nLa Cédéao a levé dimanche les sanctions qui frappaient le Mali depuis janvier.\n", "2022-07-04");
    let january = one_where(&ev, |e| starts_on(e, "2022-01"));
    assert!(!january.title.contains("lift"), "{:?}", titles_of(&ev));
}

#[test]
fn a_mission_s_mandate_ended_is_its_withdrawal() {
    let fr = "Titre\nLe Conseil de sécurité de l'ONU a mis fin au mandat de la Minusma le 30 juin.\n";
    let ar = "عنوان\nوكان مجلس الأمن الدولي قد أنهى تفويض بعثة الأمم المتحدة في مالي في 30 يونيو.\n";
    for text in [fr, ar] {
        let ev = events(text, "2023-12-31");
        let ended = one_where(&ev, |e| starts_on(e, "2023-06-30"));
        assert_eq!(ended.event_type, EventType::Withdrawal, "{:?}", titles_of(&ev));
    }
    // a Prime Minister's mandate ended stays no withdrawal
    let ev = events("Titre\nLe président a mis fin au mandat du Premier ministre le 30 juin.\n", "2023-12-31");
    assert_ne!(one_where(&ev, |e| starts_on(e, "2023-06-30")).event_type, EventType::Withdrawal);
}

#[test]
fn an_ambassador_or_a_correspondent_expelled_is_an_expulsion() {
    for text in [
        "عنوان\nيذكر أن مالي طردت السفير الفرنسي في يناير 2022.\n",
        "Titre\nLe Mali a expulsé l'ambassadeur de France en janvier 2022.\n",
        "عنوان\nطردت السلطات في يناير 2022 مراسلة إذاعة أجنبية بتهمة نشر أخبار كاذبة.\n",
        "Titre\nLes autorités ont expulsé en janvier 2022 le correspondant d'une radio étrangère.\n",
    ] {
        let ev = events(text, "2024-05-07");
        let e = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
        assert!(e.title.starts_with("Expulsion"), "{:?}", titles_of(&ev));
    }
}

#[test]
fn protests_banned_are_a_suspension_and_protests_despite_a_ban_are_protests() {
    for text in [
        "Titre\nLe gouvernement avait interdit mercredi toute manifestation jusqu'à nouvel ordre.\n",
        "عنوان\nوكانت الحكومة قد حظرت التظاهر يوم الأربعاء حتى إشعار آخر.\n",
    ] {
        let ev = events(text, "2024-02-10");
        assert!(one_where(&ev, |e| starts_on(e, "2024-02-07")).title.starts_with("Suspension"), "{:?}", titles_of(&ev));
    }
    let ev = events(
        "Titre\nDes milliers de personnes ont manifesté samedi à Bamako malgré l'interdiction des manifestations.\n",
        "2024-02-10",
    );
    assert!(one_where(&ev, |e| starts_on(e, "2024-02-10")).title.starts_with("Protests"), "{:?}", titles_of(&ev));
}

#[test]
fn a_proposal_to_proclaim_someone_president_is_no_founding() {
    let ev = events(
        "Titre\nFin avril, des concertations nationales avaient recommandé de proclamer le général président.\n",
        "2025-05-14",
    );
    let e = one_where(&ev, |e| starts_on(e, "2025-04-21"));
    assert!(has_kind(e, "meeting") && !has_kind(e, "founding"), "{:?}", titles_of(&ev));
    // a state proclaimed stays a founding
    let ev = events("Titre\nLe MNLA a proclamé l'indépendance de l'Azawad le 6 avril 2012.\n", "2025-05-14");
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2012-04-06")), "founding"), "{:?}", titles_of(&ev));
}

#[test]
fn meddling_in_a_country_s_affairs_is_no_intervention_of_forces() {
    let ev = events("عنوان\nاتهمت مالي يوم الخميس الجزائر بالتدخل في شؤونها الداخلية.\n", "2024-04-18");
    assert!(!ev.iter().any(|e| e.event_type == EventType::Deployment), "{:?}", titles_of(&ev));
    // forces sent in stay a deployment
    let ev = events("عنوان\nأعلنت فرنسا يوم الخميس التدخل عسكريا في مالي.\n", "2024-04-18");
    assert!(ev.iter().any(|e| e.event_type == EventType::Deployment), "{:?}", titles_of(&ev));
}

#[test]
fn a_visit_to_the_wounded_is_no_diplomacy() {
    for text in [
        "Titre\nLe président de la transition s'est rendu mercredi au chevet des blessés à l'hôpital Gabriel-Touré.\n",
        "عنوان\nقام رئيس المرحلة الانتقالية الأربعاء بزيارة الجرحى في مستشفى غابرييل توريه.\n",
        // the words of any visit, with the wounded told later in the sentence
        "Titre\nLe Premier ministre s'est rendu mercredi à Kaya, où il a rendu visite aux blessés.\n",
        "عنوان\nزار رئيس الوزراء الأربعاء مدينة كايا حيث تفقد الجرحى.\n",
    ] {
        let ev = events(text, "2024-09-19");
        let e = one_where(&ev, |e| starts_on(e, "2024-09-18"));
        assert_eq!(e.event_type, EventType::Political, "{text}: {:?}", titles_of(&ev));
        assert!(has_kind(e, "solidarity_visit"), "{:?}", titles_of(&ev));
    }
    // a minister received abroad stays a diplomatic visit
    let ev = events(
        "Titre\nLe ministre malien des Affaires étrangères a été reçu mercredi par son homologue russe à Moscou.\n",
        "2024-09-19",
    );
    assert_eq!(type_on(&ev, "2024-09-18"), EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn a_dialogue_named_for_peace_and_reconciliation_is_no_agreement() {
    for text in [
        "Titre\nLe président a reçu ce vendredi le rapport final du dialogue inter-Maliens pour la paix et la réconciliation.\n",
        "عنوان\nتسلم الرئيس يوم الجمعة التقرير النهائي للحوار المالي الداخلي من أجل السلام والمصالحة.\n",
    ] {
        let ev = events(text, "2024-05-10");
        assert!(!ev.iter().any(|e| e.event_type == EventType::Agreement), "{text}: {:?}", titles_of(&ev));
    }
    // the accord of that name stays an agreement
    let ev = events(
        "Titre\nL'accord pour la paix et la réconciliation a été signé le 15 mai 2015 à Bamako.\n",
        "2024-05-10",
    );
    assert_eq!(type_on(&ev, "2015-05-15"), EventType::Agreement, "{:?}", titles_of(&ev));
}

#[test]
fn troops_entering_or_investing_a_town_take_it() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("Les soldats entraient mardi dans Tessit sans rencontrer de résistance.", EventType::Clash),
            ("Les FAMa ont investi mardi la localité de Ber.", EventType::Clash),
            ("Des combattants investissaient mardi le camp abandonné par l'armée.", EventType::Clash),
            ("كان الجنود يدخلون يوم الثلاثاء بلدة تساليت وسط ترحيب السكان.", EventType::Clash),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // a president sworn in is still an inauguration, and a minister met still diplomacy
    let ev = events("Titre\nLe colonel a été investi mardi président de la transition.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Political, "{:?}", titles_of(&ev));
    let ev = events("Titre\nLe ministre a rencontré mardi son homologue nigérien à Niamey.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn a_court_that_condemns_sentences_where_a_government_only_speaks() {
    let ev =
        events("Titre\nLe tribunal de Niamey a condamné mardi trois officiers à dix ans de prison.\n", "2024-04-18");
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2024-04-16")), "trial"), "{:?}", titles_of(&ev));
    let ev = events("Titre\nLe gouvernement a condamné mardi l'attaque contre le tribunal de Niamey.\n", "2024-04-18");
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2024-04-16")), "statement"), "{:?}", titles_of(&ev));
}

#[test]
fn a_restriction_lifted_is_not_the_restriction_and_sanctions_lifted_stay_diplomacy() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    for text in [
        "Le gouverneur a levé mardi le couvre-feu à Ménaka.",
        "La junte a levé mardi la suspension des activités des associations.",
        "رفعت السلطات يوم الثلاثاء حظر التجول في ميناكا.",
        "ألغت الحكومة يوم الثلاثاء قرار منع الدراجات النارية.",
    ] {
        let ev = events(&format!("Titre\n{text}\n"), "2024-04-18");
        let e = one_where(&ev, |e| starts_on(e, "2024-04-16"));
        assert!(has_kind(e, "measure_lifted"), "{text}: {:?}", titles_of(&ev));
    }
    let ev =
        events("Titre\nLa Cédéao a levé mardi les sanctions et la suspension qui frappaient le Niger.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Diplomatic, "{:?}", titles_of(&ev));
    // the restriction's own date is when it began; the attack it followed keeps its day
    for text in [
        "La junte a levé mardi la suspension des associations, imposée en février.",
        "رفع المجلس العسكري يوم الثلاثاء تعليق أنشطة الجمعيات الذي فرضه في فبراير.",
    ] {
        let ev = events(&format!("Titre\n{text}\n"), "2024-04-18");
        let began = one_where(&ev, |e| e.when.is_some_and(|w| w.iso_start().starts_with("2024-02")));
        assert!(has_kind(began, "dissolution"), "{text}: {:?}", titles_of(&ev));
    }
    let ev = events("Titre\nرفعت السلطات يوم الثلاثاء حظر التجول المفروض في ميناكا منذ هجوم 3 مارس.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-03-03"), EventType::Attack, "{:?}", titles_of(&ev));
}

#[test]
fn an_independent_authority_founds_nothing_and_a_movement_s_day_is_its_name() {
    // published on Saturday 24 June 2023: Friday is the 23rd
    let ev = events(
        "Titre\nLe texte a été approuvé, a annoncé vendredi l'Autorité indépendante de gestion des élections.\n",
        "2023-06-24",
    );
    assert!(!ev.iter().any(|e| has_kind(e, "founding")), "{:?}", titles_of(&ev));
    // the Mouvement du 5 juin, حركة 5 يونيو: no event on the 5th of June
    for text in [
        "Titre\nLe Mouvement du 5 juin a appelé à manifester vendredi à Bamako.\n",
        "عنوان\nدعت حركة 5 يونيو إلى التظاهر يوم الجمعة في باماكو.\n",
    ] {
        let ev = events(text, "2020-07-10");
        assert_eq!(super::meaning_tests::days_of(&ev), ["2020-07-10"], "{text}");
    }
    // a day a call was made on stays one
    let ev = events("Titre\nLes manifestants ont répondu à l'appel du 5 juin.\n", "2020-07-10");
    assert_eq!(super::meaning_tests::days_of(&ev), ["2020-06-05"], "{:?}", titles_of(&ev));
}

#[test]
fn people_who_went_out_into_the_streets_to_denounce_something_protest() {
    each_typed_on(
        &[("خرج عشرات الآلاف يوم الجمعة إلى شوارع باماكو للتنديد بالعقوبات.", EventType::Political)],
        "2022-01-15",
        "2022-01-14",
    );
    let e = super::meaning_tests::event_on(
        "خرج عشرات الآلاف يوم الجمعة إلى شوارع باماكو للتنديد بالعقوبات.",
        "2022-01-15",
        "2022-01-14",
    );
    assert!(has_kind(&e, "protest"), "{}", e.title);
}

#[test]
fn results_proclaimed_a_broadcast_stopped_a_rank_conferred_and_a_strike_are_politics() {
    // published on Friday 20 September 2024: Thursday is the 19th
    each_typed_on(
        &[
            (
                "La Cour constitutionnelle a proclamé jeudi les résultats définitifs du référendum.",
                EventType::Political,
            ),
            ("أوقفت السلطات يوم الخميس بث قناة تلفزيونية أجنبية.", EventType::Political),
            ("منح المجلس الوطني الانتقالي يوم الخميس غويتا رتبة جنرال.", EventType::Political),
            ("Le Conseil national de transition a élevé jeudi Assimi Goïta au grade de général.", EventType::Political),
            ("أضرب المعلمون يوم الخميس عن العمل للمطالبة بزيادة الأجور.", EventType::Political),
        ],
        "2024-09-20",
        "2024-09-19",
    );
    for (text, kind) in [
        ("Titre\nLa Cour constitutionnelle a proclamé jeudi les résultats définitifs du référendum.\n", "election"),
        ("عنوان\nأوقفت السلطات يوم الخميس بث قناة تلفزيونية أجنبية.\n", "dissolution"),
        ("عنوان\nأضرب المعلمون يوم الخميس عن العمل.\n", "protest"),
    ] {
        let ev = events(text, "2024-09-20");
        assert!(ev.iter().any(|e| has_kind(e, kind)), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn the_nations_fallen_hands_and_an_accord_named_by_a_pronoun_are_read_as_what_they_say() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            // (`الأمم` is no nationalization between the verb and its date)
            ("دعت الأمم المتحدة يوم الثلاثاء إلى وقف القتال في الشمال.", EventType::Political),
            ("سقطت بلدة ليري يوم الثلاثاء في أيدي المتمردين.", EventType::Clash),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    let ev = events(
        "عنوان\nوقعت الحكومة اتفاق السلام عام 2015، قبل أن يعلن المجلس العسكري إلغاءه يوم الثلاثاء.\n",
        "2024-04-18",
    );
    let ended = one_where(&ev, |e| starts_on(e, "2024-04-16"));
    assert!(has_kind(ended, "termination"), "{:?}", titles_of(&ev));
}

#[test]
fn a_border_reopened_a_law_voted_and_a_surrender_are_not_a_closure_an_election_or_nothing() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    let reopened = event_on("La route de Kayes a été rouverte mardi à la circulation.", "2024-04-18", "2024-04-16");
    assert!(has_kind(&reopened, "measure_lifted"), "{}", reopened.title);
    let reopened = event_on("أعيد يوم الثلاثاء فتح طريق كايس أمام حركة السير.", "2024-04-18", "2024-04-16");
    assert!(has_kind(&reopened, "measure_lifted"), "{}", reopened.title);
    for text in [
        "Les députés ont adopté mardi un projet de loi sur les élections locales.",
        "أقر البرلمان يوم الثلاثاء مشروع قانون الانتخابات المحلية.",
    ] {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert!(has_kind(&e, "decision"), "{text}: {}", e.title);
    }
    let e = event_on("سلم القائد المتمرد نفسه يوم الثلاثاء إلى الجيش.", "2024-04-18", "2024-04-16");
    assert!(has_kind(&e, "surrender"), "{}", e.title);
}

#[test]
fn a_broadcaster_suspended_is_neither_the_place_nor_the_agent() {
    for text in [
        "علقت السلطات يوم الثلاثاء بث إذاعة صوت أمريكا لمدة أسبوعين.",
        "Les autorités ont suspendu mardi La Voix de l'Amérique pour deux semaines.",
    ] {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert!(has_kind(&e, "dissolution"), "{text}: {}", e.title);
        assert!(!e.title.contains("United States") && !e.title.contains("Voice"), "{text}: {}", e.title);
    }
    // the junta right after the verb it opens (`حل المجلس العسكري`) is the one that dissolves
    let e = event_on("حل المجلس العسكري يوم الثلاثاء جميع الأحزاب السياسية.", "2024-04-18", "2024-04-16");
    assert!(e.title.contains("junta"), "{}", e.title);
}

#[test]
fn the_moment_of_an_arrival_is_no_deployment_and_a_pardon_is_a_release() {
    // published on Saturday 7 January 2023
    let e = event_on(
        "Les militaires avaient été arrêtés le 10 juillet 2022 à leur arrivée à l'aéroport de Bamako.",
        "2023-01-07",
        "2022-07-10",
    );
    assert_ne!(e.event_type, EventType::Deployment, "{}", e.title);
    for text in [
        "Le colonel Goïta a gracié vendredi les 46 soldats condamnés.",
        "عفا رئيس المجلس العسكري الجمعة عن الجنود الـ46.",
    ] {
        let e = event_on(text, "2023-01-07", "2023-01-06");
        assert!(e.title.starts_with("Release"), "{text}: {}", e.title);
    }
}

#[test]
fn a_charter_of_the_transition_signed_is_a_decision_not_an_agreement() {
    // published on Thursday 27 March 2025: Wednesday is the 26th
    each_typed_on(
        &[
            ("Le général a signé mercredi la charte de la transition.", EventType::Political),
            ("وقع الجنرال يوم الأربعاء ميثاقا انتقاليا جديدا.", EventType::Political),
            // an accord signed stays an agreement
            ("Le gouvernement a signé mercredi un accord de paix avec les rebelles.", EventType::Agreement),
        ],
        "2025-03-27",
        "2025-03-26",
    );
}

#[test]
fn a_deposed_head_moved_to_a_camp_is_held_and_infrastructure_sabotaged_is_attacked() {
    // published on Wednesday 18 September 2024: Sunday is the 15th
    each_typed_on(
        &[
            ("Le chef de l'État déchu a été transféré dimanche dans un camp militaire.", EventType::Other),
            ("Des jihadistes ont saboté dimanche une antenne de télécommunications près de Gao.", EventType::Attack),
            // a camp handed over stays a withdrawal
            ("La Minusma a transféré dimanche le camp de Tessalit aux autorités.", EventType::Withdrawal),
        ],
        "2024-09-18",
        "2024-09-15",
    );
}

#[test]
fn a_speech_a_record_ballots_and_a_post_taken_up_are_no_forces_nor_tolls() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            // a televised speech is no intervention of forces: the act it announces is the clause's
            ("Dans une intervention télévisée mardi soir, le président a annoncé sa démission.", EventType::Political),
            // ballots and observers sent out are the election
            ("Les premiers bulletins de vote ont été acheminés mardi vers Kidal.", EventType::Political),
            ("Les observateurs ont été déployés mardi dans les bureaux de vote.", EventType::Political),
            // a post taken up, a date between
            ("Le nouveau gouverneur a pris mardi ses fonctions à Gao.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // one's own record is no toll, in either language
    for text in [
        "Titre\nLors de son intervention devant l'Assemblée mardi, le Premier ministre a défendu son bilan.\n",
        "Titre\nدافع رئيس الوزراء يوم الثلاثاء عن حصيلة حكومته أمام المجلس الوطني الانتقالي.\n",
    ] {
        let ev = events(text, "2024-04-18");
        assert!(
            ev.iter().all(|e| !matches!(e.event_type, EventType::CasualtyReport | EventType::Deployment)),
            "{text}: {:?}",
            titles_of(&ev)
        );
    }
}

#[test]
fn police_deployed_around_a_protest_or_an_embassy_is_a_security_measure_not_forces_of_the_conflict() {
    for (sentence, t) in [
        ("La police a été déployée mardi devant l'ambassade pour disperser les manifestants.", EventType::Political),
        ("انتشرت قوات الأمن الثلاثاء في محيط السفارة لتفريق المحتجين.", EventType::Political),
        // soldiers deployed to a town are forces deployed
        ("Des soldats ont été déployés mardi à Ménaka.", EventType::Deployment),
        ("انتشرت قوات الجيش الثلاثاء في كيدال.", EventType::Deployment),
    ] {
        let ev = events(&format!("Titre\n{sentence}\n"), "2025-01-22");
        assert_eq!(type_on(&ev, "2025-01-21"), t, "{sentence}: {:?}", titles_of(&ev));
    }
}

#[test]
fn freedom_is_no_release() {
    let e = event_on("L'ONU a dénoncé jeudi une grave atteinte aux libertés.", "2025-07-09", "2025-07-03");
    assert!(!has_kind(&e, "release"), "{}", e.title);
    // a prisoner freed stays a release
    let e = event_on("Les autorités ont libéré jeudi l'ancien ministre.", "2025-07-09", "2025-07-03");
    assert!(has_kind(&e, "release"), "{}", e.title);
}

#[test]
fn warplanes_delivered_are_no_fight() {
    for text in [
        "تسلمت مالي يوم الثلاثاء دفعة جديدة من الطائرات الحربية من روسيا.",
        "Le Mali a reçu mardi de nouveaux avions de combat livrés par la Russie.",
    ] {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert_ne!(e.event_type, EventType::Clash, "{text}: {}", e.title);
    }
    // warplanes that strike still attack
    let e = event_on("قصفت طائرات حربية يوم الثلاثاء مواقع للمسلحين.", "2024-04-18", "2024-04-16");
    assert_eq!(e.event_type, EventType::Attack, "{}", e.title);
}

#[test]
fn a_flag_or_a_candidacy_taken_back_is_no_withdrawal() {
    for text in [
        "Des mercenaires ont déployé leur drapeau sur le fort, avant de le retirer jeudi soir.",
        "Le candidat de l'opposition a retiré sa candidature jeudi.",
    ] {
        let e = event_on(text, "2023-11-18", "2023-11-16");
        assert_ne!(e.event_type, EventType::Withdrawal, "{text}: {}", e.title);
    }
    // forces that leave a town still withdraw
    let e = event_on("Les rebelles se sont retirés de la ville jeudi.", "2023-11-18", "2023-11-16");
    assert_eq!(e.event_type, EventType::Withdrawal, "{}", e.title);
}

#[test]
fn a_charter_of_parties_repealed_is_a_decision_not_an_agreement_ended() {
    let text = "Le conseil des ministres a adopté mercredi un projet de loi abrogeant la charte des partis politiques.";
    let e = event_on(text, "2025-05-02", "2025-04-30");
    assert!(!has_kind(&e, "termination"), "{}", e.title);
    assert_eq!(e.event_type, EventType::Political, "{}", e.title);
    // an accord denounced is still ended
    let e = event_on("Le gouvernement a dénoncé mercredi l'accord de paix.", "2025-05-02", "2025-04-30");
    assert!(has_kind(&e, "termination"), "{}", e.title);
}

#[test]
fn a_warrant_is_a_step_of_proceedings_and_an_arrest_pursuant_to_it_is_no_killing() {
    super::kind_case_tests::each_of_kind_on(
        &[
            "Un mandat d'arrêt international a été émis lundi contre l'ancien ministre.",
            "وأصدر القضاء يوم الاثنين مذكرة توقيف بحق الوزير السابق.",
        ],
        "2025-01-16",
        "2025-01-13",
        EventType::Other,
        "investigation",
    );
    for text in [
        "Les gendarmes ont arrêté lundi le maire en exécution d'un mandat d'arrêt.",
        "واعتقلت الشرطة يوم الاثنين رئيس البلدية بموجب مذكرة توقيف.",
    ] {
        let e = event_on(text, "2025-01-16", "2025-01-13");
        assert!(has_kind(&e, "arrest"), "{text}: {}", e.title);
    }
}

#[test]
fn a_situation_judged_grave_or_a_judge_named_is_no_trial() {
    for text in [
        "Le ministre a jugé mardi la situation préoccupante.",
        "Le juge d'instruction a entendu mardi les témoins de l'attaque.",
    ] {
        let ev = events(text, "2025-01-16");
        assert!(ev.iter().all(|e| !has_kind(e, "trial")), "{text}: {:?}", titles_of(&ev));
    }
    // nor are investors an inauguration (`investi*` had taken them)
    let ev = events("L'arrestation du directeur mardi a inquiété les investisseurs étrangers.", "2025-01-16");
    assert!(ev.iter().all(|e| !has_kind(e, "inauguration")), "{:?}", titles_of(&ev));
    each_typed_on(
        &[
            ("Trois jihadistes ont été jugés mardi par la cour d'assises de Bamako.", EventType::Political),
            ("La cour d'assises a rendu mardi son jugement dans le procès de l'attaque.", EventType::Political),
        ],
        "2025-01-16",
        "2025-01-14",
    );
}

#[test]
fn a_death_sentence_is_a_trial_and_a_bill_approved_is_a_decision() {
    // `بالإعدام` (to death) is a killing's word; passed by a court it is a sentence
    let ev = events("عنوان\nأصدرت محكمة الجنايات يوم الثلاثاء حكما بالإعدام على ثلاثة متهمين.\n", "2024-07-10");
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2024-07-09")), "trial"), "{:?}", titles_of(&ev));
    // `وافق` (agreed) on a bill is a law passed, no agreement between parties
    let ev = events("عنوان\nوافق المجلس الوطني الانتقالي يوم الاثنين على مشروع قانون الانتخابات.\n", "2024-07-10");
    assert_eq!(one_where(&ev, |e| starts_on(e, "2024-07-08")).event_type, EventType::Political, "{:?}", titles_of(&ev));
}

#[test]
fn flights_or_talks_taken_up_again_are_no_town_retaken() {
    // published on Wednesday 10 July 2024: Saturday is the 6th
    for (text, kind) in [
        ("Samedi, le gouvernement a annoncé la reprise des vols entre Bamako et Paris.", "measure_lifted"),
        ("Samedi, les deux parties ont annoncé la reprise des pourparlers à Alger.", "talks"),
    ] {
        let e = event_on(text, "2024-07-10", "2024-07-06");
        assert!(has_kind(&e, kind), "{text}: {}", e.title);
    }
}

#[test]
fn a_device_defused_is_no_attack_and_one_that_kills_still_is() {
    // published on Wednesday 10 July 2024: Tuesday is the 9th
    for text in [
        "Mardi, les démineurs de l'armée ont désamorcé un engin explosif sur la route de Gao.",
        "تم يوم الثلاثاء تفكيك عبوة ناسفة على الطريق بين غاو وأنسونغو.",
    ] {
        let e = event_on(text, "2024-07-10", "2024-07-09");
        assert!(has_kind(&e, "defused") && e.event_type == EventType::Other, "{text}: {}", e.title);
    }
    // a device that kills, beside one defused, is the attack
    let e = event_on(
        "Mardi, un engin explosif a tué trois soldats près de Gao, et un second engin a été désamorcé par les démineurs.",
        "2024-07-10",
        "2024-07-09",
    );
    assert_eq!(e.event_type, EventType::Attack, "{}", e.title);
}
