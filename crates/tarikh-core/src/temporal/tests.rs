//! Tests of recognition + resolution for every expression family, on sentences written for
//! the tests (other months, years, spellings, digits) as well as seed-like ones.

use chrono::NaiveDate;

use super::*;
use crate::lexicon::Lexicon;
use crate::text::tokenize;

/// (time text, start, end, precision) of every expression in `text`, resolved against `published`.
pub(super) fn dates(text: &str, published: Option<&str>) -> Vec<(String, String, String, String)> {
    let ctx = ResolveContext {
        published: published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap()),
        ..Default::default()
    };
    dates_in(text, &ctx)
}

/// (time text, start, end) of every expression in `text`, resolved against `published`.
pub(super) fn spans(text: &str, published: &str) -> Vec<(String, String, String)> {
    dates(text, Some(published)).into_iter().map(|(t, s, e, _)| (t, s, e)).collect()
}

/// (time text, start, end, precision) of every expression in `text`, resolved in `ctx`.
pub(super) fn dates_in(text: &str, ctx: &ResolveContext) -> Vec<(String, String, String, String)> {
    let lex = Lexicon::builtin();
    let toks = tokenize(text);
    let chars: Vec<char> = text.chars().collect();
    recognize(&toks, lex)
        .into_iter()
        .map(|e| {
            let t: String = chars[e.start..e.end].iter().collect();
            match resolve(&e.spec, ctx) {
                Some(r) => (t, r.when.iso_start(), r.when.iso_end(), r.when.precision.name().to_string()),
                None => (t, "-".into(), "-".into(), "-".into()),
            }
        })
        .collect()
}

fn one(text: &str, published: Option<&str>) -> (String, String, String) {
    let d = dates(text, published);
    assert_eq!(d.len(), 1, "{text}: {d:?}");
    (d[0].1.clone(), d[0].2.clone(), d[0].3.clone())
}

fn day(s: &str) -> (String, String, String) {
    (s.into(), s.into(), "day".into())
}

#[test]
fn gregorian_months_in_three_series_with_spelling_variants() {
    assert_eq!(one("وقع الانفجار في 3 كانون الثاني 2023 قرب دمشق", None), day("2023-01-03"));
    assert_eq!(one("أعلنت الحكومة يوم 5 جانفي 2021 حالة الطوارئ", None), day("2021-01-05"));
    assert_eq!(one("اندلعت الاشتباكات في 14 أوت 2019", None), day("2019-08-14"));
    assert_eq!(one("وقع الاتفاق في 28 فيفري 2015 بالجزائر", None), day("2015-02-28"));
    assert_eq!(one("وفي 9 إبريل 2016 أعلنت", None), day("2016-04-09"));
    assert_eq!(one("في 22 مارس/آذار 2012 أطاح عسكريون بالرئيس", None), day("2012-03-22"));
    assert_eq!(one("في 18 آب 2020 أطاح الجيش بالرئيس كيتا", None), day("2020-08-18"));
    assert_eq!(one("جرت الانتخابات في 29 تموز 2018", None), day("2018-07-29"));
    assert_eq!(one("انسحبت القوات في أيلول 2022", None), ("2022-09".into(), "2022-09".into(), "month".into()));
    assert_eq!(one("وقعت الهدنة في جويلية 2014", None), ("2014-07".into(), "2014-07".into(), "month".into()));
}

#[test]
fn numeric_and_mixed_dates_with_arabic_indic_digits() {
    assert_eq!(one("بتاريخ 17/09/2024 أعلن الجيش", None), day("2024-09-17"));
    assert_eq!(one("نشر في 2024-09-17", None), day("2024-09-17"));
    assert_eq!(one("الثلاثاء ١٧/سبتمبر/٢٠٢٤", None), day("2024-09-17"));
    assert_eq!(one("هاجم مسلحون قرية في ٥ مايو ٢٠٢٣", None), day("2023-05-05"));
    assert_eq!(one("وقع ذلك في ۱۲ يونيو ۲۰۲۳", None), day("2023-06-12"));
    // month first, as the number over 12 shows
    assert_eq!(one("نشر في 03/13/2022", None), day("2022-03-13"));
    assert_eq!(one("نشر في 13/03/2022", None), day("2022-03-13"));
    // month, day, comma, year
    assert_eq!(one("نشر في نوفمبر 12, 2025", None), day("2025-11-12"));
}

#[test]
fn day_month_takes_the_year_from_publication() {
    assert_eq!(one("في 17 سبتمبر، شنت الجماعة هجمات", Some("2024-09-20")), day("2024-09-17"));
    // a December date read in January is last year's
    assert_eq!(one("قصفت الطائرات المدينة في 28 ديسمبر", Some("2024-01-04")), day("2023-12-28"));
    assert_eq!(one("أعلنت السفارة إغلاق أبوابها يوم الجمعة، 20 سبتمبر", Some("2024-09-21")), day("2024-09-20"));
    // unknown publication and no year in context: unresolved, never guessed
    assert_eq!(one("أعلنت السفارة إغلاق أبوابها يوم الجمعة، 20 سبتمبر", None).2, "-");
}

#[test]
fn years_lists_and_qualifiers() {
    assert_eq!(one("منذ انقلاب عام 2012 الذي أدى", None), ("2012".into(), "2012".into(), "year".into()));
    assert_eq!(one("وأبرمت الجماعة اتفاق سلام مع باماكو في 2015", None), ("2015".into(), "2015".into(), "year".into()));
    assert_eq!(one("وفي 2015 وقعت", None).0, "2015");
    assert_eq!(one("منذ انقلاب 2021، زادت الحكومة", None).0, "2021");
    let two = dates("شهدت البلاد انقلابين عسكريين في عامي 2020 و2021، مما أدى", None);
    assert_eq!(two.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), vec!["2020", "2021"]);
    assert_eq!(two[1].0, "2021");
    let late = one("انسحبت من المحادثات في نهاية 2022", None);
    assert_eq!(late, ("2022-10".into(), "2022-12".into(), "year".into()));
    assert_eq!(one("في أوائل مارس 2023 سقطت", None), ("2023-03-01".into(), "2023-03-10".into(), "month".into()));
    assert_eq!(
        one("في منتصف يناير 2013 تدخلت فرنسا", None),
        ("2013-01-11".into(), "2013-01-20".into(), "month".into())
    );
    assert_eq!(one("مطلع 2024 أعلنت الدول الثلاث", None), ("2024-01".into(), "2024-03".into(), "year".into()));
}

#[test]
fn numbers_that_are_not_dates_stay_numbers() {
    assert!(dates("إطلاق نار متقطع بالقرب من المدينة الإدارية ACI 2000", None).is_empty());
    assert!(dates("سيطر الجهاديون على ما لا يقل عن 40٪ من أراضي بوركينا فاسو", None).is_empty());
    assert!(dates("أسفرت عن مقتل ما لا يقل عن 200 عسكري وتدمير 10 طائرات و20 آلية", None).is_empty());
    assert!(dates("نزح 2000 شخص من القرية", None).is_empty());
    assert!(dates("مجموعة دول الساحل الخمس (جي5)", None).is_empty());
}

#[test]
fn relative_to_publication() {
    let p = Some("2024-09-18");
    assert_eq!(one("هجوم منسق في العاصمة المالية باماكو أمس.", p), day("2024-09-17"));
    assert_eq!(one("وقع الهجوم أول أمس", p), day("2024-09-16"));
    assert_eq!(one("تعقد القمة غدا في نيامي", p), day("2024-09-19"));
    assert_eq!(one("في وقت سابق اليوم أعلن الجيش", p), day("2024-09-18"));
    assert_eq!(one("صباح اليوم سمع دوي انفجار", p), day("2024-09-18"));
    assert_eq!(one("في أوائل الشهر الماضي من اختطاف", p), ("2024-08-01".into(), "2024-08-10".into(), "month".into()));
    assert_eq!(one("وفقا لتقديرات أواخر العام الماضي", p), ("2023-10".into(), "2023-12".into(), "year".into()));
    assert_eq!(one("في أعقاب معركة في يوليو الماضي", p), ("2024-07".into(), "2024-07".into(), "month".into()));
    assert_eq!(one("في سبتمبر الماضي", Some("2024-09-18")), ("2023-09".into(), "2023-09".into(), "month".into()));
    assert_eq!(one("الشهر الماضي", p), ("2024-08".into(), "2024-08".into(), "month".into()));
    assert_eq!(one("العام الماضي", p), ("2023".into(), "2023".into(), "year".into()));
    assert_eq!(one("شهدت العاصمة هذا الأسبوع عملية", p), ("2024-09-12".into(), "2024-09-18".into(), "week".into()));
    // last week, said on a Wednesday: the calendar week before and the days since, up to
    // yesterday; a week ago: about that day, a day either side
    assert_eq!(one("الأسبوع الماضي", p), ("2024-09-09".into(), "2024-09-17".into(), "week".into()));
    assert_eq!(one("قتل جنديان قبل أسبوع", p), ("2024-09-10".into(), "2024-09-12".into(), "day".into()));
    assert_eq!(one("قبل ثلاثة أيام", p), day("2024-09-15"));
    assert_eq!(one("قتل جنديان قبل يومين", p), day("2024-09-16"));
    // relative expressions in an undated document stay undated
    assert_eq!(one("هجوم منسق في باماكو أمس", None).2, "-");
}

#[test]
fn weekdays() {
    // published Saturday 21 Sep 2024
    let p = Some("2024-09-21");
    assert_eq!(one("وهاجم مسلحون أكاديمية تدريب للشرطة والمطار يوم الثلاثاء", p), day("2024-09-17"));
    assert_eq!(one("أحدهما مقيم في باماكو، الخميس، إن عدد القتلى", p), day("2024-09-19"));
    assert_eq!(one("جنازات كانت ستقام الخميس الماضي", p), day("2024-09-19"));
    assert_eq!(
        one("الجنازة الخميس الماضي", Some("2024-09-19")),
        day("2024-09-12"),
        "last Thursday on a Thursday is a week ago"
    );
    assert_eq!(one("فجر الثلاثاء", p), day("2024-09-17"));
    assert_eq!(one("والجمعة", p).0, "2024-09-20", "a weekday with a glued و");
    assert_eq!(one("يعقد المجلس اجتماعه الأحد المقبل", p), day("2024-09-22"));
    // weekday equal to publication day is that day
    assert_eq!(one("سمع دوي إطلاق نار في ساعات مبكرة من صباح الثلاثاء", Some("2024-09-17")), day("2024-09-17"));
    let two = one("القتال الذي دار يومي الخميس والجمعة", p);
    assert_eq!(two, ("2024-09-19".into(), "2024-09-20".into(), "day".into()));
    // after an event noun, the day of that event (extraction drops it when the article dates
    // the event elsewhere); names and other nouns in construct are no dates
    assert_eq!(one("وأعلنت الجماعة مسؤوليتها عن هجوم الثلاثاء.", p), day("2024-09-17"));
    assert_eq!(one("اجتمعت الحكومة بعد مجزرة السبت في القرية", p), day("2024-09-21"));
    assert!(dates("بعد صلاة الجمعة خرج المتظاهرون", p).is_empty());
    assert!(dates("وزعت الجمعية حقيبة الأحد على الأطفال", p).is_empty());
    // after an adjective of an indefinite feminine noun (`بطائرة مسيرة`, a drone), a weekday is
    // the clause's day; after a noun in construct state (`صلاة الجمعة`) it is not
    assert_eq!(one("قتلت غارة بطائرة مسيرة الثلاثاء عشرة مدنيين", Some("2024-09-18")), day("2024-09-17"));
    // so is a feminine adjective after a plural (`معارك عنيفة`, `بجروح خطيرة`); after a
    // preposition the word in ة is a noun in construct (`في جلسة الثلاثاء`, Tuesday's session)
    assert_eq!(one("دارت معارك عنيفة الثلاثاء قرب المدينة", Some("2024-09-18")), day("2024-09-17"));
    assert_eq!(one("أصيب جندي بجروح خطيرة الثلاثاء قرب المدينة", Some("2024-09-18")), day("2024-09-17"));
    assert!(dates("تحدث النائب في جلسة الثلاثاء عن الميزانية", Some("2024-09-18")).is_empty());
}

#[test]
fn times_of_day() {
    let p = Some("2024-09-17");
    assert_eq!(
        one("بدأ حوالي الساعة 05:30 بتوقيت غرينتش", p),
        ("2024-09-17T05:30".into(), "2024-09-17T05:30".into(), "time".into())
    );
    assert_eq!(one("الثلاثاء 17/سبتمبر/2024 - 05:21 م", None).0, "2024-09-17T17:21");
    assert_eq!(one("دوى انفجار عند الخامسة صباحًا", p).0, "2024-09-17T05:00");
    assert_eq!(one("عند العاشرة ليلا", p).0, "2024-09-17T22:00");
    assert_eq!(one("في الساعة الثالثة والنصف مساء الأحد 15 سبتمبر 2024", None).0, "2024-09-15T15:30");
    let r = one("إطلاق نار بين منتصف الليل والرابعة صباحًا", p);
    assert_eq!((r.0.as_str(), r.1.as_str()), ("2024-09-17T00:00", "2024-09-17T04:00"));
    assert_eq!(one("عند منتصف الليل", p).0, "2024-09-17T00:00");
    // "today" with its weekday, then the hour after a comma or a parenthesis: one moment
    assert_eq!(one("وقع الانفجار اليوم الاثنين ، حوالي الساعة الرابعة صباحًا", Some("2024-09-16")).0, "2024-09-16T04:00");
    assert_eq!(one("عبرت القافلة الحدود اليوم (الاثنين) عند الساعة العاشرة", Some("2024-09-16")).0, "2024-09-16T10:00");
    // a bare number is no hour
    assert!(dates("قتل 5 جنود", p).is_empty());
}

#[test]
fn periods() {
    let p = Some("2024-09-18");
    let s = dates("وتخوض مالي منذ عام 2012 معارك واسعة", p);
    assert_eq!((s[0].1.as_str(), s[0].3.as_str()), ("2012", "year"));
    assert_eq!(
        one("دفعت الجماعة جنوبا على مدار العامين الماضيين", p),
        ("2022-09".into(), "2022-09".into(), "month".into())
    );
    assert_eq!(one("خلال الأشهر الثلاثة الماضية", p).0, "2024-06");
    // non-specific periods yield nothing
    for vague in [
        "منذ سنوات",
        "منذ عدة سنوات",
        "في الآونة الأخيرة",
        "حتى وقت قريب",
        "في السنوات الأخيرة",
        "على مدار السنوات الماضية",
        "قبل أكثر من 10 سنوات",
        "والسؤال الذي يفرض نفسه اليوم",
        "تقف مالي اليوم على حافة المجهول",
    ] {
        assert!(dates(vague, p).is_empty(), "{vague}");
    }
}

#[test]
fn hijri_dates_are_converted() {
    let y = one("في عام 1446 هـ", None);
    assert!(y.0.starts_with("2024-07-0"), "{y:?}");
    assert!(y.1.starts_with("2025-06-2"), "{y:?}");
    // the weekday written beside it settles the day (17 September 2024 was a Tuesday)
    assert_eq!(one("الثلاثاء 14 ربيع الأول 1446هـ", None), day("2024-09-17"));
    assert_eq!(one("يوم الثلاثاء 10 شوال 1446 هـ", None), day("2025-04-08"));
    let m = one("في رمضان 1445", None);
    assert!(m.0.starts_with("2024-03-1"), "{m:?}");
}

#[test]
fn clitics_and_punctuation_do_not_hide_expressions() {
    assert_eq!(one("أعلن الجيش المالي، الثلاثاء 17 سبتمبر 2024، أنه", None), day("2024-09-17"));
    assert_eq!(one("وفي2015 تم", None).0, "2015");
    assert_eq!(one("منذ عام 2012، ظلت", None).0, "2012");
    assert_eq!(one("وقعت (2019) الحادثة", None).0, "2019");
}

#[test]
fn ordinal_days_and_days_with_min() {
    assert_eq!(one("هددت المجموعة في العاشر من أغسطس/آب 2023 بالتدخل", None), day("2023-08-10"));
    assert_eq!(one("دخل القرار حيز التنفيذ في الأول من يناير 2022", None), day("2022-01-01"));
    assert_eq!(one("قتل جنود في الثالث والعشرين من يونيو 2024", None), day("2024-06-23"));
    assert_eq!(one("وفي الحادي عشر من مارس 2021 أعلن", None), day("2021-03-11"));
    assert_eq!(one("وقع الهجوم في الـ17 من سبتمبر/أيلول الجاري", Some("2024-09-20")), day("2024-09-17"));
    assert_eq!(one("وصلت القوات في 4 من فبراير 2013", None), day("2013-02-04"));
    // a feminine ordinal is a clock hour, not a day
    let d = dates("عند العاشرة من مساء الأحد", Some("2024-09-19"));
    assert_eq!((d.len(), d[0].1.as_str(), d[0].3.as_str()), (1, "2024-09-15T22:00", "time"), "{d:?}");
    let d = dates("في الخامسة من صباح الثلاثاء", Some("2024-09-19"));
    assert_eq!((d.len(), d[0].1.as_str()), (1, "2024-09-17T05:00"), "{d:?}");
}

#[test]
fn ranges_of_days_within_and_across_months() {
    let range = |a: &str, b: &str| (a.to_string(), b.to_string(), "day".to_string());
    assert_eq!(one("استمرت المعارك من 25 إلى 27 يوليو الجاري", Some("2024-07-29")), range("2024-07-25", "2024-07-27"));
    assert_eq!(one("دارت معارك بين 3 و5 مارس 2023", None), range("2023-03-03", "2023-03-05"));
    assert_eq!(one("جرت الانتخابات في 12-14 فبراير 2021", None), range("2021-02-12", "2021-02-14"));
    // four days or more: the first day (long_range_tests.rs)
    assert_eq!(one("في الفترة من 10 حتى 15 مايو 2024", None), day("2024-05-10"));
    assert_eq!(one("في الفترة من 10 حتى 13 مايو 2024", None), day("2024-05-10"));
    assert_eq!(one("في الفترة من 10 حتى 12 مايو 2024", None), range("2024-05-10", "2024-05-12"));
    assert_eq!(one("بين 28 ديسمبر و2 يناير 2024", None), day("2023-12-28"));
    assert_eq!(one("بين 30 ديسمبر و2 يناير 2024", None), day("2023-12-30"));
    assert_eq!(one("بين 31 ديسمبر و2 يناير 2024", None), range("2023-12-31", "2024-01-02"));
    // not a range: the second number is smaller, or a count follows
    assert_eq!(one("من 27 إلى 25 يوليو 2024", None), day("2024-07-25"));
}

#[test]
fn month_of_a_year_counted_from_publication() {
    let month = |m: &str| (m.to_string(), m.to_string(), "month".to_string());
    assert_eq!(one("في يناير/كانون الثاني من العام الماضي", Some("2024-09-19")), month("2023-01"));
    assert_eq!(one("في مارس من العام الجاري", Some("2024-09-19")), month("2024-03"));
    assert_eq!(one("في 5 مارس من العام المقبل", Some("2024-09-19")), day("2025-03-05"));
    assert_eq!(one("في سبتمبر من عام 2023", None), month("2023-09"));
    // without a publication date the year is unknown
    assert_eq!(dates("في يناير من العام الماضي", None)[0].1, "-");
}

#[test]
fn the_night_between_two_weekdays_is_one_span() {
    assert_eq!(
        one("وقع الهجوم ليل الأحد الاثنين", Some("2024-09-19")),
        ("2024-09-15".into(), "2024-09-16".into(), "day".into())
    );
    assert_eq!(
        one("وقع الهجوم ليلة الأحد إلى الاثنين", Some("2024-09-19")),
        ("2024-09-15".into(), "2024-09-16".into(), "day".into())
    );
    // written as a pair
    assert_eq!(
        one("نفذت الغارة ليل الثلاثاء-الأربعاء", Some("2024-09-19")),
        ("2024-09-17".into(), "2024-09-18".into(), "day".into())
    );
    assert_eq!(
        one("نفذت الغارة ليلة الثلاثاء/الأربعاء", Some("2024-09-19")),
        ("2024-09-17".into(), "2024-09-18".into(), "day".into())
    );
    // two days that do not follow each other are not a night between them: the first is a
    // night of its own (its eve or its night, below)
    let apart = dates("نفذت الغارة ليل الثلاثاء-الخميس", Some("2024-09-19"));
    assert_eq!((apart[0].1.as_str(), apart[0].2.as_str()), ("2024-09-16", "2024-09-17"), "{apart:?}");
    // and across the end of a month: one night, not two dates
    assert_eq!(
        one("أسقطت طائرة مسيرة ليلة 31 مارس إلى 1 أبريل", Some("2025-04-08")),
        ("2025-03-31".into(), "2025-04-01".into(), "day".into())
    );
    // and two days of one month (`ليل 11 إلى 12 مارس`): the night, not the second day alone
    assert_eq!(
        one("هاجم مسلحون مركزا للشرطة ليل 11 إلى 12 مارس", Some("2025-03-13")),
        ("2025-03-11".into(), "2025-03-12".into(), "day".into())
    );
    // a night named by one day is its eve or its own night, as writers differ: both days
    let two = |a: &str, b: &str| (a.to_string(), b.to_string(), "day".to_string());
    assert_eq!(one("هاجم مسلحون ليلة الاثنين قرية", Some("2024-09-19")), two("2024-09-15", "2024-09-16"));
    assert_eq!(one("انفجرت عبوة ليل الأحد قرب غاو", Some("2024-09-19")), two("2024-09-14", "2024-09-15"));
    assert_eq!(one("أسقطت طائرة ليلة 1 يناير 2024", None), two("2023-12-31", "2024-01-01"));
    // the French `dans la nuit de lundi` keeps its one day
    assert_eq!(one("des tirs ont éclaté dans la nuit de lundi", Some("2024-09-19")), day("2024-09-16"));
}

#[test]
fn a_day_of_a_relative_month_counts_from_publication() {
    // `الماضي` after a day and month: the last such day before publication, even when the
    // paragraph names a later year
    assert_eq!(one("بعد استفتاء نظم في 18 يونيو (حزيران) الماضي", Some("2023-09-26")), day("2023-06-18"));
    assert_eq!(one("وقع في 17 سبتمبر الماضي", Some("2024-09-20")), day("2024-09-17"));
    assert_eq!(one("وقع في 25 سبتمبر الماضي", Some("2024-09-20")), day("2023-09-25"));
    assert_eq!(one("تجري في 5 فبراير المقبل", Some("2024-09-20")), day("2025-02-05"));
    assert_eq!(one("في 12 من الشهر الجاري", Some("2023-09-26")), day("2023-09-12"));
    assert_eq!(one("في 30 من الشهر الماضي", Some("2023-09-26")), day("2023-08-30"));
}

#[test]
fn ordinals_after_a_noun_that_counts_something_else_are_no_days() {
    // (the first week of a month is its first seven days, not the 1st)
    assert_eq!(one("في الأسبوع الأول من يوليو 2024", None), ("2024-07-01".into(), "2024-07-07".into(), "month".into()));
    // (the second half of a month is its days from the 16th)
    assert_eq!(one("في النصف الثاني من أغسطس 2024", None), ("2024-08-16".into(), "2024-08-31".into(), "month".into()));
    assert_eq!(one("في اليوم الأول من رمضان 1445", None), day("2024-03-11"));
    assert_eq!(one("يوم الثلاثاء الموافق 17 سبتمبر 2024", None), day("2024-09-17"));
}

#[test]
fn last_night_is_the_day_before_publication() {
    assert_eq!(one("هاجم مسلحون الليلة الماضية قرية", Some("2024-09-19")), day("2024-09-18"));
    assert_eq!(one("وقع الانفجار الليلة قبل الماضية", Some("2024-09-19")), day("2024-09-17"));
}

#[test]
fn a_month_of_the_same_year_takes_the_year_from_context() {
    let lex = Lexicon::builtin();
    let text = "بعد توقيع أولي في الجزائر في مارس من العام نفسه";
    let e = recognize(&tokenize(text), lex);
    assert_eq!(e.len(), 1);
    let ctx = ResolveContext { year_hint: Some(2015), ..Default::default() };
    assert_eq!(resolve(&e[0].spec, &ctx).unwrap().when.iso_start(), "2015-03");
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[e[0].start..e[0].end].iter().collect::<String>(), "مارس من العام نفسه");
}

#[test]
fn today_as_an_adverb_in_parentheses_or_as_of() {
    let p = Some("2019-06-12");
    assert_eq!(one("وأعلن رؤساء الدول الثلاث، اليوم، توقيع ميثاق جديد", p), day("2019-06-12"));
    assert_eq!(one("قضت المحكمة اليوم (الأربعاء) بسجن المتهم", p), day("2019-06-12"));
    assert_eq!(one("يسري حظر التجول اعتبارا من اليوم في المدينة", p), day("2019-06-12"));
    // opening its sentence before a comma, it is an adverb too
    assert_eq!(one("اليوم، أعلنت الحكومة حالة الطوارئ في البلاد", p), day("2019-06-12"));
    assert_eq!(one("قتل جنديان في الهجوم. اليوم، أعلنت الحكومة الحداد", p), day("2019-06-12"));
    // alone, "today" is "nowadays"
    assert!(dates("تعيش المنطقة اليوم أزمة إنسانية حادة", p).is_empty());
    // set against yesterday, it is today
    let got = dates("توقفت المفاوضات أمس لتستأنف اليوم في العاصمة", p);
    assert_eq!(got.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), vec!["2019-06-11", "2019-06-12"]);
    // an article of Tuesday published on Wednesday: its "today, Tuesday" is Tuesday
    assert_eq!(one("قضت المحكمة اليوم الثلاثاء بسجن المتهم", p), day("2019-06-11"));
    assert_eq!(one("قضت المحكمة اليوم (الثلاثاء) بسجن المتهم", p), day("2019-06-11"));
}

#[test]
fn a_weekday_after_a_definite_word_is_a_date() {
    let p = Some("2019-06-12");
    assert_eq!(one("وأكدت الرئاسة الفرنسية الأحد أن الرهينة حرة", p), day("2019-06-09"));
    assert_eq!(one("وقتل عشرون شخصا وفق ما أعلنته البعثة الاثنين", p), day("2019-06-10"));
    // but not after an indefinite noun in construct state
    assert!(dates("وحضر مئات صلاة الجمعة في المسجد", p).is_empty());
}

#[test]
fn a_day_of_a_named_month_of_next_or_last_year_and_lists_of_days() {
    let p = Some("2023-05-26");
    assert_eq!(one("سيجري التصويت في 18 من شهر يونيو القادم", p), day("2023-06-18"));
    assert_eq!(one("اعتقل في 27 نوفمبر الماضي بتهمة التآمر", p), day("2022-11-27"));
    assert_eq!(one("سيوقع الاتفاق في 15 أيار المقبل", Some("2015-04-20")), day("2015-05-15"));
    assert_eq!(one("وقع في 9 أيار/ مايو الماضي", p), day("2023-05-09"));
    // a list of days is two dates; a range is one span
    let two = dates("الانتخابات المقررة في 4 و18 شباط/فبراير 2024", p);
    assert_eq!(two.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), vec!["2024-02-04", "2024-02-18"]);
    // three days, the conjunction written apart, the month once at the end: three dates
    let three = dates("تظاهر السكان أيام 3 و 7 و 9 مارس 2021 في العاصمة", p);
    assert_eq!(three.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(), vec!["2021-03-03", "2021-03-07", "2021-03-09"]);
    let range = dates("اجتمع الوسطاء بين 16 و 18 نيسان 2015 في الجزائر", p);
    assert_eq!(
        range.iter().map(|d| (d.1.as_str(), d.2.as_str())).collect::<Vec<_>>(),
        vec![("2015-04-16", "2015-04-18")]
    );
    let range = dates("اجتمع الوسطاء بين 16 و18 نيسان 2015 في الجزائر", p);
    assert_eq!(
        range.iter().map(|d| (d.1.as_str(), d.2.as_str())).collect::<Vec<_>>(),
        vec![("2015-04-16", "2015-04-18")]
    );
}

#[test]
fn the_day_the_passage_is_about() {
    let lex = Lexicon::builtin();
    let ctx = ResolveContext { day_hint: NaiveDate::from_ymd_opt(2019, 3, 3), ..Default::default() };
    for (text, want) in [
        ("وفي اليوم التالي وقع الطرفان الاتفاق", "2019-03-04"),
        ("وغرق القارب في ذلك اليوم قرب الضفة", "2019-03-03"),
        ("وفي اليوم نفسه هاجم مسلحون قرية", "2019-03-03"),
        ("وكان الوفد قد وصل في اليوم السابق", "2019-03-02"),
        // a part of that day, not of today
        ("واستأنف المطار نشاطه مساء اليوم ذاته", "2019-03-03"),
    ] {
        let e = recognize(&tokenize(text), lex);
        assert_eq!(e.len(), 1, "{text}");
        assert_eq!(resolve(&e[0].spec, &ctx).map(|r| r.when.iso_start()), Some(want.to_string()), "{text}");
    }
    // without a day to count from, it fixes nothing
    assert_eq!(one("وفي اليوم التالي وقع الطرفان الاتفاق", Some("2019-03-10")).0, "-");
}

#[test]
fn a_weekday_after_a_pronoun_suffix_is_a_date_but_not_after_a_noun_in_construct() {
    let p = Some("2020-07-15");
    assert_eq!(one("واستمرت المواجهات حوله الأحد", p), day("2020-07-12"));
    assert!(dates("وحضر الوزير حفلة الأحد في القصر", p).is_empty());
    // after the last word of a trigger phrase (`عبوة ناسفة`), as after a trigger word
    assert_eq!(one("واستهدفت عبوة ناسفة الأحد سيارة للشرطة", p), day("2020-07-12"));
}

#[test]
fn a_clock_time_written_with_a_comma() {
    let r = one("غادرت القافلة الحدود عند الساعة 13,00 بتوقيت باريس", Some("2022-08-15"));
    assert_eq!((r.0.as_str(), r.2.as_str()), ("2022-08-15T13:00", "time"));
}

#[test]
fn one_day_is_a_count_not_sunday() {
    // `واحد` without its glued و reads like `أحد` (Sunday): a number word is never a weekday
    assert!(dates("في أكبر خسارة لها في يوم واحد منذ سنوات", Some("2024-07-30")).is_empty());
    assert_eq!(one("وقع الهجوم يوم الأحد في القرية", Some("2024-07-30")), day("2024-07-28"));
}

#[test]
fn years_ago_are_the_month_so_many_years_back_about_and_last_year_is_a_year() {
    let p = Some("2016-09-27");
    assert_eq!(one("سلم نفسه للمحكمة قبل عام", p), ("2015-09".into(), "2015-09".into(), "month".into()));
    assert_eq!(one("elle a été enlevée il y a deux ans", p).0, "2014-09");
    assert_eq!(one("وقع ذلك العام الماضي", p), ("2015".into(), "2015".into(), "year".into()));
    let spec = recognize(&tokenize("قبل عام"), Lexicon::builtin()).remove(0).spec;
    let ctx = ResolveContext { published: NaiveDate::from_ymd_opt(2016, 9, 27), ..Default::default() };
    assert!(resolve(&spec, &ctx).expect("resolved").when.approximate, "about a year, not that month exactly");
}

#[test]
fn a_part_of_the_month_makes_an_ambiguous_name_a_month_and_al_fatih_is_the_first() {
    let p = Some("2025-04-10");
    assert_eq!(one("ووقع الهجوم في منتصف مارس.", p).0, "2025-03-11", "the middle third of March");
    assert!(one("وفي أواخر مايو هاجم مسلحون القرية", p).0.starts_with("2024-05"));
    // so does a preposition right before it (no verb follows one)
    assert_eq!(one("وستعقد القمة في مارس في نيامي.", p).0, "2025-03");
    // without either, `مارس` is still the verb "he practised"
    assert!(dates("ومارس الضغط على الحكومة", p).is_empty());
    assert!(dates("مارس في باماكو مهنة الصحافة", p).is_empty());
    assert_eq!(one("وسمع إطلاق نار مساء الفاتح من أبريل", p).0, "2025-04-01");
}

#[test]
fn a_clock_after_a_part_of_the_day_is_read_in_it_and_makes_a_weekday_a_day() {
    let p = Some("2025-04-10");
    // the evening's six is 18:00, in Arabic and in French; a night's two stays 02:00
    assert_eq!(one("سمع دوي إطلاق نار مساء الأربعاء حوالي الساعة السادسة", p).0, "2025-04-09T18:00");
    assert_eq!(one("des tirs ont été entendus mercredi soir vers 9 heures", p).0, "2025-04-09T21:00");
    assert_eq!(one("l'attaque a eu lieu dans la nuit de mardi, vers 2 heures", p).0, "2025-04-08T02:00");
    // a weekday after an indefinite noun is a name (`حفلة الأحد`) unless a clock follows it
    assert_eq!(one("انفجر لغم بقافلة الأربعاء عند الساعة السادسة والنصف صباحا", p).0, "2025-04-09T06:30");
    assert!(dates("وحضر الوزير حفلة الأحد في القصر", p).is_empty());
}

#[test]
fn a_range_of_weekdays_is_the_days_between() {
    let p = Some("2024-07-29");
    let span = |t: &str| {
        let r = one(t, p);
        (r.0, r.1)
    };
    let want = ("2024-07-25".to_string(), "2024-07-27".to_string());
    assert_eq!(span("les combats ont duré de jeudi à samedi près de la frontière"), want);
    assert_eq!(span("les combats ont duré du jeudi au samedi près de la frontière"), want);
    assert_eq!(span("دارت المعارك من الخميس إلى السبت قرب الحدود"), want);
    // one weekday after `de` is still one day
    assert_eq!(one("l'attaque de samedi a fait dix morts", p), day("2024-07-27"));
}

#[test]
fn the_week_month_or_year_before_last() {
    let p = Some("2025-05-27"); // a Tuesday
    assert_eq!(one("قتل خمسة جنود الأسبوع قبل الماضي", p), ("2025-05-12".into(), "2025-05-18".into(), "week".into()));
    assert_eq!(one("قتل خمسة جنود الشهر قبل الماضي", p).0, "2025-03");
    assert_eq!(one("قتل خمسة جنود العام قبل الماضي", p).0, "2023");
}

#[test]
fn the_last_so_many_hours_are_whole_days_back_from_publication() {
    let p = "2024-03-14";
    assert_eq!(one("قتل 40 شخصا خلال الـ24 ساعة الماضية", Some(p)).0, "2024-03-13");
    assert_eq!(one("خلال الساعات الـ48 الأخيرة", Some(p)).0, "2024-03-12");
    // a clock is no span, nor are a few hours
    assert!(!dates("وقع الهجوم الساعة 24 الماضية", Some(p)).iter().any(|d| d.1 == "2024-03-13"));
    assert!(dates("خلال الساعات الماضية", Some(p)).is_empty());
}

#[test]
fn a_set_weekday_is_the_coming_one_when_near_else_both_approximate() {
    let lex = Lexicon::builtin();
    let at = |published: &str| {
        let ctx = ResolveContext {
            published: Some(NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap()),
            scheduled: true,
            ..Default::default()
        };
        let e = recognize(&tokenize("اعتبارا من الجمعة"), lex).into_iter().next().unwrap();
        let w = resolve(&e.spec, &ctx).unwrap().when;
        (w.iso_start(), w.iso_end(), w.approximate)
    };
    // Wednesday 9 January 2013: the coming Friday
    assert_eq!(at("2013-01-09"), ("2013-01-11".into(), "2013-01-11".into(), false));
    // Saturday 12 January: the day before or six days on
    assert_eq!(at("2013-01-12"), ("2013-01-11".into(), "2013-01-18".into(), true));
}

#[test]
fn august_alone_is_a_month_father_alone_is_not() {
    // `أغسطس` has no other meaning: a month without a day or a year; `آب` (father) needs one
    assert_eq!(
        one("أقال الرئيس قائد الجيش في أغسطس", Some("2013-11-28")),
        ("2013-08".into(), "2013-08".into(), "month".into())
    );
    assert!(dates("زار آب المدينة", Some("2013-11-28")).is_empty());
}

#[test]
fn the_weekday_before_last_is_a_week_before_the_last_one() {
    // published on Monday 14 June 2021: last Thursday is the 10th, the one before it the 3rd
    assert_eq!(one("هاجم مسلحون المعسكر الخميس قبل الماضي", Some("2021-06-14")), day("2021-06-03"));
    assert_eq!(one("هاجم مسلحون المعسكر يوم الاثنين قبل الماضي", Some("2021-06-14")), day("2021-05-31"));
    assert_eq!(one("هاجم مسلحون المعسكر الخميس الماضي", Some("2021-06-14")), day("2021-06-10"));
}

#[test]
fn hours_ago_that_make_whole_days_are_those_days_back() {
    let p = Some("2024-03-13");
    let starts = |text: &str| dates(text, p).into_iter().map(|d| d.1).collect::<Vec<_>>();
    assert_eq!(starts("اغتيل رئيس القرية قبل 48 ساعة."), ["2024-03-11"]);
    assert_eq!(starts("Le chef du village a été assassiné il y a 48 heures."), ["2024-03-11"]);
    assert_eq!(starts("Il y a 24 heures, des tirs ont été entendus."), ["2024-03-12"]);
    // a few hours, or 30, are no count of days
    for text in ["Il y a 3 heures, des tirs ont été entendus.", "Il y a 30 heures, des tirs ont été entendus."] {
        assert!(starts(text).iter().all(|d| d == "-"), "{text}");
    }
    // hours counted from an event named are no date
    assert!(starts("وقع الهجوم قبل 48 ساعة من الانتخابات.").iter().all(|d| d == "-"));
}

#[test]
fn the_middle_of_a_week_or_a_month_in_french_is_its_mid_part() {
    let p = Some("2024-03-15");
    let starts = |text: &str| dates(text, p).into_iter().map(|d| d.1).collect::<Vec<_>>();
    assert_eq!(starts("L'armée a repris la localité en milieu de semaine."), ["2024-03-13"]);
    assert_eq!(starts("L'armée a repris la localité au milieu du mois de février."), ["2024-02-11"]);
    // the middle of a crowd is no time
    assert!(dates("Au milieu de la foule, un homme a crié.", p).is_empty());
}
