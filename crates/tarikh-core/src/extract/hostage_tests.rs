//! What is told of hostages besides their taking and release (on sentences written for these
//! tests): a video of them put out, talks for their release, the day they were taken told beside
//! the day they were freed; a hostage named after the verb of a release is what it frees, and
//! people held by "the group" are its hostages; a release called for is none, a video's `نشر`
//! deploys no one, and a kidnapping a pronoun stands for (`celui d'une Autrichienne en janvier`)
//! is one; people in the grip of armed men (`في قبضة مسلحين`) are kidnapped; the verb of a
//! relative clause after a release (`الرهائن الذين خطفهم تنظيم القاعدة … في سبتمبر 2010`) is the
//! kidnapping its date dates; freed hostages who arrive (`ووصل الرهائن المفرج عنهم`) end their release,
//! no new kidnapping.

use super::kind_case_tests::each_of_kind_on;
use super::meaning_tests::{each_typed_on, event_on, events, has_kind, one_where, starts_on, titles_of, type_on};
use crate::model::EventType;

#[test]
fn a_video_of_hostages_and_talks_for_their_release_are_neither_a_kidnapping_nor_a_release() {
    // published on Thursday 18 April 2024: Wednesday is the 17th
    each_typed_on(
        &[
            ("Une vidéo de l'otage a été diffusée mercredi par le JNIM.", EventType::Other),
            ("بثت الجماعة يوم الأربعاء تسجيلا مصورا للرهينة.", EventType::Other),
            ("Des négociations pour la libération des otages ont commencé mercredi.", EventType::Diplomatic),
            ("بدأت يوم الأربعاء مفاوضات من أجل الإفراج عن الرهائن.", EventType::Diplomatic),
            // hostages freed, a video showing an attack of its own day, stay what they are
            ("Les deux otages ont été libérés mercredi par leurs ravisseurs.", EventType::Kidnapping),
        ],
        "2024-04-18",
        "2024-04-17",
    );
    let ev =
        events("Titre\nUne vidéo diffusée jeudi montre l'attaque de mercredi contre le camp de Boni.\n", "2024-04-19");
    assert_eq!(type_on(&ev, "2024-04-17"), EventType::Attack, "{:?}", titles_of(&ev));
    // a video published (`نشر`) with fighters named in it is no deployment
    let ev = events("عنوان\nوفي تسجيل مصور نشر الأربعاء، قالت الجماعة إنها قتلت عناصر الميليشيا.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2024-04-17"), EventType::Other, "{:?}", titles_of(&ev));
}

#[test]
fn a_release_called_for_after_the_day_the_news_came_out_is_no_release() {
    // published on Thursday 18 April 2024: Wednesday is the 17th
    for text in [
        "عنوان\nاختطف مسلحون ثلاثة عمال أجانب، وفق ما أعلنت وزارة الخارجية الأربعاء، داعية الحكومة إلى بذل كل الجهود للإفراج عنهم.\n",
        "Titre\nLe ministère a confirmé mercredi l'enlèvement de trois ouvriers, appelant à la libération rapide des otages.\n",
    ] {
        let ev = events(text, "2024-04-18");
        let e = one_where(&ev, |e| starts_on(e, "2024-04-17"));
        assert!(!has_kind(e, "hostage_release") && !has_kind(e, "release"), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn the_participle_of_a_kidnapping_before_its_date_dates_the_kidnapping_not_the_release() {
    // published on Tuesday 21 March 2023: the release on Monday the 20th, the taking in April 2021
    for text in [
        "Titre\nLe journaliste, enlevé au Mali en avril 2021 par des jihadistes, a été libéré lundi.\n",
        "Titre\nLe journaliste, enlevé en avril 2021, a été libéré lundi.\n",
        // held since then: the day of the taking
        "Titre\nLe journaliste, détenu depuis avril 2021, a été libéré lundi par ses ravisseurs.\n",
        "عنوان\nأفرج يوم الاثنين عن الصحفي المختطف في مالي منذ أبريل 2021.\n",
    ] {
        let ev = events(text, "2023-03-21");
        let april = ev.iter().find(|e| super::meaning_tests::starts_on(e, "2021-04")).expect(text);
        assert!(!super::meaning_tests::has_kind(april, "hostage_release"), "{text}: {:?}", titles_of(&ev));
        let monday = ev.iter().find(|e| super::meaning_tests::starts_on(e, "2023-03-20")).expect(text);
        assert!(super::meaning_tests::has_kind(monday, "hostage_release"), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn captives_taken_by_a_group_people_led_away_a_ransom_and_a_claim_of_a_kidnapping_are_its_family() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("وقع ثلاثة جنود في الأسر يوم الثلاثاء قرب تساليت.", EventType::Kidnapping),
            ("Mardi, des jihadistes ont capturé trois gendarmes près de Tessalit.", EventType::Kidnapping),
            ("اقتاد مسلحون يوم الثلاثاء راعيين إلى مكان مجهول.", EventType::Kidnapping),
            ("Des hommes armés ont conduit mardi deux bergers vers un lieu inconnu.", EventType::Kidnapping),
            ("طالبت الجماعة يوم الثلاثاء بفدية مقابل الرهينة.", EventType::Kidnapping),
            ("Le groupe a exigé mardi une rançon pour l'otage.", EventType::Kidnapping),
            // forces that free hostages end a kidnapping
            ("حرر الجيش يوم الثلاثاء ثلاث رهائن في عملية خاصة.", EventType::Kidnapping),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    // the army's own arrests stay arrests
    assert_ne!(
        super::meaning_tests::only_type("L'armée a capturé mardi trois jihadistes près de Tessalit.", "2024-04-18"),
        EventType::Kidnapping
    );
    for text in [
        "Titre\nLe JNIM a revendiqué mardi l'enlèvement de deux bergers près de Tessalit.\n",
        "عنوان\nأعلنت جماعة نصرة الإسلام والمسلمين يوم الثلاثاء أنها تحتجز رهينتين.\n",
    ] {
        let e = super::meaning_tests::event_on(text, "2024-04-18", "2024-04-16");
        assert!(e.title.contains("claims kidnapping"), "{text}: {}", e.title);
    }
    let ev = events("Titre\nLes ravisseurs ont réclamé mardi une rançon pour libérer les otages.\n", "2024-04-18");
    assert!(!super::meaning_tests::has_kind(&ev[0], "hostage_release"), "{:?}", titles_of(&ev));
}

#[test]
fn a_date_in_a_relative_clause_whose_verb_is_an_act_dates_that_act_and_a_hostage_seen_in_a_video_is_the_video() {
    // published on Sunday 6 December 2020: two years before is December 2018
    let ev = events("عنوان\nأعلنت الحكومة الأحد الإفراج عن المواطن الذي اختطف في النيجر قبل عامين.\n", "2020-12-06");
    let taken = one_where(&ev, |e| starts_on(e, "2018-12"));
    assert!(!has_kind(taken, "hostage_release"), "{:?}", titles_of(&ev));
    // (words of speech in the relative clause leave the date to the act named before it)
    let ev = events("عنوان\nأرجأت الحكومة الانتخابات التي أعلن عن تنظيمها في فبراير 2024.\n", "2023-09-26");
    let february = one_where(&ev, |e| starts_on(e, "2024-02"));
    assert!(has_kind(february, "election"), "{:?}", titles_of(&ev));
    each_typed_on(
        &[
            ("ظهر الرهينة يوم الثلاثاء في تسجيل مصور يطالب فيه بإطلاق سراحه.", EventType::Other),
            ("L'otage est apparu mardi dans une vidéo où il demande sa libération.", EventType::Other),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn a_hostage_freed_before_who_reports_it_is_a_release_and_a_group_s_captives_are_hostages() {
    // published on Thursday 18 April 2024: Tuesday is the 16th, Monday the 15th
    for (text, day) in [
        // the hostage is what the release is done to, not a kidnapping of the reported day
        (
            "أفرج مقاتلون تابعون لتنظيم الدولة الإسلامية عن رهينة إيطالي في شمال مالي، حسبما أفادت مصادر محلية يوم الثلاثاء.",
            "2024-04-16",
        ),
        // the release told by its noun alone
        ("وجرى الإفراج مساء الاثنين في منطقة نائية، ونقل الرهينة إلى نيامي.", "2024-04-15"),
    ] {
        let e = super::meaning_tests::event_on(text, "2024-04-18", day);
        assert!(has_kind(&e, "hostage_release"), "{text}: {}", e.title);
    }
    // people held by a group told only as "the group" are its hostages; the army's are arrests
    let ev = events("عنوان\nوكانت الجماعة قد احتجزت في مارس 2021 ممرضة سويسرية قرب غاو.\n", "2024-04-18");
    assert_eq!(type_on(&ev, "2021-03"), EventType::Kidnapping, "{:?}", titles_of(&ev));
    let ev = events("عنوان\nوكان الجيش قد احتجز في مارس 2021 ثلاثة مشتبه بهم قرب غاو.\n", "2024-04-18");
    assert_ne!(type_on(&ev, "2021-03"), EventType::Kidnapping, "{:?}", titles_of(&ev));
}

#[test]
fn a_date_that_opens_the_sentence_with_its_article_dates_the_participle_of_a_kidnapping() {
    // published on Thursday 18 April 2024: last week runs from the 8th to the 14th
    let ev = events(
        "Titre\nLa semaine dernière, des jihadistes ont enlevé trois commerçants près de Mopti.\n",
        "2024-04-18",
    );
    assert!(ev.iter().any(|e| e.event_type == EventType::Kidnapping), "{:?}", titles_of(&ev));
}

#[test]
fn a_kidnapping_a_pronoun_stands_for_with_a_complement_of_its_own_is_a_kidnapping() {
    // published on Tuesday 15 April 2025
    let ev = events(
        "Titre\nIl s'agit du deuxième rapt d'une Européenne à Agadez en trois mois, après celui d'une Autrichienne en janvier.\n",
        "2025-04-15",
    );
    let e = one_where(&ev, |e| starts_on(e, "2025-01"));
    assert_eq!(e.event_type, EventType::Kidnapping, "{:?}", titles_of(&ev));
}

#[test]
fn one_taken_at_gunpoint_is_kidnapped() {
    // published on Saturday 24 May 2025
    each_typed_on(
        &[
            (
                "وكان الرجل قد اقتيد تحت تهديد السلاح من مقر منظمته في بلدة أيورو في نوفمبر الماضي.",
                EventType::Kidnapping,
            ),
            (
                "L'homme avait été emmené sous la menace des armes de son domicile d'Ayorou en novembre dernier.",
                EventType::Kidnapping,
            ),
        ],
        "2025-05-24",
        "2024-11",
    );
}

#[test]
fn a_hostage_held_by_a_group_is_kidnapped_not_arrested() {
    // published on Saturday 10 October 2020
    each_typed_on(
        &[
            ("قتلت الرهينة التي كانت محتجزة لدى جماعة مرتبطة بتنظيم القاعدة منذ يناير 2016.", EventType::Kidnapping),
            ("L'otage, détenue depuis janvier 2016 par un groupe lié à Al-Qaïda, a été tuée.", EventType::Kidnapping),
        ],
        "2020-10-10",
        "2016-01",
    );
}

#[test]
fn people_in_the_grip_of_armed_men_are_kidnapped() {
    // published on Wednesday 18 September 2024: Sunday is the 15th
    each_typed_on(
        &[
            ("وقع سائحان فرنسيان الأحد في قبضة مسلحين شمال بنين.", EventType::Kidnapping),
            // a town in their hands is taken
            ("سقطت مدينة كيدال الأحد في قبضة المتمردين.", EventType::Clash),
        ],
        "2024-09-18",
        "2024-09-15",
    );
}

#[test]
fn the_group_whose_leader_s_home_the_kidnapping_took_place_at_did_not_take_the_hostages() {
    for text in [
        "Titre\nاختطف صحفيان فرنسيان يوم السبت أمام منزل أحد قادة الحركة الوطنية لتحرير أزواد في كيدال.\n",
        "Titre\nDeux journalistes français ont été tués samedi après leur enlèvement devant le domicile d'un responsable du MNLA à Kidal.\n",
    ] {
        let ev = events(text, "2013-11-03");
        let taken = one_where(&ev, |e| e.event_type == EventType::Kidnapping);
        assert!(taken.actors.iter().all(|a| a != "MNLA"), "{text}: {}", taken.title);
    }
}

#[test]
fn a_vigil_a_march_or_an_appeal_for_hostages_is_no_kidnapping_nor_their_release() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("نظمت عائلة الرهينة يوم الثلاثاء وقفة للمطالبة بالإفراج عنه.", EventType::Political),
            ("نظم مئات الأشخاص يوم الثلاثاء مسيرة تضامنا مع الرهائن في باماكو.", EventType::Political),
            ("Un rassemblement de soutien à l'otage s'est tenu mardi à Paris.", EventType::Political),
            ("Une marche pour les otages a eu lieu mardi à Bamako.", EventType::Political),
            ("Le président a eu mardi un appel téléphonique avec son homologue russe.", EventType::Diplomatic),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    for text in [
        "Titre\nوجهت أسرة الصحفي يوم الثلاثاء نداء من أجل الإفراج عنه.\n",
        "Titre\nLa famille de l'otage a lancé mardi un appel aux autorités pour obtenir sa libération.\n",
    ] {
        let ev = events(text, "2024-04-18");
        let said = one_where(&ev, |e| starts_on(e, "2024-04-16"));
        assert!(has_kind(said, "statement"), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn a_kidnapping_told_in_a_relative_clause_after_a_release_is_dated_by_its_own_date() {
    let text = "أعلن الرئيس الثلاثاء الإفراج عن الرهائن الأربعة الذين خطفهم تنظيم القاعدة في بلاد المغرب الإسلامي في سبتمبر 2010 في أرليت.";
    let ev = events(text, "2013-10-29");
    let taken = one_where(&ev, |e| starts_on(e, "2010-09"));
    assert!(has_kind(taken, "kidnapping"), "{}", taken.title);
    let freed = one_where(&ev, |e| starts_on(e, "2013-10-29"));
    assert!(has_kind(freed, "hostage_release"), "{}", freed.title);
}

#[test]
fn freed_hostages_who_arrive_end_their_release_not_a_new_kidnapping() {
    let e = event_on("ووصل الرهائن المفرج عنهم مساء الخميس إلى باماكو.", "2020-10-09", "2020-10-08");
    assert!(has_kind(&e, "hostage_release"), "{}", e.title);
}

#[test]
fn a_hostage_s_video_is_the_video_though_a_source_stands_between_its_date_and_its_verb() {
    each_of_kind_on(
        &[
            "Le 19 mai, d'après l'AFP, le groupe a diffusé une vidéo de l'otage.",
            "يوم 19 مايو، وبحسب شهود، بثت الجماعة تسجيلا مصورا للرهينة.",
        ],
        "2024-05-20",
        "2024-05-19",
        EventType::Other,
        "video",
    );
}
