//! Who tells what, and when (on sentences written for these tests): the day an act was told is a
//! statement, or the claim of the one who did it, not a second act; a denial, a warning and the
//! blame laid on someone are statements of their own day; an act told in the future before who
//! says so is what is said, on the day it was said; a reply in words is a statement; a toll that
//! rises, dead counted or mourned by their own are a casualty report; who spoke of an act spoke
//! that day; a claim in a statement published on a day is that day's claim; a promise made that
//! day is what was said, not the election promised; the day the news of an act dated otherwise
//! came out is no event.

use super::meaning_tests::{each_typed_on, event_on, events, one_where, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn the_day_an_act_was_told_is_a_statement_when_the_words_reported_date_the_act_earlier() {
    // published on Thursday 14 March: the attack was on Tuesday, Wednesday is the day it was told
    let fr = "Titre\nL'armée malienne a annoncé mercredi que des hommes armés ont attaqué mardi un poste de police à Ségou.\n";
    let ar = "عنوان\nأعلنت وزارة الخارجية الفرنسية يوم الأربعاء أن مسلحين خطفوا يوم الثلاثاء فرنسية في غاو.\n";
    for text in [fr, ar] {
        let ev = events(text, "2024-03-14");
        let violent: Vec<_> =
            ev.iter().filter(|e| matches!(e.event_type, EventType::Attack | EventType::Kidnapping)).collect();
        assert_eq!(violent.len(), 1, "{:?}", titles_of(&ev));
        assert!(starts_on(violent[0], "2024-03-12"), "{:?}", titles_of(&ev));
        let told = one_where(&ev, |e| starts_on(e, "2024-03-13"));
        assert_eq!(told.event_type, EventType::Political, "{:?}", titles_of(&ev));
        // told by the army, the ministry's country: not by the gunmen
        assert!(told.title.contains("issue"), "{}", told.title);
        assert!(!told.actors.iter().any(|a| a == "Militants"), "{:?}", told.actors);
    }
    // an armed group telling of its own attack claims it
    let ev = events(
        "عنوان\nأعلنت جماعة نصرة الإسلام والمسلمين يوم الأربعاء أنها هاجمت يوم الثلاثاء معسكرا في بولكيسي.\n",
        "2024-03-14",
    );
    assert_eq!(type_on(&ev, "2024-03-13"), EventType::Claim, "{:?}", titles_of(&ev));
    assert_eq!(type_on(&ev, "2024-03-12"), EventType::Attack);
    // a year after the act names what it acts on, not when: the day told stays the act's
    let ev =
        events("عنوان\nقال المجلس العسكري يوم الخميس 25 يناير 2024 إنه أنهى اتفاق الجزائر لعام 2015.\n", "2024-01-26");
    assert_ne!(one_where(&ev, |e| starts_on(e, "2024-01-25")).title, "", "{:?}", titles_of(&ev));
    assert!(!titles_of(&ev).iter().any(|t| t.contains("statement")), "{:?}", titles_of(&ev));
    // nor is a date told without words of speech before the act the day it was told
    let ev = events("Titre\nMercredi, des hommes armés ont incendié l'école attaquée mardi à Ségou.\n", "2024-03-14");
    assert!(!titles_of(&ev).iter().any(|t| t.contains("tatement")), "{:?}", titles_of(&ev));
}

#[test]
fn who_tells_that_day_of_an_armed_act_of_its_own_claims_it() {
    // the act's own day is not told: Monday is the day of the claim, not of the killing
    let fr = "Titre\nLes rebelles du CSP ont affirmé lundi avoir tué des dizaines de soldats lors de combats près de Tinzaouatène.\n";
    let ar = "عنوان\nأعلنت جماعة نصرة الإسلام والمسلمين يوم الاثنين أنها هاجمت معسكرا للجيش في بولكيسي.\n";
    for text in [fr, ar] {
        let ev = events(text, "2024-07-30");
        let monday = one_where(&ev, |e| starts_on(e, "2024-07-29"));
        assert_eq!(monday.event_type, EventType::Claim, "{:?}", titles_of(&ev));
    }
    // deaths told by someone else stay the casualty report of that day
    let ev = events("عنوان\nقال مسؤولون يوم الاثنين إن مسلحين قتلوا 40 مدنيا في موبتي.\n", "2024-07-30");
    assert_eq!(type_on(&ev, "2024-07-29"), EventType::CasualtyReport);
}

#[test]
fn a_day_between_words_of_speech_and_the_deaths_they_announce_is_the_casualty_report() {
    let ar = "عنوان\nأعلنت وزارة الدفاع مساء الثلاثاء مقتل 29 جنديا في هجوم على موقع عسكري قرب تاهوا.\n";
    let fr =
        "Titre\nLe ministère de la Défense a annoncé mardi la mort de 29 soldats dans une attaque près de Tahoua.\n";
    for text in [ar, fr] {
        let ev = events(text, "2024-03-20");
        assert_eq!(type_on(&ev, "2024-03-19"), EventType::CasualtyReport, "{:?}", titles_of(&ev));
    }
    // the attack told with its toll stays the attack
    let ev =
        events("Titre\nDes jihadistes ont attaqué mardi un poste près de Tahoua, faisant 29 morts.\n", "2024-03-20");
    assert_eq!(type_on(&ev, "2024-03-19"), EventType::Attack, "{:?}", titles_of(&ev));
}

#[test]
fn a_date_right_after_the_participle_of_an_attack_claimed_dates_the_attack_not_the_claim() {
    // published on Thursday 18 April 2024
    for text in [
        "Titre\nLe JNIM a revendiqué l'attaque perpétrée mercredi contre le camp de Boni.\n",
        "Titre\nL'attaque, menée mercredi à l'aube par des hommes armés, a été revendiquée par le JNIM.\n",
        "عنوان\nوتبنت جماعة نصرة الإسلام والمسلمين الهجوم الذي وقع فجر الأربعاء على معسكر بوني.\n",
    ] {
        let ev = events(text, "2024-04-18");
        let e = one_where(&ev, |e| starts_on(e, "2024-04-17"));
        assert_eq!(e.event_type, EventType::Attack, "{text}: {:?}", titles_of(&ev));
    }
    // the day of the claim told after it stays the claim's
    let ev = events(
        "Titre\nL'embuscade menée lundi contre un convoi à Ménaka a été revendiquée mardi par le JNIM.\n",
        "2024-04-18",
    );
    assert_eq!(type_on(&ev, "2024-04-15"), EventType::Attack, "{:?}", titles_of(&ev));
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Claim, "{:?}", titles_of(&ev));
    // a claim dated on its own verb stays a claim
    let ev = events("عنوان\nتبنت جماعة نصرة الإسلام والمسلمين يوم الخميس الهجوم على معسكر بوني.\n", "2024-04-19");
    assert_eq!(type_on(&ev, "2024-04-18"), EventType::Claim, "{:?}", titles_of(&ev));
}

#[test]
fn a_denial_a_warning_and_blame_laid_on_someone_are_statements_of_their_day() {
    // published on Thursday 18 April 2024: Tuesday is the 16th, Monday the 15th
    each_typed_on(
        &[
            ("نفت الحكومة يوم الثلاثاء سقوط قتلى في صفوف الجيش.", EventType::Political),
            ("حذر برنامج الأغذية العالمي يوم الثلاثاء من مجاعة في شمال مالي.", EventType::Political),
            ("حملت الحكومة يوم الثلاثاء تنظيم داعش مسؤولية الهجوم على القافلة.", EventType::Political),
            ("L'état-major a démenti mardi la perte de deux hélicoptères.", EventType::Political),
            ("Bamako a imputé mardi l'embuscade aux rebelles du CSP.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the act blamed, dated of its own, stays the act; a group taking responsibility claims it
    let ev = events("Titre\nBamako a imputé aux rebelles l'embuscade de lundi près de Tessit.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-15"), EventType::Attack, "{:?}", titles_of(&ev));
    let ev = events("Titre\nتحملت الجماعة يوم الثلاثاء المسؤولية عن الهجوم.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::Claim, "{:?}", titles_of(&ev));
}

#[test]
fn forces_that_tell_of_their_own_operation_claim_it_and_the_men_it_neutralised_are_its_targets() {
    for verb in ["annoncé", "affirmé"] {
        let text = format!(
            "Titre\nL'armée malienne a {verb} mardi avoir neutralisé une dizaine de terroristes près de Mopti.\n"
        );
        let ev = events(&text, "2024-04-18");
        let op = one_where(&ev, |e| starts_on(e, "2024-04-16"));
        assert!(op.title.starts_with("Malian Armed Forces"), "{:?}", titles_of(&ev));
    }
    // a group named after the act the speaker tells as its own is what the act was done to, not
    // the claimant (no "Islamic State Sahel claims attack"); one marked as a passive's agent is
    // still who did it
    for text in [
        "Titre\nL'armée a annoncé mardi avoir neutralisé un haut responsable de l'État islamique près de Ménaka.\n",
        "عنوان\nأعلن الجيش يوم الثلاثاء أنه قتل قياديا بارزا في تنظيم الدولة قرب ميناكا.\n",
    ] {
        let ev = events(text, "2024-04-18");
        let op = one_where(&ev, |e| starts_on(e, "2024-04-16"));
        assert!(!op.title.contains("Islamic State"), "{text}: {:?}", titles_of(&ev));
    }
    let text = "Titre\nL'otage a expliqué mardi avoir été enlevé à Gao par le GSIM.\n";
    let ev = events(text, "2024-04-18");
    assert!(titles_of(&ev).iter().any(|t| t.starts_with("JNIM")), "{:?}", titles_of(&ev));
    // the forces named after an operation's noun still conduct it
    let ev = events("Titre\nUne opération de la force Barkhane a visé mardi un convoi près de Ménaka.\n", "2024-04-18");
    assert!(
        !one_where(&ev, |e| starts_on(e, "2024-04-16")).title.starts_with("Military operation"),
        "{:?}",
        titles_of(&ev)
    );
}

#[test]
fn an_act_confirmed_on_a_day_is_the_confirmation_of_that_day_not_the_act() {
    // published on Thursday 18 April 2024: Sunday is the 14th, Tuesday the 16th
    each_typed_on(
        &[
            ("Dimanche, le ministère des Affaires étrangères a confirmé l'enlèvement d'un ressortissant allemand à Niamey.", EventType::Political),
            ("Le ministère a confirmé dimanche l'enlèvement d'un humanitaire à Gao.", EventType::Political),
            ("أكدت وزارة الخارجية يوم الأحد خطف مواطن ألماني في نيامي.", EventType::Political),
            // a reaction whose date opens the sentence is the reaction's too
            ("Dimanche, le gouvernement a condamné l'attaque du poste de Boni.", EventType::Political),
            ("يوم الأحد، أدانت الحكومة الهجوم على موقع بوني.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-14",
    );
    // deaths confirmed are the casualty report; what is said after `que` is dated by what it says
    each_typed_on(
        &[
            ("Le gouvernement a confirmé mardi la mort de deux otages à Ménaka.", EventType::CasualtyReport),
            ("أكدت الحكومة يوم الثلاثاء مقتل رهينتين في ميناكا.", EventType::CasualtyReport),
            ("L'armée a confirmé mardi que des hommes armés ont attaqué un poste près de Ségou.", EventType::Attack),
            // a passive confirmation is no one's statement
            (
                "Un poste de l'armée a été attaqué près de Ségou, ce qui a été confirmé mardi par des élus.",
                EventType::Attack,
            ),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the act dated between the verb and its day keeps the day; the act that opens the clause
    // after a fronted date keeps it
    each_typed_on(
        &[
            ("Le gouvernement a condamné l'attaque de dimanche contre le poste de Boni.", EventType::Attack),
            (
                "Dimanche, des hommes armés ont attaqué le poste de Boni et le gouvernement a condamné l'attaque.",
                EventType::Attack,
            ),
        ],
        "2024-04-18",
        "2024-04-14",
    );
}

#[test]
fn a_date_that_complements_an_act_s_noun_is_the_act_s_and_after_a_definite_object_the_verb_s() {
    // published on Tuesday 14 October 2025: Sunday is the 12th, Monday the 13th
    let cases = [
        // the noun's complement: the attack's day
        ("Le JNIM a revendiqué l'attaque de dimanche contre le camp de Boulkessi.", "2025-10-12", EventType::Attack),
        ("وتبنت جماعة نصرة الإسلام والمسلمين هجوم يوم الأحد على معسكر بولكيسي.", "2025-10-12", EventType::Attack),
        // a definite object before the day, after the verb: the claim's day
        ("وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم يوم الاثنين.", "2025-10-13", EventType::Claim),
        // unless an anchor names the act: `after the attack on Sunday`
        ("وأعلنت الحكومة الحداد بعد الهجوم يوم الأحد على معسكر بولكيسي.", "2025-10-12", EventType::Attack),
    ];
    for (text, day, t) in cases {
        let e = event_on(text, "2025-10-14", day);
        assert_eq!(e.event_type, t, "{text}: {}", e.title);
    }
    // a definite noun right after the date, the verb and its subject before it: the verb's object
    for text in ["أرجأت السلطات يوم الأحد الانتخابات الرئاسية.", "La junte a reporté dimanche l'élection présidentielle."]
    {
        let e = event_on(text, "2025-10-14", "2025-10-12");
        assert!(e.title.starts_with("Postponement"), "{text}: {}", e.title);
    }
    // a report published that day is the report, not the killings it tells of
    let e = event_on(
        "اتهمت منظمة حقوقية في تقرير نشرته يوم الأحد الجيش بإعدام مدنيين في موبتي.",
        "2025-10-14",
        "2025-10-12",
    );
    assert_eq!(e.event_type, EventType::Other, "{}", e.title);
}

#[test]
fn an_act_told_in_the_future_before_who_says_so_is_a_statement_of_that_past_day() {
    // published on Saturday 7 June 2025: Monday is the 2nd, not the 9th
    each_typed_on(
        &[
            (
                "Le retrait des soldats sera achevé avant la fin de l'année, a indiqué lundi le ministre.",
                EventType::Political,
            ),
            ("وسيكتمل انسحاب الجنود قبل نهاية العام، بحسب ما أعلن الوزير الاثنين.", EventType::Political),
        ],
        "2025-06-07",
        "2025-06-02",
    );
    // told in the past, the act keeps the day of the report
    let e =
        event_on("Les derniers soldats ont quitté le camp, a indiqué lundi le ministre.", "2025-06-07", "2025-06-02");
    assert_eq!(e.event_type, EventType::Withdrawal, "{}", e.title);
}

#[test]
fn a_reply_in_words_is_a_statement_and_a_reply_in_arms_is_not() {
    // published on Monday 29 January 2024: Sunday is the 28th
    each_typed_on(
        &[
            ("وردت إيكواس مساء الأحد بأنها لم تتلق أي إخطار رسمي بشأن نية الدول الثلاث الانسحاب.", EventType::Political),
            (
                "La Cédéao a répondu dimanche qu'elle n'avait reçu aucune notification du retrait des trois pays.",
                EventType::Political,
            ),
            ("ورد الجيش مساء الأحد على الهجوم بقصف مواقع المسلحين.", EventType::Attack),
        ],
        "2024-01-29",
        "2024-01-28",
    );
}

#[test]
fn a_toll_that_rises_the_dead_counted_or_mourned_and_deaths_told_after_bi_an_are_a_casualty_report() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("بلغت حصيلة القتلى يوم الثلاثاء 31 قتيلا في ولاية موبتي.", EventType::CasualtyReport),
            ("Mardi, le bilan s'est alourdi à 31 morts dans la région de Mopti.", EventType::CasualtyReport),
            ("وثقت منظمة حقوقية يوم الثلاثاء مقتل 60 مدنيا خلال شهر مارس.", EventType::CasualtyReport),
            ("Une ONG a recensé mardi 60 civils tués au cours du mois de mars.", EventType::CasualtyReport),
            ("نعت وزارة الدفاع يوم الثلاثاء ستة جنود سقطوا في كمين.", EventType::CasualtyReport),
            ("L'état-major a déploré mardi la perte de six militaires dans une embuscade.", EventType::CasualtyReport),
            ("أفادت مصادر محلية يوم الثلاثاء بأن تسعة قرويين قتلوا.", EventType::CasualtyReport),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the toll of an attack named with its day is that attack's
    assert_eq!(
        super::meaning_tests::only_type("ارتفعت حصيلة ضحايا هجوم الثلاثاء إلى 31 قتيلا.", "2024-04-18"),
        EventType::Attack
    );
}

#[test]
fn who_spoke_of_an_act_spoke_that_day_and_a_claim_published_on_a_day_is_that_day_s() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("تحدث وزير الدفاع يوم الثلاثاء عن \"هجوم غادر\" على المعسكر.", EventType::Political),
            ("وصف الرئيس يوم الثلاثاء الهجوم بأنه عمل جبان.", EventType::Political),
            ("تبنت الجماعة الهجوم في بيان أصدرته يوم الثلاثاء.", EventType::Claim),
            ("Le groupe a revendiqué l'embuscade dans un communiqué diffusé mardi.", EventType::Claim),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn deaths_told_before_a_ministry_announced_them_on_a_day_are_that_day_s_casualty_report() {
    // published on Thursday 18 April 2024: Monday is the 15th, Tuesday the 16th
    let ev = events(
        "Titre\nVingt soldats ont été tués lundi dans une embuscade près de Tillabéri, a annoncé mardi le ministère de la défense.\n",
        "2024-04-18",
    );
    assert_eq!(type_on(&ev, "2024-04-16"), EventType::CasualtyReport, "{:?}", titles_of(&ev));
    assert_eq!(type_on(&ev, "2024-04-15"), EventType::Attack, "{:?}", titles_of(&ev));
}

#[test]
fn a_promise_made_that_day_is_what_was_said_not_the_election_promised() {
    // published on Wednesday 19 August 2020
    for text in [
        "La junte a promis mercredi d'organiser des élections dans un délai raisonnable.",
        "Les militaires se sont engagés mercredi à organiser des élections.",
        "وعد المتحدث باسم العسكريين الأربعاء بإجراء انتخابات في مهلة معقولة.",
    ] {
        let e = event_on(text, "2020-08-19", "2020-08-19");
        assert!(!e.title.contains("Election"), "{text}: {}", e.title);
    }
    // the month the promised election is set for is the election's
    let ev = events("Titre\nLa junte a promis des élections en février 2022.\n", "2020-08-19");
    assert!(one_where(&ev, |e| starts_on(e, "2022-02")).title.contains("Election"), "{:?}", titles_of(&ev));
}

#[test]
fn the_day_the_news_of_an_act_dated_otherwise_came_out_is_no_event() {
    // published on Friday 9 April 2021: Thursday is the 8th
    for text in [
        "Titre\nUn humanitaire a été enlevé jeudi à Ménaka par des hommes armés, a-t-on appris vendredi de sources locales.\n",
        "عنوان\nاختطف مسلحون عامل إغاثة يوم الخميس في ميناكا، كما أفادت مصادر محلية يوم الجمعة.\n",
    ] {
        let ev = events(text, "2021-04-09");
        assert!(one_where(&ev, |e| starts_on(e, "2021-04-08")).event_type == EventType::Kidnapping, "{text}");
        assert!(!ev.iter().any(|e| starts_on(e, "2021-04-09")), "{text}: {:?}", titles_of(&ev));
    }
}
