//! The article's news day (the day its lede gives with a weekday) dates the bare weekdays of an
//! article without a publication date (those its own sentence tells of the past are before it), and its latest date bounds when it was written unless it
//! is an anniversary; sentences written for these tests.

use super::tests::corpus;

fn dates_of(text: &str) -> Vec<(String, String)> {
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    ex.events.iter().flat_map(|e| &e.mentions).map(|m| (m.time_text.clone(), m.when.unwrap().iso_start())).collect()
}

#[test]
fn a_weekday_near_the_lede_s_day_is_dated_from_it_on_either_side() {
    // Saturday 9 March 2024 in the lede: Friday is the day before it, Monday two days after (five before)
    let text = "\
عنوان
أعلن الجيش يوم السبت 9 مارس 2024 مقتل عشرة جنود في هجوم قرب غاو.
وكان مسلحون قد هاجموا الموقع العسكري الجمعة.
وشن الجيش غارات الاثنين على مواقع المسلحين.
";
    let got = dates_of(text);
    assert!(got.contains(&("الجمعة".into(), "2024-03-08".into())), "{got:?}");
    assert!(got.contains(&("الاثنين".into(), "2024-03-11".into())), "{got:?}");
}

#[test]
fn a_weekday_as_near_before_as_after_the_lede_s_day_stays_undated() {
    // Tuesday 5 March 2024: the Friday before is 4 days off, the one after 3: either may be meant
    let text = "Titre\nDans un rapport publié mardi 5 mars 2024, l'ONG accuse l'armée.\nLes autorités ont donné vendredi une autre version des faits.\n";
    let got = dates_of(text);
    assert!(!got.iter().any(|(t, _)| t == "vendredi"), "{got:?}");
    // said to be past (`vendredi dernier`), it is the one before unless clearly farther
    let text = "Titre\nDans un rapport publié mardi 5 mars 2024, l'ONG accuse l'armée.\nLes autorités ont donné vendredi dernier une autre version des faits.\n";
    let got = dates_of(text);
    assert!(got.contains(&("vendredi dernier".into(), "2024-03-01".into())), "{got:?}");
    // or told, of the past, in the lede's own sentence: that sentence tells its week
    for text in [
        "عنوان\nأطلق الجيش يوم الخميس 27 مايو 2021 سراح الرئيس الذي اعتقله العسكريون الاثنين.\n",
        "Titre\nL'armée a libéré jeudi 27 mai 2021 le président que les militaires avaient arrêté lundi.\n",
    ] {
        let got = dates_of(text);
        assert!(got.iter().any(|(t, d)| (t == "الاثنين" || t == "lundi") && d == "2021-05-24"), "{got:?}");
    }
}

#[test]
fn a_weekday_before_the_lede_s_day_or_a_future_day_is_no_news_day() {
    // the first day given is a vote ahead, not the day of the news: Friday stays undated
    let text = "Titre\nLe référendum se tiendra le dimanche 18 juin 2023, a annoncé vendredi le gouvernement.\n";
    let got = dates_of(text);
    assert!(!got.iter().any(|(t, _)| t == "vendredi"), "{got:?}");
    // a weekday told before any day is given is not tied to a later one
    let text =
        "Titre\nLe gouvernement a annoncé vendredi la tenue du vote.\nLe scrutin a eu lieu le dimanche 18 juin 2023.\n";
    let got = dates_of(text);
    assert!(!got.iter().any(|(t, _)| t == "vendredi"), "{got:?}");
}

#[test]
fn a_yearless_day_with_its_weekday_takes_the_year_the_article_names_with_a_day() {
    // Saturday 2 November was a Saturday in 2019 and in 2024: the article's own year wins
    let text = "عنوان\nأعلن الجيش يوم السبت 2 نوفمبر 2019 مقتل جنود.\nوقال ضابط يوم السبت 2 نوفمبر إن المسلحين هاجموا الموقع.\n";
    let got = dates_of(text);
    assert!(got.iter().filter(|(t, _)| t.contains("2 نوفمبر")).all(|(_, d)| d == "2019-11-02"), "{got:?}");
}

#[test]
fn an_anniversary_s_latest_date_is_no_lower_bound_on_when_it_was_written() {
    let body = "Le 17 septembre 2024, des jihadistes attaquaient l'école de gendarmerie de Bamako.\nLes familles des victimes attendent toujours des réponses.\n";
    let bound = |headline: &str| {
        let text = format!("{headline}\n{body}");
        let mut c = super::tests::corpus(&[("a.txt", text.as_str(), None)]);
        let _ = super::extract(&mut c);
        c.documents[0].published.clone()
    };
    // written a year later: 17 September 2024 says nothing of when
    assert_eq!(bound("Un an après l'attaque de Bamako"), None);
    // (`il y a un an` in the lede says so too)
    let text = "17 septembre 2024 : une journée noire à Bamako\nIl y a un an, des jihadistes attaquaient l'école de gendarmerie de Bamako.\n";
    let mut c = super::tests::corpus(&[("a.txt", text, None)]);
    let _ = super::extract(&mut c);
    assert_eq!(c.documents[0].published, None);
    let ar = "عام على هجوم باماكو\nفي 17 سبتمبر 2024 هاجم مسلحون مدرسة الدرك في باماكو.\n";
    let mut c = super::tests::corpus(&[("a.txt", ar, None)]);
    let _ = super::extract(&mut c);
    assert_eq!(c.documents[0].published, None);
    // a report of the day still has its bound
    assert!(bound("L'attaque de Bamako").is_some_and(|p| p.not_before));
    // history told before the day's news in the same paragraph bounds nothing
    let text = "Le Mali célèbre son indépendance\nLe 22 septembre 1960, le Mali proclamait son indépendance. Ce dimanche, des milliers de personnes ont défilé à Bamako.\n";
    let mut c = super::tests::corpus(&[("a.txt", text, None)]);
    let _ = super::extract(&mut c);
    assert_eq!(c.documents[0].published, None);
}

#[test]
fn a_chronology_s_latest_full_day_is_no_bound_when_later_months_follow() {
    let published = |text: &str| {
        let mut c = super::tests::corpus(&[("a.txt", text, None)]);
        let _ = super::extract(&mut c);
        c.documents[0].published.clone()
    };
    // the last full day is in 2012, the chronology runs to December 2023: no bound in 2012
    let ar = "أبرز محطات الأزمة في مالي\n2012: انقلاب عسكري في باماكو في 22 مارس.\nآب/أغسطس 2022: انسحاب آخر الجنود الفرنسيين من مالي.\nكانون الأول/ديسمبر 2023: انسحاب بعثة الأمم المتحدة.\n";
    assert_eq!(published(ar), None);
    // with nothing told after it, the latest day still bounds the article
    let fr = "Mali\nEn août 2022, les derniers soldats français ont quitté le Mali.\nLe 14 novembre 2023, l'armée a repris Kidal.\n";
    assert!(published(fr).is_some_and(|p| p.not_before && p.date.to_string() == "2023-11-12"), "{:?}", published(fr));
}

#[test]
fn a_time_that_starts_or_runs_out_on_a_later_day_keeps_the_article_s_dateline() {
    let published = |text: &str| {
        let mut c = super::tests::corpus(&[("a.txt", text, None)]);
        let _ = super::extract(&mut c);
        c.documents[0].published.clone().map(|p| p.date.to_string())
    };
    // the deadline starts on a day after the dateline: the dateline is no date after what the
    // article tells as past
    let ar = "عنوان\nالاثنين 16 ديسمبر 2024\nمنحت المنظمة الدول الثلاث يوم السبت مهلة ستة أشهر تبدأ في 29 يناير 2025.\n";
    assert_eq!(published(ar).as_deref(), Some("2024-12-16"));
    let fr = "Titre\nLundi 16 décembre 2024\nL'organisation a accordé samedi aux trois États un délai qui expire le 29 juillet 2025.\n";
    assert_eq!(published(fr).as_deref(), Some("2024-12-16"));
}

#[test]
fn a_wire_s_town_agency_and_date_opening_the_story_are_its_dateline() {
    // Monday 16 September 2024: Sunday is the 15th, and the dateline's day is no withdrawal
    for lede in [
        "Niamey (AFP) - 16 septembre 2024 - Les derniers soldats américains ont quitté dimanche la base d'Agadez.",
        "Niamey (Reuters) – 16 septembre 2024 – Les derniers soldats américains ont quitté dimanche la base d'Agadez.",
        "Agadez (Niger), 16 septembre 2024 (AFP) - Les derniers soldats américains ont quitté dimanche la base d'Agadez.",
    ] {
        let dates = dates_of(&format!("Niger : fin du retrait américain\n{lede}\n"));
        assert_eq!(dates, [("dimanche".to_string(), "2024-09-15".to_string())], "{lede}");
    }
}
