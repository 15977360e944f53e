//! Extraction on articles written for these tests (Niger, Burkina Faso; other months, years,
//! outlets and spellings; Arabic-Indic digits; a Windows-1256 file; a corpus.json manifest),
//! so that nothing here can pass by knowing the seeds.

use tarikh_core::corpus::{load_paths, LoadOptions, PublishedBasis, TextEncoding};
use tarikh_core::extract::extract;
use tarikh_core::model::{EventType, Precision};

mod common;

const NIAMEY_WIRE: &str = "\
انقلاب عسكري في النيجر
نيامي - أعلن عسكريون في النيجر مساء الأربعاء 26 يوليو/تموز 2023 الإطاحة بالرئيس محمد بازوم، وأغلقوا حدود البلاد.
وقال الجنرال عبد الرحمن تياني في كلمة بثها التلفزيون إن المجلس العسكري سيتولى السلطة.
وكانت إيكواس قد علقت عضوية مالي بعد انقلاب أغسطس 2020 في باماكو.
وفي بوركينا فاسو المجاورة، أطاح ضباط بالرئيس في انقلاب يوم ٢٤ كانون الثاني ٢٠٢٢ في واغادوغو.
";

const NIAMEY_FOLLOWUP: &str = "\
إيكواس تدين
أدانت المجموعة الاقتصادية لدول غرب أفريقيا الانقلاب الذي وقع في نيامي أمس، ودعت إلى الإفراج عن الرئيس.
وقالت المجموعة في بيان إنها لن تقبل بأي تغيير غير دستوري.
";

const OUAGA: &str = "\
بوركينا فاسو: انقلاب ثان في عام واحد
واغادوغو - أطاح الجيش في بوركينا فاسو بالسلطة في 30 سبتمبر 2022، في ثاني انقلاب خلال ذلك العام.
وتخوض البلاد منذ 2015 معارك مع الجماعات المسلحة في الشمال.
";

#[test]
fn own_articles_windows_1256_and_manifest() {
    let dir = common::temp_dir("own");
    std::fs::write(dir.join("a_wire.txt"), NIAMEY_WIRE).unwrap();
    // CRLF line ends and a BOM (Windows-1256 has no Arabic-Indic digits: those are in the wire)
    let mut followup = b"\xEF\xBB\xBF".to_vec();
    followup.extend(NIAMEY_FOLLOWUP.replace('\n', "\r\n").as_bytes());
    std::fs::write(dir.join("b_followup.txt"), followup).unwrap();
    let (cp1256, _, unmappable) = encoding_rs::WINDOWS_1256.encode(OUAGA);
    assert!(!unmappable);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/c_ouaga.txt"), &cp1256).unwrap();
    std::fs::write(
        dir.join("corpus.json"),
        r#"{"documents": [{"file": "a_wire.txt", "title": "Niger coup", "outlet": "Test Wire", "published": "2023-07-27", "url": "https://example.org/a"}]}"#,
    )
    .unwrap();

    let mut c = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
    assert!(c.skipped.is_empty(), "{:?}", c.skipped);
    assert_eq!(c.documents.len(), 3);
    let a = &c.documents[0];
    assert_eq!((a.title.as_str(), a.outlet.as_deref()), ("Niger coup", Some("Test Wire")));
    assert_eq!(a.published.as_ref().map(|p| p.basis), Some(PublishedBasis::Manifest));
    assert_eq!(c.documents[1].encoding, TextEncoding::Utf8Bom);
    assert!(!c.documents[1].paragraphs.iter().any(|p| p.text.ends_with('\r')));
    let ouaga = &c.documents[2];
    assert_eq!(ouaga.file, "sub/c_ouaga.txt");
    assert_eq!(ouaga.encoding, TextEncoding::Windows1256);
    assert!(c.notes.iter().any(|n| n.file == "sub/c_ouaga.txt" && n.reason.contains("Windows-1256")));

    let _ = extract(&mut c);
    // the follow-up's "yesterday" is the coup of 26 July: 27 July is suggested from the wire,
    // and taken only when accepted
    let s = c.documents[1].suggested.as_ref().unwrap();
    assert_eq!((s.date.to_string(), s.basis), ("2023-07-27".into(), PublishedBasis::Inferred));
    assert_eq!(s.from_file.as_deref(), Some("a_wire.txt"));
    assert!(c.documents[1].published.is_none());
    let ex = tarikh_core::extract::extract_accepting_suggestions(&mut c);
    let b = c.documents[1].published.as_ref().unwrap();
    assert_eq!((b.date.to_string(), b.basis), ("2023-07-27".into(), PublishedBasis::Inferred));

    let niger: Vec<_> = ex
        .events
        .iter()
        .filter(|e| e.event_type == EventType::Coup && e.when.unwrap().first_day().to_string() == "2023-07-26")
        .collect();
    assert_eq!(
        niger.len(),
        1,
        "{:#?}",
        ex.events.iter().map(|e| (&e.title, e.when.map(|w| w.iso_start()))).collect::<Vec<_>>()
    );
    assert_eq!(niger[0].source_count(), 2);
    assert!(niger[0].places.contains(&"Niamey".to_string()));
    assert_eq!(niger[0].when.unwrap().precision, Precision::Day);

    let starts: Vec<(EventType, String)> =
        ex.events.iter().map(|e| (e.event_type, e.when.unwrap().iso_start())).collect();
    assert!(starts.contains(&(EventType::Coup, "2020-08".into())), "{starts:?}");
    assert!(starts.contains(&(EventType::Coup, "2022-09-30".into())), "{starts:?}");
    assert!(
        starts.contains(&(EventType::Coup, "2022-01-24".into())),
        "Arabic-Indic digits, Levantine month name: {starts:?}"
    );
    assert!(starts.contains(&(EventType::Clash, "2015".into())), "{starts:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Three articles in the styles of other outlets (a wire datelined `28/1/2024`, a broadcaster's
/// page with the date on its own line, a "نشر في" line with a clock time), about events the
/// seeds never mention.
const SAHEL_WIRE: &str = "\
مالي والنيجر وبوركينا فاسو تعلن انسحابها من إيكواس
الجزيرة نت - 28/1/2024

أعلنت المجالس العسكرية الحاكمة في مالي والنيجر وبوركينا فاسو، في بيان مشترك بثه التلفزيون الرسمي اليوم الأحد، انسحاب الدول الثلاث فورا من المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس).
وكانت الدول الثلاث قد أسست في 16 سبتمبر/أيلول الماضي \"تحالف دول الساحل\"، وهو ميثاق للدفاع المشترك.
وفي العاشر من أغسطس/آب 2023 هددت إيكواس بالتدخل عسكريا في النيجر لإعادة الرئيس محمد بازوم إلى منصبه.
ويحكم العسكريون مالي منذ انقلابين في أغسطس/آب 2020 ومايو/أيار 2021، في حين تولى الجيش السلطة في بوركينا فاسو مرتين عام 2022.
وفي أواخر ديسمبر/كانون الأول الماضي غادر آخر جنود بعثة الأمم المتحدة (مينوسما) مالي بعد عشر سنوات من الانتشار.
";

const BURKINA_BROADCAST: &str = "\
هجوم على قاعدة عسكرية في بوركينا فاسو
الاثنين 27 مايو 2024

قتل أكثر من 100 جندي ومدني في هجوم شنه مسلحون يوم السبت الماضي على قاعدة عسكرية في منطقة مانسيلا شمالي بوركينا فاسو، حسب ما أفادت مصادر أمنية.
وفي 24 أغسطس/آب 2023 قتل عشرات المدنيين في بلدة برسالوغو.
";

const NORTH_MALI_PAGE: &str = "\
فاغنر تعلن خسائر في شمال مالي
نشر في: 29 يوليو 2024 - 14:35 بتوقيت أبوظبي

أقرت مجموعة فاغنر الروسية بتكبدها خسائر كبيرة خلال معارك عنيفة قرب بلدة تينزاواتين على الحدود مع الجزائر، استمرت من 25 إلى 27 يوليو الجاري.
وكان الجيش المالي قد استعاد مدينة كيدال من المتمردين في 14 نوفمبر 2023، بعد انسحاب بعثة الأمم المتحدة منها في 31 أكتوبر.
";

#[test]
fn other_outlets_ordinals_ranges_clauses_and_border_places() {
    let dir = common::temp_dir("outlets");
    for (name, text) in [("wire.txt", SAHEL_WIRE), ("broadcast.txt", BURKINA_BROADCAST), ("page.txt", NORTH_MALI_PAGE)]
    {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let mut c = load_paths(std::slice::from_ref(&dir), &LoadOptions::default());
    let datelines: Vec<String> =
        c.documents.iter().map(|d| d.date_candidates.first().map(|p| p.date.to_string()).unwrap_or_default()).collect();
    assert_eq!(datelines, ["2024-05-27", "2024-07-29", "2024-01-28"]);
    let ex = extract(&mut c);
    let published: Vec<String> =
        c.documents.iter().map(|d| d.published.as_ref().map(|p| p.date.to_string()).unwrap_or_default()).collect();
    assert_eq!(published, datelines);
    let rows: Vec<(EventType, String, String, String)> = ex
        .events
        .iter()
        .map(|e| (e.event_type, e.when.unwrap().iso_start(), e.when.unwrap().iso_end(), e.title.clone()))
        .collect();
    let find = |t: EventType, start: &str| {
        rows.iter().find(|r| r.0 == t && r.1 == start).unwrap_or_else(|| panic!("{t:?} {start} not in {rows:#?}"))
    };

    // an ordinal day; a day of "September last" in an article of January
    find(EventType::Deployment, "2023-08-10");
    assert!(find(EventType::Political, "2023-09-16").3.starts_with("Founding"));
    // a range of days, placed at the town and not at the border it lies on
    let fighting = find(EventType::Clash, "2024-07-25");
    assert_eq!((fighting.2.as_str(), fighting.3.as_str()), ("2024-07-27", "Wagner Group fights in Tin Zaouaten"));
    // each clause keeps its own trigger: the recapture of Kidal, then the UN's withdrawal
    assert_eq!(find(EventType::Clash, "2023-11-14").3, "Malian Armed Forces take Kidal");
    find(EventType::Withdrawal, "2023-10-31");
    // the Burkinabe takeover of 2022 is not a Malian coup, and the Malian coups stay Malian
    assert_eq!(find(EventType::Coup, "2022").3, "Coup in Burkina Faso");
    assert_eq!(find(EventType::Coup, "2021-05").3, "Coup in Mali");
    // late December last year; the weekday before publication; towns the gazetteer knows
    let late_dec = find(EventType::Withdrawal, "2023-12-21");
    assert_eq!(late_dec.2, "2023-12-31");
    assert_eq!(find(EventType::Attack, "2024-05-25").3, "Militants attack military base in Mansila");
    assert_eq!(find(EventType::Attack, "2023-08-24").3, "Killings in Barsalogho");
    let _ = std::fs::remove_dir_all(&dir);
}
