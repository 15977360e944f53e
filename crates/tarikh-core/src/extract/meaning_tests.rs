//! What an event says (issue 22), on sentences written for these tests: its type by meaning,
//! and history and site notices kept off the main timeline. Who did it is tested in
//! `agent_tests.rs`, which act a date dates in `act_date_tests.rs`, the kind of one sentence in
//! `kind_tests.rs`; all use the helpers here.

use super::tests::corpus;
use crate::model::EventType;

pub(super) fn events(text: &str, published: &str) -> Vec<crate::model::Event> {
    let mut c = corpus(&[("a.txt", text, Some(published))]);
    super::extract(&mut c).events
}

/// The titles of `ev`, for a failure's message.
pub(super) fn titles_of(ev: &[crate::model::Event]) -> Vec<&str> {
    ev.iter().map(|e| e.title.as_str()).collect()
}

/// True when `e` starts on `iso` (`2024-08-12`, `2024-03`, `2015`: its start at its precision).
pub(super) fn starts_on(e: &crate::model::Event, iso: &str) -> bool {
    e.when.is_some_and(|w| w.iso_start() == iso)
}

/// The start of every dated event of `ev`, at its precision.
pub(super) fn days_of(ev: &[crate::model::Event]) -> Vec<String> {
    ev.iter().filter_map(|e| e.when.map(|w| w.iso_start())).collect()
}

/// True when a mention of `e` has the trigger kind `kind`.
pub(super) fn has_kind(e: &crate::model::Event, kind: &str) -> bool {
    e.mentions.iter().any(|m| m.kind == kind)
}

/// The first event of `ev` that `pred` holds for; the test fails with every title when none does.
pub(super) fn one_where(
    ev: &[crate::model::Event],
    pred: impl Fn(&crate::model::Event) -> bool,
) -> &crate::model::Event {
    ev.iter().find(|e| pred(e)).unwrap_or_else(|| panic!("{:?}", titles_of(ev)))
}

/// The event that starts on `day` of `text`, one paragraph under a title, published on
/// `published`; the test fails with every title when none does.
pub(super) fn event_on(text: &str, published: &str, day: &str) -> crate::model::Event {
    one_where(&events(&format!("Titre\n{text}\n"), published), |e| starts_on(e, day)).clone()
}

/// The type of the first event of `ev` that starts on `day` (`2024-03-10`, `2024-03`); the test
/// fails with every title when none does.
pub(super) fn type_on(ev: &[crate::model::Event], day: &str) -> EventType {
    one_where(ev, |e| starts_on(e, day)).event_type
}

/// Each sentence, under a title and published on `published`, tells an event of its type on
/// `day`; the test fails with the sentence and every title when one does not.
pub(super) fn each_typed_on(cases: &[(&str, EventType)], published: &str, day: &str) {
    for (text, t) in cases {
        let ev = events(&format!("Titre\n{text}\n"), published);
        assert_eq!(type_on(&ev, day), *t, "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn an_inflected_form_of_a_listed_trigger_types_its_clause() {
    // `رهينة` is listed; its dual `رهينتين` is not, and is found by its stem
    let ar = events(
        "خبر من الصحراء\nنقل مسلحون رهينتين إلى مكان مجهول قرب كيدال يوم الأحد 5 مايو 2024 بحسب مصادر محلية.\n",
        "2024-05-06",
    );
    assert!(
        ar.iter().any(|e| e.event_type == EventType::Kidnapping),
        "{:?}",
        ar.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
    // `mutinerie` is listed; the plural `mutineries` is not
    let fr = events("Nouvelles de Kati\nDes mutineries ont éclaté dans plusieurs casernes de Kati le mercredi 21 mars 2012, selon des témoins.\n", "2012-03-22");
    assert!(
        fr.iter().any(|e| e.event_type == EventType::Coup),
        "{:?}",
        fr.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
}

#[test]
fn a_cookie_notice_and_history_far_back_give_no_event_of_all() {
    let text = "\
Attaque près de Gao
Des hommes armés ont attaqué un poste de l'armée près de Gao le mardi 4 mars 2025, selon une source sécuritaire.
En poursuivant sur ce site, vous acceptez nos cookies, conformément à la loi du 6 janvier 1978 relative à l'informatique.
Le pays a proclamé son indépendance le 22 septembre 1960 et le nord connaît des violences depuis 2002.
";
    let ev = events(text, "2025-03-05");
    assert!(
        !ev.iter().any(|e| e.when.is_some_and(|w| w.iso_start().starts_with("1978"))),
        "a site notice is no article text"
    );
    let old: Vec<_> = ev.iter().filter(|e| e.when.is_some_and(|w| w.iso_start().as_str() < "2010")).collect();
    assert!(!old.is_empty(), "history is kept");
    assert!(old.iter().all(|e| e.background), "and marked background");
    assert!(ev.iter().any(|e| e.event_type == EventType::Attack && !e.background));
    // the All view spans the article's own time, not 1960
    let (a, _) = crate::explore::timeline::fit(&ev).expect("a range");
    let year_2020 = crate::explore::timeline::to_x(
        chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap(),
    );
    assert!(a > year_2020, "All starts in the article's time");
}

#[test]
fn the_last_time_before_a_first_time_is_background_however_recent() {
    let fr = events(
        "Titre\nC'est la première attaque de cette ampleur dans la capitale depuis 2016, a déclaré un élu le mardi 17 septembre 2024.\n",
        "2024-09-18",
    );
    let then = one_where(&fr, |e| starts_on(e, "2016"));
    assert!(then.background, "{}", then.title);
    let ar =
        events("عنوان\nودخل الجيش مدينة كيدال يوم الثلاثاء 14 نوفمبر 2023 للمرة الأولى منذ عام 2014.\n", "2023-11-15");
    let then = one_where(&ar, |e| starts_on(e, "2014"));
    assert!(then.background, "{}", then.title);
    assert!(ar.iter().any(|e| starts_on(e, "2023-11-14") && !e.background));
    // a state since a recent year, without a comparison, is no background
    let fr = events("Titre\nLe nord est occupé par les rebelles depuis 2016.\n", "2018-09-18");
    assert!(fr.iter().all(|e| !e.background), "{:?}", titles_of(&fr));
}

#[test]
fn rain_that_falls_and_floods_that_kill_are_no_attack() {
    // `abattues` (shot down) is an attack word; with rain it is weather
    let fr = events(
        "Pluies à Bamako\nDe fortes pluies se sont abattues sur Bamako le mardi 14 mai 2024, faisant dix morts.\n",
        "2024-05-15",
    );
    assert!(
        fr.iter().all(|e| e.event_type == EventType::Other && e.title.starts_with("Floods")),
        "{:?}",
        fr.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
    let ar = events("سيول في مالي\nقتل عشرون شخصا في فيضانات اجتاحت موبتي يوم الثلاثاء 14 مايو 2024.\n", "2024-05-15");
    assert!(
        ar.iter().all(|e| e.event_type == EventType::Other && e.title.starts_with("Floods")),
        "{:?}",
        ar.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
}

#[test]
fn investigators_sent_after_an_ambush_are_an_investigation_not_an_attack() {
    let ar = events(
        "تحقيق في النيجر\nتوجه محققون دوليون يوم الأحد 5 مايو 2024 إلى منطقة الكمين الذي قتل فيه جنود قرب ميناكا.\n",
        "2024-05-06",
    );
    assert!(
        ar.iter().any(|e| e.event_type == EventType::Other && e.title.starts_with("Investigation")),
        "{:?}",
        ar.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
    assert!(
        !ar.iter().any(|e| e.event_type == EventType::Attack),
        "{:?}",
        ar.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>()
    );
}

/// The type of the only event of a one-sentence article, with the titles for a failure.
pub(super) fn only_type(sentence: &str, published: &str) -> EventType {
    let ev = events(&format!("عنوان\n{sentence}\n"), published);
    assert_eq!(ev.len(), 1, "{sentence}: {:?}", ev.iter().map(|e| (&e.title, e.event_type)).collect::<Vec<_>>());
    ev[0].event_type
}

#[test]
fn words_that_only_look_like_an_event_give_their_clause_the_kind_it_reports() {
    // the coup junta ruling years later is no coup
    assert_ne!(
        only_type("وقرر المجلس العسكري الانقلابي يوم الأحد 3 مارس 2024 تمديد حظر الأحزاب.", "2024-03-05"),
        EventType::Coup
    );
    assert_ne!(
        only_type("La junte putschiste a prolongé mardi 5 mars 2024 la suspension des partis.", "2024-03-06"),
        EventType::Coup
    );
    // a court's verdict for war crimes is a trial, not a war
    assert_ne!(
        only_type("قضت المحكمة يوم الخميس 4 أبريل 2024 بسجن قائد سابق بتهمة ارتكاب جرائم حرب في الشمال.", "2024-04-05"),
        EventType::Clash
    );
    // an ambassador's title is no diplomatic event; summoning one is
    assert_ne!(
        only_type("افتتحت السفيرة مهرجانا للفنون الشعبية يوم الخميس 4 أبريل 2024 في العاصمة.", "2024-04-05"),
        EventType::Diplomatic
    );
    assert_eq!(
        only_type("واستدعت الخارجية، يوم الخميس 4 أبريل 2024، السفير الفرنسي لديها.", "2024-04-05"),
        EventType::Diplomatic
    );
    // taking office is an inauguration, not a town taken
    assert_eq!(
        only_type("Depuis sa prise de fonction le 2 avril 2024, le ministre a visité trois régions.", "2024-05-05"),
        EventType::Political
    );
    // soldiers entering a town take it
    assert_eq!(
        only_type(
            "Des soldats et des combattants alliés sont entrés dimanche 7 avril 2024 dans la ville de Léré.",
            "2024-04-08"
        ),
        EventType::Clash
    );
    // a toll "set at" a day is no arrest: the floods are what the clause reports
    let ev = events(
        "Titre\nUn bilan provisoire arrêté le 16 mai 2024 fait état de 15 personnes décédées dans les inondations.\n",
        "2024-05-17",
    );
    assert!(ev.iter().all(|e| !e.title.contains("Arrest")), "{:?}", titles_of(&ev));
}

#[test]
fn a_short_line_that_names_an_act_is_an_event_not_a_dateline_and_postponing_is_its_own_kind() {
    let text = "عنوان\nاجتمع القادة في باماكو يوم الأحد 3 مارس 2024.\nهاجم مسلحون معسكرا في غاو يوم الاثنين 4 مارس 2024.\nوأعلن المجلس العسكري يوم الثلاثاء 5 مارس 2024 تأجيل الانتخابات.\n";
    let ev = events(text, "2024-03-06");
    let titles: Vec<_> = ev.iter().map(|e| (e.title.as_str(), e.event_type)).collect();
    assert!(ev.iter().any(|e| e.event_type == EventType::Attack), "{titles:?}");
    assert!(ev.iter().any(|e| e.title.starts_with("Postponement")), "{titles:?}");
    // `من أجل` (for the sake of) and a town named أجلهوك postpone nothing
    let ev = events("عنوان\nاجتمع القادة من أجل السلام في أجلهوك يوم الأحد 3 مارس 2024.\n", "2024-03-06");
    assert!(ev.iter().all(|e| !e.title.starts_with("Postponement")), "{:?}", titles_of(&ev));
}

#[test]
fn a_round_of_voting_is_an_election() {
    assert_eq!(
        only_type("وكان المرشح قد حصل في الجولة الأولى التي جرت في 28 يوليو على ثلث الأصوات.", "2013-08-13"),
        EventType::Political
    );
    assert_eq!(
        only_type("Il était arrivé en tête du premier tour, le 28 juillet, avec un tiers des voix.", "2013-08-13"),
        EventType::Political
    );
}

#[test]
fn deaths_in_a_mine_collapse_or_a_capsized_boat_are_a_disaster_not_an_attack_nor_a_coup() {
    assert_eq!(
        only_type("لقي 30 شخصا مصرعهم في انهيار منجم ذهب غرب البلاد يوم السبت 15 فبراير 2025.", "2025-02-16"),
        EventType::Other
    );
    assert_eq!(
        only_type("غرق 20 مهاجرا إثر انقلاب قارب في النهر يوم السبت 15 فبراير 2025.", "2025-02-16"),
        EventType::Other
    );
    assert_eq!(
        only_type(
            "Une vingtaine de personnes sont mortes samedi 15 février 2025 dans le naufrage d'une pirogue.",
            "2025-02-16"
        ),
        EventType::Other
    );
}

#[test]
fn a_related_article_s_line_gives_no_event() {
    let fr = "Titre\nDes hommes armés ont attaqué mardi 9 mars 2021 un poste de police à Gao.\nLire aussi : Attaque contre un convoi à Ménaka le 2 février 2021\n";
    let ev = events(fr, "2021-03-10");
    let days: Vec<String> = ev.iter().filter_map(|e| e.when).map(|w| w.iso_start()).collect();
    assert_eq!(days, vec!["2021-03-09".to_string()], "{days:?}");
    let ar = "عنوان\nهاجم مسلحون مركزا للشرطة في غاو يوم الثلاثاء 9 مارس 2021.\nاقرأ أيضا: هجوم على قافلة في ميناكا يوم 2 فبراير 2021\n";
    let ev = events(ar, "2021-03-10");
    let days: Vec<String> = ev.iter().filter_map(|e| e.when).map(|w| w.iso_start()).collect();
    assert_eq!(days, vec!["2021-03-09".to_string()], "{days:?}");
}

#[test]
fn calling_nationals_home_is_diplomatic_and_a_release_is_one_whatever_stands_between_its_words() {
    assert_eq!(
        only_type(
            "Le Canada a invité mercredi 3 mars 2021 ses ressortissants à quitter le pays sans délai.",
            "2021-03-04"
        ),
        EventType::Diplomatic
    );
    assert_eq!(
        only_type("ودعت كندا يوم الأربعاء 3 مارس 2021 رعاياها إلى مغادرة البلاد فورا.", "2021-03-04"),
        EventType::Diplomatic
    );
    // `أطلق … سراح` with the date between its two words
    assert_eq!(
        only_type("أطلقت السلطات يوم الأربعاء 3 مارس 2021، سراح عشرين معتقلا من المعارضة.", "2021-03-04"),
        EventType::Political
    );
}

#[test]
fn ending_an_agreement_is_not_signing_one() {
    let ev =
        events("عنوان\nوأعلن المجلس العسكري يوم الخميس 25 يناير 2024 أنه أنهى اتفاق السلام بأثر فوري.\n", "2024-01-26");
    let titles: Vec<_> = ev.iter().map(|e| (e.title.as_str(), e.event_type)).collect();
    // a political act, titled as an end; withdrawing from an agreement is the same act
    let ends = |e: &crate::model::Event| {
        e.event_type == EventType::Political && e.title.contains("nd") && !e.title.contains("sign")
    };
    assert!(ev.iter().any(ends), "{titles:?}");
    let ev =
        events("Titre\nLa junte a dénoncé jeudi 25 janvier 2024 l'accord de paix avec effet immédiat.\n", "2024-01-26");
    assert!(ev.iter().any(ends), "{:?}", titles_of(&ev));
    let ev = events("عنوان\nوفي 21 يناير 2024، أعلنت الحكومة انسحابها من اتفاق السلام.\n", "2024-01-26");
    assert!(ev.iter().any(ends), "{:?}", titles_of(&ev));
    // the place an agreement is named after is not who ends it
    let ev = events(
        "عنوان\nوأعلنت الحكومة في باماكو يوم الخميس 25 يناير 2024 أنها أنهت اتفاق الجزائر بأثر فوري.\n",
        "2024-01-26",
    );
    assert!(ev.iter().all(|e| !e.title.contains("Algeria")), "{:?}", titles_of(&ev));
    // nor where it is, when the lede names no other place, in either language
    for text in [
        "Titre\nLe 21 janvier 2024, le gouvernement a annoncé la fin de l'accord d'Alger.\n",
        "عنوان\nوفي 21 يناير 2024، أعلنت الحكومة انسحابها من اتفاق الجزائر للسلام.\n",
    ] {
        let ev = events(text, "2024-01-26");
        assert!(
            ev.iter().all(|e| !e.title.contains("Algeria") && !e.places.contains(&"Algeria".to_string())),
            "{:?}",
            titles_of(&ev)
        );
    }
    // signing one still is
    assert_eq!(
        only_type("Les parties ont signé jeudi 25 janvier 2024 un accord de paix à Alger.", "2024-01-26"),
        EventType::Agreement
    );
}

#[test]
fn the_french_words_un_eu_and_mine_name_no_union_nor_mining_site() {
    let ev = events(
        "Titre\nUn accrochage a eu lieu le lundi 4 mars 2024 entre un convoi de l'armée et des hommes armés près de Gao.\nLe gouvernement a décrété un deuil national le mardi 5 mars 2024.\n",
        "2024-03-10",
    );
    assert_eq!(ev.len(), 2, "{:?}", titles_of(&ev));
    for e in &ev {
        assert!(e.actors.is_empty(), "{}: {:?}", e.title, e.actors);
    }
    let ev = events(
        "Titre\nUn véhicule de la gendarmerie a sauté sur une mine le lundi 4 mars 2024 près de Gao.\n",
        "2024-03-10",
    );
    assert!(ev.iter().all(|e| !e.title.to_lowercase().contains("mine")), "{:?}", titles_of(&ev));
}

#[test]
fn a_court_sentences_where_a_spokesman_only_condemns() {
    let court =
        only_type("وأدانت محكمة في نيامي يوم الثلاثاء 3 سبتمبر 2024 ثلاثة متهمين وحكمت عليهم بالسجن.", "2024-09-09");
    assert_eq!(court, EventType::Other);
    let ev =
        events("عنوان\nوأدان الناطق باسم الحكومة يوم الثلاثاء 3 سبتمبر 2024 تصريحات الوزير الأجنبي.\n", "2024-09-09");
    assert!(ev.iter().all(|e| !e.title.contains("Trial")), "{:?}", titles_of(&ev));
    let ev =
        events("Titre\nLe porte-parole a condamné le mardi 3 septembre 2024 les propos du ministre.\n", "2024-09-09");
    assert!(ev.iter().all(|e| !e.title.contains("Trial")), "{:?}", titles_of(&ev));
    let ev = events(
        "Titre\nTrois hommes ont été condamnés à mort le mardi 3 septembre 2024 par la cour d'assises.\n",
        "2024-09-09",
    );
    assert!(ev.iter().any(|e| e.title.contains("Trial")), "{:?}", titles_of(&ev));
}

#[test]
fn a_mission_ending_its_tasks_a_delegation_and_resumed_hostilities_have_their_kinds() {
    let ar = only_type("وكانت البعثة الأممية قد أنهت مهامها في مالي نهاية عام 2023 بطلب من السلطات.", "2024-06-30");
    assert_eq!(ar, EventType::Withdrawal);
    // a chronology's line naming the end of a mission
    assert_eq!(only_type("- 31 ديسمبر 2023: نهاية بعثة الأمم المتحدة.", "2024-09-20"), EventType::Withdrawal);
    assert_eq!(only_type("- 31 décembre 2023 : fin de la Minusma.", "2024-09-20"), EventType::Withdrawal);
    let fr = only_type("Une délégation de la Cédéao est attendue le lundi 11 mars 2024 à Bamako.", "2024-03-10");
    assert_eq!(fr, EventType::Diplomatic);
    let ev = events(
        "Titre\nLe CSP avait annoncé en septembre 2023 la reprise des hostilités contre l'armée.\n",
        "2024-03-10",
    );
    assert!(ev.iter().all(|e| e.event_type == EventType::Clash && !e.title.contains("take")), "{:?}", titles_of(&ev));
}

#[test]
fn denied_and_attributing_words_name_no_act_and_a_dismissal_or_a_mourning_is_named() {
    // a mandate granted without an election is no election
    let ev = events("عنوان\nحصل رئيس المجلس العسكري في 8 يوليو على ولاية رئاسية جديدة دون انتخابات.\n", "2025-07-20");
    assert!(!ev.iter().any(|e| has_kind(e, "election")), "{:?}", titles_of(&ev));
    let ev =
        events("Titre\nLe chef de la junte a obtenu le 8 juillet un mandat de cinq ans sans élection.\n", "2025-07-20");
    assert!(!ev.iter().any(|e| has_kind(e, "election")), "{:?}", titles_of(&ev));
    // `according to what the authorities announced` reports; it announces nothing
    let ev = events("عنوان\nدخل القرار حيز التنفيذ في 29 يناير، بحسب ما أعلنته السلطات.\n", "2025-02-10");
    assert!(!ev.iter().any(|e| has_kind(e, "announcement")), "{:?}", titles_of(&ev));
    // the passive of `أقال` (dismissed) is a dismissal
    let ev = events("عنوان\nوكان حاكم المنطقة قد أقيل من منصبه في 3 مايو 2025.\n", "2025-08-15");
    one_where(&ev, |e| has_kind(e, "resignation"));
    // a national mourning is named as such
    let ev = events(
        "Titre\nLe gouvernement a décrété un deuil national de trois jours à partir du mercredi 18 septembre 2024.\n",
        "2024-09-19",
    );
    one_where(&ev, |e| has_kind(e, "mourning") && e.title.starts_with("National mourning"));
}

#[test]
fn a_handover_of_power_and_national_talks_are_named_not_a_coup_named_before_them() {
    let fr = events(
        "Titre\nArrivés au pouvoir par un putsch en août 2020, les militaires avaient promis de rendre le pouvoir aux civils en mars 2024.\n",
        "2025-05-14",
    );
    let march = one_where(&fr, |e| starts_on(e, "2024-03"));
    assert!(has_kind(march, "transition") && march.event_type != EventType::Coup, "{:?}", titles_of(&fr));
    let ar = events("عنوان\nتعهد المجلس العسكري بتسليم السلطة للمدنيين في فبراير 2026.\n", "2025-05-14");
    one_where(&ar, |e| has_kind(e, "transition") && e.title.starts_with("Handover of power"));
    let fr = events(
        "Titre\nLe 30 avril, les concertations nationales ont recommandé un mandat de cinq ans.\n",
        "2025-05-14",
    );
    one_where(&fr, |e| has_kind(e, "meeting"));
}

#[test]
fn a_release_a_sentence_a_crash_and_a_memorandum_are_named_and_the_government_is_not_a_junta() {
    // the date between the verb and its `عن` does not hide the release
    let ev = events("عنوان\nأفرجت السلطات المالية، أمس الثلاثاء، عن صحفي اعتقل قبل ثلاثة أشهر.\n", "2024-11-27");
    let release = one_where(&ev, |e| has_kind(e, "release"));
    // `السلطات المالية` is the government of any year, not the junta
    assert_eq!(release.actors, ["Malian government"], "{}", release.title);
    let ev = events("عنوان\nوكانت محكمة في باماكو قد قضت في 20 أكتوبر بسجنه ستة أشهر.\n", "2024-11-27");
    one_where(&ev, |e| has_kind(e, "trial"));
    // a combat helicopter that falls is a crash, not a fight
    let ev = events("عنوان\nسقطت مروحية قتالية قرب تمبكتو في 3 نوفمبر 2024.\n", "2024-11-10");
    one_where(&ev, |e| has_kind(e, "accident"));
    assert!(!ev.iter().any(|e| e.event_type == EventType::Clash), "{:?}", titles_of(&ev));
    let ev = events(
        "Titre\nEn novembre 2023, les deux pays avaient conclu un mémorandum sur une raffinerie.\n",
        "2025-09-25",
    );
    one_where(&ev, |e| e.event_type == EventType::Agreement);
}

#[test]
fn a_skull_and_crossbones_is_no_death() {
    let fr = events(
        "Titre\nLa vidéo diffusée le 22 novembre montre un drapeau orné d'une tête de mort sur le fort.\n",
        "2023-11-25",
    );
    assert!(!fr.iter().any(|e| has_kind(e, "deaths")), "{:?}", titles_of(&fr));
}

#[test]
fn a_toll_published_on_a_day_and_a_defence_council_are_named() {
    let fr = events(
        "Titre\nLundi 2 juin, l'armée a reconnu des pertes, avant de publier mardi 3 juin un bilan de 11 morts.\n",
        "2025-06-04",
    );
    let tuesday = one_where(&fr, |e| starts_on(e, "2025-06-03"));
    assert_eq!(tuesday.event_type, EventType::CasualtyReport, "{:?}", titles_of(&fr));
    let fr = events(
        "Titre\nMercredi dernier, le chef de la junte a présidé un conseil de défense extraordinaire.\n",
        "2025-06-04",
    );
    one_where(&fr, |e| has_kind(e, "meeting"));
}

#[test]
fn a_seizure_a_court_order_and_an_entry_into_force_are_named() {
    let fr = events(
        "Titre\nEn janvier 2025, les autorités avaient fait saisir trois tonnes d'or sur le site.\n",
        "2025-06-17",
    );
    one_where(&fr, |e| has_kind(e, "seizure") && e.title.starts_with("Seizure"));
    let fr = events(
        "Titre\nLe tribunal a ordonné lundi 16 juin la mise sous administration provisoire du complexe.\n",
        "2025-06-17",
    );
    one_where(&fr, |e| has_kind(e, "decision"));
    let ar = events("عنوان\nودخل الدستور الجديد حيز التنفيذ في 22 يوليو 2023.\n", "2023-08-01");
    one_where(&ar, |e| has_kind(e, "decision"));
    // `الصادر` (issued) is no seizure
    let ar =
        events("عنوان\nوجاء في البيان الصادر أمس الأحد 22 سبتمبر 2024 أن الدول الثلاث قررت الانسحاب.\n", "2024-09-23");
    assert!(!ar.iter().any(|e| has_kind(e, "seizure")), "{:?}", titles_of(&ar));
}

#[test]
fn words_that_only_look_like_an_armed_act_type_nothing_armed() {
    let armed = |e: &crate::model::Event| {
        matches!(e.event_type, EventType::Attack | EventType::Clash | EventType::Withdrawal | EventType::Deployment)
    };
    for (text, lang_pub) in [
        ("Titre\nLe 5 mai 2025, le ministre s'est occupé du dossier des réfugiés à Mopti.\n", "2025-06-17"),
        ("Titre\nLe 7 mai 2025, la crise économique frappe durement les ménages de Bamako.\n", "2025-06-17"),
        ("Titre\nLe 9 mai 2025, le candidat a retiré sa candidature à Bamako.\n", "2025-06-17"),
        ("Titre\nLe 12 mai 2025, un contrôle routier a été installé à l'entrée de Ségou.\n", "2025-06-17"),
        ("عنوان\nواتهمت مالي الجزائر في 3 مايو 2025 بالتدخل في الشؤون الداخلية.\n", "2025-06-17"),
        ("عنوان\nوأعلن الجيش في 4 مايو 2025 السيطرة على الوضع في كاتي.\n", "2025-06-17"),
    ] {
        let ev = events(text, lang_pub);
        assert!(!ev.iter().any(armed), "{text}: {:?}", titles_of(&ev));
    }
    // beside arms they are acts again
    let ev = events("Titre\nLe 13 mai 2025, des frappes de drones ont visé des positions près de Gao.\n", "2025-06-17");
    one_where(&ev, |e| e.event_type == EventType::Attack);
}

#[test]
fn a_camp_handed_over_is_a_withdrawal_and_schools_reopening_is_no_takeover() {
    let fr =
        events("Titre\nLe 7 juin 2024, la Minusma a rétrocédé le camp de Ber aux autorités maliennes.\n", "2024-06-12");
    one_where(&fr, |e| e.event_type == EventType::Withdrawal);
    let ar = events("عنوان\nوسلمت البعثة الأممية معسكر بير للسلطات المالية في 13 أغسطس 2023.\n", "2023-08-20");
    let handed = one_where(&ar, |e| e.event_type == EventType::Withdrawal);
    assert_eq!(handed.actors.first().map(String::as_str), Some("MINUSMA"), "{}", handed.title);
    let fr = events("Titre\nLe 10 juin 2024, les élèves ont repris le chemin de l'école à Mopti.\n", "2024-06-12");
    assert!(!fr.iter().any(|e| e.event_type == EventType::Clash), "{:?}", titles_of(&fr));
    // the positions an army bombs are its targets, not its agents
    let fr = events("Titre\nLe 5 juin 2024, l'armée a bombardé des positions terroristes à Ber.\n", "2024-06-12");
    let strike = one_where(&fr, |e| e.event_type == EventType::Attack);
    assert!(!strike.actors.iter().any(|a| a == "Militants"), "{:?}", strike.actors);
}

#[test]
fn a_coup_without_a_place_of_its_own_is_titled_by_the_article_s_country_not_its_town() {
    let ev = events(
        "Mali : embuscade près de Douentza\nTrois soldats ont été tués lundi dans une embuscade près de Douentza.\nLe journaliste a couvert le coup d'État d'août 2020.\n",
        "2024-03-12",
    );
    let coup = ev.iter().find(|e| e.event_type == EventType::Coup).expect("the coup");
    assert_eq!(coup.title, "Coup in Mali", "{:?}", titles_of(&ev));
}

#[test]
fn an_act_recalled_from_months_before_the_story_keeps_the_lede_s_country_not_its_town() {
    let text = "Mali : quinze civils tués à Diallassagou\nAu moins quinze civils ont été tués dimanche dans l'attaque du village de Diallassagou, dans la région de Mopti.\nLes attaques se sont multipliées après le départ de la Minusma, dont les derniers casques bleus ont quitté le pays le 31 décembre 2023.\n";
    let ev = events(text, "2024-03-17");
    // the departure was the whole country's, not the lede's region's
    let left = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert_eq!(left.title, "Withdrawal in Mali by MINUSMA");
    // the story's own attack keeps the lede's village
    one_where(&ev, |e| {
        e.event_type == EventType::Attack && starts_on(e, "2024-03-17") && e.title.contains("Diallassagou")
    });
}

#[test]
fn classes_or_flights_suspended_are_a_suspension_apart_from_an_embassy_s_call_of_that_day() {
    let ev = events(
        "عنوان\nأعلنت السلطات، مساء الثلاثاء، تعليق الدراسة في جميع المدارس لمدة أسبوعين.\nودعت سفارة كندا، الثلاثاء، رعاياها إلى مغادرة البلاد.\n",
        "2025-10-29",
    );
    let suspension = one_where(&ev, |e| has_kind(e, "dissolution"));
    assert_eq!(suspension.when.unwrap().first_day().to_string(), "2025-10-28");
    assert_eq!(suspension.mentions.len(), 1, "{:?}", titles_of(&ev));
}

#[test]
fn attackers_arriving_are_the_attack_told_not_forces_deployed() {
    let ev = events(
        "Titre\nDes soldats ont été tués mercredi dans une attaque contre une base près de Djibo.\n« Les assaillants sont arrivés en grand nombre vers 6 heures du matin », a raconté un habitant.\n",
        "2025-06-12",
    );
    assert!(ev.iter().all(|e| e.event_type != EventType::Deployment), "{:?}", titles_of(&ev));
    // soldiers arriving still are
    let troops = events("Titre\nDes renforts militaires sont arrivés mercredi à Djibo.\n", "2025-06-12");
    assert!(troops.iter().any(|e| e.event_type == EventType::Deployment), "{:?}", titles_of(&troops));
}

#[test]
fn what_is_compatible_or_not_is_no_agreement() {
    let ev = events(
        "عنوان\nوفي اليوم نفسه، أعلن الرئيس السنغالي أن وجود القواعد العسكرية الفرنسية في بلاده لا يتوافق مع السيادة.\n",
        "2024-11-29",
    );
    assert!(ev.iter().all(|e| e.event_type != EventType::Agreement), "{:?}", titles_of(&ev));
}

#[test]
fn a_decree_dissolving_parties_is_a_dissolution_and_what_is_called_for_is_not_done() {
    let ev = events("عنوان\nوكان الرئيس قد وقع في 13 مايو مرسوما بحل جميع الأحزاب السياسية.\n", "2025-07-04");
    let decree = one_where(&ev, |e| starts_on(e, "2025-05-13"));
    assert!(has_kind(decree, "dissolution"), "{:?}", titles_of(&ev));
    for text in [
        "عنوان\nوجاءت الخطوة بعد المشاورات الوطنية التي نظمت في أبريل الماضي، والتي دعت أيضا إلى حل الأحزاب السياسية.\n",
        "Titre\nEn avril, les concertations nationales ont recommandé la dissolution des partis.\n",
    ] {
        let ev = events(text, "2025-07-04");
        assert!(!ev.iter().any(|e| has_kind(e, "dissolution")), "{:?}", titles_of(&ev));
    }
}
