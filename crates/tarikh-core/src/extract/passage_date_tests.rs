//! Dates counted from the passage rather than from publication, on sentences written for these
//! tests: a following or preceding weekday, week, month or year, a lone day of the month, so many
//! days after or before `that`, and a clock after a part of a week; the parts of the day of an
//! anniversary's story of a day long past; midnight closing the day told; no day for one day
//! counted from an event named (`بعد يوم واحد من الاجتماع`), nor for days counted from a month
//! long past its sentence has just named (`خطفت في أبريل 2012 … بعد عشرة أيام`); a date counted
//! from the passage past the article's own day, told of the past, is left undated.

use super::tests::corpus;

/// (time text, ISO start) of every dated mention extracted from `text` published on `published`.
fn mention_days(text: &str, published: &str) -> Vec<(String, String)> {
    let mut c = corpus(&[("a.txt", text, Some(published))]);
    let ex = super::extract(&mut c);
    ex.events
        .iter()
        .flat_map(|e| &e.mentions)
        .filter_map(|m| m.when.map(|w| (m.time_text.clone(), w.iso_start())))
        .collect()
}

/// The ISO start of the first mention whose time text contains `t`.
fn day_of(days: &[(String, String)], t: &str) -> Option<String> {
    days.iter().find(|(text, _)| text.contains(t)).map(|(_, d)| d.clone())
}

#[test]
fn a_following_weekday_counts_from_the_passage_s_day_not_from_publication() {
    let text = "Titre\nLe 3 février, des hommes armés ont attaqué le village.\nLe samedi suivant, des frappes aériennes ont visé leurs positions.\nوهاجم مسلحون القرية يوم 3 فبراير، ثم قصفت طائرات مواقعهم يوم السبت التالي.\nLa semaine suivante, le calme est revenu.\n";
    let days = mention_days(text, "2024-03-06");
    assert!(days.contains(&("samedi suivant".into(), "2024-02-10".into())), "{days:?}");
    assert!(days.iter().any(|(t, d)| t.contains("السبت التالي") && d == "2024-02-10"), "{days:?}");
    // a following week is the week after the passage's day, not after publication
    assert!(days.contains(&("semaine suivante".into(), "2024-02-12".into())), "{days:?}");
}

#[test]
fn the_same_the_following_and_the_preceding_unit_count_from_the_passage_however_far_back() {
    let text = "Titre\nLe 7 mars 2015, un attentat a frappé un restaurant à Bamako.\nL'année précédente, des jihadistes avaient attaqué Kidal.\nLe mois suivant, l'armée a repris Tabankort.\nوفي 15 من الشهر ذاته، هاجم مسلحون قافلة قرب غاو.\n";
    let days = mention_days(text, "2024-06-06");
    let day = |t: &str| day_of(&days, t);
    assert_eq!(day("année précédente").as_deref(), Some("2014"));
    assert_eq!(day("mois suivant").as_deref(), Some("2015-04"));
    assert_eq!(day("الشهر ذاته").as_deref(), Some("2015-04-15"));
}

#[test]
fn a_lone_day_of_the_month_opening_a_sentence_is_of_the_passage_s_month() {
    let text = "Titre\nLe 3 février, des hommes armés ont attaqué le village.\nLe 10, les habitants ont manifesté à Mopti.\nLe 2, le gouverneur a limogé le préfet.\n";
    let days = mention_days(text, "2024-03-06");
    let day = |t: &str| days.iter().find(|(text, _)| text == t).map(|(_, d)| d.clone());
    assert_eq!(day("Le 10").as_deref(), Some("2024-02-10"));
    // a day already past in the passage's month is of the next month, up to publication
    assert_eq!(day("Le 2").as_deref(), Some("2024-03-02"));
    // without a comma after it, or not opening its sentence, a number is no day
    assert!(super::tests::mention_texts("Titre\nIl a été élu le 10 sur la liste.\n", "2024-03-06").is_empty());
}

#[test]
fn a_clock_after_a_part_of_a_week_is_one_of_its_days_not_the_publication_day() {
    let text = "Titre\nEn début de semaine, des hommes armés ont incendié des greniers près de Macina, vers cinq heures et demie du matin.\n";
    let mut c = corpus(&[("a.txt", text, Some("2024-03-13"))]);
    let ex = super::extract(&mut c);
    let days: Vec<String> = ex.events.iter().filter_map(|e| e.when.map(|w| w.iso_start())).collect();
    assert_eq!(days, ["2024-03-11"], "{:?}", ex.events.iter().map(|e| &e.title).collect::<Vec<_>>());
}

#[test]
fn so_many_days_after_or_before_that_count_from_the_passage_s_day() {
    let text = "عنوان\nهاجم مسلحون قرية قرب موبتي في 10 فبراير.\nوبعد ذلك بيومين، قتل خمسة جنود في كمين.\nوقبل ذلك بثلاثة أيام، كان الجيش قد أعلن حالة التأهب.\nوبعدها بأسبوع، زار الوزير المنطقة.\n";
    let mut days: Vec<String> = mention_days(text, "2024-06-06").into_iter().map(|(_, d)| d).collect();
    days.sort();
    assert_eq!(days, ["2024-02-09", "2024-02-10", "2024-02-12", "2024-02-16"]);
}

#[test]
fn a_holiday_is_an_uncertain_day_of_its_latest_occurrence_or_of_the_next_in_a_clause_that_looks_ahead() {
    let text = "Titre\nDes hommes armés ont attaqué le village de Ndiam à la veille de la Tabaski.\nLes ministres de la Cédéao se réuniront à Abuja après le ramadan.\n";
    let mut c = corpus(&[("a.txt", text, Some("2024-07-20"))]);
    let ex = super::extract(&mut c);
    let when = |t: &str| {
        ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains(t)).and_then(|m| m.when).unwrap()
    };
    // Eid al-Adha 1445 was 16 June 2024 (17 in Mali): its eve is about the 15th or 16th, shown as uncertain
    let eve = when("Tabaski");
    assert_eq!((eve.iso_start().as_str(), eve.iso_end().as_str()), ("2024-06-15", "2024-06-17"));
    assert!(eve.approximate);
    assert_eq!(when("ramadan").iso_start(), "2025-03-01");
}

#[test]
fn a_holiday_is_of_publication_s_year_unless_the_passage_is_over_a_year_back() {
    // a date named two months before publication does not move the holiday back a year
    let text = "Titre\nLes derniers casques bleus ont quitté le pays le 31 décembre 2023.\nLe premier jour du ramadan, des hommes armés ont tendu une embuscade à des camions près de Mopti.\n";
    let days = mention_days(text, "2024-03-17");
    assert_eq!(day_of(&days, "ramadan").as_deref(), Some("2024-03-10"), "{days:?}");
    // a story of 2015 told in 2024: the ramadan before its day (1435: from 28 or 29 June 2014)
    let text = "Titre\nLe 7 mars 2015, un attentat a frappé un restaurant de Bamako.\nPendant le ramadan, des jihadistes avaient attaqué Kidal.\n";
    let days = mention_days(text, "2024-06-06");
    assert_eq!(day_of(&days, "ramadan").as_deref(), Some("2014-06-29"), "{days:?}");
}

#[test]
fn that_year_alone_is_the_passage_s_year_not_publication_s() {
    // `Cette année-là` had been read as `Cette année`, the year of publication
    let text = "Titre\nLe 20 juin 2015, la CMA a signé l'accord à Bamako.\nCette année-là, les combats avaient repris autour de Ménaka.\nLa même année, l'armée a repris Tabankort.\n";
    let days = mention_days(text, "2025-06-20");
    assert_eq!(day_of(&days, "année-là").as_deref(), Some("2015"), "{days:?}");
    assert_eq!(day_of(&days, "même année").as_deref(), Some("2015"), "{days:?}");
}

#[test]
fn a_hijri_date_with_the_gregorian_day_it_matches_is_that_day_once() {
    // the tabular calendar puts 10 Muharram 1446 on 17 July; the writer says 16 July
    for text in [
        "عنوان\nوفي العاشر من محرم 1446 هـ الموافق 16 يوليو 2024، زار وفد من المفوضية المخيم.\n",
        "عنوان\nوفي 16 يوليو 2024 الموافق العاشر من محرم 1446 هـ، زار وفد من المفوضية المخيم.\n",
    ] {
        let ev = super::meaning_tests::events(text, "2024-07-20");
        let days: Vec<_> = ev.iter().flat_map(|e| &e.mentions).filter_map(|m| m.when.map(|w| w.iso_start())).collect();
        assert_eq!(days, ["2024-07-16"], "{text}");
    }
}

#[test]
fn a_clock_after_a_long_range_of_days_is_one_of_its_days_not_the_first() {
    // the range is dated by its first day, but the clock after it may be any of its days
    let ev = super::meaning_tests::events(
        "Titre\nDu 4 au 8 mars, l'armée a mené une opération à Douentza. Vers 10 heures, des hommes armés ont attaqué un convoi.\n",
        "2024-04-18",
    );
    let clock =
        ev.iter().flat_map(|e| &e.mentions).find(|m| m.time_text == "Vers 10 heures").expect("the clock's mention");
    let w = clock.when.expect("dated");
    assert_eq!((w.iso_start(), w.iso_end()), ("2024-03-04".to_string(), "2024-03-08".to_string()));
}

#[test]
fn an_anniversary_s_story_of_a_day_long_past_dates_its_parts_of_the_day_on_that_day() {
    // published ten years on, two days after the anniversary: no day of the article's own time
    // is told before the story's parts of the day
    let text = "Il y a dix ans, l'attaque de l'hôtel\nLe 14 mars 2015, vers 7 heures, deux hommes armés ont attaqué un hôtel de Bamako.\nLes forces spéciales ont donné l'assaut en fin de matinée. Le siège a pris fin vers 16 heures.\nLe gouvernement a décrété le soir même l'état d'urgence.\nوفي وقت لاحق من مساء اليوم ذاته، أعلنت جماعة مسلحة مسؤوليتها عن الهجوم.\n";
    let days = mention_days(text, "2025-03-16");
    for t in ["en fin de matinée", "vers 16 heures", "le soir même", "مساء اليوم ذاته"] {
        assert_eq!(day_of(&days, t).as_deref().map(|d| &d[..10]), Some("2015-03-14"), "{t}: {days:?}");
    }
    // a part of the day before any day is named is still the article's own
    let days = mention_days("Titre\nDes tirs ont été entendus en fin de matinée près du camp.\n", "2025-03-16");
    assert_eq!(day_of(&days, "en fin de matinée").as_deref(), Some("2025-03-16"), "{days:?}");
}

#[test]
fn midnight_after_a_day_s_events_closes_that_day() {
    // the president resigned around midnight after his arrest on Tuesday evening
    let text = "Titre\nاعتقل عسكريون مساء الثلاثاء الرئيس.\nوأعلن الرئيس قرابة منتصف الليل استقالته.\nLe président a démissionné vers minuit.\n";
    let days = mention_days(text, "2020-08-20");
    for t in ["منتصف الليل", "minuit"] {
        assert_eq!(day_of(&days, t).as_deref(), Some("2020-08-19T00:00"), "{t}: {days:?}");
    }
    // a clock of the day itself stays on it
    let days = mention_days(
        "Titre\nاعتقل عسكريون مساء الثلاثاء الرئيس.\nوأعلن الرئيس حوالي الساعة 11 ليلا استقالته.\n",
        "2020-08-20",
    );
    assert_eq!(day_of(&days, "11").as_deref().map(|d| &d[..10]), Some("2020-08-18"), "{days:?}");
}

#[test]
fn one_day_counted_from_an_event_named_is_no_day_after_the_passage_s() {
    // the meeting was the day before the signing, not the day after it
    let text = "Titre\nوقع القادة السبت معاهدة في نيامي.\nوجاء توقيع المعاهدة بعد يوم واحد من اجتماع وزراء الخارجية.\n";
    let days = mention_days(text, "2024-07-07");
    assert!(!days.iter().any(|(t, _)| t.contains("بعد يوم")), "{days:?}");
}

#[test]
fn days_later_after_a_month_long_past_in_the_same_sentence_are_not_counted_from_last_week() {
    // published on Saturday 10 October 2020: last Thursday is the 8th
    let text = "عنوان\nأفرج عن الرهينة الفرنسية الخميس الماضي.\nوكانت الرهينة السويسرية قد خطفت في أبريل 2012 على يد جماعة أنصار الدين التي أفرجت عنها بعد عشرة أيام.\n";
    let days = mention_days(text, "2020-10-10");
    assert!(days.iter().any(|(_, d)| d == "2020-10-08"), "{days:?}");
    assert!(!days.iter().any(|(_, d)| d.starts_with("2020-10-18")), "{days:?}");
}

#[test]
fn a_date_counted_from_the_passage_past_publication_and_told_of_the_past_is_undated() {
    // published on Saturday 24 May 2025: the year after last April is 2026, still to come
    let text = "عنوان\nخطف في أبريل الماضي مواطن إيطالي، قبل أن يطلق سراحه في مارس من العام التالي.\n";
    let days = mention_days(text, "2025-05-24");
    assert!(days.iter().any(|(_, d)| d == "2025-04"), "{days:?}");
    assert!(!days.iter().any(|(_, d)| d.starts_with("2026")), "{days:?}");
}

#[test]
fn the_same_night_is_the_day_the_passage_is_about_and_tells_another_event() {
    for (text, published) in [
        (
            "عنوان\nقتل جندي مساء الثلاثاء في هجوم استهدف معسكر البعثة في غاو.\nوفي الليلة نفسها، قتل موظف مدني في هجوم منفصل في العاصمة باماكو.\n",
            "2016-06-02",
        ),
        (
            "Titre\nUn casque bleu a été tué mardi soir dans une attaque contre le camp de la mission à Gao.\nLa même nuit, un employé civil a été tué dans une attaque distincte à Bamako.\n",
            "2016-06-02",
        ),
    ] {
        let ev = super::meaning_tests::events(text, published);
        // two attacks of Tuesday 31 May, one at each place
        assert_eq!(super::meaning_tests::days_of(&ev), ["2016-05-31", "2016-05-31"], "{:?}", super::meaning_tests::titles_of(&ev));
    }
}

#[test]
fn a_part_of_the_day_after_a_night_between_two_days_is_of_that_night() {
    // published on Tuesday 14 February 2023: the night is from Saturday the 11th to Sunday the 12th
    let text = "Titre\nDix civils ont été tués dans la nuit de samedi à dimanche près de Bankass.\nLes assaillants, arrivés aux premières heures de la matinée, ont incendié des greniers.\n";
    let days = mention_days(text, "2023-02-14");
    assert_eq!(day_of(&days, "premières heures").as_deref(), Some("2023-02-12"), "{days:?}");
}

#[test]
fn the_same_day_told_as_the_same_journee_is_the_passage_s_day() {
    // published on Thursday 7 September 2023
    let text = "Titre\nUn bateau a été attaqué jeudi matin près de Bamba.\nDans la même journée, le camp militaire de Bamba a également été attaqué.\n";
    let days = mention_days(text, "2023-09-07");
    assert_eq!(day_of(&days, "Dans la même journée"), Some("2023-09-07".into()), "{days:?}");
    // a town the gazetteer now knows is the attack's place
    let mut c = corpus(&[("a.txt", text, Some("2023-09-07"))]);
    let ex = super::extract(&mut c);
    assert!(
        ex.events.iter().any(|e| e.title.contains("Bamba")),
        "{:?}",
        ex.events.iter().map(|e| &e.title).collect::<Vec<_>>()
    );
}
