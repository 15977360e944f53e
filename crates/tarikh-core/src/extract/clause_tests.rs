//! Which clause of a sentence owns a date, on sentences written for these tests: a clause
//! coordinated after the date's (`، وفتحت …`) holds acts of its own; a weekday after the noun of
//! a movement is the day of its act, not the movement's name; an act counted days back from the
//! dated clause (`deux jours après avoir repris`) is not its act.

use super::meaning_tests::{events, has_kind, one_where, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_clause_coordinated_after_the_date_does_not_take_the_date_of_the_act_before_it() {
    // reinforcements sent Monday, then an investigation opened (a stronger trigger after the comma)
    let ev = events(
        "Titre\nأرسلت السلطات تعزيزات عسكرية إلى المنطقة الاثنين، وفتحت النيابة العامة تحقيقا في المجزرة.\n",
        "2021-08-10",
    );
    assert_eq!(type_on(&ev, "2021-08-09"), EventType::Deployment, "{:?}", titles_of(&ev));
    // in French, `et`, a subject and its auxiliary open such a clause
    let ev = events("Titre\nLe Premier ministre s'est rendu à Kidal le 17 mai, et les rebelles du MNLA ont pris en otage 30 fonctionnaires.\n", "2014-06-01");
    assert_ne!(type_on(&ev, "2014-05-17"), EventType::Kidnapping, "{:?}", titles_of(&ev));
    // a noun listed after the comma is no clause: the date still goes to the act it fits best
    // (the hostage's kidnapping in April, not the release told before it)
    let ev = events(
        "Titre\nأفرج عن الصحفي الذي خطف في شمال مالي في أبريل 2021، والرهينة الأمريكي، ووصلا مساء الاثنين إلى نيامي.\n",
        "2023-03-21",
    );
    let april = ev.iter().find(|e| e.when.is_some_and(|w| w.iso_start() == "2021-04"));
    assert!(april.is_none_or(|e| e.event_type == EventType::Kidnapping), "{:?}", titles_of(&ev));
    // with nothing dated before the comma, the act after it keeps the date
    let ev = events("Titre\nقال مصدر أمني الاثنين، وفتحت النيابة العامة تحقيقا في المجزرة.\n", "2021-08-10");
    assert!(!ev.is_empty(), "an act after the comma, with no act of its own before it");
}

#[test]
fn a_weekday_after_a_movement_is_its_act_s_day_a_day_of_the_month_its_name() {
    for (sentence, t) in [
        ("وهاجمت الحركة الخميس بلدة ميناكا.", EventType::Attack),
        ("وأعلنت الحركة الخميس وقفا لإطلاق النار من جانب واحد.", EventType::Agreement),
        ("Le mouvement a annoncé jeudi un cessez-le-feu unilatéral.", EventType::Agreement),
    ] {
        let ev = events(&format!("Titre\n{sentence}\n"), "2012-04-06");
        assert_eq!(type_on(&ev, "2012-04-05"), t, "{sentence}: {:?}", titles_of(&ev));
    }
    // `حركة 5 يونيو`, `Mouvement du 5 juin`: the name, no event on 5 June
    for sentence in
        ["ودعت حركة 5 يونيو أنصارها إلى التظاهر.", "Le Mouvement du 5 juin a appelé ses partisans à manifester."]
    {
        let ev = events(&format!("Titre\n{sentence}\n"), "2020-07-12");
        assert!(
            ev.iter().all(|e| e.when.is_none_or(|w| w.iso_start() != "2020-06-05")),
            "{sentence}: {:?}",
            titles_of(&ev)
        );
    }
}

#[test]
fn an_act_in_a_phrase_after_the_date_with_a_date_of_its_own_further_on_does_not_take_it() {
    // the arrest is Wednesday's; the coup its apposition recalls is dated March 2012
    let ev = events(
        "Titre\nأوقفت السلطات الأربعاء الجنرال الذي قاد الحركة، قائد الانقلاب العسكري الذي أطاح بالرئيس في مارس 2012.\n",
        "2013-11-28",
    );
    assert_eq!(type_on(&ev, "2013-11-27"), EventType::Other, "{:?}", titles_of(&ev));
    assert_eq!(type_on(&ev, "2012-03"), EventType::Coup, "{:?}", titles_of(&ev));
    // a later date of an act of another type between is that act's: the pardon keeps Friday
    let ev = events(
        "Titre\nأصدر الرئيس مساء الجمعة، عفوا عن 46 جنديا كانوا قد اعتقلوا في المطار في يوليو الماضي.\n",
        "2023-01-07",
    );
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2023-01-06")), "release"), "{:?}", titles_of(&ev));
}

#[test]
fn an_act_told_in_the_pluperfect_after_the_date_with_its_own_date_does_not_take_it() {
    let ev =
        events("Titre\nأفرجت الحركة الوطنية لتحرير أزواد السبت عن 45 جنديا ماليا كانت قد أسرتهم خلال معارك كيدال الشهر الماضي.\n", "2014-06-01");
    assert_eq!(type_on(&ev, "2014-05-31"), EventType::Political, "{:?}", titles_of(&ev));
    assert_eq!(type_on(&ev, "2014-05"), EventType::Clash, "{:?}", titles_of(&ev));
    // the pluperfect after an indefinite noun, with no pronoun, tells its own act: March is the
    // kidnapping's, not the release's
    let ev = events(
        "Titre\nأعلنت الحكومة الخميس الإفراج عن مهندس صيني كان قد اختطف في مارس الماضي قرب كايس.\n",
        "2024-06-07",
    );
    assert!(has_kind(one_where(&ev, |e| starts_on(e, "2024-03")), "kidnapping"), "{:?}", titles_of(&ev));
}

#[test]
fn who_acts_in_a_clause_coordinated_after_the_act_s_is_not_its_agent() {
    for (text, day) in [
        ("Titre\nهاجم الجيش كيدال في 21 مايو، وقتل المتمردون عشرات الجنود.\n", "2014-05-21"),
        ("Titre\nزار رئيس الوزراء مدينة كيدال في 17 مايو، واحتجز المسلحون هناك 30 موظفا.\n", "2014-05-17"),
    ] {
        let e = one_where(&events(text, "2014-06-01"), |e| starts_on(e, day)).clone();
        assert!(e.actors.is_empty(), "{}: {:?}", e.title, e.actors);
    }
}

#[test]
fn an_act_counted_days_back_from_the_dated_clause_does_not_type_it() {
    // the town was taken two days before the flag was raised: Thursday's clause is no takeover
    for text in [
        "L'armée a hissé jeudi le drapeau sur le fort de Kidal, deux jours après avoir repris le contrôle de la ville.",
        "ورفع الجيش يوم الخميس العلم فوق قلعة كيدال، بعد يومين من استعادته السيطرة على المدينة.",
    ] {
        let ev = events(text, "2023-11-17");
        assert!(ev.iter().all(|e| !has_kind(e, "takeover")), "{text}: {ev:?}");
    }
}

#[test]
fn an_act_past_a_clause_boundary_with_a_date_of_its_own_leaves_the_earlier_date_alone() {
    // ruled since August 2020 (no act named in that clause), while the mission left last year
    for text in [
        "وتحكم مالي منذ أغسطس 2020 مجموعة من العسكريين الذين تحالفوا مع روسيا، فيما انسحبت بعثة الأمم المتحدة من البلاد نهاية العام الماضي.",
        "Le Mali est dirigé depuis août 2020 par des militaires alliés à la Russie, alors que la mission de l'ONU a quitté le pays à la fin de l'année dernière.",
    ] {
        let ev = events(text, "2024-06-03");
        let since = one_where(&ev, |e| e.mentions.iter().any(|m| m.time_text.contains("2020")));
        assert_ne!(since.event_type, EventType::Withdrawal, "{text}: {:?}", titles_of(&ev));
        // the withdrawal keeps its own date
        assert!(ev.iter().any(|e| e.event_type == EventType::Withdrawal), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn a_rebellion_started_on_a_date_is_that_date_s_not_the_act_told_of_it() {
    // the agreement that was to end it is not dated by the rebellion's start
    for text in [
        "Titre\nL'accord devait mettre fin à la rébellion touarègue déclenchée en janvier 2012.\n",
        "Titre\nL'accord de 2015 a mis fin à la guerre déclenchée en janvier 2012.\n",
    ] {
        let ev = events(text, "2016-06-20");
        let start = one_where(&ev, |e| starts_on(e, "2012-01"));
        assert_eq!(start.event_type, EventType::Clash, "{text}: {:?}", titles_of(&ev));
    }
}
