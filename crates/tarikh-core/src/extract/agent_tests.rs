//! Who did an act (issue 22), on sentences written for these tests: the agent from the act's own
//! clause, never a group named elsewhere, a target, a source, the dead, the man overthrown or
//! a country goods come from; the group that claims an attack before "Militants".

use super::meaning_tests::{events, one_where, starts_on, titles_of};
use crate::model::EventType;

#[test]
fn a_group_named_in_another_sentence_is_not_the_actor() {
    let text = "\
تقرير عن مالي
تنشط جماعة نصرة الإسلام والمسلمين في وسط البلاد منذ سنوات. وفي باماكو أطاح عسكريون بالرئيس في 18 أغسطس 2020.
";
    let ev = events(text, "2020-08-20");
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert!(!coup.actors.iter().any(|a| a == "JNIM"), "{:?}", coup.actors);
    assert!(!coup.title.contains("JNIM"), "{}", coup.title);
    // named in the clause as the one who attacks, it is the actor and says so in the title
    let ev = events(
        "هجوم في وسط مالي\nهاجمت جماعة نصرة الإسلام والمسلمين قاعدة عسكرية في بولكيسي يوم الأحد 2 يونيو 2024.\n",
        "2024-06-03",
    );
    let attack = ev.iter().find(|e| e.event_type == EventType::Attack).expect("the attack");
    assert_eq!(attack.actors, ["JNIM"]);
    assert_eq!(attack.title, "JNIM attacks military base in Boulkessi");
}

#[test]
fn a_target_or_a_source_is_not_the_agent() {
    let ev = events(
        "هجوم في غاو\nهاجم مسلحون دورية تابعة للجيش المالي قرب غاو يوم الجمعة 7 يونيو 2024، بحسب بعثة الأمم المتحدة.\n",
        "2024-06-08",
    );
    let attack = ev.iter().find(|e| e.event_type == EventType::Attack).expect("the attack");
    assert!(!attack.actors.iter().any(|a| a == "United Nations" || a == "MINUSMA"), "{:?}", attack.actors);
}

#[test]
fn the_army_whose_camp_or_convoy_is_attacked_is_not_the_attacker() {
    let ar = events("هجوم\nهاجم مسلحون معسكرا للجيش المالي قرب تمبكتو يوم الخميس 10 أكتوبر 2024.\n", "2024-10-11");
    let attack = one_where(&ar, |e| e.event_type == EventType::Attack);
    assert!(!attack.actors.iter().any(|a| a == "Malian Armed Forces"), "{:?}", attack.actors);
    let fr = events(
        "Attaque\nDes jihadistes ont attaqué un convoi de l'armée malienne près de Boni le jeudi 10 octobre 2024.\n",
        "2024-10-11",
    );
    let attack = one_where(&fr, |e| e.event_type == EventType::Attack);
    assert!(!attack.actors.iter().any(|a| a == "Malian Armed Forces"), "{:?}", attack.actors);
}

#[test]
fn an_agent_introduced_by_par_is_the_actor_and_a_word_of_a_name_is_no_trigger() {
    let ev = events("Otage au Mali\nUn humanitaire a été enlevé le mardi 8 avril 2025 à Gao, dans le nord du pays, par le Groupe de soutien à l'islam et aux musulmans.\n", "2025-04-10");
    let k = ev.iter().find(|e| e.event_type == EventType::Kidnapping).expect("the kidnapping");
    assert_eq!(k.actors, ["JNIM"], "{}", k.title);
    // `libération` in the movement's name is not a release
    let ev = events("Congrès à Kidal\nLe Mouvement national pour la libération de l'Azawad a tenu son congrès à Kidal le samedi 6 avril 2013.\n", "2013-04-08");
    assert!(ev.iter().all(|e| !e.title.starts_with("Release")), "{:?}", titles_of(&ev));
}

#[test]
fn a_coup_happens_in_a_country_and_the_man_overthrown_is_not_who_seized_power() {
    let ev = events("عنوان\nوشهدت مالي انقلابا عسكريا في أغسطس 2020 بعد أشهر من الاحتجاجات.\n", "2022-01-10");
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert_eq!(coup.title, "Coup in Mali");
    let ev = events(
        "Titre\nLe colonel qui a renversé le président Ibrahim Boubacar Keïta en août 2020 dirige toujours le pays.\n",
        "2022-01-10",
    );
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert!(!coup.title.contains("Keïta"), "{}", coup.title);
}

#[test]
fn the_man_a_passive_coup_verb_names_first_is_the_one_overthrown() {
    let ev = events(
        "Titre\nLe président Ibrahim Boubacar Keïta a été renversé par des militaires le 18 août 2020.\n",
        "2020-08-20",
    );
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert!(coup.actors.is_empty(), "{:?}", coup.actors);
    assert!(!coup.title.contains("seizes power"), "{}", coup.title);
}

#[test]
fn a_military_operation_is_fighting_done_by_state_forces_not_by_the_militants_it_targets() {
    let ev = events(
        "Titre\nL'armée a affirmé avoir neutralisé le lundi 4 mars 2024 une vingtaine de terroristes près de Mopti.\n",
        "2024-03-10",
    );
    let op = one_where(&ev, |e| e.event_type == EventType::Clash);
    assert!(op.actors.is_empty(), "{:?}", op.actors);
    assert_eq!(op.title, "Military operation in Mopti");
    let ev = events(
        "عنوان\nوأعلن الجيش يوم الاثنين 4 مارس 2024 تحييد عشرين إرهابيا في عملية جوية قرب موبتي.\n",
        "2024-03-10",
    );
    assert!(ev.iter().any(|e| e.event_type == EventType::Clash), "{:?}", titles_of(&ev));
}

#[test]
fn a_crash_has_no_agent_and_is_not_the_arrest_of_its_day() {
    let text = "Titre\nUn hélicoptère de l'armée s'est écrasé le lundi 11 mars 2024 près de Tessalit, faisant trois morts.\nL'ancien Premier ministre a été placé sous mandat de dépôt le lundi 11 mars 2024.\n";
    let ev = events(text, "2024-03-17");
    assert_eq!(ev.len(), 2, "{:?}", titles_of(&ev));
    let crash = one_where(&ev, |e| e.title.starts_with("Accident"));
    assert_eq!(crash.event_type, EventType::Other);
    assert!(ev.iter().any(|e| e.title.starts_with("Arrests")), "{:?}", titles_of(&ev));
    // the man who died in a plane crash is not its agent
    let ev = events("عنوان\nولقي القائد مصرعه في حادث تحطم طائرة بروسيا في 23 أغسطس 2023.\n", "2024-03-17");
    let crash = one_where(&ev, |e| e.title.starts_with("Accident"));
    assert!(crash.actors.is_empty(), "{:?}", crash.actors);
}

#[test]
fn the_junta_of_niger_is_not_mali_s() {
    let ev =
        events("Titre\nLe chef de la junte nigérienne s'est rendu le vendredi 15 mars 2024 à Bamako.\n", "2024-03-17");
    let visit = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
    assert_eq!(visit.actors, ["Niger junta"], "{}", visit.title);
}

#[test]
fn the_dead_and_what_protesters_demand_are_not_agents() {
    let ar = events(
        "عنوان\nولقي جنديان من قوات حفظ السلام مصرعهما يوم الخميس 14 مارس 2024 إثر انفجار عبوة ناسفة قرب أغلهوك.\n",
        "2024-03-17",
    );
    let fr = events(
        "Titre\nDeux casques bleus de la Minusma ont été tués le jeudi 14 mars 2024 près d'Aguelhok.\n",
        "2024-03-17",
    );
    for e in ar.iter().chain(&fr) {
        assert!(!e.actors.iter().any(|a| a == "MINUSMA"), "{}: {:?}", e.title, e.actors);
    }
    // a passive act still has the agent `par` introduces
    let ev = events(
        "Titre\nLe camp a été attaqué le jeudi 14 mars 2024 par le Groupe de soutien à l'islam et aux musulmans.\n",
        "2024-03-17",
    );
    assert!(ev.iter().any(|e| e.actors.iter().any(|a| a == "JNIM")), "{:?}", titles_of(&ev));
    let ev =
        events("عنوان\nوتظاهر الآلاف يوم الأحد 17 مارس 2024 في نيامي للمطالبة برحيل القوات الفرنسية.\n", "2024-03-18");
    assert!(ev.iter().all(|e| e.actors.is_empty()), "{:?}", titles_of(&ev));
}

#[test]
fn a_country_goods_come_from_is_not_an_actor() {
    let ev = events(
        "Titre\nDepuis le 3 septembre 2025, les jihadistes bloquent les camions en provenance du Sénégal et de la Côte d'Ivoire.\n",
        "2025-10-01",
    );
    for e in &ev {
        assert!(!e.actors.iter().any(|a| a == "Senegal" || a == "Côte d'Ivoire"), "{} {:?}", e.title, e.actors);
    }
}

#[test]
fn the_group_that_claims_an_attack_says_who_did_it_rather_than_militants() {
    let text = "Titre\nDes jihadistes ont attaqué vendredi 22 juillet 2022 le camp militaire de Kati.\nL'attaque a été revendiquée le soir même par la katiba Macina.\n";
    let ev = events(text, "2022-07-23");
    let attack = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert!(attack.title.starts_with("Katiba Macina attacks"), "{}", attack.title);
    // without a named group, the attacked forces do not become the attackers
    let ev = events(
        "Titre\nDes hommes armés ont attaqué vendredi 22 juillet 2022 une position de l'armée malienne à Boni.\n",
        "2022-07-23",
    );
    let attack = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert!(!attack.title.starts_with("Malian Armed Forces"), "{}", attack.title);
}

#[test]
fn a_town_a_distance_and_a_bearing_away_is_not_where_the_act_was() {
    let ev =
        events("عنوان\nهاجم مسلحون في 16 يناير 2013 قرية صغيرة تقع على بعد 50 كم شمال شرق باماكو.\n", "2013-01-20");
    let attack = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert!(!attack.title.contains("Bamako"), "{}", attack.title);
    // a hyphenated bearing is six tokens before the name (`km au nord - est de`)
    let ev = events(
        "Titre\nLe 15 janvier 2013, Konna, à 700 km au nord-est de Bamako, a été reprise par les jihadistes.\n",
        "2013-01-20",
    );
    let taken = one_where(&ev, |e| e.event_type == EventType::Clash);
    assert!(!taken.title.contains("Bamako"), "{}", taken.title);
}

#[test]
fn the_organisation_a_country_leaves_is_not_who_leaves() {
    let ev = events("Sahel\nLe Burkina Faso a quitté la Cédéao le mercredi 29 janvier 2025.\n", "2025-01-30");
    let exit = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
    assert!(!exit.actors.iter().any(|a| a == "ECOWAS"), "{:?}", exit.actors);
    assert!(!exit.title.starts_with("ECOWAS"), "{}", exit.title);
    // named after the verb, by its long name or its acronym
    for text in [
        "عنوان\nوغادرت مالي والنيجر يوم الأربعاء 29 يناير 2025 المجموعة الاقتصادية لدول غرب أفريقيا.\n",
        "عنوان\nوغادرت مالي والنيجر يوم الأربعاء 29 يناير 2025 المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس).\n",
    ] {
        let ev = events(text, "2025-01-30");
        let exit = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
        assert_eq!(exit.actors, ["Mali", "Niger"], "{}", exit.title);
    }
}

#[test]
fn the_network_a_group_is_affiliated_with_is_not_the_agent() {
    let ev = events(
        "Bamako\nLe Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué le mardi 17 septembre 2024 l'attaque de Bamako.\n",
        "2024-09-18",
    );
    let claim = one_where(&ev, |e| e.actors.iter().any(|a| a == "JNIM"));
    assert!(!claim.actors.iter().any(|a| a == "al-Qaeda"), "{:?}", claim.actors);
}

#[test]
fn the_junta_of_an_article_about_niger_is_niger_s() {
    let ar = events(
        "النيجر تطرد السفير الفرنسي\nوحل المجلس العسكري الأحزاب السياسية يوم الاثنين 28 أغسطس 2023.\n",
        "2023-08-29",
    );
    let act = one_where(&ar, |e| e.event_type == EventType::Political);
    assert_eq!(act.actors, ["Niger junta"], "{}", act.title);
    // about Mali (or about Mali and Niger), the same words name Mali's
    let ar = events(
        "مالي تطرد السفير الفرنسي\nوحل المجلس العسكري الأحزاب السياسية يوم الاثنين 28 أغسطس 2023.\n",
        "2023-08-29",
    );
    let act = one_where(&ar, |e| e.event_type == EventType::Political);
    assert_eq!(act.actors, ["Malian junta"], "{}", act.title);
    // a headline that names only a town of Niger is about Niger
    let fr = events(
        "Niamey : des manifestants devant l'ambassade\nLa junte a dissous les partis politiques le lundi 28 août 2023.\n",
        "2023-08-29",
    );
    let act = one_where(&fr, |e| e.event_type == EventType::Political);
    assert_eq!(act.actors, ["Niger junta"], "{}", act.title);
}

#[test]
fn the_north_of_the_country_is_the_north_of_the_country_the_article_is_about() {
    let attack = |text: &str| {
        let ev = events(text, "2022-10-01");
        one_where(&ev, |e| e.event_type == EventType::Attack).places.clone()
    };
    let burkina = attack("Burkina Faso : un convoi attaqué\nLundi, un convoi a été attaqué dans le nord du pays.\n");
    assert_eq!(burkina, ["Northern Burkina Faso"]);
    let niger = attack("النيجر: هجوم على قافلة\nهاجم مسلحون الاثنين قافلة في شمال البلاد.\n");
    assert_eq!(niger, ["Northern Niger"]);
    // about Mali, or about no one country, it is Mali's north, as it is in an article about
    // France (no country is guessed from the headline alone)
    let mali = attack("Mali : un convoi attaqué\nLundi, un convoi a été attaqué dans le nord du pays.\n");
    assert_eq!(mali, ["Northern Mali"]);
    let france = attack("La France inquiète\nLundi, un convoi a été attaqué dans le nord du pays.\n");
    assert_eq!(france, ["Northern Mali"]);
    let centre = attack("Burkina Faso : un convoi attaqué\nLundi, un convoi a été attaqué dans le centre du pays.\n");
    assert_eq!(centre, ["Central Burkina Faso"]);
}

#[test]
fn a_group_a_force_is_tied_to_in_arabic_is_not_its_agent() {
    for text in [
        "عنوان\nاستولى تحالف للمتمردين مرتبط بالقاعدة على بلدة تيننكو يوم الخميس 3 يناير 2013.\n",
        "عنوان\nوتشهد البلاد منذ عام 2015 هجمات متكررة تنسب إلى جماعات مرتبطة بتنظيمي القاعدة والدولة الإسلامية.\n",
        "عنوان\nهاجمت كتيبة موالية لتنظيم القاعدة الثلاثاء 8 يناير 2013 معسكرا للجيش.\n",
    ] {
        let ev = events(text, "2025-02-14");
        assert!(!ev.is_empty());
        for e in &ev {
            assert!(!e.actors.iter().any(|a| a == "al-Qaeda"), "{}: {:?}", e.title, e.actors);
        }
    }
}

#[test]
fn a_country_the_headline_is_only_near_is_not_where_the_article_s_acts_are() {
    let ev = events(
        "النيجر: مقتل جنود في هجوم قرب الحدود مع مالي\nوأضاف البيان أن الهجوم وقع صباح الثلاثاء.\nوأعلن المجلس العسكري الحداد الوطني الأربعاء.\n",
        "2024-09-19",
    );
    let attack = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert!(attack.title.ends_with("in Niger"), "{}", attack.title);
    // nor does it make the junta ambiguous: it is Niger's
    let mourning = one_where(&ev, |e| e.event_type == EventType::Political);
    assert_eq!(mourning.actors, ["Niger junta"], "{}", mourning.title);
}

#[test]
fn a_gathering_of_fighters_struck_is_the_target_not_the_agent() {
    for text in [
        "عنوان\nوأوضح البيان أن الضربات استهدفت يوم الجمعة الماضي تجمعا للمسلحين قرب بلدة ديافارابي.\n",
        "Titre\nLes frappes ont visé vendredi un regroupement de terroristes près de Diafarabé.\n",
    ] {
        let ev = events(text, "2024-04-29");
        let strike = one_where(&ev, |e| e.event_type == EventType::Attack);
        assert!(strike.actors.is_empty(), "{}: {:?}", strike.title, strike.actors);
    }
}

#[test]
fn the_town_a_wire_story_was_filed_from_is_not_where_a_recalled_attack_was() {
    let ev = events(
        "Burkina : une attaque près de Djibo\nOuagadougou, 12 juin 2025 (AFP) -\nDes soldats ont été tués mercredi dans une attaque contre une base près de Djibo.\nEn mai dernier, une attaque contre la même base avait fait une centaine de morts.\n",
        "2025-06-12",
    );
    let may = one_where(&ev, |e| starts_on(e, "2025-05"));
    assert!(!may.title.contains("Ouagadougou"), "{}", may.title);
}

#[test]
fn an_embassy_is_not_in_the_country_it_speaks_for() {
    // (its country stays among the places named, as a border's does: the title says where)
    let title = |text: &str| {
        let ev = events(text, "2022-10-01");
        assert_eq!(ev.len(), 1, "{:?}", titles_of(&ev));
        ev[0].title.clone()
    };
    let fr = title("Titre\nSamedi, des manifestants ont attaqué l'ambassade de France à Ouagadougou.\n");
    assert!(fr.ends_with("in Ouagadougou"), "{fr}");
    for text in [
        "Titre\nSamedi, des manifestants ont attaqué l'ambassade de France.\n",
        "عنوان\nهاجم محتجون السبت سفارة فرنسا.\n",
    ] {
        let t = title(text);
        assert!(!t.contains("France"), "{t}");
    }
    // nor is an ambassador summoned the one who summons, nor where
    let summoned = events(
        "الجزائر تستدعي سفير مالي\nاستدعت وزارة الخارجية الجزائرية أمس الأربعاء سفير مالي لديها.\n",
        "2024-01-04",
    );
    let s = one_where(&summoned, |e| e.event_type == EventType::Diplomatic);
    // (summoned by the Algerian foreign ministry, a body of the Algerian government)
    assert!(s.title.contains("in Algeria"), "{}", s.title);
    assert!(s.actors.iter().any(|a| a == "Algerian government"), "{:?}", s.actors);
    assert!(!s.actors.iter().any(|a| a == "Mali"), "{:?}", s.actors);
}

#[test]
fn the_country_a_withdrawal_leaves_is_its_place_not_an_actor() {
    let ev = events("عنوان\nوكانت القوات الفرنسية قد انسحبت من مالي ومن النيجر عام 2022.\n", "2024-11-29");
    let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert!(!w.actors.iter().any(|a| a == "Mali" || a == "Niger"), "{:?}", w.actors);
    assert!(w.title.contains("from Mali") || w.title.contains("from Niger"), "{}", w.title);
}

#[test]
fn the_town_a_force_takes_is_not_the_bastion_s_owner_and_a_coup_s_condemner_did_not_stage_it() {
    // the rebels whose bastion the army took are not the takers
    let ev = events(
        "Kidal\nL'armée malienne a pris le mardi 14 novembre 2023 le contrôle de Kidal, bastion des rebelles touareg.\n",
        "2023-11-15",
    );
    let take = ev.iter().find(|e| e.event_type == EventType::Clash).expect("the takeover");
    assert_eq!(take.actors, ["Malian Armed Forces"], "{}", take.title);
    // an organisation that condemns a coup is no putschist
    let ev = events("انقلاب\nودانت إيكواس يوم الخميس 27 يوليو 2023 الانقلاب في النيجر.\n", "2023-07-28");
    assert!(ev.iter().all(|e| !(e.event_type == EventType::Coup && e.actors.iter().any(|a| a == "ECOWAS"))), "{ev:?}");
    // the president named after `بالرئيس` is the one overthrown
    let ev = events(
        "انقلاب\nأعلن عسكريون مساء الأربعاء 26 يوليو 2023 الإطاحة بالرئيس محمد بازوم بعد أن احتجزه الحرس الرئاسي.\n",
        "2023-07-27",
    );
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert!(!coup.actors.iter().any(|a| a == "Mohamed Bazoum"), "{:?}", coup.actors);
}

#[test]
fn a_president_who_is_overthrown_in_the_present_passive_is_not_the_putschist() {
    // `est renversé` (a chronology's present) is passive like `a été renversé`
    let ev = events(
        "Chronologie\n18 août 2020 : le président Ibrahim Boubacar Keïta est renversé par l'armée.\n",
        "2024-01-05",
    );
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert!(!coup.actors.iter().any(|a| a.contains("Keïta")), "{:?} {}", coup.actors, coup.title);
}

#[test]
fn a_speaker_reporting_its_own_act_is_its_agent_and_the_accused_is_not() {
    // `قال المجلس العسكري … إنه أنهى`: the junta speaks of what it did itself
    let ev = events(
        "عنوان\nقال المجلس العسكري الحاكم في مالي، مساء الخميس 25 يناير 2024، إنه أنهى اتفاق السلام بأثر فوري، متهما الجزائر بأعمال عدائية.\n",
        "2024-01-26",
    );
    let end = ev.iter().find(|e| e.event_type == EventType::Political).expect("the end of the accord");
    assert_eq!(end.actors, ["Malian junta"], "{}", end.title);
    // `قال الجيش إن مسلحين هاجموا`: the army only reports what others did
    let ev =
        events("عنوان\nقال الجيش المالي يوم الخميس 25 يناير 2024 إن مسلحين هاجموا قرية قرب موبتي.\n", "2024-01-26");
    let attack = ev.iter().find(|e| e.event_type == EventType::Attack).expect("the attack");
    assert!(!attack.actors.iter().any(|a| a == "Malian Armed Forces"), "{:?}", attack.actors);
}

#[test]
fn a_force_takes_a_town_not_a_country() {
    let ev = events("Titre\nL'armée malienne a repris le jeudi 17 janvier 2013 le contrôle au Mali.\n", "2013-01-18");
    let take = ev.iter().find(|e| e.event_type == EventType::Clash).expect("the takeover");
    assert!(!take.title.contains("take Mali"), "{}", take.title);
    let ev = events("Titre\nL'armée malienne a repris le jeudi 17 janvier 2013 le contrôle de Kidal.\n", "2013-01-18");
    let take = ev.iter().find(|e| e.event_type == EventType::Clash).expect("the takeover");
    assert_eq!(take.title, "Malian Armed Forces take Kidal");
}

#[test]
fn the_country_that_launches_a_deployment_is_not_where_it_happens() {
    let ev = events("Chronologie\n11 janvier 2013 : la France lance l'opération Serval.\n", "2024-01-05");
    let serval = ev.iter().find(|e| e.event_type == EventType::Deployment).expect("the deployment");
    assert!(!serval.title.contains("in France"), "{}", serval.title);
    assert!(!serval.places.iter().any(|p| p == "France"), "{:?}", serval.places);
}

#[test]
fn who_invited_a_force_did_not_deploy_it() {
    for (text, published) in [
        ("Titre\nWagner était arrivé au Mali en décembre 2021, à l'invitation de la junte.\n", "2025-06-07"),
        ("عنوان\nووصلت فاغنر إلى مالي في ديسمبر 2021 بدعوة من المجلس العسكري.\n", "2025-06-07"),
    ] {
        let ev = events(text, published);
        let arrival = ev.iter().find(|e| e.event_type == EventType::Deployment).expect("the arrival");
        assert_eq!(arrival.actors, ["Wagner Group"], "{text}");
    }
}

#[test]
fn those_who_fell_into_an_ambush_did_not_lay_it() {
    for text in [
        "كمين\nوقعت قوة للقوات المسلحة المالية في كمين قرب ديابالي عصر السبت 1 أغسطس 2015.\n",
        "Embuscade\nSamedi 1er août 2015, une patrouille des Forces armées maliennes est tombée dans une embuscade près de Diabaly.\n",
    ] {
        let ev = events(text, "2015-08-02");
        let ambush = ev.iter().find(|e| e.event_type == EventType::Attack).expect("the ambush");
        assert!(!ambush.actors.iter().any(|a| a == "Malian Armed Forces"), "{text}: {}", ambush.title);
        assert!(ambush.title.starts_with("Ambush"), "{}", ambush.title);
    }
    // the group said to have laid it is its agent
    let ev = events(
        "Embuscade\nSamedi 1er août 2015, une patrouille est tombée dans une embuscade tendue par le JNIM près de Diabaly.\n",
        "2015-08-02",
    );
    assert_eq!(ev.iter().find(|e| e.event_type == EventType::Attack).expect("the ambush").actors, ["JNIM"]);
}

#[test]
fn countries_listed_with_the_agent_act_with_it_and_where_an_ambassador_serves_is_a_place() {
    // the list reaches beyond the words an agent may stand from the act (`ambassadeurs`)
    let ev = events(
        "Titre\nLe Burkina Faso, le Niger et le Mali ont rappelé dimanche leurs ambassadeurs en Algérie.\n",
        "2025-04-08",
    );
    let recall = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
    let mut actors = recall.actors.clone();
    actors.sort();
    assert_eq!(actors, ["Burkina Faso", "Mali", "Niger"], "{}", recall.title);
    assert!(recall.title.starts_with("Ambassador recalled"), "{}", recall.title);
    // `Burkina` alone, as French writes it in a list
    let ev = events(
        "Titre\nFin janvier 2024, les trois nations (Burkina, Mali et Niger) ont annoncé quitter la Cédéao.\n",
        "2024-09-20",
    );
    let exit = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
    assert!(exit.actors.iter().any(|a| a == "Burkina Faso"), "{}", exit.title);
    // `سفراءها لدى الجزائر`: Algeria is where they serve, not one who recalls them
    let ev = events("عنوان\nاستدعت مالي والنيجر وبوركينا فاسو سفراءها لدى الجزائر الأحد.\n", "2025-04-08");
    let recall = one_where(&ev, |e| e.event_type == EventType::Diplomatic);
    assert!(!recall.actors.iter().any(|a| a == "Algeria"), "{}", recall.title);
    assert_eq!(recall.places, ["Algeria"], "{:?}", titles_of(&ev));
}

#[test]
fn each_date_of_a_list_after_one_act_happens_in_the_place_named_with_it() {
    for text in [
        "Coups\nLe Niger a connu des coups d'État en avril 1999 et février 2010, suivis par le Tchad en avril 2021 et la Guinée en septembre 2021.\n",
        "انقلابات\nوشهدت النيجر انقلابات في أبريل 1999 وفبراير 2010، تلتها تشاد في أبريل 2021 وغينيا في سبتمبر 2021.\n",
    ] {
        let ev = events(text, "2024-01-10");
        let place_on = |iso: &str| {
            let e = ev.iter().find(|e| e.when.is_some_and(|w| w.iso_start() == iso)).expect(iso);
            (e.title.clone(), e.places.clone())
        };
        assert_eq!(place_on("2010-02"), ("Coup in Niger".to_string(), vec!["Niger".to_string()]), "{text}");
        assert_eq!(place_on("2021-04"), ("Coup in Chad".to_string(), vec!["Chad".to_string()]), "{text}");
        assert_eq!(place_on("2021-09"), ("Coup in Guinea".to_string(), vec!["Guinea".to_string()]), "{text}");
    }
}

#[test]
fn who_speaks_of_an_attack_is_not_its_agent() {
    for text in [
        "Kidal\nDimanche 10 mars 2024, la mission de l'ONU au Mali, la Minusma, a parlé de l'assassinat de deux civils à Kidal.\n",
        "Kidal\nLa Minusma a dénoncé l'assassinat de deux civils dimanche 10 mars 2024 à Kidal.\n",
        "كيدال\nوأدانت بعثة الأمم المتحدة في مالي اغتيال مدنيين اثنين في كيدال يوم الأحد 10 مارس 2024.\n",
    ] {
        let ev = events(text, "2024-03-11");
        let killing = one_where(&ev, |e| e.event_type == EventType::Attack);
        assert!(killing.actors.is_empty(), "{text}: {:?}", killing.actors);
        assert!(!killing.title.contains("MINUSMA"), "{}", killing.title);
    }
    // the mission that fires is the agent
    let ev =
        events("Kidal\nLa Minusma a ouvert le feu sur des assaillants dimanche 10 mars 2024 à Kidal.\n", "2024-03-11");
    let fire = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert_eq!(fire.actors.first().map(String::as_str), Some("MINUSMA"), "{:?}", fire.actors);
}

#[test]
fn those_a_french_verb_of_killing_names_after_it_are_killed_not_killers() {
    let ev = events(
        "Titre\nMardi, une frappe de drone de l'armée a tué plusieurs dizaines de jihadistes près de Djibo.\n",
        "2024-03-13",
    );
    let strike = ev.iter().find(|e| e.event_type == EventType::Attack).expect("the strike");
    assert!(!strike.actors.iter().any(|a| a == "Militants"), "{:?}", strike.actors);
    // named before the verb, they killed
    let ev = events("Titre\nDes jihadistes ont tué mardi trois soldats près de Djibo.\n", "2024-03-13");
    assert!(ev.iter().any(|e| e.actors.iter().any(|a| a == "Militants")), "{:?}", titles_of(&ev));
}

#[test]
fn the_place_an_accord_is_named_after_is_not_who_signs_it() {
    // `l'accord de paix d'Alger est signé … par la CMA`: signed by the CMA, not by Algeria
    let ev = events(
        "Titre\nLe 20 juin 2015, l'accord de paix d'Alger est signé à Bamako par la Coordination des mouvements de l'Azawad.\n",
        "2015-06-22",
    );
    let deal = one_where(&ev, |e| e.event_type == EventType::Agreement);
    assert!(!deal.actors.iter().any(|a| a == "Algeria"), "{:?} {}", deal.actors, deal.title);
    assert!(deal.actors.iter().any(|a| a == "CMA"), "{:?} {}", deal.actors, deal.title);
}

#[test]
fn countries_that_announce_are_its_agents_not_its_place() {
    // `أعلنت النيجر ومالي وبوركينا فاسو`: the states named after the verb announce (what they
    // found together is an agreement between them)
    let ev = events("عنوان\nأعلنت النيجر ومالي وبوركينا فاسو الخميس 20 مارس 2025 تشكيل قوة مشتركة.\n", "2025-03-21");
    let a = one_where(&ev, |e| e.event_type == EventType::Agreement);
    for country in ["Niger", "Mali", "Burkina Faso"] {
        assert!(a.actors.iter().any(|x| x == country), "{country}: {:?} {}", a.actors, a.title);
    }
    // one state alone: it announces, and is no place of its own announcement
    let ev = events("عنوان\nأعلنت النيجر الخميس 20 مارس 2025 تشكيل قوة مشتركة.\n", "2025-03-21");
    let a = one_where(&ev, |e| e.event_type == EventType::Political);
    assert_eq!(a.actors, ["Niger"], "{}", a.title);
    assert!(!a.title.contains(" in Niger"), "{}", a.title);
    // nor is the town the lede is about the place of what the states announce
    let ev = events(
        "عنوان\nقتل 29 جنديا الخميس 20 مارس 2025 في هجوم على موقع عسكري في منطقة تيلابيري.\nوأعلنت النيجر ومالي وبوركينا فاسو السبت 15 مارس 2025 تشكيل قوة مشتركة.\n",
        "2025-03-21",
    );
    let a = one_where(&ev, |e| e.event_type == EventType::Agreement);
    assert!(!a.title.contains("Tillab"), "{}", a.title);
}

#[test]
fn who_announces_a_decision_takes_it_and_who_is_only_cited_does_not() {
    let ev = events("عنوان\nأعلن المجلس العسكري الاثنين 25 سبتمبر 2023 تأجيل الانتخابات الرئاسية.\n", "2023-09-26");
    let p = one_where(&ev, |e| e.event_type == EventType::Political);
    assert_eq!(p.actors, ["Malian junta"], "{}", p.title);
    // `d'après la Cédéao`, `بحسب الحكومة`: cited, not acting (an article between `d'après` and the name)
    let ev = events(
        "Titre\nD'après la Cédéao, la junte a dissous les partis politiques le mardi 13 mai 2025.\n",
        "2025-05-21",
    );
    let p = one_where(&ev, |e| e.event_type == EventType::Political);
    assert!(!p.actors.iter().any(|a| a == "ECOWAS"), "{:?} {}", p.actors, p.title);
    let ev = events("عنوان\nبحسب الحكومة المالية، تم تأجيل الانتخابات يوم الاثنين 25 سبتمبر 2023.\n", "2023-09-26");
    let p = one_where(&ev, |e| e.event_type == EventType::Political);
    assert!(p.actors.is_empty(), "{:?} {}", p.actors, p.title);
}

#[test]
fn an_actor_right_after_another_event_s_word_is_that_event_s() {
    let ev = events(
        "Titre\nRébellion touareg dans le nord et coup d'État militaire à Bamako le 22 mars 2012.\n",
        "2024-07-26",
    );
    let coup = one_where(&ev, |e| e.event_type == EventType::Coup);
    assert!(!coup.title.contains("Tuareg"), "{}", coup.title);
    // in Arabic the subject comes after its verb, and acts (`أعلنت جماعة … فرض حصار`)
    let ev = events("عنوان\nأعلنت جماعة نصرة الإسلام والمسلمين في سبتمبر 2025 فرض حصار على باماكو.\n", "2025-12-06");
    assert!(ev.iter().any(|e| e.title.starts_with("JNIM")), "{:?}", titles_of(&ev));
}

#[test]
fn the_one_a_relative_clause_is_about_did_its_act() {
    for text in [
        "Titre\nLa junte s'est tournée vers la Turquie, qui a déployé des instructeurs à Niamey en mai 2024.\n",
        "عنوان\nواتجه المجلس العسكري نحو تركيا التي نشرت مدربين عسكريين في نيامي في مايو 2024.\n",
    ] {
        let ev = events(text, "2025-03-21");
        let e = one_where(&ev, |e| e.when.is_some_and(|w| w.iso_start().starts_with("2024-05")));
        assert!(e.title.starts_with("Turkey"), "{:?}", titles_of(&ev));
    }
    // who suffered the act named in its clause did not do it
    let ev = events("عنوان\nاستهدف الهجوم قافلة للجيش المالي الذي تعرض لكمين يوم الثلاثاء قرب غاو.\n", "2025-03-21");
    assert!(titles_of(&ev).iter().all(|t| !t.contains("Malian Armed Forces")), "{:?}", titles_of(&ev));
}
