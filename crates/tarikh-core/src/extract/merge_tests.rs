//! One event across articles (issue 22): reports that name a region and a town of it are one
//! event, reports of two regions apart stay two, attacks "since" a year, background, are no
//! report of an attack that year, and a protest or a trial is no other article's political act of
//! its day; on short articles written for these tests.

use super::tests::corpus;
use crate::model::EventType;

#[test]
fn a_report_naming_the_region_merges_with_one_naming_a_town_of_it_and_not_of_another() {
    let docs = [
        (
            "a.txt",
            "هجوم على معسكر\nهاجم مسلحون فجر الثلاثاء معسكرا للجيش في بولكيسي، ما أسفر عن مقتل 20 جنديا.\n",
            Some("2024-03-13"),
        ),
        (
            "b.txt",
            "Attaque\nVingt soldats ont été tués mardi dans l'attaque d'un camp militaire dans la région de Mopti.\n",
            Some("2024-03-13"),
        ),
        (
            "c.txt",
            "Attaque\nDes hommes armés ont attaqué mardi un camp militaire dans la région de Gao.\n",
            Some("2024-03-13"),
        ),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    let files = |e: &crate::model::Event| {
        let mut f: Vec<_> = e.mentions.iter().map(|m| docs[m.doc].0).collect();
        f.sort_unstable();
        f.dedup();
        f
    };
    let all: Vec<_> = ev.iter().filter(|e| e.event_type == EventType::Attack).map(files).collect();
    assert!(all.contains(&vec!["a.txt", "b.txt"]) && all.contains(&vec!["c.txt"]), "{all:?}");
    // its title names the town, which the region's report agrees with, not only the region
    let both = ev.iter().find(|e| files(e).len() == 2).expect("the merged attack");
    assert!(both.title.ends_with("in Boulkessi"), "{}", both.title);
}

#[test]
fn another_attack_of_the_same_day_at_a_place_of_its_own_stays_apart() {
    let docs = [
        (
            "a.txt",
            "Attaques\nUne dizaine de civils ont été tués samedi dans l'attaque de leur village dans le centre du Mali.\nLe même jour, un poste de la gendarmerie a été attaqué à Ségou, sans faire de victimes.\n",
            Some("2025-03-09"),
        ),
        (
            "b.txt",
            "هجوم\nقتل عشرة مدنيين في هجوم شنه مسلحون يوم السبت 8 مارس 2025 على قرية قرب مدينة موبتي وسط مالي.\n",
            Some("2025-03-10"),
        ),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    let attacks: Vec<Vec<String>> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Attack)
        .map(|e| e.mentions.iter().map(|m| m.time_text.clone()).collect())
        .collect();
    // the Ségou post is its own event; the village told in French and Arabic is one
    assert!(attacks.contains(&vec!["Le même jour".to_string()]), "{attacks:?}");
    assert!(attacks.iter().any(|a| a.len() == 2 && a.iter().any(|t| t == "samedi")), "{attacks:?}");
}

#[test]
fn a_similar_attack_told_in_passing_is_another_event_and_lends_no_actor() {
    for (text, last_week) in [
        (
            "هجوم\nقتل عدد من الجنود في هجوم استهدف قاعدة عسكرية قرب تمبكتو مساء أمس الاثنين.\nولم تتبن أي جهة الهجوم، لكن جماعة نصرة الإسلام والمسلمين كانت قد أعلنت مسؤوليتها عن هجوم مماثل على القاعدة ذاتها الأسبوع المنصرم.\n",
            "الأسبوع المنصرم",
        ),
        (
            "Attaque\nPlusieurs soldats ont été tués lundi soir dans l'attaque d'une base militaire près de Tombouctou.\nAucun groupe n'a revendiqué l'attaque, mais le JNIM avait revendiqué une autre attaque contre la même base la semaine dernière.\n",
            "semaine dernière",
        ),
    ] {
        let mut c = corpus(&[("a.txt", text, Some("2024-03-12"))]);
        let ev = super::extract(&mut c).events;
        let of = |t: &str| ev.iter().find(|e| e.mentions.iter().any(|m| m.time_text.contains(t))).unwrap();
        let monday = of(if last_week.starts_with('s') { "lundi" } else { "أمس" });
        let other = of(last_week);
        assert_ne!(monday.id, other.id, "{:?}", ev.iter().map(|e| &e.title).collect::<Vec<_>>());
        // the group claimed the other attack, not Monday's
        assert!(monday.actors.is_empty(), "{:?}", monday.actors);
        assert_eq!(monday.event_type, EventType::Attack);
    }
}

#[test]
fn a_report_naming_a_foreign_force_and_no_place_joins_the_fighting_where_that_force_fought() {
    let docs = [
        (
            "a.txt",
            "معارك\nاندلعت معارك عنيفة يوم الخميس بين الجيش المالي ومقاتلي فاغنر ومتمردين قرب تين زاوتين.\n",
            Some("2024-07-27"),
        ),
        (
            "b.txt",
            "عنوان\nوكانت الاشتباكات قد اندلعت يوم 25 يوليو عندما تعرضت قافلة لفاغنر لهجوم.\n",
            Some("2024-07-30"),
        ),
        // fighting the same day in another country, its forces named and no place
        ("c.txt", "عنوان\nاندلعت اشتباكات يوم 25 يوليو بين الجيش النيجري ومسلحين.\n", Some("2024-07-30")),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    let files: Vec<Vec<usize>> = ev
        .iter()
        .filter(|e| e.event_type == EventType::Clash)
        .map(|e| {
            let mut f: Vec<usize> = e.mentions.iter().map(|m| m.doc).collect();
            f.dedup();
            f
        })
        .collect();
    assert!(files.contains(&vec![0, 1]) && files.contains(&vec![2]), "{files:?}");
}

#[test]
fn sanctions_since_a_month_are_not_another_article_s_diplomatic_act_of_a_day_of_it() {
    let docs = [
        (
            "a.txt",
            "Sanctions levées\nLes chefs d'État de la Cédéao, réunis dimanche à Abuja, ont levé les sanctions qui frappaient le Niger depuis août.\n",
            Some("2024-09-10"),
        ),
        (
            "b.txt",
            "Ambassadeur expulsé\nLe gouvernement du Niger a expulsé le 26 août l'ambassadeur de France.\n",
            Some("2024-09-10"),
        ),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    let titles: Vec<_> = ev.iter().map(|e| (e.title.as_str(), e.mentions.len())).collect();
    let expelled =
        ev.iter().find(|e| e.mentions.iter().any(|m| docs[m.doc].0 == "b.txt")).unwrap_or_else(|| panic!("{titles:?}"));
    assert!(expelled.mentions.iter().all(|m| docs[m.doc].0 == "b.txt"), "{titles:?}");
}

#[test]
fn attackers_who_leave_at_dawn_end_the_night_s_attack_one_event() {
    for text in [
        "Titre\nAu moins 40 civils ont été tués dans la nuit de lundi à mardi lors d'une attaque contre le village de Sokolo. Les assaillants, arrivés vers 22 heures, se sont retirés à l'aube.\n",
        "عنوان\nهاجم مسلحون ليل الاثنين الثلاثاء قرية سوكولو. ووصل المهاجمون نحو الساعة العاشرة ليلا وانسحبوا فجر الثلاثاء.\n",
    ] {
        let ev = super::meaning_tests::events(text, "2024-07-03");
        // no withdrawal of forces, and the night, its hour and the dawn are one attack
        assert!(ev.iter().all(|e| e.event_type == crate::model::EventType::Attack), "{text}: {ev:?}");
        assert_eq!(ev.len(), 1, "{text}: {:?}", ev.iter().map(|e| (&e.title, e.when)).collect::<Vec<_>>());
    }
}

#[test]
fn attacks_since_a_year_are_background_and_no_report_of_an_attack_that_year() {
    let docs = [
        (
            "a.txt",
            "هجوم\nانتزعت جماعات مرتبطة بتنظيم القاعدة في يونيو 2012 السيطرة على مدينة غاو.\n",
            Some("2012-06-14"),
        ),
        ("b.txt", "تقرير\nوتشهد مالي منذ عام 2012 هجمات تشنها جماعات مرتبطة بتنظيم القاعدة.\n", Some("2022-05-10")),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    let of = |file: &str| ev.iter().find(|e| e.mentions.iter().any(|m| docs[m.doc].0 == file)).expect(file);
    let (june, since) = (of("a.txt"), of("b.txt"));
    assert!(!june.background && since.background, "{} / {}", june.title, since.title);
    assert!(june.mentions.iter().all(|m| docs[m.doc].0 == "a.txt"), "{}", june.title);
}

#[test]
fn a_protest_or_a_trial_is_no_other_articles_political_act_of_its_day() {
    let p = Some("2024-07-10");
    let docs = [
        ("a.txt", "Dépêche\nJeudi, des centaines de manifestants ont défilé à Bamako pour soutenir la junte.\n", p),
        ("b.txt", "Dépêche\nJeudi, le Premier ministre a présenté la démission de son gouvernement.\n", p),
        ("c.txt", "Dépêche\nJeudi, la Cour suprême a condamné l'ancien ministre à dix ans de prison.\n", p),
    ];
    let mut c = corpus(&docs);
    let ev = super::extract(&mut c).events;
    assert_eq!(ev.len(), 3, "{:?}", ev.iter().map(|e| &e.title).collect::<Vec<_>>());
}
