//! Where an event happens, when its own sentence does not say (on sentences written for these
//! tests): the lede's town, the town before the region; not where people fled to, nor a country
//! whose influence is spoken of, nor the country a river or a broadcaster is named after; the
//! towns of the centre and the north the news names (Diafarabé, Ténenkou, Tessit, Gossi …) title
//! their events; not the town a byline's correspondent writes from, nor a country one turns towards,
//! nor a counterpart named "with"; a town named beside another date of the sentence is that date's,
//! and a date that opens its own clause (`…, et le 6 mars, …`) has its own place; a country
//! titles before an area of several (`West Africa`); a province of Burkina Faso's north or a
//! quarter of a country (`le sud-ouest du Niger`) is a place of its own, not the dateline's town;
//! where one took refuge is no place of the act, and towns are known by their short and
//! unvowelled spellings (`Nioro`, `بندياغارا`).

use super::meaning_tests::{events, one_where, starts_on, titles_of};

/// A wire story from Djibo published on Saturday 14 June 2025, with `rest` after its lede.
fn djibo(rest: &str) -> String {
    format!(
        "Burkina Faso : des dizaines de soldats tués dans une attaque à Djibo\nAu moins cinquante soldats ont été tués lors d'une attaque contre un détachement militaire à Djibo, dans le nord du Burkina Faso, ont indiqué samedi des sources sécuritaires.\n{rest}\n"
    )
}

#[test]
fn an_attack_told_without_a_place_is_in_the_lede_s_town_even_with_its_actor() {
    let ev = events(
        &djibo("L'attaque s'est produite jeudi, quand des centaines d'hommes armés ont pris d'assaut le camp."),
        "2025-06-14",
    );
    let e = one_where(&ev, |e| starts_on(e, "2025-06-12"));
    assert!(e.title.contains("Djibo"), "{:?}", titles_of(&ev));
    // the town, not the region the lede also names
    assert!(!e.title.contains("Northern"), "{}", e.title);
    // a claim of it too
    let ev = events(&djibo("Le JNIM a revendiqué l'attaque dans un communiqué diffusé vendredi soir."), "2025-06-14");
    assert!(one_where(&ev, |e| starts_on(e, "2025-06-13")).title.contains("Djibo"), "{:?}", titles_of(&ev));
}

#[test]
fn a_lede_that_names_only_a_country_gives_no_place_to_an_actor_s_act() {
    let ev = events(
        "Mali : nouvelles violences\nLes autorités maliennes ont annoncé samedi un bilan provisoire.\nLe JNIM a attaqué jeudi un convoi logistique.\n",
        "2025-06-14",
    );
    let e = one_where(&ev, |e| starts_on(e, "2025-06-12"));
    assert!(!e.title.contains(" in Mali"), "{:?}", titles_of(&ev));
}

#[test]
fn where_people_fled_to_is_not_where_the_event_is() {
    let ev = events(
        &djibo("Un habitant, qui a fui vers Ouahigouya vendredi matin, a raconté l'attaque. Le JNIM a revendiqué l'attaque vendredi soir."),
        "2025-06-14",
    );
    assert!(!ev.iter().any(|e| e.title.contains("Ouahigouya")), "{:?}", titles_of(&ev));
    // nor where one took refuge after resigning
    for text in [
        "Burkina : le chef de la junte démissionne\nLe lieutenant-colonel Damiba a démissionné dimanche et s'est réfugié au Togo.\n",
        "بوركينا فاسو: استقالة رئيس المجلس العسكري\nقدم داميبا استقالته يوم الأحد ولجأ إلى توغو.\n",
    ] {
        let ev = events(text, "2022-10-03");
        let e = one_where(&ev, |e| starts_on(e, "2022-10-02"));
        assert!(!e.title.contains("Togo") && !e.title.contains("توغو"), "{text}: {}", e.title);
        // who resigns is named in French as in Arabic
        assert!(e.actors.iter().any(|a| a == "Paul-Henri Damiba"), "{text}: {} {:?}", e.title, e.actors);
    }
}

#[test]
fn a_country_whose_influence_is_spoken_of_is_not_where_the_event_is() {
    let ev = events(
        "عنوان\nوكانت الدول الثلاث قد أعلنت في 28 يناير 2024 انسحابها \"الفوري\" من المنظمة الإقليمية، متهمة إياها بالخضوع لنفوذ فرنسا.\n",
        "2025-01-22",
    );
    let e = one_where(&ev, |e| starts_on(e, "2024-01-28"));
    assert!(!e.title.contains("France"), "{:?}", titles_of(&ev));
    // leaving an organisation, with a word between the act and the organisation
    assert_eq!(e.event_type, crate::model::EventType::Diplomatic, "{:?}", titles_of(&ev));
}

#[test]
fn a_boat_attacked_on_the_niger_river_is_titled_by_its_town_not_by_niger() {
    // published on Friday 20 September 2024: Thursday is the 19th
    for text in [
        "Titre\nDes hommes armés ont attaqué jeudi un bateau sur le fleuve Niger près de Tombouctou.\n",
        "عنوان\nهاجم مسلحون يوم الخميس قاربا على نهر النيجر قرب تمبكتو.\n",
    ] {
        let ev = events(text, "2024-09-20");
        let e = one_where(&ev, |e| starts_on(e, "2024-09-19"));
        assert!(e.title.ends_with("in Timbuktu"), "{text}: {}", e.title);
    }
}

#[test]
fn towns_of_the_centre_and_the_north_title_their_events() {
    // published on Wednesday 15 May 2024: Tuesday is the 14th
    for (text, town) in [
        ("Titre\nDes hommes armés ont attaqué mardi un poste de l'armée à Diafarabé.\n", "Diafarabé"),
        ("عنوان\nهاجم مسلحون الثلاثاء موقعا للجيش في بلدة تيسيت.\n", "Tessit"),
        ("عنوان\nقتل مسلحون الثلاثاء ثلاثة مدنيين قرب غوسي.\n", "Gossi"),
    ] {
        let ev = events(text, "2024-05-15");
        let e = one_where(&ev, |e| starts_on(e, "2024-05-14"));
        assert!(e.title.ends_with(&format!("in {town}")), "{text}: {}", e.title);
    }
}

#[test]
fn broadcasters_named_after_a_country_are_no_place_and_no_agent() {
    // published on Friday 18 March 2022: Thursday is the 17th
    for text in [
        "Titre\nLes autorités maliennes ont suspendu jeudi la diffusion de RFI et de France 24.\n",
        "عنوان\nعلقت السلطات المالية الخميس بث إذاعة فرنسا الدولية وقناة فرانس 24.\n",
        "Titre\nLe Mali a rappelé jeudi son ambassadeur à Alger, a rapporté France 24.\n",
    ] {
        let ev = events(text, "2022-03-18");
        let e = one_where(&ev, |e| starts_on(e, "2022-03-17"));
        assert!(!e.title.contains("France"), "{text}: {}", e.title);
    }
}

#[test]
fn a_byline_s_town_and_a_country_turned_towards_are_no_place_of_the_events() {
    let text = "Niger : la junte suspend la BBC\nPar notre correspondant à Niamey\nLes autorités ont suspendu mardi la BBC pour trois mois.\n";
    let ev = events(text, "2025-03-12");
    let e = one_where(&ev, |e| starts_on(e, "2025-03-11"));
    assert!(!e.places.iter().any(|p| p == "Niamey"), "{:?}", titles_of(&ev));
    let ev = events(
        "Titre\nLes soldats français ont quitté le pays en 2023, puis la junte s'est tournée vers la Russie.\n",
        "2025-03-12",
    );
    let e = one_where(&ev, |e| starts_on(e, "2023"));
    assert!(!e.title.contains("Russia"), "{:?}", titles_of(&ev));
}

#[test]
fn a_town_named_beside_another_date_of_the_sentence_is_that_date_s() {
    // taken in one town in March, freed in another country on Monday
    let ev = events(
        "Otage libéré\nLe technicien italien, enlevé le 3 mars 2022 à Ménaka, dans l'est du Mali, a été libéré lundi au Niger, a annoncé Rome.\n",
        "2024-05-14",
    );
    let freed = one_where(&ev, |e| starts_on(e, "2024-05-13"));
    assert!(!freed.places.iter().any(|p| p == "Ménaka" || p.contains("Mali")), "{:?}", freed.places);
    assert!(freed.title.contains("Niger"), "{}", freed.title);
    let taken = one_where(&ev, |e| starts_on(e, "2022-03-03"));
    assert!(taken.title.contains("Ménaka"), "{}", taken.title);
    // in Arabic: a meeting on Sunday after Saturday's attack on a village
    let ev = events("اجتماع طارئ\nعقدت الحكومة اجتماعا طارئا الأحد، بعد هجوم السبت على قرية أوغوساغو.\n", "2024-05-14");
    let met = one_where(&ev, |e| starts_on(e, "2024-05-12"));
    assert!(!met.places.iter().any(|p| p == "Ogossagou"), "{}: {:?}", met.title, met.places);
}

#[test]
fn two_dates_of_one_fight_share_its_place() {
    let ev = events(
        "Combats\nDes combats ont opposé mardi, puis dans la nuit de mardi à mercredi, des soldats à des hommes armés près de Tessit.\n",
        "2024-05-16",
    );
    // Tuesday's fight is near Tessit, though the place is named after the night's date
    let e = one_where(&ev, |e| starts_on(e, "2024-05-14"));
    assert!(e.places.iter().any(|p| p == "Tessit"), "{:?}", titles_of(&ev));
}

#[test]
fn a_counterpart_named_with_is_no_place() {
    // published on Wednesday 18 September 2024
    let ev = events("Titre\nLa junte a rompu avec Paris après le coup d'État de mai 2021.\n", "2024-09-18");
    let coup = one_where(&ev, |e| starts_on(e, "2021-05"));
    assert!(!coup.title.contains("France") && !coup.title.contains("Paris"), "{}", coup.title);
    let ev = events("عنوان\nقطعت الحكومة يوم الثلاثاء علاقاتها الدبلوماسية مع أوكرانيا.\n", "2024-09-18");
    let broke = one_where(&ev, |e| starts_on(e, "2024-09-17"));
    assert!(!broke.title.contains("Ukraine"), "{}", broke.title);
}

#[test]
fn a_date_that_opens_its_own_clause_takes_its_act_and_place_and_a_country_beats_an_area_of_several() {
    // published on Thursday 18 April 2024
    for text in [
        "Titre\nLe 3 mars, des soldats sont tombés dans une embuscade entre Douentza et Boni, et le 6 mars, une mine a explosé au passage d'un camion près de Hombori.\n",
        "عنوان\nفي 3 مارس، وقع جنود في كمين بين دوينتزا وبوني، وفي 6 مارس، انفجر لغم لدى مرور شاحنة قرب هومبوري.\n",
    ] {
        let ev = events(text, "2024-04-18");
        let third = one_where(&ev, |e| starts_on(e, "2024-03-03"));
        // (a vehicle named in the sentence makes no accident of soldiers ambushed)
        assert_eq!(third.event_type, crate::model::EventType::Attack, "{text}: {:?}", titles_of(&ev));
        assert!(third.title.contains("Douentza"), "{text}: {:?}", titles_of(&ev));
        let sixth = one_where(&ev, |e| starts_on(e, "2024-03-06"));
        assert!(sixth.title.contains("Hombori"), "{text}: {:?}", titles_of(&ev));
    }
    // a town the act's participle tells of is the act's, after another date's clause
    let ev = events(
        "Titre\nLa semaine prochaine, une délégation doit se rendre à Tessalit, reprise par l'armée en février dernier.\n",
        "2024-04-18",
    );
    assert!(one_where(&ev, |e| starts_on(e, "2024-02")).title.contains("Tessalit"), "{:?}", titles_of(&ev));
    let ev = events(
        "Titre\nUn coup d'État a renversé le président en Afrique de l'Ouest, en juillet 2023 au Niger.\n",
        "2024-04-18",
    );
    assert!(one_where(&ev, |e| starts_on(e, "2023-07")).title.contains("Niger"), "{:?}", titles_of(&ev));
}

#[test]
fn a_province_or_a_quarter_of_a_country_is_where_a_wire_s_story_happens_not_its_dateline_town() {
    let ev = events(
        "Titre\nOuagadougou, 12 mars 2024 (AFP) - Une quinzaine de civils ont été tués dans la nuit de samedi à dimanche dans l'attaque de leur village par des hommes armés dans la province du Soum, a-t-on appris lundi.\n",
        "2024-03-12",
    );
    let e = one_where(&ev, |e| starts_on(e, "2024-03-09"));
    assert!(e.title.contains("Soum") && !e.title.contains("Ouagadougou"), "{:?}", titles_of(&ev));
    let ev = events(
        "Titre\nNiamey, 12 mars 2024 (AFP) - Des hommes armés ont attaqué dimanche un poste de gendarmerie dans le sud-ouest du Niger.\n",
        "2024-03-12",
    );
    let e = one_where(&ev, |e| starts_on(e, "2024-03-10"));
    assert!(!e.title.contains("Niamey"), "{:?}", titles_of(&ev));
}

#[test]
fn a_wire_s_dateline_town_with_its_date_is_where_the_story_was_filed_from() {
    // the release, told without a place, is in the lede's town, not the dateline's
    let ev = events(
        "Titre\nNiamey, 16 septembre 2010 - Sept employés ont été enlevés dans la nuit de mercredi à jeudi à Arlit par un groupe armé.\nTrois des otages ont été libérés en février 2011.\n",
        "2010-09-16",
    );
    let e = one_where(&ev, |e| starts_on(e, "2011-02"));
    assert!(e.title.contains("Arlit") && !e.title.contains("Niamey"), "{:?}", titles_of(&ev));
}

#[test]
fn towns_are_named_by_their_short_and_unvowelled_spellings() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    for (text, town) in [
        ("Titre\nMardi, des soldats ont été enlevés près de Nioro.\n", "Nioro du Sahel"),
        ("عنوان\nهاجم مسلحون يوم الثلاثاء قرية قرب بندياغارا.\n", "Bandiagara"),
        ("Titre\nMardi, des jihadistes ont attaqué un poste près de Fada.\n", "Fada N'Gourma"),
        ("عنوان\nهاجم مسلحون يوم الثلاثاء موقعا للدرك في إيناتا.\n", "Inata"),
        ("Titre\nMardi, des jihadistes ont attaqué un convoi à Gaskindé.\n", "Gaskindé"),
    ] {
        let ev = events(text, "2024-04-18");
        let e = one_where(&ev, |e| starts_on(e, "2024-04-16"));
        assert!(e.places.iter().any(|p| p == town), "{text}: {} {:?}", e.title, e.places);
    }
}
