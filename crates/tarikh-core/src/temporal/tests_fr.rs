//! French expression families, on sentences written for the tests.

use chrono::NaiveDate;

use super::*;
use crate::lexicon::Lexicon;
use crate::text::tokenize;

/// (time text, start, end, precision) of every expression in `text`, resolved against `published`.
fn dates(text: &str, published: &str) -> Vec<(String, String, String, String)> {
    super::tests::dates(text, Some(published))
}

/// (start, end) of the only expression of `text`.
fn span(text: &str, published: &str) -> (String, String) {
    let d = dates(text, published);
    assert_eq!(d.len(), 1, "{text}: {d:?}");
    (d[0].1.clone(), d[0].2.clone())
}

fn day(s: &str) -> (String, String) {
    (s.into(), s.into())
}

#[test]
fn months_weekdays_with_and_without_accents_and_ordinals() {
    let p = "2019-03-20";
    assert_eq!(span("L'armée a repris la ville le 15 février 2018.", p), day("2018-02-15"));
    assert_eq!(span("le 15 fevrier 2018", p), day("2018-02-15"));
    assert_eq!(span("Le 1er août 2017, un convoi a sauté sur une mine", p), day("2017-08-01"));
    assert_eq!(span("jeudi 14 mars 2019, des hommes armés ont attaqué", p), day("2019-03-14"));
    assert_eq!(span("signé le 3 déc. 2015 à Alger", p), day("2015-12-03"));
    assert_eq!(span("en janvier 2012", p).0, "2012-01");
}

#[test]
fn relative_days_and_weeks() {
    let p = "2019-03-20"; // a Wednesday
    assert_eq!(span("Des tirs ont été entendus hier soir à Gao", p), day("2019-03-19"));
    assert_eq!(span("le convoi a été attaqué avant-hier", p), day("2019-03-18"));
    assert_eq!(span("Le ministre s'est rendu aujourd'hui à Mopti", p), day("2019-03-20"));
    assert_eq!(span("ce lundi, le gouvernement a annoncé", p), day("2019-03-18"));
    assert_eq!(span("mardi dernier, la mission a confirmé", p), day("2019-03-19"));
    assert_eq!(span("la réunion aura lieu jeudi prochain à Niamey", p), day("2019-03-21"));
    // last week, said on a Wednesday, as for الأسبوع الماضي: Monday of the week before up to
    // yesterday; a week or two ago: about that day, a day either side
    assert_eq!(span("la semaine dernière", p), ("2019-03-11".into(), "2019-03-19".into()));
    // next week is the calendar week after this one, as `الأسبوع المقبل`
    assert_eq!(span("les ministres se réuniront la semaine prochaine", p), ("2019-03-25".into(), "2019-03-31".into()));
    assert_eq!(super::tests::dates("يجتمع الوزراء الأسبوع المقبل", Some(p))[0].1, "2019-03-25");
    assert_eq!(span("il y a une semaine", p), ("2019-03-12".into(), "2019-03-14".into()));
    assert_eq!(span("il y a deux semaines", p), ("2019-03-05".into(), "2019-03-07".into()));
    // a weekday beside last week is that week's (said on Wednesday 20 March: Monday the 11th,
    // not the 18th)
    assert_eq!(span("La semaine dernière, lundi, un convoi a été attaqué", p), day("2019-03-11"));
    assert_eq!(span("lundi de la semaine dernière, un convoi a été attaqué", p), day("2019-03-11"));
    assert_eq!(super::tests::dates("قتل جنود يوم الاثنين من الأسبوع الماضي", Some("2019-03-20"))[0].1, "2019-03-11");
    assert_eq!(span("le mois dernier", p), day("2019-02"));
    assert_eq!(span("il y a trois jours", p), day("2019-03-17"));
    assert_eq!(span("le 12 courant", p), day("2019-03-12"));
    // a day of last month (`le 28 du mois dernier`), as `5 من الشهر الماضي`
    assert_eq!(span("le 28 du mois dernier, un poste a été attaqué", p), day("2019-02-28"));
    // `le surlendemain` is two days after the passage's day
    let d = dates("Le 6 mars, des soldats sont arrivés. Le surlendemain, le camp a été attaqué.", p);
    assert!(d.iter().any(|x| x.0 == "Le surlendemain"), "{d:?}");
    // hours ago are no clock time
    assert!(dates("Publié il y a 3 heures", p).is_empty());
    assert!(dates("نشر منذ 3 ساعات", p).is_empty());
    // `de ce mois` after a day is `courant`
    assert_eq!(span("le 3 de ce mois, des soldats ont été tués", p), day("2019-03-03"));
}

#[test]
fn parts_of_the_day_clock_times_and_nights() {
    let p = "2019-03-20";
    assert_eq!(span("Samedi matin, les assaillants ont frappé", p), day("2019-03-16"));
    assert_eq!(span("Vers 16h hier après-midi, des coups de feu", p), day("2019-03-19T16:00"));
    assert_eq!(span("l'attaque a commencé à 05h30 GMT", p), day("2019-03-20T05:30"));
    assert_eq!(span("lundi vers 23H00", p), day("2019-03-18T23:00"));
    assert_eq!(span("aux environs de 22 heures", p), day("2019-03-20T22:00"));
    // a time of a named day: `13h00 de samedi` is Saturday at 13:00, one expression
    assert_eq!(span("Au journal de 13h00 de samedi, la radio a annoncé un bilan", p), day("2019-03-16T13:00"));
    // the night between two days spans both
    assert_eq!(
        span("Dans la nuit de samedi à dimanche, des combats ont éclaté", p),
        ("2019-03-16".into(), "2019-03-17".into())
    );
}

#[test]
fn qualifiers_ranges_and_the_day_of_the_passage() {
    let p = "2022-07-25";
    assert_eq!(span("fin mars", p), ("2022-03-21".into(), "2022-03-31".into()));
    assert_eq!(span("à la mi-mars", p), ("2022-03-11".into(), "2022-03-20".into()));
    assert_eq!(span("au début de janvier 2024", p), ("2024-01-01".into(), "2024-01-10".into()));
    // a range of up to three days is one span; a longer one is dated by its first day
    // (long_range_tests.rs)
    assert_eq!(span("du 22 au 24 juillet 2022", p), ("2022-07-22".into(), "2022-07-24".into()));
    assert_eq!(span("du 22 au 25 juillet 2022", p), day("2022-07-22"));
    assert_eq!(span("du 22 au 27 juillet 2022", p), day("2022-07-22"));
    assert_eq!(span("entre le 27 et le 31 mars", p), day("2022-03-27"));
    let lex = Lexicon::builtin();
    let ctx = ResolveContext { day_hint: NaiveDate::from_ymd_opt(2019, 3, 3), ..Default::default() };
    for (text, want) in [
        ("la veille, le maire avait prévenu", "2019-03-02"),
        ("le lendemain, l'armée est revenue", "2019-03-04"),
        ("le jour même, la ville est tombée", "2019-03-03"),
        // `ce jour-là` is that day, not `ce jour` (today)
        ("ce jour-là, la ville est tombée", "2019-03-03"),
        ("l'aéroport a rouvert le soir même", "2019-03-03"),
    ] {
        let e = recognize(&tokenize(text), lex);
        assert_eq!(e.len(), 1, "{text}");
        assert_eq!(resolve(&e[0].spec, &ctx).map(|r| r.when.iso_start()), Some(want.to_string()), "{text}");
    }
}

#[test]
fn a_night_ending_on_a_day_written_in_full_and_the_day_after_an_event_named() {
    assert_eq!(span("tard dans la nuit de mercredi à ce jeudi 27 mai 2021", "2021-05-30"), day("2021-05-27"));
    // `au lendemain de l'attaque` says the day after an event, not after the passage's day
    assert!(dates("au lendemain de l'attaque contre la base", "2021-05-30").is_empty());
    // a planned operation is no future date
    assert_eq!(span("une mission prévue de longue date a été attaquée vendredi", "2019-11-02"), day("2019-11-01"));
}

#[test]
fn weekends_last_this_and_next() {
    let p = "2024-09-17"; // a Tuesday
    assert_eq!(
        span("Ce week-end, des renforts ont été déployés à Kati.", p),
        ("2024-09-14".into(), "2024-09-15".into())
    );
    assert_eq!(
        span("Le week-end dernier, des affrontements ont eu lieu.", p),
        ("2024-09-14".into(), "2024-09-15".into())
    );
    assert_eq!(span("Le ministre arrivera le week-end prochain.", p), ("2024-09-21".into(), "2024-09-22".into()));
    // written on a Sunday, the last weekend is the one before
    assert_eq!(
        span("Le week-end dernier, des affrontements ont eu lieu.", "2024-09-22"),
        ("2024-09-14".into(), "2024-09-15".into())
    );
    assert_eq!(span("وقعت اشتباكات في عطلة نهاية الأسبوع الماضي", p), ("2024-09-14".into(), "2024-09-15".into()));
}

#[test]
fn a_part_of_the_day_written_alone_is_on_the_day_of_the_passage_or_of_the_article() {
    // before any day is named: the article's own day
    assert_eq!(span("L'attaque a eu lieu en début de matinée, selon l'armée.", "2016-07-19"), day("2016-07-19"));
    assert_eq!(span("Mais, dans la soirée, le groupe l'a revendiquée.", "2016-07-19"), day("2016-07-19"));
    // a bare word or a night says nothing by itself
    assert_eq!(dates("Le soir tombait sur la ville.", "2016-07-19"), vec![]);
    assert_eq!(dates("Un convoi a quitté Gao dans la nuit.", "2016-07-19").iter().filter(|d| d.1 != "-").count(), 0);
    // `ce` before the weekday of a part of the day
    assert_eq!(
        span("Aux premières heures de ce mardi, des hommes armés ont attaqué le camp.", "2016-07-20"),
        day("2016-07-19")
    );
}

#[test]
fn days_later_count_from_the_passage_s_day_not_from_an_event_named() {
    // (resolved from the passage's day in extraction; here only recognized)
    let got = super::tests::dates(
        "Le président a été renversé, et deux jours plus tard la junte a promis des élections.",
        Some("2020-09-01"),
    );
    assert_eq!(got.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), vec!["deux jours plus tard"]);
    assert!(super::tests::dates("Le communiqué a été publié une semaine après la mort du chef.", Some("2020-09-01"))
        .is_empty());
    assert!(
        super::tests::dates("Trois jours après l'attaque, l'armée a repris la ville.", Some("2020-09-01")).is_empty()
    );
    // any event named after `après`, with an article, a possessive or an infinitive
    assert!(super::tests::dates("Le raid survient deux semaines après une embuscade meurtrière.", Some("2020-09-01"))
        .is_empty());
    assert!(super::tests::dates(
        "Il a prêté serment trois semaines après avoir renversé le président.",
        Some("2020-09-01")
    )
    .is_empty());
    assert!(super::tests::dates("Dix jours avant son départ, il a reçu le ministre.", Some("2020-09-01")).is_empty());
    // the count alone, set off by a comma or ending the sentence, counts from the passage's day
    assert_eq!(super::tests::dates("Deux jours après, l'armée a repris la ville.", Some("2020-09-01")).len(), 1);
    assert_eq!(super::tests::dates("L'armée est revenue une semaine après.", Some("2020-09-01")).len(), 1);
    assert!(super::tests::dates("وبعد أسبوع على اعتقال الجنرال عثر على مقبرة", Some("2020-09-01")).is_empty());
    assert!(super::tests::dates("وبعد يومين من الهجوم استعاد الجيش المدينة", Some("2020-09-01")).is_empty());
    // a word that sharpens the count does not end it: still counted from the event named
    assert!(super::tests::dates("وجاء الإعلان بعد أسبوع تماماً على اغتيال القائد", Some("2020-09-01")).is_empty());
    assert_eq!(super::tests::dates("وبعد يومين أعلن المجلس العسكري عن انتخابات", Some("2020-09-01")).len(), 1);
    // so does a count back: `two days before the attack` is no day two days before publication
    assert!(super::tests::dates("وقبل يومين من الهجوم وصلت تعزيزات إلى المدينة", Some("2020-09-01")).is_empty());
    assert_eq!(super::tests::dates("وقبل يومين وصلت تعزيزات إلى المدينة", Some("2020-09-01")).len(), 1);
}

#[test]
fn a_count_of_hours_after_dernieres_or_pendant_is_a_length_of_time_not_a_clock() {
    let p = Some("2024-01-18");
    // (the last 24 hours reach back a day from publication: a span of days, no clock at midnight)
    let last = super::tests::dates("Au cours des dernières 24 heures, trois attaques ont visé l'armée.", p);
    assert_eq!(last.iter().map(|d| (d.1.as_str(), d.3.as_str())).collect::<Vec<_>>(), [("2024-01-17", "day")]);
    assert!(super::tests::dates("Le couvre-feu a duré pendant 48 heures dans la ville.", p).is_empty());
    assert_eq!(super::tests::dates("L'attaque a commencé mardi à 23 heures.", p).len(), 1);
}

#[test]
fn a_weekday_that_does_not_fit_the_near_year_widens_the_date_instead_of_moving_it_a_year() {
    // published Tuesday 4 March 2025; 3 March 2025 was a Monday, 2 March a Sunday
    let p = "2025-03-04";
    assert_eq!(span("Les cours reprendront lundi 3 mars dans tout le pays.", p), day("2025-03-03"));
    // `dimanche 3 mars` fits 2024 and 2030, far from publication: a slip of the pen, shown as the
    // two days it may mean, not moved a year
    assert_eq!(
        span("Le marché a été fermé dimanche 3 mars par les autorités.", p),
        ("2025-03-02".into(), "2025-03-03".into())
    );
    // a weekday that fits within the usual reach still picks the year (last year's date)
    assert_eq!(span("Le pont a été coupé mercredi 25 décembre par la crue.", p), day("2024-12-25"));
}

#[test]
fn a_weekday_with_a_day_of_the_month_is_that_day_in_the_nearest_month_it_fits() {
    let p = "2013-03-20"; // a Wednesday; Thursday 7 March; Friday 22 February and 22 March
    assert_eq!(span("Une attaque a eu lieu jeudi 7 à Gao.", p), day("2013-03-07"));
    assert_eq!(span("Le camp a été attaqué vendredi 22, selon l'armée.", p), day("2013-02-22"));
    assert_eq!(span("وهاجم مسلحون معسكرا للجيش يوم الخميس 7 في منطقة موبتي.", p), day("2013-03-07"));
    // a count after the weekday is not its day
    assert_eq!(span("Ils ont tué jeudi 7 soldats.", p), day("2013-03-14"));
}

#[test]
fn days_earlier_count_back_from_the_passage_s_day_unless_an_event_is_named() {
    let got =
        super::tests::dates("Des tirs avaient été entendus deux jours plus tôt dans le camp.", Some("2020-09-01"));
    assert_eq!(got.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), vec!["deux jours plus tôt"]);
    let got = super::tests::dates("Le camp avait été visé trois jours auparavant.", Some("2020-09-01"));
    assert_eq!(got.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), vec!["trois jours auparavant"]);
    assert!(super::tests::dates("Le chef a été tué trois jours avant l'attaque.", Some("2020-09-01")).is_empty());
}

#[test]
fn a_month_after_au_mois_de_last_night_and_two_weekdays_with_their_days() {
    let p = "2013-03-20"; // a Wednesday
    assert_eq!(span("Le camp a été attaqué au mois de février.", p).0, "2013-02");
    assert_eq!(span("Des tirs ont été entendus la nuit dernière à Gao.", p), day("2013-03-19"));
    let d = dates("Le camp a été attaqué samedi 9 et dimanche 10 mars.", p);
    assert_eq!(d.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), vec!["2013-03-09", "2013-03-10"], "{d:?}");
}

#[test]
fn a_number_that_labels_a_resolution_or_a_law_is_no_year() {
    let p = "2021-03-10";
    assert!(dates("وتبنى مجلس الأمن القرار 2100 الذي أنشأ البعثة.", p).is_empty());
    assert!(dates("Le Conseil de sécurité a adopté la résolution 2085 sur le Mali.", p).is_empty());
    // a year after a cue still is one
    assert_eq!(dates("وصدر القرار في 2013 بعد أشهر من المفاوضات.", p).len(), 1);
}

#[test]
fn a_season_s_year_and_tonight() {
    let p = "2013-03-20";
    // (a season is its three months of the year)
    assert_eq!(
        span("Des combats ont eu lieu au printemps 2012 dans le nord.", p),
        ("2012-03".into(), "2012-05".into())
    );
    assert_eq!(span("Une attaque a eu lieu à l'automne 2011 près de Kidal.", p), ("2011-09".into(), "2011-11".into()));
    // (the night that ends on the article's day)
    assert_eq!(span("Une attaque a visé le camp cette nuit.", p), ("2013-03-19".into(), "2013-03-20".into()));
    // `été` alone is left out: the participle (`ils ont été 2000`) would make a count a year
    assert!(dates("Ils ont été 2000 à manifester dans les rues.", p).is_empty());
}

#[test]
fn a_part_of_the_day_of_a_day_of_the_month_and_a_month_in_its_course() {
    let p = "2024-09-20";
    // the 12th of the month of publication, not the day of publication
    assert_eq!(span("Des hommes armés ont attaqué le poste dans la soirée du 12.", p), day("2024-09-12"));
    // and in Arabic, after the word for day
    assert_eq!(span("وهاجم مسلحون بلدة نيونو مساء يوم 12.", p), day("2024-09-12"));
    assert_eq!(span("وهاجم مسلحون بلدة نيونو مساء يوم 3 من الشهر الماضي.", p), day("2024-08-03"));
    // a 25th still to come, in a clause that does not look ahead, is last month's
    assert_eq!(span("Des hommes armés ont attaqué le poste dans la soirée du 25.", p), day("2024-08-25"));
    // `courant` names this month, whatever day it gives
    assert_eq!(span("La réunion a été fixée au 25 courant.", p), day("2024-09-25"));
    // `courant mai` is the whole of May, not its beginning
    assert_eq!(span("Courant mai, plusieurs villages ont été incendiés.", p), ("2024-05".into(), "2024-05".into()));
}

#[test]
fn a_part_of_the_day_before_this_weekday_or_a_night_between_two_days_of_a_month_named_after() {
    let p = "2024-11-20";
    // one expression: dawn of this Friday (not dawn of the day the passage was about)
    assert_eq!(span("À l'aube de ce vendredi, des jihadistes ont attaqué un poste.", "2024-09-20"), day("2024-09-20"));
    // the month named after the two days is theirs, not the month of publication
    assert_eq!(
        span("Dans la nuit du 16 au 17 septembre, des jihadistes ont attaqué l'école.", p),
        ("2024-09-16".into(), "2024-09-17".into())
    );
    // and across the end of a month: one night, not two dates
    assert_eq!(
        span("Un drone a été abattu dans la nuit du 31 mars au 1er avril près de la frontière.", "2025-04-08"),
        ("2025-03-31".into(), "2025-04-01".into())
    );
}

#[test]
fn a_day_and_month_in_digits_without_a_year_after_a_word_that_introduces_a_date() {
    let p = "2024-09-20";
    assert_eq!(span("Des affrontements ont eu lieu le 17/01 près de Gao.", p), day("2024-01-17"));
    assert_eq!(span("وفي 17/09 هاجم مسلحون مطار باماكو.", p), day("2024-09-17"));
    // a fraction or a score is none
    assert!(dates("Les 3/4 des électeurs ont voté, et le match s'est fini sur 2/1.", p).is_empty());
    assert!(dates("وصوت 2/3 من النواب لصالح القانون.", p).is_empty());
}

#[test]
fn two_months_joined_before_a_year_share_it() {
    // read against the publication date alone, May was the last May (2023): silently wrong
    let fr = dates("Signé en mai et juin 2015, l'accord était moribond.", "2024-01-26");
    assert_eq!(fr.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), ["2015-05", "2015-06"], "{fr:?}");
    let ar = dates("ووقع الاتفاق في مايو ويونيو 2015 بين الطرفين", "2024-01-26");
    assert_eq!(ar.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), ["2015-05", "2015-06"], "{ar:?}");
}

#[test]
fn a_list_of_days_at_the_start_of_a_paragraph_gives_each_day() {
    let d = dates("Les 5 et 6 janvier, des affrontements ont fait des morts.", "2025-01-24");
    assert_eq!(d.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2025-01-05", "2025-01-06"], "{d:?}");
    let d = dates("5 et 6 janvier : des affrontements.", "2025-01-24");
    assert_eq!(d.len(), 2, "{d:?}");
}

#[test]
fn summer_the_year_gone_by_a_short_year_after_le_and_the_day_after_tomorrow() {
    let p = "2024-03-13";
    assert_eq!(span("à l'été 2022", p), ("2022-06".into(), "2022-08".into()));
    assert_eq!(span("l'année écoulée", p), ("2023".into(), "2023".into()));
    assert_eq!(span("le 12/03/24", p), ("2024-03-12".into(), "2024-03-12".into()));
    assert_eq!(span("après-demain", p), ("2024-03-15".into(), "2024-03-15".into()));
    // `été` alone, the participle before a number, is no season of a year
    let e = recognize(&tokenize("ils ont été 200 à manifester"), Lexicon::builtin());
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn months_written_with_d_apostrophe_and_parts_of_a_month_named_by_its_word() {
    let p = "2025-05-27";
    // `d'avril`, `d'août`, `d'octobre`: the elided `de` before a vowel
    assert_eq!(span("La mesure a été annoncée au mois d'avril.", p).0, "2025-04");
    assert_eq!(span("La mesure a été annoncée début d'avril.", p), ("2025-04-01".into(), "2025-04-10".into()));
    assert_eq!(span("fin d'août 2024", p), ("2024-08-21".into(), "2024-08-31".into()));
    // the word for a month between the part and the month (`نهاية شهر يناير` in Arabic)
    assert_eq!(
        span("La mesure a été annoncée à la fin du mois de janvier.", p),
        ("2025-01-21".into(), "2025-01-31".into())
    );
    assert_eq!(
        span("La mesure a été annoncée au début du mois d'avril.", p),
        ("2025-04-01".into(), "2025-04-10".into())
    );
}

#[test]
fn about_so_long_ago_is_about_that_day_and_shows_its_doubt() {
    let p = "2025-05-27";
    // a quarter of the count either side, never past the article's day
    assert_eq!(span("tués il y a environ un mois près de Gao", p), ("2025-04-20".into(), "2025-05-04".into()));
    assert_eq!(span("tués il y a une dizaine de jours", p), ("2025-05-15".into(), "2025-05-19".into()));
    assert_eq!(span("tués il y a près de deux semaines", p), ("2025-05-10".into(), "2025-05-16".into()));
    // the Arabic `قبل نحو`, `قبل حوالي`
    assert_eq!(span("قتل خمسة جنود قبل نحو شهر", p), ("2025-04-20".into(), "2025-05-04".into()));
    assert_eq!(span("قتل خمسة جنود قبل حوالي أسبوعين", p), ("2025-05-10".into(), "2025-05-16".into()));
    // an exact count stays exact
    assert_eq!(span("tués il y a trois jours", p), day("2025-05-24"));
    let toks = tokenize("il y a environ un mois");
    let expr = recognize(&toks, Lexicon::builtin()).pop().expect("an expression");
    let published = NaiveDate::from_ymd_opt(2025, 5, 27);
    let r = resolve(&expr.spec, &ResolveContext { published, ..Default::default() }).expect("resolved");
    assert!(r.when.approximate, "{r:?}");
}

#[test]
fn halves_of_a_month_or_year_and_parts_of_a_week() {
    let p = "2024-03-13"; // a Wednesday
    assert_eq!(span("pillés durant la première quinzaine de février", p), ("2024-02-01".into(), "2024-02-15".into()));
    assert_eq!(span("pillés dans la deuxième quinzaine de février", p), ("2024-02-16".into(), "2024-02-29".into()));
    assert_eq!(span("au second semestre 2023", p), ("2023-07".into(), "2023-12".into()));
    assert_eq!(span("قصفت القرى في النصف الثاني من شهر يناير", p), ("2024-01-16".into(), "2024-01-31".into()));
    // a part of a week is of the calendar week: this one, or the one named
    assert_eq!(span("les pourparlers ont échoué en début de semaine", p), ("2024-03-11".into(), "2024-03-12".into()));
    // the end of this week still to come, said of the past, is the end of last week
    assert_eq!(span("le camp a été attaqué en fin de semaine", p), ("2024-03-08".into(), "2024-03-10".into()));
    // `نهاية الأسبوع` alone is the weekend, not the end of this week
    assert_eq!(span("هاجم مسلحون المعسكر خلال عطلة نهاية الأسبوع", p), ("2024-03-09".into(), "2024-03-10".into()));
    assert_eq!(span("هاجم مسلحون المعسكر نهاية الأسبوع", p), ("2024-03-09".into(), "2024-03-10".into()));
    assert_eq!(
        span("les pourparlers reprendront en début de semaine prochaine", p),
        ("2024-03-18".into(), "2024-03-19".into())
    );
    // this week alone keeps its reading: the seven days up to publication
    assert_eq!(span("cette semaine", p), ("2024-03-07".into(), "2024-03-13".into()));
}

#[test]
fn counts_after_publication_larger_numbers_in_words_and_voila() {
    let p = "2024-03-13";
    assert_eq!(span("Les pourparlers reprendront dans une semaine.", p), day("2024-03-20"));
    assert_eq!(span("Le scrutin aura lieu dans trois mois.", p).0, "2024-06");
    assert_eq!(span("tués il y a douze jours", p), day("2024-03-01"));
    // compound numbers, hyphenated or not, and the first of a month in words
    assert_eq!(span("le camp a été attaqué il y a dix-huit jours", p), day("2024-02-24"));
    assert_eq!(span("le camp a été attaqué il y a vingt et un jours", p), day("2024-02-21"));
    assert_eq!(span("l'accord signé il y a vingt-cinq ans", p).0, "1999-03");
    assert_eq!(span("le camp a été attaqué le premier mars", p), day("2024-03-01"));
    assert!(dates("le premier ministre a démissionné", p).is_empty());
    assert_eq!(span("le camp a été attaqué voilà trois jours", p), day("2024-03-10"));
    // `quinze jours` is two weeks, about that day
    assert_eq!(span("le camp a été attaqué il y a quinze jours", p), ("2024-02-27".into(), "2024-02-29".into()));
    // Arabic counts past ten take a singular unit, in words or digits
    assert_eq!(span("هاجم مسلحون المعسكر قبل خمسة عشر يوما", p), day("2024-02-27"));
    assert_eq!(span("هاجم مسلحون المعسكر قبل 15 يوماً", p), day("2024-02-27"));
    assert_eq!(span("اندلع التمرد قبل 12 عاما", p).0, "2012-03");
    // `dans` before a count of days of something is no date
    assert!(dates("Ils ont tenu dans deux jours de combats acharnés.", p).iter().all(|d| d.0 != "dans deux jours"));
}

#[test]
fn midnight_noon_and_hours_in_words_are_clock_times_only_after_a_word_of_time() {
    let p = "2024-03-13";
    let start = |t: &str| dates(t, p).into_iter().map(|d| d.1).collect::<Vec<_>>();
    assert_eq!(start("Le camp a été attaqué mardi autour de minuit."), ["2024-03-12T00:00"]);
    assert_eq!(start("Le camp a été attaqué mardi à midi."), ["2024-03-12T12:00"]);
    assert_eq!(start("Le camp a été attaqué mardi à cinq heures et demie."), ["2024-03-12T05:30"]);
    assert_eq!(start("Le camp a été attaqué mardi à six heures moins le quart."), ["2024-03-12T05:45"]);
    assert_eq!(start("Le camp a été attaqué mardi vers 5 heures et quart."), ["2024-03-12T05:15"]);
    // shortly before midnight is the day's last minute, in both languages
    assert_eq!(start("Le président a parlé mardi peu avant minuit."), ["2024-03-12T23:59"]);
    assert_eq!(start("تحدث الرئيس يوم الثلاثاء قبيل منتصف الليل."), ["2024-03-12T23:59"]);
    // lengths of time, distances and counts of hours are no clock
    for t in [
        "Les combats ont duré mardi pendant deux heures près de Gao.",
        "Mardi, en deux heures, les jihadistes ont pris la ville.",
        "Le camp a été attaqué mardi à deux heures de route de Gao.",
        "Mardi, deux heures après l'attaque, l'armée a riposté.",
    ] {
        assert_eq!(start(t), ["2024-03-12"], "{t}");
    }
}

#[test]
fn a_range_of_days_each_with_its_weekday_is_one_span() {
    let p = "2024-09-18";
    assert_eq!(
        span("Dans la nuit du samedi 3 au dimanche 4 août, des jihadistes ont attaqué Boni.", p),
        ("2024-08-03".into(), "2024-08-04".into())
    );
    assert_eq!(
        span("Du lundi 5 au mardi 6 août, des combats ont eu lieu.", p),
        ("2024-08-05".into(), "2024-08-06".into())
    );
}

#[test]
fn a_range_of_hours_after_de_or_entre_is_one_clock_span() {
    let p = "2024-03-13";
    for t in
        ["Les tirs ont duré mardi de 6 heures à 10 heures.", "Les tirs ont duré mardi entre 6 heures et 10 heures."]
    {
        assert_eq!(span(t, p), ("2024-03-12T06:00".into(), "2024-03-12T10:00".into()), "{t}");
    }
    // `de` before a count that is no clock opens nothing
    assert_eq!(dates("Mardi, de 300 à 400 civils ont fui.", p).len(), 1);
}

#[test]
fn a_clock_in_a_night_between_two_days_picks_its_day_and_parts_of_this_month_or_year() {
    let p = "2024-03-13";
    let start = |t: &str| dates(t, p).into_iter().map(|d| d.1).collect::<Vec<_>>();
    assert_eq!(start("attaqué dans la nuit de lundi à mardi vers 3 heures"), ["2024-03-12T03:00"]);
    assert_eq!(start("attaqué dans la nuit de lundi à mardi vers 23 heures"), ["2024-03-11T23:00"]);
    assert_eq!(start("هاجم مسلحون البلدة ليل الاثنين الثلاثاء حوالي الساعة الثالثة فجرا"), ["2024-03-12T03:00"]);
    // without a clock, the night keeps both days
    assert_eq!(span("attaqué dans la nuit de lundi à mardi", p), ("2024-03-11".into(), "2024-03-12".into()));
    // a part of a bare month or year is of publication's
    assert_eq!(span("attaqué au début du mois", p), ("2024-03-01".into(), "2024-03-10".into()));
    assert_eq!(span("attaqué en fin d'année", p), ("2024-10".into(), "2024-12".into()));
}

#[test]
fn quarters_of_a_year_and_a_quarter_still_to_come_said_of_the_past() {
    let p = "2024-03-13";
    assert_eq!(
        span("les attaques ont augmenté au troisième trimestre de 2023", p),
        ("2023-07".into(), "2023-09".into())
    );
    assert_eq!(span("au dernier trimestre 2023", p), ("2023-10".into(), "2023-12".into()));
    assert_eq!(span("تصاعدت الهجمات في الربع الأخير من 2023", p), ("2023-10".into(), "2023-12".into()));
    // alone, this year's; one still to come, said of the past, last year's
    assert_eq!(span("les attaques ont repris au premier trimestre", p), ("2024-01".into(), "2024-03".into()));
    assert_eq!(span("les attaques ont augmenté au troisième trimestre", p), ("2023-07".into(), "2023-09".into()));
}

#[test]
fn a_season_of_a_year_is_its_three_months() {
    let p = "2024-03-13";
    assert_eq!(span("Au cours de l'été 2012, les islamistes ont pris Gao.", p), ("2012-06".into(), "2012-08".into()));
    assert_eq!(span("À l'automne 2013, la Minusma s'est déployée à Kidal.", p), ("2013-09".into(), "2013-11".into()));
    assert_eq!(span("Au printemps 2012, les rebelles ont pris Tombouctou.", p), ("2012-03".into(), "2012-05".into()));
    assert_eq!(span("سيطر الإسلاميون على غاو في صيف 2012.", p), ("2012-06".into(), "2012-08".into()));
    assert_eq!(span("نشرت البعثة قواتها في كيدال خريف عام 2013.", p), ("2013-09".into(), "2013-11".into()));
    // a season named by a demonstrative alone is this year's, or last year's when still to come
    // in a clause told of the past
    assert_eq!(span("Ce printemps, les attaques ont repris.", p), ("2024-03".into(), "2024-05".into()));
    assert_eq!(span("Cet automne, l'armée a repris Kidal.", p), ("2023-09".into(), "2023-11".into()));
}

#[test]
fn a_week_of_a_month_is_seven_of_its_days_and_a_week_of_a_year_is_not_read() {
    let p = "2024-04-11";
    assert_eq!(
        span("la première semaine de mars, l'armée a lancé une opération", p),
        ("2024-03-01".into(), "2024-03-07".into())
    );
    assert_eq!(span("la deuxième semaine de janvier 2024", p), ("2024-01-08".into(), "2024-01-14".into()));
    // the last week is the last seven days (29 days in February 2024)
    assert_eq!(span("وفي الأسبوع الأخير من فبراير، هاجم مسلحون قرية", p), ("2024-02-23".into(), "2024-02-29".into()));
    assert_eq!(span("وفي الأسبوع الأول من الشهر الماضي", p), ("2024-03-01".into(), "2024-03-07".into()));
    // with an elided `d'` before the month, as with `de`
    assert_eq!(span("la dernière semaine d'avril", p), ("2024-04-24".into(), "2024-04-30".into()));
    assert_eq!(span("dans la première quinzaine d'octobre", p), ("2023-10-01".into(), "2023-10-15".into()));
    // (a week of a year is no part this reads: the year alone)
    assert_eq!(span("la première semaine de 2024", p), ("2024".into(), "2024".into()));
}

#[test]
fn cette_nuit_is_the_night_that_ends_on_the_article_s_day_and_a_clock_says_which_side() {
    let p = "2024-03-13";
    // last night or tonight: the words do not say which day, so both
    assert_eq!(span("Cette nuit, des tirs ont été entendus à Kati.", p), ("2024-03-12".into(), "2024-03-13".into()));
    let d = dates("Cette nuit vers 2 heures, des tirs ont été entendus.", p);
    assert!(d[0].1.starts_with("2024-03-13T02:00"), "{d:?}");
    let d = dates("Cette nuit vers 23 heures, des tirs ont été entendus.", p);
    assert!(d[0].1.starts_with("2024-03-12T23:00"), "{d:?}");
    // `la nuit dernière` began the day before
    assert_eq!(span("La nuit dernière, des tirs ont été entendus.", p), day("2024-03-12"));
}

#[test]
fn so_many_years_ago_to_the_day_is_that_very_day() {
    let p = "2025-03-01";
    assert_eq!(span("Il y a exactement un an, l'armée entrait dans la ville.", p), day("2024-03-01"));
    assert_eq!(span("Il y a deux ans jour pour jour, le camp tombait.", p), day("2023-03-01"));
    assert_eq!(span("Il y a un an, jour pour jour, le camp tombait.", p), day("2024-03-01"));
    assert_eq!(span("Il y a six mois exactement, la junte annonçait son départ.", p), day("2024-09-01"));
    assert_eq!(span("قبل عام بالضبط، دخل الجيش المدينة.", p), day("2024-03-01"));
    assert_eq!(span("قبل سنتين تماما سقط المعسكر.", p), day("2023-03-01"));
    // the 29th of February a year on is the 28th
    assert_eq!(span("Il y a exactement un an, le camp tombait.", "2025-02-28"), day("2024-02-28"));
    assert_eq!(span("Il y a exactement un an, le camp tombait.", "2024-02-29"), day("2023-02-28"));
    // without the word, a year ago is about that month; counted from an event, no date at all
    assert_ne!(span("Il y a un an, le camp tombait.", p), day("2024-03-01"));
    assert!(dates("قبل عام تماما على الهجوم زار الوزير المدينة", p).is_empty());
}

#[test]
fn the_last_so_many_days_or_hours_reach_back_from_publication() {
    let p = "2024-03-14";
    assert_eq!(span("au cours des trois derniers jours", p).0, "2024-03-11");
    assert_eq!(span("durant les 3 derniers jours", p).0, "2024-03-11");
    assert_eq!(span("au cours des dernières 24 heures", p).0, "2024-03-13");
    assert_eq!(span("les 48 dernières heures", p).0, "2024-03-12");
    assert_eq!(span("au cours des six derniers mois", p).0, "2023-09");
    // no count, or fewer hours than a day: no date
    for vague in ["ces derniers jours", "les dernières heures", "les 3 dernières heures"] {
        assert!(dates(vague, p).is_empty(), "{vague}");
    }
}

#[test]
fn so_long_ago_before_the_verb_s_object_is_a_date_before_de_an_event_s_count() {
    // `il y a dix jours le camp`: the article opens the object, the count is from publication
    assert_eq!(span("ont attaqué il y a dix jours le camp de Boni", "2021-06-14"), day("2021-06-04"));
    // `de` ties it to an event: no day
    assert!(dates("il y a dix jours de combats", "2021-06-14").iter().all(|d| d.1 == "-"));
}

#[test]
fn a_lone_day_with_a_part_of_the_day_after_au_is_that_day_of_the_month() {
    assert_eq!(span("ont attaqué le camp le 12 au soir", "2021-06-14"), day("2021-06-12"));
    // with its month, the month's day as ever
    assert_eq!(span("ont attaqué le camp le 12 mai au soir", "2021-06-14"), day("2021-05-12"));
}

#[test]
fn voici_so_many_days_is_so_long_ago() {
    assert_eq!(span("ont attaqué le camp voici trois jours", "2021-06-14"), day("2021-06-11"));
}
