//! Extraction rules on short articles written for these tests.

use super::meaning_tests::starts_on;
use crate::corpus::load::document_from_text;
use crate::corpus::{Corpus, Published, PublishedBasis, TextEncoding};
use crate::lexicon::Lexicon;
use crate::model::{EventType, Precision};

pub(super) fn corpus(docs: &[(&str, &str, Option<&str>)]) -> Corpus {
    let lex = Lexicon::builtin();
    let documents = docs
        .iter()
        .map(|(file, text, published)| {
            let mut d = document_from_text(file.to_string(), text, TextEncoding::Utf8, text.len(), lex);
            if let Some(p) = published {
                d.published = Some(Published::from_manifest(chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap()));
            }
            d
        })
        .collect();
    Corpus { documents, ..Default::default() }
}

#[test]
fn a_weekday_in_a_passage_about_an_earlier_month_belongs_to_that_month() {
    let text = "\
عنوان المقال عن النيجر وتيلابيري
قتل جنود في معركة عنيفة قرب تيلابيري في النيجر في مارس الماضي، بحسب الجيش.
وأعلن الجيش يوم الاثنين تعزيز الأمن في نيامي بعد سلسلة هجمات.
وفي وقت سابق، قال مسلحون إنهم سيطروا على مواقع في تيلابيري.
وتحدث بيان عن القتال الذي دار في تيلابيري يومي الخميس والجمعة.
";
    let mut c = corpus(&[("a.txt", text, Some("2024-06-12"))]);
    let ex = super::extract(&mut c);
    let thu_fri = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("يومي")).expect("mention");
    let w = thu_fri.when.unwrap();
    assert_eq!((w.precision, w.iso_start()), (Precision::Month, "2024-03".to_string()), "tied to March, not this week");
    // without the cue it is this week's Thursday and Friday
    let text2 = text.replace("وفي وقت سابق، ", "");
    let mut c2 = corpus(&[("a.txt", &text2, Some("2024-06-12"))]);
    let ex2 = super::extract(&mut c2);
    let m2 = ex2.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("يومي")).unwrap();
    assert_eq!(m2.when.unwrap().precision, Precision::Day);
}

#[test]
fn aftermath_after_the_attack_fixes_the_publication_date() {
    let wire = "\
هجوم في كيدال
هاجم مسلحون قاعدة عسكرية في كيدال يوم الأحد 3 مارس 2024 وأسفر الهجوم عن قتلى.
";
    let report = "\
كيدال بعد الهجوم
وكان مسلحون قد هاجموا القاعدة العسكرية في كيدال يوم الأحد في هجوم واسع.
وقال مسؤولون محليون الأربعاء، إن عدد القتلى ارتفع إلى 30.
";
    let mut c = corpus(&[("a.txt", wire, None), ("b.txt", report, None)]);
    let _ = super::extract(&mut c);
    // a suggestion only: the article stays undated until the analyst accepts it
    assert!(c.documents[1].published.is_none(), "{:?}", c.documents[1].published);
    let b = c.documents[1].suggested.as_ref().expect("suggested");
    // "Sunday" = 3 March; the toll was reported on a Wednesday after it: no earlier than 6 March
    assert_eq!(b.date.to_string(), "2024-03-06");
    assert_eq!(b.basis, PublishedBasis::Inferred);
    // accepted (for the whole corpus at once), it dates the article
    let mut c = corpus(&[("a.txt", wire, None), ("b.txt", report, None)]);
    let _ = super::extract_accepting_suggestions(&mut c);
    assert_eq!(c.documents[1].published.as_ref().map(|p| p.date.to_string()).as_deref(), Some("2024-03-06"));
}

#[test]
fn same_day_events_of_different_kinds_stay_apart_and_distant_places_do_not_merge() {
    let text = "\
يوم دام في مالي
هاجم مسلحون موقعا عسكريا في غاو يوم 5 مايو 2023.
وفي اليوم نفسه، هاجم مسلحون قافلة في سيكاسو في 5 مايو 2023.
وأعلن مسؤولون في 5 مايو 2023 أن عدد القتلى بلغ 12.
";
    let mut c = corpus(&[("a.txt", text, Some("2023-05-06"))]);
    let ex = super::extract(&mut c);
    let on_day: Vec<_> = ex.events.iter().filter(|e| starts_on(e, "2023-05-05")).collect();
    let attacks = on_day.iter().filter(|e| e.event_type == EventType::Attack).count();
    assert_eq!(
        attacks,
        2,
        "Gao and Sikasso are two attacks: {:?}",
        on_day.iter().map(|e| &e.title).collect::<Vec<_>>()
    );
    assert!(on_day.iter().any(|e| e.event_type == EventType::CasualtyReport));
}

#[test]
fn year_level_armed_mentions_merge_only_on_a_shared_place_or_actor() {
    let a = "مقال أول\nسيطر مسلحون على مدينة كيدال عام 2012 بعد معارك.\n";
    let b = "مقال ثان\nوقعت معارك في كيدال عام 2012 بين الجيش والمتمردين.\n";
    let d = "مقال ثالث\nشهدت بوركينا فاسو هجمات عام 2012 على مراكز حدودية.\n";
    let mut c = corpus(&[("a.txt", a, None), ("b.txt", b, None), ("d.txt", d, None)]);
    let ex = super::extract(&mut c);
    let y2012: Vec<_> = ex.events.iter().filter(|e| starts_on(e, "2012")).collect();
    assert_eq!(y2012.len(), 2, "{:?}", y2012.iter().map(|e| (&e.title, e.source_count())).collect::<Vec<_>>());
    assert!(y2012.iter().any(|e| e.source_count() == 2 && e.places.contains(&"Kidal".to_string())));
}

/// The time texts of every mention extracted from `text` published on `published`.
pub(super) fn mention_texts(text: &str, published: &str) -> Vec<String> {
    let mut c = corpus(&[("a.txt", text, Some(published))]);
    let ex = super::extract(&mut c);
    ex.events.iter().flat_map(|e| &e.mentions).map(|m| m.time_text.clone()).collect()
}

#[test]
fn every_dated_clause_is_a_mention_even_without_a_trigger_word() {
    let text = "\
عنوان عن المحكمة في باماكو
أصدرت محكمة في باماكو يوم 4 مارس حكما بسجن ثلاثة متهمين.
وعاد الصحفيون إلى مكاتبهم في المدينة يوم الأحد.
";
    let got = mention_texts(text, "2019-03-12");
    assert!(got.iter().any(|t| t.contains("4 مارس")), "{got:?}");
    assert!(got.iter().any(|t| t.contains("الأحد")), "{got:?}");
    // the plain clause is typed `other`
    let mut c = corpus(&[("a.txt", text, Some("2019-03-12"))]);
    let ex = super::extract(&mut c);
    assert!(ex.events.iter().any(|e| e.event_type == EventType::Other));
}

#[test]
fn stamps_labels_and_wire_datelines_are_not_mentions() {
    let text = "\
عنوان عن الحكومة في نيامي
نيامي 3 فبراير 2022 (أ ف ب) - قالت الحكومة إنها ستعلن قرارها قريبا.
آخر تحديث: 3 فبراير 2022
الجولة الأولى | 14 يناير
وقالت الحكومة إن الوزير سافر إلى باريس يوم 1 فبراير.
";
    let got = mention_texts(text, "2022-02-03");
    assert_eq!(got, vec!["1 فبراير".to_string()], "only the clause with a verb");
    // a stamp's words after a determiner are a noun's (accents folded, `un poste le` reads as
    // `posté le`): the attack on a post is an event, the page's stamp is not
    let text =
        "Titre\nPosté le 3 février 2022\nDes jihadistes ont attaqué un poste le week-end dernier près de Mopti.\n";
    assert_eq!(mention_texts(text, "2022-02-09"), vec!["week-end dernier".to_string()]);
}

#[test]
fn publication_dates_are_never_borrowed_from_another_event_nor_against_the_article_s_own_date() {
    // a wire story gives an attack in Gao on Tuesday 4 June 2019
    let wire = "هجوم في غاو\nهاجم مسلحون معسكرا للجيش في غاو يوم الثلاثاء 4 يونيو 2019 وقتل عدد من الجنود.\n";
    // an article whose first line gives its own full date: a Tuesday in it is its own Tuesday
    let own = "غاو\nالأربعاء 12 مارس 2014\nهاجم مسلحون موقعا للجيش في غاو يوم الثلاثاء وقتل جنديان.\n";
    // an election in Gao on a Tuesday is not the attack
    let other_kind = "انتخابات في غاو\nصوت الناخبون في انتخابات محلية في غاو يوم الثلاثاء وسط إجراءات أمنية.\n";
    // an article that names nothing after March 2013 is not published in 2019
    let older =
        "غاو\nسيطر المسلحون على غاو في مارس 2013 بعد معارك.\nوهاجم مسلحون معسكرا للجيش في غاو يوم الثلاثاء وقتل جنود.\n";
    // a report with nothing but a weekday, about one of two attacks on Gao on a Tuesday: ambiguous
    let either = "غاو\nهاجم مسلحون معسكرا للجيش في غاو يوم الثلاثاء بحسب مصادر محلية.\n";
    // the attack on Ménaka, the day after: inferred, with its evidence and confidence
    let menaka = "ميناكا\nهاجم مسلحون قاعدة للجيش في ميناكا يوم الأحد 9 يونيو 2019.\n";
    let next_day = "ميناكا\nقال الجيش إن مسلحين هاجموا قاعدة في ميناكا أمس وقتلوا جنودا.\n";
    let mut c = corpus(&[
        ("wire.txt", wire, None),
        ("own.txt", own, None),
        ("kind.txt", other_kind, None),
        ("older.txt", older, None),
        ("either.txt", either, None),
        ("menaka.txt", menaka, None),
        ("next.txt", next_day, None),
    ]);
    let _ = super::extract(&mut c);
    let p = |i: usize| if i == 1 { c.documents[i].published.clone() } else { c.documents[i].suggested.clone() };
    assert_eq!(p(1).map(|p| (p.date.to_string(), p.basis)), Some(("2014-03-12".into(), PublishedBasis::Dateline)));
    assert!(c.documents[6].published.is_none(), "a suggestion changes nothing until accepted");
    assert!(p(2).is_none_or(|p| p.not_before), "an election is another event: {:?}", p(2));
    assert!(p(3).is_none_or(|p| p.date.to_string().as_str() < "2015"), "not after the years it names: {:?}", p(3));
    assert!(p(4).is_none(), "two attacks on Gao on a Tuesday: {:?}", p(4));
    let next = p(6).expect("inferred from the same attack");
    assert_eq!((next.date.to_string(), next.basis), ("2019-06-10".into(), PublishedBasis::Inferred));
    assert!(next.note.contains("menaka.txt") && next.note.contains("confidence"), "{}", next.note);
}

#[test]
fn a_plain_clause_joins_the_typed_event_it_describes() {
    // the attack, then a clause without a trigger word about the same day and town
    let text = "\
هجوم على موبتي
هاجم مسلحون مركزا للشرطة في موبتي يوم الأحد 7 أبريل 2019.
وشهدت شوارع موبتي يوم الأحد 7 أبريل 2019 حالة من الذعر بين السكان.
وفي 9 أبريل 2019 زار الوزير العاصمة باماكو.
";
    let mut c = corpus(&[("a.txt", text, Some("2019-04-10"))]);
    let ex = super::extract(&mut c);
    let attack = ex.events.iter().find(|e| e.event_type == EventType::Attack).expect("attack");
    assert_eq!(
        attack.mentions.len(),
        2,
        "{:?}",
        ex.events.iter().map(|e| (&e.title, e.mentions.len())).collect::<Vec<_>>()
    );
    // another day stays its own event
    assert!(ex.events.iter().any(|e| starts_on(e, "2019-04-09") && e.mentions.len() == 1));
}

#[test]
fn the_place_of_an_event_is_where_it_happens_and_countries_that_act_are_actors() {
    let one_event = |text: &str, published: &str| {
        let mut c = corpus(&[("a.txt", text, Some(published))]);
        let ex = super::extract(&mut c);
        assert_eq!(ex.events.len(), 1, "{:?}", ex.events.iter().map(|e| &e.title).collect::<Vec<_>>());
        ex.events[0].clone()
    };
    // a country that intervenes elsewhere acts there
    let e = one_event("عنوان\nتدخلت فرنسا عسكريا في مالي يوم 11 يناير 2013 بطلب من حكومتها.\n", "2013-01-12");
    assert!(e.title.ends_with("in Mali"), "{}", e.title);
    assert!(
        e.actors.contains(&"France".to_string()) && !e.places.contains(&"France".to_string()),
        "{:?} {:?}",
        e.actors,
        e.places
    );
    // three countries leaving an organisation: none of them is where it happens
    let e = one_event(
        "عنوان\nأعلنت مالي والنيجر وبوركينا فاسو يوم 28 يناير 2024 انسحابها من المجموعة الاقتصادية.\n",
        "2024-01-29",
    );
    assert!(!e.title.contains(" in Niger") && !e.title.contains(" in Mali"), "{}", e.title);
    // a distance from a town is not in the town
    let e = one_event("عنوان\nهاجم مسلحون قافلة على بعد 40 ميلا من نيامي يوم 3 مايو 2021.\n", "2021-05-04");
    assert!(!e.title.contains("Niamey"), "{}", e.title);
    // a country that witnesses an event is where it happens
    let e = one_event("عنوان\nشهدت مالي يوم 18 أغسطس 2020 انقلابا عسكريا.\n", "2020-08-19");
    assert_eq!(e.title, "Coup in Mali");
}

#[test]
fn arrests_on_the_day_of_a_coup_in_the_same_place_are_the_coup() {
    let a = "عنوان\nأطاح عسكريون بالرئيس في انقلاب في باماكو يوم 18 أغسطس 2020.\n";
    let b = "عنوان\nاعتقل جنود متمردون الرئيس ورئيس الوزراء في باماكو يوم 18 أغسطس 2020.\n";
    let c = "عنوان\nاعتقلت الشرطة صحفيين في نيامي يوم 18 أغسطس 2020.\n";
    let mut corpus = corpus(&[("a.txt", a, None), ("b.txt", b, None), ("c.txt", c, None)]);
    let ex = super::extract(&mut corpus);
    let coup = ex.events.iter().find(|e| e.event_type == EventType::Coup).expect("coup");
    assert_eq!(
        coup.source_count(),
        2,
        "{:?}",
        ex.events.iter().map(|e| (&e.title, e.source_count())).collect::<Vec<_>>()
    );
    assert!(ex.events.iter().any(|e| e.title.contains("Niamey")), "arrests elsewhere stay apart");
}

#[test]
fn gunfire_arrests_and_the_reports_of_a_coup_day_are_one_coup_across_languages() {
    // a French report of the coup, an Arabic report of gunfire and a French one of arrests with
    // no place named: one coup; gunfire the same day in a town apart stays its own event
    let a = "Titre\nDes militaires ont pris le pouvoir par un coup d'État le mardi 18 août 2020 à Bamako. Vers 16h ce mardi 18 août 2020, ils ont investi la télévision nationale.\n";
    let b = "عنوان\nسُمع إطلاق نار كثيف في معسكر للجيش قرب العاصمة صباح يوم 18 أغسطس 2020.\n";
    let c = "Titre\nLes événements du mardi 18 août 2020 ont conduit à l'arrestation du chef de l'État.\n";
    let d = "عنوان\nسُمع إطلاق نار في تمبكتو يوم 18 أغسطس 2020.\n";
    let mut corpus = corpus(&[("a.txt", a, None), ("b.txt", b, None), ("c.txt", c, None), ("d.txt", d, None)]);
    let ex = super::extract(&mut corpus);
    let titles = ex.events.iter().map(|e| (&e.title, e.source_count())).collect::<Vec<_>>();
    let coup = ex.events.iter().find(|e| e.event_type == EventType::Coup).expect("coup");
    assert_eq!(coup.source_count(), 3, "{titles:?}");
    assert_eq!(ex.events.len(), 2, "nothing of the coup's day left apart: {titles:?}");
    assert!(ex.events.iter().any(|e| e.title.contains("Timbuktu")), "gunfire in a town apart stays apart: {titles:?}");
}

#[test]
fn an_inferred_publication_date_is_not_before_the_days_the_article_writes() {
    // the wire dates the arrests on Monday 24 May 2021; the report names them "Monday" and the
    // release "Thursday 27 May": it was published on the 27th or later, not on the Monday
    let wire = "عنوان\nاعتقل الجيش الرئيس ورئيس الوزراء في كاتي يوم الاثنين 24 مايو 2021.\n";
    let report =
        "عنوان\nأطلق الجيش يوم الخميس 27 مايو سراح الرئيس ورئيس الوزراء اللذين اعتقلهما الجيش الاثنين في كاتي.\n";
    let mut c = corpus(&[("wire.txt", wire, None), ("report.txt", report, None)]);
    let _ = super::extract(&mut c);
    let p = c.documents[1].suggested.as_ref().expect("suggested");
    assert_eq!((p.date.to_string(), p.basis), ("2021-05-27".into(), PublishedBasis::Inferred), "{}", p.note);
}

#[test]
fn the_day_of_the_passage_is_not_a_background_date_and_photo_credits_are_no_events() {
    let text = "\
Titre
L'indépendance a été proclamée le 22 septembre 1960 à Bamako.
Les militaires devaient être jugés le jour même dans une affaire de corruption.
Gao, dans le nord du Mali, le 17 février 2013. - JEAN DUPONT / AFP
";
    let got = mention_texts(text, "2024-09-18");
    assert!(
        !got.iter().any(|t| t.contains("jour même")),
        "a day 64 years before publication is no 'same day': {got:?}"
    );
    // with a day of the article's own time before the background date, that day
    let text = "Titre\nL'école de gendarmerie a été attaquée le 17 septembre 2024.\nL'indépendance a été proclamée le 22 septembre 1960.\nLes militaires devaient être jugés le jour même.\n";
    let mut c = corpus(&[("a.txt", text, Some("2024-09-18"))]);
    let ex = super::extract(&mut c);
    let same = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("jour même")).expect("mention");
    assert_eq!(same.when.unwrap().iso_start(), "2024-09-17");
    assert!(!got.iter().any(|t| t.contains("17 février 2013")), "a photo's caption: {got:?}");
}

#[test]
fn with_only_a_lower_bound_on_publication_a_month_last_is_resolved_and_a_weekday_is_not() {
    let text = "\
Titre sur la mission européenne
Un premier paragraphe sans date sur la situation sécuritaire au centre du pays.
L'armée a déployé des renforts à Sévaré le 3 janvier 2022, selon un communiqué.
En décembre dernier, l'Union européenne a suspendu sa mission de formation.
Samedi, un camp militaire a été attaqué près de Mopti.
Un dernier paragraphe sans date sur les réactions.
";
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    let p = c.documents[0].published.as_ref().expect("a lower bound");
    assert!(p.not_before, "{p:?}");
    let dec =
        ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("décembre dernier")).expect("mention");
    assert_eq!(dec.when.unwrap().iso_start(), "2021-12");
    assert!(
        ex.undated.iter().flat_map(|e| &e.mentions).any(|m| m.time_text.contains("Samedi")),
        "a weekday is not fixed by a lower bound"
    );
}

#[test]
fn a_month_last_after_a_background_year_counts_back_from_the_article_s_day() {
    let text = "\
عنوان عن الإفراج عن الجنود
فقرة أولى بلا تاريخ عن الوضع الأمني في وسط البلاد.
أفرجت السلطات يوم الجمعة 10 يناير 2014 عن جنود في مالي، حسب مصدر أمني.
وكان القائد الذي أطاح في 22 مارس 2012 بالرئيس قد اعتقل في 27 نوفمبر الماضي بتهمة الخطف.
";
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    assert!(c.documents[0].published.as_ref().is_some_and(|p| p.not_before), "{:?}", c.documents[0].published);
    let nov = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("نوفمبر")).expect("mention");
    assert_eq!(nov.when.unwrap().iso_start(), "2013-11-27");
}

#[test]
fn the_last_troops_leaving_is_a_withdrawal_and_a_force_s_route_through_two_towns_is_one_event() {
    let a = "عنوان\nغادر آخر العسكريين الفرنسيين في قوة برخان مالي يوم الاثنين 15 أغسطس 2022 متوجهين إلى النيجر.\n";
    let b = "Titre\nLes derniers soldats de la force Barkhane ont quitté Gao le lundi 15 août 2022, avant de franchir la frontière à Labbezanga.\nLe même jour, les derniers soldats de Barkhane ont franchi la frontière à Ménaka.\n";
    let mut corpus = corpus(&[("a.txt", a, None), ("b.txt", b, None)]);
    let ex = super::extract(&mut corpus);
    let titles = ex.events.iter().map(|e| (&e.title, e.event_type, e.source_count())).collect::<Vec<_>>();
    assert_eq!(ex.events.len(), 1, "{titles:?}");
    assert_eq!(ex.events[0].event_type, EventType::Withdrawal, "{titles:?}");
}

#[test]
fn a_wire_dateline_without_its_year_is_no_event() {
    let text = "Titre\nGao, 3 mars (Reuters) - Des hommes armés ont attaqué un poste de police mercredi, selon une source sécuritaire.\n";
    let got = mention_texts(text, "2021-03-03");
    assert!(!got.iter().any(|t| t.contains("3 mars")), "{got:?}");
    assert!(got.iter().any(|t| t.contains("mercredi")), "{got:?}");
    // rejected as a dateline, not as a photo's caption
    let c = corpus(&[("a.txt", text, Some("2021-03-03"))]);
    let scan = super::draft::scan_document(&c.documents[0], Lexicon::builtin());
    let first = scan.drafts.iter().find(|d| d.paragraph == 1).expect("the dateline's date");
    assert_eq!(first.rejected, Some(super::draft::Rejection::WireDateline));
}

#[test]
fn that_day_after_a_month_is_in_that_month_and_the_claim_joins_the_attack_it_claims() {
    let text = "\
عنوان عن كمين في وسط مالي
قتل جنود ماليون يوم 3 أغسطس 2015 في كمين قرب نامبالا.
وكانت ثكنة في نامبالا قد تعرضت لهجوم في كانون الثاني/يناير 2015.
ويومها تبنى الهجوم تنظيم القاعدة في بلاد المغرب الإسلامي.
";
    let mut c = corpus(&[("a.txt", text, Some("2015-08-04"))]);
    let ex = super::extract(&mut c);
    let claim = ex
        .events
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .find(|(_, m)| m.time_text.contains("يومها"))
        .expect("a mention of that day");
    assert_eq!(claim.1.when.unwrap().iso_start(), "2015-01");
    assert!(!claim.0.places.iter().any(|p| p == "Morocco"), "the Islamic Maghreb is not Morocco: {:?}", claim.0.places);
    assert!(
        claim.0.mentions.iter().any(|m| m.time_text.contains("كانون الثاني")),
        "the claim joins the January attack: {}",
        claim.0.title
    );
}

#[test]
fn a_close_repeat_adds_the_dates_it_gives_and_no_other() {
    // the lead is repeated lower down (as pages do in their summaries) with its day added
    let lead =
        "وأعلنت حكومة النيجر الإفراج عن ثلاثين من جنودها المحتجزين لدى مالي منذ شهور في إطار اتفاق جديد مع الوسطاء.";
    let repeat = "  • وأعلنت حكومة النيجر، يوم الخميس، الإفراج عن ثلاثين من جنودها المحتجزين لدى مالي منذ شهور في إطار اتفاق جديد مع الوسطاء.";
    let text =
        format!("النيجر تستعيد جنودها\n{lead}\nوقال مسؤولون إن الجنود وصلوا إلى نيامي مساء اليوم نفسه.\n{repeat}\n");
    let mut c = corpus(&[("a.txt", &text, Some("2024-06-15"))]);
    assert_eq!(c.documents[0].paragraphs[3].duplicate_of, Some(1), "the summary line is a close repeat of the lead");
    let ex = super::extract(&mut c);
    let mentions: Vec<_> = ex.events.iter().flat_map(|e| &e.mentions).collect();
    // Thursday before publication (Saturday 15 June 2024), from the repeat alone
    let thursday = mentions.iter().find(|m| m.time_text == "يوم الخميس").expect("the repeat's own date is read");
    assert_eq!(thursday.paragraph, 3);
    assert_eq!(thursday.when.unwrap().first_day().to_string(), "2024-06-13");
    // the repeat's other time words are the lead's (`منذ شهور`): not read twice
    assert!(
        mentions.iter().all(|m| m.paragraph != 3 || m.time_text == "يوم الخميس"),
        "{:?}",
        mentions.iter().map(|m| (m.paragraph, &m.time_text)).collect::<Vec<_>>()
    );
}

#[test]
fn a_day_and_month_without_a_year_take_the_year_before_the_article_not_a_background_year() {
    // no publication date: only a lower bound, the latest day the text gives (9 January 2015)
    let text = "\
الإفراج عن معتقلين في باماكو
أفرجت السلطات في باماكو يوم الجمعة 9 يناير 2015 عن عشرين معتقلا بعد أسابيع من التحقيق.
وكانت السلطات قد أعلنت حالة الطوارئ في 20 نوفمبر 2012 بعد هجمات في الشمال.
وفي يوم 6 ديسمبر، بعد أسبوع على بدء التحقيق، اعتقلت الشرطة عشرين شخصا في باماكو.
";
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    let m = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.time_text.contains("6 ديسمبر")).expect("dated");
    // December before the article, whichever day of the month after 9 January it appeared on;
    // not 2012, the year of the background date named in between
    assert_eq!(m.when.unwrap().first_day().to_string(), "2014-12-06");
}

#[test]
fn a_site_header_shaped_like_a_dateline_is_not_an_event_even_when_another_line_is_the_dateline() {
    // the site's header carries the day the page was read; the article's own stamp (with its
    // clock time) is the dateline
    let text = "\
الخميس 3 أكتوبر 2024 الرباط المغرب
انسحاب آخر القوات من قاعدة في شمال مالي
غادرت آخر القوات الأجنبية قاعدتها في تمبكتو يوم الاثنين 14 أغسطس 2023 بعد عشر سنوات من الوجود.
14 أغسطس 2023 17:40
";
    let mut c = corpus(&[("a.txt", text, None)]);
    let ex = super::extract(&mut c);
    let mentions: Vec<_> = ex.events.iter().flat_map(|e| &e.mentions).collect();
    assert!(
        mentions.iter().all(|m| m.paragraph != 0),
        "the header's date is an event: {:?}",
        mentions.iter().map(|m| &m.time_text).collect::<Vec<_>>()
    );
    assert!(
        mentions.iter().any(|m| m.when.is_some_and(|w| w.first_day().to_string() == "2023-08-14")),
        "the withdrawal is kept"
    );
}

#[test]
fn an_event_named_after_apres_or_baad_is_the_reference_of_a_date_not_what_it_dates() {
    // the announcement is the reference; the date dates the crossing (a withdrawal reported
    // in the next sentence), so the two are one event
    let fr = "\
Départ des derniers soldats
Six mois après l'annonce du président, les derniers soldats ont passé, dans la matinée du lundi 15 août, la frontière du Niger.
Les derniers soldats ont quitté le Mali lundi 15 août après neuf ans de présence.
";
    // the date inside the anchored phrase still dates it: the second coup, in 2021
    let ar = "\
رئيس حكومة جديد في مالي
وكان الرجل قد تولى منصب رئيس الحكومة بعد الانقلاب الثاني في مالي عام 2021 وواجه تحديات كبيرة.
";
    let mut c = corpus(&[("fr.txt", fr, Some("2022-08-16")), ("ar.txt", ar, Some("2024-11-21"))]);
    let ex = super::extract(&mut c);
    let crossing = ex.events.iter().find(|e| e.mentions.iter().any(|m| m.doc == 0 && m.paragraph == 1)).expect("dated");
    assert_ne!(crossing.event_type, EventType::Political, "not the announcement");
    assert!(
        crossing.mentions.iter().any(|m| m.doc == 0 && m.paragraph == 2),
        "one event with the withdrawal: {}",
        crossing.title
    );
    let coup = ex.events.iter().find(|e| e.mentions.iter().any(|m| m.doc == 1)).expect("dated");
    assert_eq!(coup.event_type, EventType::Coup);
}

#[test]
fn a_weekday_after_a_verb_with_its_object_is_a_date_not_a_back_reference() {
    // `استهدفها الأحد`: the verb and its pronoun cannot head a construct; the Sunday is the
    // attack's date even though the lead dates it too
    let text = "\
هجوم على قرية حدودية
قتل مسلحون عشرة مدنيين في هجوم على قرية قرب الحدود يوم الأحد.
وقال سكان القرية التي استهدفها الأحد مسلحون مجهولون إن المهاجمين أحرقوا المنازل.
";
    let mut c = corpus(&[("a.txt", text, Some("2024-09-23"))]);
    let (ex, scans) = super::extract_with_scans(&mut c);
    let d = scans[0].drafts.iter().find(|d| d.paragraph == 2).expect("recognized");
    assert!(!d.back_reference && d.rejected.is_none());
    let m = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.paragraph == 2).expect("a mention");
    assert_eq!(m.when.unwrap().first_day().to_string(), "2024-09-22");
}

#[test]
fn with_a_lower_bound_a_day_and_month_take_the_year_their_weekday_fits() {
    // published no earlier than 20 May 2021: `27 ماي` is May 2021 or, published before the
    // 27th, May 2020; Thursday 27 May is 2021, Wednesday 27 May is 2020
    let date_of = |weekday: &str| {
        let text = format!("خبر\nأطلق الجيش المالي يوم {weekday} 27 ماي، سراح الرئيس الانتقالي ورئيس الوزراء.\n");
        let mut c = corpus(&[("a.txt", &text, Some("2021-05-20"))]);
        if let Some(p) = c.documents[0].published.as_mut() {
            p.not_before = true;
        }
        let ex = super::extract(&mut c);
        ex.events
            .iter()
            .flat_map(|e| &e.mentions)
            .find(|m| m.time_text.contains("27"))
            .and_then(|m| m.when)
            .map(|w| w.iso_start())
    };
    assert_eq!(date_of("الخميس"), Some("2021-05-27".to_string()));
    assert_eq!(date_of("الأربعاء"), Some("2020-05-27".to_string()));
}

#[test]
fn a_future_word_looks_ahead_for_the_nearest_date_of_its_sentence_only() {
    // published on Thursday 15 August 2024: the court's Wednesday is the day before, though the
    // sentence goes on to a hearing "next" month
    let text = "Titre\nLa Cour a confirmé mercredi la condamnation du chef rebelle, qui sera rejugé en appel le 20 septembre prochain.\n";
    let got: Vec<(String, String)> = {
        let mut c = corpus(&[("a.txt", text, Some("2024-08-15"))]);
        let ex = super::extract(&mut c);
        ex.events.iter().flat_map(|e| &e.mentions).map(|m| (m.time_text.clone(), m.when.unwrap().iso_start())).collect()
    };
    assert!(got.contains(&("mercredi".into(), "2024-08-14".into())), "{got:?}");
    assert!(got.iter().any(|(t, d)| t.contains("20 septembre") && d == "2024-09-20"), "{got:?}");
}

#[test]
fn a_town_s_dateline_an_agency_s_stamp_a_photo_credit_and_a_site_credit_are_no_events() {
    let ar = "\
عنوان عن اجتماع في نيامي
( وكالة الأنباء / سبوتنيك - 12 مارس 2021) كتب المحرر.
صورة لمتظاهرين في ساحة الاستقلال بنيامي، 10 مارس 2021 (محمد علي/فرانس برس)
وقال الوزير إن الحكومة عقدت اجتماعا يوم 11 مارس 2021 مع النقابات.
";
    let got = mention_texts(ar, "2021-03-12");
    assert_eq!(got, vec!["11 مارس 2021".to_string()], "only the meeting");
    let fr = "\
Titre sur Niamey
Niamey, le 12 mars 2021 Le syndicat des enseignants a lancé une grève illimitée.
information fournie par Radio Sahel • 12/03/2021 à 18:40
Lundi, le 8 mars 2021, des enseignants ont manifesté devant le ministère.
Photo : des enseignants en grève défilent devant les bureaux du ministère à Niamey, le 9 mars 2021.
";
    let got = mention_texts(fr, "2021-03-12");
    assert!(got.iter().all(|t| t.contains("8 mars") || t == "Lundi"), "only the demonstration: {got:?}");
    assert!(got.iter().any(|t| t.contains("8 mars 2021")), "{got:?}");
}
