//! Which act a date dates (issue 22), on sentences written for these tests: a date in a phrase
//! about an earlier event, in the phrase that reports deaths, said again after `soit`, right
//! after the participle of an agreement named before it; and which acts of one time merge.

use super::meaning_tests::{days_of, events, has_kind, one_where, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn an_announcement_of_another_day_neither_names_nor_dates_a_kidnapping_two_weeks_ago() {
    let text =
        "عنوان\nوقبل أسبوعين، اختطف مسلحون قسا في منطقة كايس.\nوأعلنت الحكومة يوم 3/1/2024 حل الأحزاب السياسية.\n";
    let ev = events(text, "2024-01-18");
    let kidnapping = ev.iter().find(|e| e.event_type == EventType::Kidnapping).expect("the kidnapping");
    // two weeks before the 18th is about the 4th (a day either side), not the 3rd that the
    // other sentence names
    let when = kidnapping.when.unwrap();
    assert_eq!((when.iso_start(), when.iso_end()), ("2024-01-03".into(), "2024-01-05".into()), "{}", kidnapping.title);
    assert!(when.approximate);
    assert_eq!(kidnapping.mentions.len(), 1, "{}", kidnapping.title);
    let dissolution = one_where(&ev, |e| e.title.contains("dissolution"));
    assert_eq!(dissolution.when.unwrap().first_day().to_string(), "2024-01-03");
}

#[test]
fn a_day_something_is_put_off_to_lies_ahead() {
    // published on Wednesday 20 November: put off to the Tuesday to come, not the one before
    let ev = events("Titre\nLa visite du ministre a été reportée à mardi.\n", "2024-11-20");
    let days: Vec<String> = ev.iter().map(|e| e.when.unwrap().first_day().to_string()).collect();
    assert_eq!(days, ["2024-11-26"], "{:?}", titles_of(&ev));
}

#[test]
fn a_date_inside_a_phrase_about_an_earlier_event_does_not_date_the_clause_before_it() {
    // the recall of ambassadors was on Sunday; the night named after `après` is the drone's
    let text = "Titre\nLe Niger a annoncé dimanche le rappel de son ambassadeur en Algérie, après la destruction d'un drone près de la frontière dans la nuit du 31 mars au 1er avril.\n";
    let ev = events(text, "2025-04-08");
    for e in ev.iter().filter(|e| e.event_type == EventType::Diplomatic) {
        assert_eq!(e.when.map(|w| w.iso_start()).as_deref(), Some("2025-04-06"), "{:?}", titles_of(&ev));
    }
    let night = one_where(&ev, |e| starts_on(e, "2025-03-31"));
    assert_ne!(night.event_type, EventType::Diplomatic);
    // a trigger inside that phrase takes its date, however far it is from it
    let ar = events(
        "عنوان\nأعلنت الحكومة الحداد يوم الأحد، بعد هجوم دام شنه مسلحون على قرية نائية قرب الحدود في منطقة موبتي وسط البلاد مساء الجمعة 4 أبريل 2025.\n",
        "2025-04-07",
    );
    let friday = one_where(&ar, |e| starts_on(e, "2025-04-04"));
    assert_eq!(friday.event_type, EventType::Attack, "{:?}", titles_of(&ar));
}

#[test]
fn political_acts_of_different_kinds_are_not_tied_by_a_month_alone() {
    let text =
        "عنوان\nأعلنت السلطات حل الأحزاب السياسية في 13 مايو 2025.\nوكان وزير الدفاع قد أقيل من منصبه في مايو الماضي.\n";
    let ev = events(text, "2025-08-15");
    let dissolution = one_where(&ev, |e| has_kind(e, "dissolution"));
    assert!(!has_kind(dissolution, "resignation"), "{:?}", titles_of(&ev));
    one_where(&ev, |e| has_kind(e, "resignation"));
}

#[test]
fn a_date_in_the_phrase_that_reports_deaths_dates_the_report_not_the_attack() {
    let fr = events(
        "Titre\nDes hommes armés ont attaqué samedi un village, tuant au moins 40 civils, ont indiqué lundi des élus locaux.\n",
        "2024-08-12",
    );
    // no attack on Monday: a report, by the attack's agents
    let monday = one_where(&fr, |e| starts_on(e, "2024-08-12"));
    assert_eq!(monday.event_type, EventType::CasualtyReport, "{:?}", titles_of(&fr));
    assert!(monday.title.starts_with("Casualty report"), "{}", monday.title);
    one_where(&fr, |e| e.event_type == EventType::Attack && starts_on(e, "2024-08-10"));
    let ar = events("عنوان\nقتل 40 مدنيا في هجوم على قرية، كما أعلنت الحكومة مساء الأحد.\n", "2024-08-12");
    one_where(&ar, |e| e.event_type == EventType::CasualtyReport);
    // without deaths told before it, the report's date stays the act's
    let ar = events("عنوان\nهاجم مسلحون قرية في وسط مالي، كما أعلنت الحكومة مساء الأحد.\n", "2024-08-12");
    one_where(&ar, |e| e.event_type == EventType::Attack);
}

#[test]
fn a_date_said_again_in_other_terms_is_not_a_second_date() {
    let fr =
        events("Titre\nLe 23 mai, soit une semaine plus tôt, les jihadistes avaient attaqué la ville.\n", "2025-06-04");
    assert_eq!(days_of(&fr), ["2025-05-23"], "{:?}", titles_of(&fr));
    let ar = events("عنوان\nوفي 23 مايو 2025، أي قبل أسبوع، هاجم مسلحون البلدة.\n", "2025-06-04");
    assert_eq!(days_of(&ar), ["2025-05-23"], "{:?}", titles_of(&ar));
}

#[test]
fn the_year_an_agreement_was_signed_is_not_the_day_it_was_ended() {
    let ar = events(
        "عنوان\nوفي أواخر يناير 2024 أعلن المجلس العسكري إنهاء العمل باتفاق السلم الموقع في الجزائر عام 2015 بأثر فوري.\n",
        "2024-02-10",
    );
    let signed = one_where(&ar, |e| starts_on(e, "2015"));
    assert_eq!(signed.event_type, EventType::Agreement, "{:?}", titles_of(&ar));
    one_where(&ar, |e| has_kind(e, "termination") && e.when.is_some_and(|w| w.iso_start().starts_with("2024-01")));
    let fr = events("Titre\nLa junte a dénoncé jeudi 25 janvier l'accord d'Alger signé en 2015.\n", "2024-01-26");
    let signed = one_where(&fr, |e| starts_on(e, "2015"));
    assert_eq!(signed.event_type, EventType::Agreement, "{:?}", titles_of(&fr));
    // a date further from the participle is not its
    let fr = events("Titre\nLes parties ont signé un accord de paix à Alger le 20 juin 2015.\n", "2015-06-21");
    one_where(&fr, |e| e.event_type == EventType::Agreement);
}

#[test]
fn a_day_a_french_future_verb_or_a_date_fixed_points_to_is_ahead_of_the_article() {
    let ev = events(
        "Titre\nLa campagne s'ouvrira le 31 août. Le gouvernement a fixé au 21 septembre le référendum.\n",
        "2025-06-26",
    );
    let days = days_of(&ev);
    assert!(days.contains(&"2025-08-31".to_string()) && days.contains(&"2025-09-21".to_string()), "{days:?}");
    // told in the past, the same day and month lie before the article
    let ev = events("Titre\nLa campagne s'est ouverte le 31 août.\n", "2025-06-26");
    assert_eq!(days_of(&ev), ["2024-08-31"]);
}

#[test]
fn a_weekday_a_verb_in_the_future_governs_is_ahead_whatever_the_verb() {
    // published on Saturday 2 November 2013: verbs no list names, known by their affixes
    for (text, day) in [
        ("Titre\nLes ministres de la Défense se réuniront jeudi à Bamako.\n", "2013-11-07"),
        ("Titre\nLe porte-parole a précisé que le président s'adresserait dimanche à la nation.\n", "2013-11-03"),
        ("عنوان\nسيجتمع وزراء الدفاع الخميس في باماكو.\n", "2013-11-07"),
        ("عنوان\nأوضح المتحدث أن الرئيس سيلقي خطابا للأمة الأحد.\n", "2013-11-03"),
        // expected (`attendu`, `من المتوقع`), and the day after tomorrow
        ("Titre\nLe ministre est attendu mardi à Bamako pour une visite officielle.\n", "2013-11-05"),
        ("عنوان\nمن المتوقع أن يصل الوزير الجمعة إلى باماكو.\n", "2013-11-08"),
        ("Titre\nAprès-demain, les écoles rouvriront leurs portes à Gao.\n", "2013-11-04"),
        // a date that opens its sentence, the verb after it
        ("عنوان\nوفي يوم الخميس سيتوجه الرئيس إلى الجزائر.\n", "2013-11-07"),
        // a sentence that opens with an imperfect verb: what is set to happen
        ("عنوان\nيصل الرئيس الاثنين إلى باماكو في زيارة رسمية.\n", "2013-11-04"),
    ] {
        assert_eq!(days_of(&events(text, "2013-11-02")), [day], "{text}");
    }
    // told in the past, or as the press's allegation, the same weekday lies behind
    for (text, day) in [
        ("Titre\nLes ministres de la Défense se sont réunis jeudi à Bamako.\n", "2013-10-31"),
        ("Titre\nLe bilan de l'attaque de jeudi s'élèverait à vingt morts.\n", "2013-10-31"),
        ("عنوان\nاجتمع وزراء الدفاع الخميس في باماكو.\n", "2013-10-31"),
        // a verb in the future far from the date, in another clause, leaves it as it is
        ("عنوان\nقال الرئيس إن بلاده ستواصل دعم الجيش، وكان المسلحون قد هاجموا المعسكر الخميس قرب غاو.\n", "2013-10-31"),
        // the day something was said, before what it says will come (`que`, `أن`, `إن`)
        ("Titre\nLe ministre a annoncé jeudi que la délégation se rendra à Alger.\n", "2013-10-31"),
        ("عنوان\nقال الوزير الخميس إن الوفد سيتوجه إلى الجزائر.\n", "2013-10-31"),
        // after a verb and its subject, a name that begins as a future verb (`سيلفان`)
        ("عنوان\nأمهل المجلس العسكري الخميس السفير سيلفان إيتيه يومين لمغادرة البلاد.\n", "2013-10-31"),
        // a remark's opening verb, and a verb of the past that opens with `ت`
        ("عنوان\nيذكر أن الجيش استعاد البلدة الخميس.\n", "2013-10-31"),
        ("عنوان\nتعرض الجيش الخميس لهجوم قرب غاو.\n", "2013-10-31"),
    ] {
        assert_eq!(days_of(&events(text, "2013-11-02")), [day], "{text}");
    }
}

#[test]
fn the_day_a_report_came_out_is_not_the_day_the_next_sentence_tells_of() {
    let text = "Titre\nDix soldats ont été tués lundi dans une embuscade près de Gao, a annoncé mardi l'armée.\nL'unité a été attaquée vers 10 heures par des hommes armés.\n";
    let ev = events(text, "2025-03-25");
    let ten = one_where(&ev, |e| e.mentions.iter().any(|m| m.time_text.contains("10 heures")));
    assert!(ten.when.is_some_and(|w| w.first_day().to_string() == "2025-03-24"), "{:?}", ten.when);
    // nor is the day a toll was given, in either language
    for (text, clock) in [
        ("Titre\nDes hommes armés ont tué samedi 40 villageois, selon un bilan communiqué lundi par le gouvernement.\nLes assaillants sont arrivés vers 5 heures du matin.\n", "5 heures"),
        ("عنوان\nقتل مسلحون 40 قرويا فجر السبت، وفق حصيلة أعلنتها الحكومة يوم الاثنين.\nوأضرم المهاجمون عند الساعة الخامسة صباحا النار في المنازل.\n", "الخامسة"),
    ] {
        let ev = events(text, "2025-03-25");
        let at = one_where(&ev, |e| e.mentions.iter().any(|m| m.time_text.contains(clock)));
        assert!(at.when.is_some_and(|w| w.first_day().to_string() == "2025-03-22"), "{text}: {:?}", at.when);
    }
}

#[test]
fn released_hostages_are_the_end_of_a_kidnapping() {
    let ev = events(
        "Titre\nDeux otages étrangers ont été relâchés le mardi 5 mars 2024 dans le nord du pays.\n",
        "2024-03-10",
    );
    one_where(&ev, |e| e.event_type == EventType::Kidnapping && has_kind(e, "hostage_release"));
}

#[test]
fn a_trigger_its_own_date_dates_is_no_trigger_of_a_later_date() {
    let ev = events(
        "عنوان\nأفرجت جماعة مسلحة عن الصحفي الذي اختطف في غاو في 8 أبريل 2021، ووصل صباح اليوم إلى نيامي.\n",
        "2023-03-20",
    );
    one_where(&ev, |e| e.event_type == EventType::Kidnapping && starts_on(e, "2021-04-08"));
    // the journalist kidnapped and freed by an armed group: the end of that kidnapping
    let today = one_where(&ev, |e| e.when.is_some_and(|w| w.first_day().to_string() == "2023-03-20"));
    assert!(has_kind(today, "hostage_release"), "{}", today.title);
}

#[test]
fn that_year_is_the_year_named_last_even_in_an_earlier_sentence() {
    let fr = events(
        "Titre\nEn 2012, le nord est tombé aux mains des rebelles. Le 22 mars de cette année-là, des militaires ont renversé le président.\n",
        "2024-09-20",
    );
    one_where(&fr, |e| e.event_type == EventType::Coup && starts_on(e, "2012-03-22"));
    let ar = events(
        "عنوان\nفي عام 2012 سيطر المتمردون على شمال مالي. وفي 22 مارس من ذلك العام أطاح عسكريون بالرئيس.\n",
        "2024-09-20",
    );
    one_where(&ar, |e| e.event_type == EventType::Coup && starts_on(e, "2012-03-22"));
    // a liberator welcomed is no release
    let fr =
        events("Titre\nLe 2 février 2013, le président a été accueilli en libérateur à Tombouctou.\n", "2013-02-03");
    assert!(fr.iter().all(|e| !has_kind(e, "release")), "{:?}", titles_of(&fr));
}

#[test]
fn without_a_publication_date_a_day_earlier_in_the_year_than_the_passage_s_is_not_given_its_year() {
    // no publication date, nor a bound on it (the news, `lundi`, comes before the article's
    // dates): `15 mars` told after `le 2 juillet 2019` may be March 2019 (a look back) or
    // March 2020 (the story going on); the text does not say, so it stays undated
    let text = "Titre\nLe colonel a été investi président lundi.\nLe 2 juillet 2019, il a pris la tête de la garde présidentielle.\nLe 15 mars, il a fait arrêter le ministre de la défense.\nLe 20 août, il a été nommé chef d'état-major.\n";
    let mut c = super::tests::corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    let dated =
        |t: &str| ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains(t)).and_then(|m| m.when);
    assert_eq!(dated("15 mars"), None, "a guessed year");
    assert!(ex.undated.iter().flat_map(|e| &e.mentions).any(|m| m.time_text.contains("15 mars")));
    // a day later in the year than the passage's is still of its year
    assert_eq!(dated("20 août").map(|w| w.iso_start()).as_deref(), Some("2019-08-20"));
}

#[test]
fn reports_of_one_day_from_different_countries_stay_apart_and_a_country_s_town_joins_it() {
    let files = |a: &str, b: &str| {
        let (a, b) = (format!("Titre\n{a}\n"), format!("Titre\n{b}\n"));
        let mut c = super::tests::corpus(&[
            ("a.txt", a.as_str(), Some("2024-03-10")),
            ("b.txt", b.as_str(), Some("2024-03-10")),
        ]);
        super::extract(&mut c).events.iter().map(|e| e.mentions.len()).collect::<Vec<_>>()
    };
    for (a, b, expected) in [
        // an attack in Mali and one in Burkina Faso on the same Wednesday: two events
        (
            "Des jihadistes ont attaqué mercredi un poste de l'armée au Mali, tuant trois soldats.",
            "Des hommes armés ont attaqué mercredi un village du nord du Burkina Faso.",
            &[1, 1][..],
        ),
        // Mali's parties dissolved and Niger's prime minister named: two political acts
        (
            "Le gouvernement malien a dissous les partis politiques mercredi.",
            "Le Niger a nommé un nouveau Premier ministre mercredi.",
            &[1, 1][..],
        ),
        // Mali and Russia, Niger and Côte d'Ivoire: two diplomatic acts
        (
            "Le ministre malien des Affaires étrangères a reçu mercredi l'ambassadeur de Russie.",
            "Le Niger a rappelé mercredi son ambassadeur en Côte d'Ivoire.",
            &[1, 1][..],
        ),
        // a strike near Gao and one in northern Mali the same day: one event (Gao is in Mali)
        (
            "Les forces françaises ont frappé mercredi un camp jihadiste près de Gao.",
            "Une frappe a visé mercredi des jihadistes dans le nord du Mali.",
            &[2][..],
        ),
    ] {
        assert_eq!(files(a, b), expected, "{a} / {b}");
    }
}

/// The date of the mention whose time expression holds `time` (its own date, not its event's).
fn mention_when(ev: &[crate::model::Event], time: &str) -> Option<crate::model::When> {
    ev.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains(time)).and_then(|m| m.when)
}

#[test]
fn a_clock_time_after_a_night_falls_in_that_night_and_after_a_range_is_one_of_its_days() {
    // the night of Sunday to Monday: 23:00 is Sunday's evening, 2:00 Monday's small hours
    let night =
        "Titre\nDix civils ont été tués dans la nuit de dimanche à lundi dans l'attaque de leur village près de Gao.\n";
    for (clock, day) in [("vers 23 heures", "2024-03-10"), ("vers 2 heures", "2024-03-11")] {
        let text = format!("{night}Les assaillants sont arrivés {clock} et ont incendié des greniers.\n");
        let w = mention_when(&events(&text, "2024-03-12"), clock).expect("dated");
        assert_eq!(
            (w.first_day().to_string(), w.precision),
            (day.to_string(), crate::model::Precision::Time),
            "{clock}"
        );
    }
    let ar = "عنوان\nقتل عشرة مدنيين ليل الأحد الاثنين في هجوم على قرية قرب غاو. ووصل المسلحون نحو الساعة الحادية عشرة ليلا وأحرقوا المنازل.\n";
    let w = mention_when(&events(ar, "2024-03-12"), "الحادية عشرة").expect("dated");
    assert_eq!(w.first_day().to_string(), "2024-03-10");
    // a range of two days: which one the clock is on is not said, so the range, not a day
    let text = "Titre\nLe sommet se tiendra du 3 au 4 avril 2024 à Bamako. Il s'ouvrira à 10 heures.\n";
    let w = mention_when(&events(text, "2024-03-12"), "10 heures").expect("dated");
    assert_eq!((w.first_day().to_string(), w.last_day().to_string()), ("2024-04-03".into(), "2024-04-04".into()));
}

#[test]
fn a_date_before_then_dates_the_act_before_it_not_the_one_after() {
    for text in [
        "Titre\nL'armée a repris Kidal le 14 novembre 2023, puis mené des frappes de drones sur Tinzaouatène.\n",
        "عنوان\nاستعاد الجيش كيدال في 14 نوفمبر 2023، ثم شن غارات بطائرات مسيرة على تينزاواتين.\n",
    ] {
        let ev = events(text, "2025-06-20");
        one_where(&ev, |e| e.event_type == EventType::Clash && has_kind(e, "takeover") && starts_on(e, "2023-11-14"));
    }
}

#[test]
fn a_day_planned_lies_ahead() {
    // published on Wednesday 14 May 2025: the Friday planned is the 16th, not the 9th
    for text in [
        "Titre\nL'opposition, qui prévoyait de manifester vendredi à Bamako, a dénoncé un coup de force.\n",
        "عنوان\nوكانت المعارضة تخطط للتظاهر يوم الجمعة في باماكو.\n",
    ] {
        let ev = events(text, "2025-05-14");
        assert_eq!(days_of(&ev), ["2025-05-16"], "{:?}", titles_of(&ev));
    }
}

#[test]
fn a_time_limit_lies_ahead_and_the_agreement_a_clause_rests_on_is_another_act() {
    // published on Friday 26 July 2024: `d'ici le 15 septembre` is the September to come
    let ev = events(
        "Titre\nLes soldats étrangers achèveront leur retrait d'ici le 15 septembre, en vertu d'un accord signé en mai.\n",
        "2024-07-26",
    );
    let withdrawal = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert_eq!(withdrawal.when.unwrap().first_day().to_string(), "2024-09-15", "{:?}", titles_of(&ev));
    let agreement = one_where(&ev, |e| e.event_type == EventType::Agreement);
    assert_eq!(agreement.when.unwrap().iso_start(), "2024-05", "{:?}", titles_of(&ev));
    let late = events("Titre\nLe scrutin se tiendra au plus tard le 2 février.\n", "2024-07-26");
    assert_eq!(days_of(&late), ["2025-02-02"]);
    // a future verb in the next clause does not move a day of the past ahead; each clause's
    // soldiers are who its title says acted
    let two = events(
        "Titre\nLes derniers soldats français ont quitté le pays le 22 décembre, et les militaires américains achèveront leur retrait d'ici le 15 septembre.\n",
        "2024-07-26",
    );
    let french = one_where(&two, |e| e.title.ends_with("by French forces"));
    assert_eq!(french.when.unwrap().first_day().to_string(), "2023-12-22", "{:?}", titles_of(&two));
    let us = one_where(&two, |e| e.title.ends_with("by US forces"));
    assert_eq!(us.when.unwrap().first_day().to_string(), "2024-09-15", "{:?}", titles_of(&two));
    // what happened until a day is not ahead
    let until = events("Titre\nLes rebelles avaient tenu la ville jusqu'au 15 septembre.\n", "2024-07-26");
    assert_eq!(days_of(&until), ["2023-09-15"]);
    // Arabic: `في موعد أقصاه` (at the latest), and a future verb at the head of its clause
    let ar = events("عنوان\nوستغادر القوات الأجنبية أراضي البلاد بحلول 15 سبتمبر.\n", "2024-07-26");
    assert_eq!(days_of(&ar), ["2024-09-15"], "{:?}", titles_of(&ar));
    let limit = events("عنوان\nوأمهلت السلطات البعثة حتى موعد أقصاه 15 سبتمبر لمغادرة البلاد.\n", "2024-07-26");
    assert_eq!(days_of(&limit), ["2024-09-15"], "{:?}", titles_of(&limit));
}

#[test]
fn may_and_march_by_their_levantine_names_are_months_after_a_preposition() {
    // `مارس` is also "he practised" and needs a cue; `مايو`, `أيار` and `آذار` are only months
    let ev = events("عنوان\nووقعت الحكومة اتفاقا مع الجزائر في مايو.\n", "2024-07-26");
    assert_eq!(days_of(&ev), ["2024-05"]);
    let levant = events("عنوان\nووقعت الحكومة اتفاقا مع الجزائر في آذار.\n", "2024-07-26");
    assert_eq!(days_of(&levant), ["2024-03"]);
    assert!(events("عنوان\nمارس الجيش ضغوطا على المتمردين.\n", "2024-07-26").is_empty());
}

#[test]
fn the_day_a_report_came_out_dates_the_report_not_the_killings_it_tells_of() {
    let fr = events(
        "Titre\nUn rapport publié vendredi accuse des soldats d'avoir exécuté des dizaines de villageois près de Ténenkou en mars 2022.\n",
        "2023-05-12",
    );
    let friday = one_where(&fr, |e| starts_on(e, "2023-05-12"));
    assert_eq!(friday.event_type, EventType::Other, "{:?}", titles_of(&fr));
    assert!(friday.title.starts_with("Report"), "{}", friday.title);
    let march = one_where(&fr, |e| starts_on(e, "2022-03"));
    assert_eq!(march.event_type, EventType::Attack, "{:?}", titles_of(&fr));
    let ar = events(
        "عنوان\nاتهم تقرير صدر اليوم الجمعة جنودا بإعدام عشرات القرويين قرب تيننكو في مارس من العام الماضي.\n",
        "2023-05-12",
    );
    let friday = one_where(&ar, |e| starts_on(e, "2023-05-12"));
    assert_eq!(friday.event_type, EventType::Other, "{:?}", titles_of(&ar));
    // a toll given out on a day is no report of this kind: it stays the deaths' report
    let toll = events("Titre\nSelon un bilan publié lundi, l'attaque a fait douze morts.\n", "2023-05-12");
    assert!(toll.iter().all(|e| e.event_type != EventType::Other), "{:?}", titles_of(&toll));
}

#[test]
fn a_measure_starting_on_a_weekday_starts_on_the_coming_one() {
    // published on Wednesday 18 September 2024
    let ar = events("عنوان\nوأعلنت الحكومة الحداد الوطني لمدة ثلاثة أيام اعتبارا من الخميس.\n", "2024-09-18");
    assert_eq!(days_of(&ar), ["2024-09-19"], "{:?}", titles_of(&ar));
    let fr =
        events("Titre\nLe gouvernement a décrété un deuil national de trois jours à partir de jeudi.\n", "2024-09-18");
    assert_eq!(days_of(&fr), ["2024-09-19"], "{:?}", titles_of(&fr));
    // said to be past, it is past
    let past = events("عنوان\nوأعلنت الحكومة الحداد الوطني لمدة ثلاثة أيام اعتبارا من الخميس الماضي.\n", "2024-09-18");
    assert_eq!(days_of(&past), ["2024-09-12"], "{:?}", titles_of(&past));
    // on Saturday, Friday is the day before or six days on, not known which: both, approximate
    let sat = events("Titre\nLe président a décrété l'état d'urgence à partir de vendredi.\n", "2013-01-12");
    let w = sat[0].when.unwrap();
    assert_eq!((w.iso_start(), w.iso_end(), w.approximate), ("2013-01-11".into(), "2013-01-18".into(), true));
}

#[test]
fn a_date_between_a_verb_of_speech_and_what_it_says_dates_the_report_of_the_deaths() {
    // published on Wednesday 18 September 2024
    let fr = events(
        "Titre\nLe ministère a annoncé mercredi que 29 soldats ont été tués mardi dans une attaque contre un poste à Tillabéri.\n",
        "2024-09-18",
    );
    let report = one_where(&fr, |e| starts_on(e, "2024-09-18"));
    assert_eq!(report.event_type, EventType::CasualtyReport, "{:?}", titles_of(&fr));
    let attack = one_where(&fr, |e| starts_on(e, "2024-09-17"));
    assert_eq!(attack.event_type, EventType::Attack, "{:?}", titles_of(&fr));
    let ar = events(
        "عنوان\nقالت وزارة الدفاع في بيان اليوم الأربعاء إن 29 جنديا قتلوا في هجوم على موقع عسكري.\n",
        "2024-09-18",
    );
    assert_eq!(ar.len(), 1, "{:?}", titles_of(&ar));
    assert!(ar[0].mentions.iter().all(|m| m.event_type == EventType::CasualtyReport), "{:?}", titles_of(&ar));
    // what is said without deaths keeps its act: the day of the announcement is the act's
    let act = events("Titre\nLe gouvernement a annoncé mercredi que les écoles seraient fermées.\n", "2024-09-18");
    assert!(act.iter().all(|e| e.event_type != EventType::CasualtyReport), "{:?}", titles_of(&act));
}

#[test]
fn the_time_as_of_which_nothing_had_been_said_dates_no_second_attack() {
    // published on Monday 2 June 2025: the attack was on Sunday
    let ev = events(
        "عنوان\nقتل عشرات الجنود في هجوم شنه مسلحون فجر الأحد على معسكر للجيش في بلدة بولكيسي.\nولم يصدر الجيش حتى ظهر الاثنين أي حصيلة رسمية، لكنه أكد في بيان أنه صد هجوما إرهابيا.\n",
        "2025-06-02",
    );
    assert_eq!(days_of(&ev), ["2025-06-01"], "{:?}", titles_of(&ev));
    // fighting that went on until a day did reach it
    let until = events("عنوان\nاستمر القتال حتى ظهر الاثنين في محيط المعسكر.\n", "2025-06-04");
    assert_eq!(days_of(&until), ["2025-06-02"], "{:?}", titles_of(&until));
}

#[test]
fn a_word_of_the_future_after_a_comma_speaks_of_what_comes_next() {
    // published on 8 September 2023: begun on the 1st of July before it
    let ev = events(
        "Titre\nLa mission poursuit son retrait, entamé le 1er juillet, qui doit s'achever le 31 décembre.\n",
        "2023-09-08",
    );
    let mut days = days_of(&ev);
    days.sort();
    assert_eq!(days, ["2023-07-01", "2023-12-31"], "{:?}", titles_of(&ev));
}

#[test]
fn a_date_after_a_comma_dates_the_act_its_own_phrase_names() {
    // the mourning from Wednesday, not a report of the deaths told before the comma
    let ev = events(
        "عنوان\nوأضاف البيان أن الجيش قتل عشرات المهاجمين خلال الاشتباك، وأعلن الحداد الوطني لمدة ثلاثة أيام اعتبارا من الأربعاء.\n",
        "2024-03-20",
    );
    let wednesday = one_where(&ev, |e| starts_on(e, "2024-03-20"));
    assert!(has_kind(wednesday, "mourning"), "{:?}", titles_of(&ev));
    // words of speech alone after the comma still date the report of the deaths before it
    let ev = events("Titre\nDeux soldats ont été tués dans une embuscade, a indiqué mardi l'armée.\n", "2024-03-20");
    assert_eq!(type_on(&ev, "2024-03-19"), EventType::CasualtyReport, "{:?}", titles_of(&ev));
}

#[test]
fn a_date_ending_a_fronted_phrase_about_another_event_dates_that_event() {
    for text in [
        "Titre\nAprès le retrait de la Minusma en décembre 2023, les affrontements se sont multipliés dans le nord.\n",
        "Titre\nDepuis le retrait de la Minusma en décembre 2023, les affrontements se sont multipliés dans le nord.\n",
        "عنوان\nوبعد انسحاب بعثة الأمم المتحدة في ديسمبر 2023، تصاعدت المواجهات في شمال البلاد.\n",
    ] {
        let ev = events(text, "2024-08-27");
        let december = one_where(&ev, |e| starts_on(e, "2023-12"));
        assert_eq!(december.event_type, EventType::Withdrawal, "{:?}", titles_of(&ev));
    }
    // without an act of its own in the phrase, the clause after the comma keeps the date
    let ev = events(
        "Titre\nAprès deux jours de calme, en décembre 2023, les affrontements ont repris dans le nord.\n",
        "2024-08-27",
    );
    assert_eq!(one_where(&ev, |e| starts_on(e, "2023-12")).event_type, EventType::Clash);
}

#[test]
fn a_date_set_off_right_after_an_event_word_dates_it_even_after_an_anchor() {
    let ev = events(
        "Titre\nCette décision intervient trois jours après la suspension, vendredi, de la chaîne LCI.\n",
        "2023-07-18",
    );
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2023-07-14")), "dissolution"), "{:?}", titles_of(&ev));
    // with an article before the date, and a protest told later in the sentence
    let ev = events(
        "Titre
La mesure intervient une semaine après la suspension, le 7 mai, des activités des partis, et quelques jours après une manifestation de l'opposition, le 3 mai.
",
        "2025-05-14",
    );
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2025-05-07")), "dissolution"), "{:?}", titles_of(&ev));
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2025-05-03")), "protest"), "{:?}", titles_of(&ev));
    // what lawyers criticise and call for is their statement of the day, not a release nor arrests
    // (not `dénoncé`: `la junte a dénoncé l'accord` ends the agreement)
    let ev = events(
        "Titre\nSes avocats ont critiqué mercredi une détention arbitraire et appelé à sa libération immédiate.\n",
        "2024-07-26",
    );
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2024-07-24")), "statement"), "{:?}", titles_of(&ev));
}

#[test]
fn a_date_in_a_relative_clause_set_off_by_commas_is_not_the_sentence_s_act() {
    // August 2023 is the threat's, not a lifting of sanctions
    let ev = events(
        "Titre\nLa Cédéao, qui avait menacé d'intervenir militairement en août 2023, a levé en février la plupart des sanctions.\n",
        "2024-07-26",
    );
    let august = one_where(&ev, |e| starts_on(e, "2023-08"));
    assert!(!has_kind(august, "sanctions_lifted"), "{:?}", titles_of(&ev));
    // an act told inside the clause keeps its date
    let ev = events(
        "Titre\nLe capitaine Traoré, qui a pris le pouvoir lors d'un coup d'État le 30 septembre 2022, avait promis des élections.\n",
        "2024-07-26",
    );
    assert_eq!(type_on(&ev, "2022-09-30"), EventType::Coup, "{:?}", titles_of(&ev));
}

#[test]
fn a_long_range_of_days_dates_its_event_by_the_first_day_and_the_label_shows_the_range() {
    use crate::explore::{event_span, event_when_label, mention_when_label};
    use crate::i18n::Lang;
    let fr = "Titre\nDu 4 au 11 mars, des hommes armés ont attaqué plusieurs villages près de Hombori.\n";
    let ar = "عنوان\nهاجم مسلحون عدة قرى قرب هومبوري في الفترة من 4 إلى 11 مارس.\n";
    for text in [fr, ar] {
        let ev = events(text, "2024-03-15");
        let e = one_where(&ev, |e| e.event_type == EventType::Attack);
        assert!(starts_on(e, "2024-03-04"), "{:?}", e.when);
        assert_eq!(e.mentions[0].until.map(|d| d.to_string()).as_deref(), Some("2024-03-11"));
        assert_eq!(event_when_label(e, Lang::English), "4–11 Mar 2024");
        assert_eq!(mention_when_label(&e.mentions[0], Lang::English).as_deref(), Some("4–11 Mar 2024"));
        // drawn as a band over its eight days
        let band = event_span(e).expect("dated");
        assert!(band.band && (band.x1 - band.x0 - 8.0).abs() < 0.01, "{band:?}");
    }
    // a short range is one span of days, labelled as one
    let ev =
        events("Titre\nDu 9 au 11 mars, des hommes armés ont attaqué des villages près de Hombori.\n", "2024-03-15");
    let e = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert_eq!(e.when.map(|w| w.iso_end()).as_deref(), Some("2024-03-11"));
    assert!(e.mentions.iter().all(|m| !m.range));
    assert_eq!(event_when_label(e, Lang::English), "9–11 Mar 2024");
}

#[test]
fn a_date_of_a_mourning_for_the_victims_of_an_attack_is_the_mourning_s_not_a_second_attack() {
    // published on Thursday 19 September 2024: the attack was on Tuesday
    for text in [
        "Titre\nLe gouvernement a décrété un deuil national de trois jours à compter de jeudi, en hommage aux victimes de l'attaque qui a visé mardi matin l'école de gendarmerie.\n",
        "عنوان\nأعلنت الحكومة الحداد الوطني لمدة ثلاثة أيام اعتبارا من الخميس، حدادا على أرواح ضحايا الهجوم الذي استهدف صباح الثلاثاء مدرسة الدرك.\n",
    ] {
        let ev = events(text, "2024-09-19");
        assert!(
            !ev.iter().any(|e| e.event_type == EventType::Attack && starts_on(e, "2024-09-19")),
            "{text}: {:?}",
            titles_of(&ev)
        );
        assert_eq!(type_on(&ev, "2024-09-17"), EventType::Attack);
    }
}

#[test]
fn the_day_a_measure_was_announced_to_start_is_a_decision_not_the_withdrawal_named_later() {
    let ev = events(
        "عنوان\nأعلن تحالف دول الساحل، الأربعاء بدء العمل بجواز السفر الموحد اعتبارا من 29 يناير الجاري، وهو اليوم الذي يدخل فيه انسحاب الدول الثلاث من المجموعة حيز التنفيذ.\n",
        "2025-01-22",
    );
    let e = one_where(&ev, |e| starts_on(e, "2025-01-22"));
    assert_eq!(e.event_type, EventType::Political, "{:?}", titles_of(&ev));
}

#[test]
fn a_phrase_after_a_comma_that_names_its_own_act_keeps_its_date() {
    // the arrival of trainers in April, not the agreement ended in March
    let ev = events(
        "عنوان\nوفي 16 مارس 2024، أعلن المجلس العسكري إلغاء اتفاق التعاون العسكري مع الولايات المتحدة، ووصل مدربون عسكريون روس إلى نيامي في أبريل.\n",
        "2024-07-26",
    );
    assert_eq!(type_on(&ev, "2024-04"), EventType::Deployment, "{:?}", titles_of(&ev));
    // who reports the deaths told before the comma dates the report of them
    let ev = events("عنوان\nقتل جنديان في كمين قرب نامبالا، كما أعلنت الحكومة مساء الأحد.\n", "2024-07-26");
    assert_eq!(type_on(&ev, "2024-07-21"), EventType::CasualtyReport, "{:?}", titles_of(&ev));
}
