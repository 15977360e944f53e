//! A coup told by what soldiers do rather than by its name (on sentences written for these
//! tests): soldiers who mutiny, officers who suspend the constitution; a rebellion, and a junta
//! already in power dissolving a body, stay what they are; the president seized (`a été arrêté`),
//! even when he resigns that night, is not the one who seizes power; coups listed by their months
//! (`d'août 2020 et de mai 2021`) are each a coup, as are those a pronoun stands for (`après ceux
//! de janvier 2022`); an officer suspending the constitution stages one, its supporters marching
//! do not; a seizure of power (`prise de pouvoir`) is one, and `fermeté` closes nothing; one
//! appointed after a coup (`nommé en juin 2021 après le second coup d'État`) is appointed;
//! soldiers dissolving the institutions or surrounding the president's residence stage one, and
//! its leader sworn in is inaugurated. A coup someone is charged with (`المتهمين
//! بمحاولة الانقلاب`, `condamnés pour tentative de coup d'État`) is no coup of the clause's day.

use super::meaning_tests::{each_typed_on, events, has_kind, titles_of, type_on};
use crate::model::EventType;

#[test]
fn soldiers_who_mutiny_or_suspend_the_constitution_make_a_coup() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("تمرد جنود يوم الثلاثاء في معسكر سوندياتا بكاتي.", EventType::Coup),
            ("وقال سكان إن عسكريين تمردوا يوم الثلاثاء في ثكنة بنيامي.", EventType::Coup),
            ("أعلن عسكريون يوم الثلاثاء على التلفزيون الرسمي تعليق العمل بالدستور وإغلاق الحدود.", EventType::Coup),
            ("Des officiers ont annoncé mardi à la télévision la suspension de la Constitution.", EventType::Coup),
            ("Mardi, les militaires ont suspendu la Constitution et fermé les frontières.", EventType::Coup),
            ("علق العسكريون يوم الثلاثاء العمل بالدستور.", EventType::Coup),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    each_typed_on(
        &[
            // a rebellion against the army is no coup
            ("شن متمردو الطوارق يوم الثلاثاء هجوما على مواقع الجيش في أنيفيس.", EventType::Attack),
            // a government dissolved by the junta in power is politics
            ("حل المجلس العسكري يوم الثلاثاء الحكومة.", EventType::Political),
            ("La junte a dissous mardi le gouvernement.", EventType::Political),
            // nor is the suspension of the parties told beside the new constitution
            ("علق المجلس العسكري يوم الثلاثاء أنشطة الأحزاب بعد إقرار الدستور الجديد.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn officers_who_take_the_broadcaster_a_junta_that_takes_power_and_a_deposed_president_held_make_a_coup() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("سيطر جنود متمردون يوم الثلاثاء على مبنى الإذاعة في العاصمة.", EventType::Coup),
            ("Mardi, des soldats mutins se sont emparés de la radio nationale.", EventType::Coup),
            ("أعلن الضباط يوم الثلاثاء توليهم السلطة في البلاد.", EventType::Coup),
            ("أعلن المجلس العسكري يوم الثلاثاء عزل الرئيس.", EventType::Coup),
            ("L'armée a annoncé mardi avoir démis le président de ses fonctions.", EventType::Coup),
            ("وضع الرئيس المعزول يوم الثلاثاء قيد الإقامة الجبرية.", EventType::Coup),
            ("Le chef de l'État renversé a été placé mardi en résidence surveillée.", EventType::Coup),
        ],
        "2024-04-18",
        "2024-04-16",
    );
    each_typed_on(
        &[
            // fighters who take a town's radio are no coup, nor a president dismissing a minister
            ("سيطر المسلحون يوم الثلاثاء على البلدة ومحطة الإذاعة المحلية.", EventType::Clash),
            ("أقال الرئيس يوم الثلاثاء وزير الدفاع.", EventType::Political),
            // a president elected who takes office
            ("تولى الرئيس المنتخب يوم الثلاثاء السلطة رسميا.", EventType::Political),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn a_president_held_by_his_guard_and_a_regime_ended_are_a_coup_and_a_deadline_given_is_not() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            (
                "Des éléments de la garde présidentielle retiennent depuis mardi le président dans son palais.",
                EventType::Coup,
            ),
            ("Mardi soir, des militaires ont annoncé à la télévision avoir mis fin au régime.", EventType::Coup),
            (
                "L'organisation a accordé mardi un délai d'une semaine aux militaires, sous peine de sanctions.",
                EventType::Diplomatic,
            ),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn the_president_seized_is_not_the_one_who_seizes_power() {
    // published on Wednesday 19 August 2020: Tuesday is the 18th
    let e = super::meaning_tests::event_on(
        "Le président Ibrahim Boubacar Keïta a été arrêté mardi par des militaires.",
        "2020-08-19",
        "2020-08-18",
    );
    assert!(!e.actors.iter().any(|a| a.contains("Keïta")), "{}: {:?}", e.title, e.actors);
    // nor does his resignation told in the same article make him the coup's actor
    let ev = super::meaning_tests::events(
        "Titre\nاعتقل جنود متمردون مساء الثلاثاء الرئيس إبراهيم بوبكر كيتا.\nوأعلن كيتا في وقت لاحق مساء الثلاثاء استقالته وحل البرلمان.\n",
        "2020-08-19",
    );
    let coup = super::meaning_tests::one_where(&ev, |e| e.event_type == EventType::Coup);
    assert!(!coup.title.contains("Keïta"), "{}", coup.title);
}

#[test]
fn coups_listed_by_their_months_are_each_a_coup() {
    for text in [
        "Le Mali s'est tourné vers la Russie après les coups d'État d'août 2020 et de mai 2021.",
        "Depuis les coups d'État d'août 2020 et d'avril 2021, le pays est dirigé par des militaires.",
    ] {
        let ev = super::meaning_tests::events(&format!("Titre\n{text}\n"), "2023-06-30");
        let coups = ev.iter().filter(|e| e.event_type == EventType::Coup).count();
        assert_eq!(coups, 2, "{text}: {:?}", super::meaning_tests::titles_of(&ev));
    }
}

#[test]
fn coups_told_by_a_pronoun_after_their_noun_are_coups_where_each_date_says() {
    // `ceux de janvier 2022 et de septembre 2022`: the putsches, in Burkina Faso
    let ev = super::meaning_tests::events(
        "Titre\nLe Niger a connu un putsch en juillet 2023, après ceux de janvier 2022 et de septembre 2022 au Burkina Faso.\n",
        "2024-04-18",
    );
    let titles = super::meaning_tests::titles_of(&ev);
    for month in ["2022-01", "2022-09"] {
        let e = super::meaning_tests::one_where(&ev, |e| super::meaning_tests::starts_on(e, month));
        assert_eq!(e.event_type, EventType::Coup, "{month}: {titles:?}");
        assert!(e.title.contains("Burkina Faso"), "{month}: {titles:?}");
    }
    let july = super::meaning_tests::one_where(&ev, |e| super::meaning_tests::starts_on(e, "2023-07"));
    assert!(july.title.contains("Niger"), "{titles:?}");
}

#[test]
fn an_army_officer_suspending_the_constitution_is_a_coup_its_supporters_marching_are_a_protest() {
    // published on Monday 6 September 2021: Sunday is the 5th
    each_typed_on(
        &[
            ("أعلن المقدم قائد وحدة المظليين في الجيش يوم الأحد حل الحكومة وتعليق العمل بالدستور.", EventType::Coup),
            (
                "Des militaires ont retenu M. Kaboré, avant d'annoncer dimanche la suspension de la Constitution.",
                EventType::Coup,
            ),
            ("نظم أنصار الانقلاب يوم الأحد تظاهرة أمام السفارة الفرنسية.", EventType::Political),
            ("Des partisans de la junte ont manifesté dimanche devant l'ambassade de France.", EventType::Political),
        ],
        "2021-09-06",
        "2021-09-05",
    );
    // an election won is the election, not the protests it set off
    let ev = super::meaning_tests::events(
        "عنوان\nوكان الرئيس قد فاز في أكتوبر 2020 بولاية ثالثة، ما أثار احتجاجات دامية.\n",
        "2021-09-06",
    );
    let october = super::meaning_tests::one_where(&ev, |e| super::meaning_tests::starts_on(e, "2020-10"));
    assert!(super::meaning_tests::has_kind(october, "election"), "{}", october.title);
}

#[test]
fn a_coup_attempt_foiled_is_of_the_coups_family_and_not_a_seizure_of_power_by_who_foiled_it() {
    // published on Monday 16 May 2022: Friday is the 13th
    for text in [
        "أعلنت الحكومة الانتقالية يوم الجمعة أنها أحبطت محاولة انقلابية دبرها عدد من الضباط.",
        "Le gouvernement de transition a déjoué vendredi une tentative de putsch fomentée par des officiers.",
    ] {
        let e = super::meaning_tests::event_on(text, "2022-05-16", "2022-05-13");
        assert_eq!(e.event_type, EventType::Coup, "{text}: {}", e.title);
        assert!(super::meaning_tests::has_kind(&e, "coup_foiled"), "{text}: {}", e.title);
        assert!(!e.title.contains("seize"), "{text}: {}", e.title);
    }
}

#[test]
fn a_coup_s_title_names_no_one_of_another_act_merged_with_it() {
    // published on Wednesday 19 August 2020: the mutiny on Tuesday, the president's resignation
    // that night
    let ev = super::meaning_tests::events(
        "عنوان\nأعلن الرئيس المالي إبراهيم بوبكر كيتا ليل الثلاثاء الأربعاء استقالته وحل البرلمان، بعد ساعات من اعتقاله على يد عسكريين متمردين.\nوكان جنود قد تمردوا صباح الثلاثاء في معسكر كاتي قبل أن يتوجهوا إلى باماكو.\n",
        "2020-08-19",
    );
    let coup = super::meaning_tests::one_where(&ev, |e| e.event_type == EventType::Coup);
    assert!(!coup.title.contains("Keïta"), "{}", coup.title);
}

#[test]
fn a_seizure_of_power_and_the_one_a_pronoun_stands_for_are_coups_and_firmness_closes_nothing() {
    // published on Monday 3 October 2022: Friday is 30 September
    let ev = events(
        "Titre\nVendredi soir, des militaires ont renversé le chef de la junte. La Communauté économique des États \
         de l'Afrique de l'Ouest a « condamné avec la plus grande fermeté » cette prise de pouvoir, la deuxième \
         dans le pays cette année, après celle du 24 janvier.\n",
        "2022-10-03",
    );
    // `celle du 24 janvier` stands for a seizure of power: a coup, not a closure read in `fermeté`
    assert_eq!(type_on(&ev, "2022-01-24"), EventType::Coup, "{:?}", titles_of(&ev));
    assert!(!ev.iter().any(|e| has_kind(e, "closure")), "{:?}", titles_of(&ev));
    // the organisation's full name is no place of West Africa
    assert!(!ev.iter().any(|e| e.places.iter().any(|p| p == "West Africa")), "{:?}", titles_of(&ev));
}

#[test]
fn one_appointed_after_the_second_coup_is_appointed_not_a_coup() {
    each_typed_on(
        &[
            (
                "Nommé en juin 2021 après le second coup d'État, l'ancien opposant a soutenu la junte.",
                EventType::Political,
            ),
            ("Il a été nommé en juin 2021 après le premier coup d'État.", EventType::Political),
        ],
        "2024-11-22",
        "2021-06",
    );
}

#[test]
fn a_coup_attempt_that_failed_is_foiled() {
    // published on Friday 2 April 2021: Wednesday is 31 March
    for text in [
        "Titre\nUne tentative de coup d'État manquée a eu lieu mercredi à Niamey.\n",
        "عنوان\nشهدت النيجر يوم الأربعاء محاولة انقلاب فاشلة.\n",
    ] {
        let ev = events(text, "2021-04-02");
        assert!(ev.iter().any(|e| has_kind(e, "coup_foiled")), "{text}: {:?}", titles_of(&ev));
    }
}

#[test]
fn soldiers_dissolving_the_institutions_stage_a_coup_and_its_leader_sworn_in_is_an_inauguration() {
    // published on Wednesday 18 September 2024: Sunday is the 15th
    each_typed_on(
        &[
            ("أعلن العسكريون يوم الأحد عبر التلفزيون الرسمي حل المؤسسات.", EventType::Coup),
            ("أدى قائد الانقلاب يوم الأحد اليمين رئيسا للمرحلة الانتقالية.", EventType::Political),
            ("Le chef des putschistes a prêté serment dimanche.", EventType::Political),
        ],
        "2024-09-18",
        "2024-09-15",
    );
}

#[test]
fn soldiers_surrounding_the_president_s_residence_stage_a_coup() {
    // published on Wednesday 18 September 2024: Sunday is the 15th
    each_typed_on(
        &[
            ("Des militaires ont encerclé dimanche la résidence du président.", EventType::Coup),
            ("حاصر جنود متمردون يوم الأحد مقر إقامة الرئيس.", EventType::Coup),
            ("Dimanche, des soldats ont annoncé à la télévision la dissolution des institutions.", EventType::Coup),
            // a town besieged stays an attack
            ("حاصر مسلحون يوم الأحد مدينة بوني.", EventType::Attack),
        ],
        "2024-09-18",
        "2024-09-15",
    );
}

#[test]
fn a_president_s_resignation_on_the_coup_s_day_is_his_own_act() {
    for (text, coup_day) in [
        (
            "Titre\nDes militaires ont arrêté mardi le président à Bamako.\nLe président a annoncé sa démission mardi soir à la télévision.\n",
            "2020-08-18",
        ),
        (
            "عنوان\nاعتقل عسكريون يوم الثلاثاء الرئيس في باماكو.\nوأعلن الرئيس استقالته مساء الثلاثاء في كلمة متلفزة.\n",
            "2020-08-18",
        ),
    ] {
        let ev = events(text, "2020-08-19");
        assert_eq!(type_on(&ev, coup_day), EventType::Coup, "{:?}", titles_of(&ev));
        assert!(
            ev.iter().any(|e| e.event_type == EventType::Political && has_kind(e, "resignation")),
            "{text}: {:?}",
            titles_of(&ev)
        );
    }
}

#[test]
fn a_mutiny_that_breaks_out_in_a_barracks_is_the_coup_not_the_visit_it_interrupts() {
    // published on Wednesday 18 September 2024: Sunday is the 15th
    each_typed_on(
        &[
            ("واندلع التمرد في ثكنة كاتي مساء الأحد، خلال زيارة لوزير الدفاع.", EventType::Coup),
            ("اندلع يوم الأحد تمرد داخل معسكر كاتي.", EventType::Coup),
        ],
        "2024-09-18",
        "2024-09-15",
    );
}

#[test]
fn deaths_told_beside_the_coup_s_noun_are_its_toll_the_coup_told_by_its_verb_stays_one() {
    for (sentence, t) in [
        ("قتل أربعة أشخاص الثلاثاء في باماكو خلال الانقلاب، حسب مصادر طبية.", EventType::CasualtyReport),
        (
            "Le putsch de mardi a fait quatre morts et quinze blessés, selon des sources hospitalières.",
            EventType::CasualtyReport,
        ),
        ("أطاح عسكريون بالرئيس الثلاثاء في انقلاب قتل فيه أربعة أشخاص.", EventType::Coup),
    ] {
        let ev = super::meaning_tests::events(&format!("Titre\n{sentence}\n"), "2020-08-20");
        assert_eq!(super::meaning_tests::type_on(&ev, "2020-08-18"), t, "{sentence}");
    }
}

#[test]
fn a_coup_someone_is_charged_with_is_no_coup_of_the_day() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    each_typed_on(
        &[
            ("أعلن الرئيس الانتقالي يوم الثلاثاء عفوا عن العسكريين المتهمين بمحاولة الانقلاب.", EventType::Political),
            (
                "Le président de la transition a gracié mardi les militaires condamnés pour tentative de coup d'État.",
                EventType::Political,
            ),
        ],
        "2024-04-18",
        "2024-04-16",
    );
}

#[test]
fn the_putschists_named_as_who_acts_are_people_not_the_coup() {
    // published on Sunday 9 June 2024: Thursday is the 6th
    let ev = events("Titre\nLes putschistes ont annoncé jeudi la fermeture des frontières du pays.\n", "2024-06-09");
    assert_ne!(type_on(&ev, "2024-06-06"), EventType::Coup, "{:?}", titles_of(&ev));
    // their act of taking power is still the coup
    let ev = events("Titre\nLes putschistes ont renversé jeudi le président.\n", "2024-06-09");
    assert_eq!(type_on(&ev, "2024-06-06"), EventType::Coup, "{:?}", titles_of(&ev));
}
