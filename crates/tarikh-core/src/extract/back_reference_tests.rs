//! Back-references (on articles written for these tests): a weekday in construct after an
//! event noun (`هجوم الثلاثاء`) dates that event, and says nothing new when the article dates it
//! elsewhere; a weekday after a verb (`ضربة استهدفت يوم الأحد سوقا`) is that verb's time, however
//! the article goes on to date the same act.

use super::tests::corpus;

#[test]
fn a_weekday_after_an_event_noun_dates_that_event_unless_the_article_dates_it_elsewhere() {
    // the article's only date for the attack: kept
    let only = "\
اجتماع طارئ بعد الهجوم
دعا الرئيس الحكومة إلى اجتماع طارئ الأحد بعد هجوم السبت على قرية قرب موبتي.
";
    // the attack dated in the lead; the claim refers back to it: not an event of Tuesday
    let dated = "\
هجوم على قاعدة في غاو
هاجم مسلحون قاعدة عسكرية في غاو يوم الثلاثاء وقتلوا عشرة جنود.
وأعلنت جماعة مسلحة مسؤوليتها عن هجوم الثلاثاء في بيان.
";
    let mut c = corpus(&[("only.txt", only, Some("2024-09-22")), ("dated.txt", dated, Some("2024-09-19"))]);
    let (ex, scans) = super::extract_with_scans(&mut c);
    let mentions: Vec<_> = ex.events.iter().flat_map(|e| &e.mentions).collect();
    let saturday = mentions.iter().find(|m| m.doc == 0 && m.time_text == "السبت").expect("the attack's day is kept");
    assert_eq!(saturday.when.unwrap().first_day().to_string(), "2024-09-21");
    assert!(!mentions.iter().any(|m| m.doc == 1 && m.paragraph == 2), "the claim's back-reference is no mention");
    let back = scans[1].drafts.iter().find(|d| d.paragraph == 2).expect("recognized");
    assert_eq!(back.rejected, Some(super::draft::Rejection::BackReference));
    assert!(mentions.iter().any(|m| m.doc == 1 && m.time_text == "يوم الثلاثاء"), "the attack itself is dated");
}

#[test]
fn a_weekday_after_a_verb_is_its_time_not_a_back_reference() {
    // published on Wednesday 20 March 2024: Sunday is the 17th; the next paragraph gives the
    // strike's hour, the lead keeps its day
    let text = "\
ضربة بطائرة مسيرة
قتل عشرون مدنيا في ضربة بطائرة مسيرة استهدفت يوم الأحد سوقا أسبوعيا قرب غاو.
وقال مسؤول محلي إن الضربة وقعت نحو الساعة الحادية عشرة صباحا.
";
    let mut c = corpus(&[("a.txt", text, Some("2024-03-20"))]);
    let ex = super::extract(&mut c);
    let lead = ex.events.iter().flat_map(|e| &e.mentions).find(|m| m.paragraph == 1).expect("the lead is a mention");
    assert_eq!(lead.when.unwrap().first_day().to_string(), "2024-03-17");
}
