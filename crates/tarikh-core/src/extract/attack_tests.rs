//! Who attacks, and what the attack is (on sentences written for these tests): the dead are an
//! armed act's victims, never its agents (soldiers killed in an attack do not attack their own
//! camp); attackers arriving are the attack under way, not a deployment; losses suffered are
//! told in a casualty report, losses inflicted in a claim by whoever inflicted them; shells that
//! fall (`se sont abattus`) are shelling, not killings; Dozo hunters named in French fight; who
//! announces a claim (`أعلن تنظيم القاعدة مسؤوليته`) is the claimant; the forces of Algeria, Niger
//! and Burkina Faso are named in both languages; those struck `contre des` (or `contre des «`)
//! men are the strikes' targets, not their authors; men `neutralized` (`حيد`) are an operation's
//! victims; a force that backs an act (`appuyée par Wagner`) is not its agent, and after a French
//! auxiliary the subject comes before the verb's object; who undergoes an attack (`تعرض الجيش
//! لهجوم`, `ont fait l'objet de deux attaques`, `ont subi`) is not its agent, and an attack not
//! claimed by a day is not dated by it. Lives lost (`ont perdu la vie`) are deaths, and people
//! wounded (`أصيب … بجروح`) a toll; dying of one's wounds is the death. Whose vehicle or men a mine
//! or a blast hit (`un véhicule des FAMa a sauté sur une mine`) are its victims. A claim of killings
//! told before who reports it on a day is that day's claim; a group that says it carried out an
//! attack (`être l'auteur`, `dit avoir mené`, `أعلنت أنها نفذت`) claims it. A patrol targeted
//! (`استهداف`, the verb's noun) is attacked; a town recovered or overrun by the verbs' nouns
//! (`استرجاع`, `اجتياح`) is taken; `pilonné`, `égorgé` are attacks. A group that takes on an
//! attack (`a endossé la responsabilité`, `a assumé`, `être à l'origine de`) or says it killed
//! (`ادعى … أنه قتل`) claims it.

use super::meaning_tests::{each_typed_on, event_on, events, one_where, titles_of, type_on};
use crate::model::EventType;

#[test]
fn soldiers_told_as_the_dead_are_not_the_attackers() {
    // published on Tuesday 14 October 2025: Sunday is the 12th
    for text in [
        "Au moins trente soldats maliens ont été tués dimanche dans l'attaque du camp militaire de Boulkessi.",
        "قتل ثلاثون جنديا ماليا يوم الأحد في هجوم استهدف معسكر بولكيسي.",
        "مقتل جنديين ماليين يوم الأحد في هجوم على معسكر بولكيسي.",
        // a count in construct with them, and a force joined to them by a conjunction
        "قتل عشرات الجنود الماليين وعناصر فاغنر يوم الأحد في هجوم على معسكر بولكيسي.",
    ] {
        let e = event_on(text, "2025-10-14", "2025-10-12");
        assert!(!e.actors.iter().any(|a| a == "Malian Armed Forces" || a == "Wagner Group"), "{text}: {}", e.title);
    }
    // nor is the army whose post was attacked (`موقعا للجيش المالي`)
    let e = event_on("هاجم مسلحون يوم الأحد موقعا للجيش المالي قرب بوني.", "2025-10-14", "2025-10-12");
    assert!(!e.actors.iter().any(|a| a == "Malian Armed Forces"), "{}: {:?}", e.title, e.actors);
    // the army that kills stays the one that acts, its article right after the verb
    for text in [
        "قتل الجيش المالي يوم الأحد ثلاثين مسلحا قرب بوني.",
        "Les soldats maliens ont tué dimanche trente assaillants près de Boni.",
    ] {
        let e = event_on(text, "2025-10-14", "2025-10-12");
        assert!(e.actors.iter().any(|a| a == "Malian Armed Forces"), "{text}: {}", e.title);
    }
}

#[test]
fn attackers_arriving_are_the_attack_under_way() {
    let text = "Titre\nLes assaillants, arrivés à moto dimanche à l'aube, ont été repoussés par des renforts.\n";
    let ev = events(text, "2025-10-14");
    assert_eq!(type_on(&ev, "2025-10-12"), EventType::Attack, "{:?}", titles_of(&ev));
    // troops arriving stay a deployment
    let ev = events("Titre\nDes renforts sont arrivés dimanche à Boulkessi.\n", "2025-10-14");
    assert_eq!(type_on(&ev, "2025-10-12"), EventType::Deployment, "{:?}", titles_of(&ev));
}

#[test]
fn losses_suffered_are_a_casualty_report_and_losses_inflicted_a_claim_of_who_inflicted_them() {
    // published on Tuesday 14 October 2025: Sunday is the 12th
    each_typed_on(
        &[
            ("أقر الجيش مساء الأحد بتكبده خسائر كبيرة خلال المعارك قرب الحدود.", EventType::CasualtyReport),
            // (where it was said, between the verb and what it says)
            ("La milice a reconnu dimanche sur Telegram avoir subi de lourdes pertes.", EventType::CasualtyReport),
            (
                "L'armée a admis avoir enregistré de lourdes pertes dimanche dans les combats.",
                EventType::CasualtyReport,
            ),
            // losses suffered in fighting, no one saying so: the fighting
            ("وتكبد الجيش خسائر فادحة في اشتباكات مع المتمردين يوم الأحد.", EventType::Clash),
            ("L'armée a subi de lourdes pertes lors d'affrontements dimanche avec les rebelles.", EventType::Clash),
        ],
        "2025-10-14",
        "2025-10-12",
    );
    for text in [
        "Les rebelles du CSP ont affirmé dimanche avoir infligé de lourdes pertes à l'armée malienne et aux mercenaires de Wagner.",
        "قال الإطار الاستراتيجي الدائم يوم الأحد إنه كبد الجيش المالي وفاغنر خسائر فادحة.",
    ] {
        let e = event_on(text, "2025-10-14", "2025-10-12");
        assert_eq!(e.event_type, EventType::Claim, "{text}: {}", e.title);
        assert!(e.actors.iter().any(|a| a == "CSP-DPA"), "{text}: {:?}", e.actors);
        assert!(!e.actors.iter().any(|a| a == "Malian Armed Forces" || a == "Wagner Group"), "{text}: {:?}", e.actors);
    }
}

#[test]
fn shells_that_fall_are_shelling_and_dozo_hunters_are_named_in_french() {
    let e = event_on("Des obus de mortier se sont abattus jeudi sur l'aéroport de Gao.", "2024-09-20", "2024-09-19");
    assert!(e.event_type == EventType::Attack && !e.title.contains("Killings"), "{}", e.title);
    let e = event_on(
        "Des affrontements ont opposé jeudi des chasseurs dozos à des éleveurs dans le centre.",
        "2024-09-20",
        "2024-09-19",
    );
    assert!(e.actors.iter().any(|a| a == "Dozo hunters"), "{}: {:?}", e.title, e.actors);
}

#[test]
fn who_announces_a_claim_is_the_claimant() {
    // published on Wednesday 1 June 2016
    for (text, group) in [
        ("أعلن تنظيم القاعدة مسؤوليته اليوم الأربعاء عن الهجوم على معسكر الأمم المتحدة.", "al-Qaeda"),
        ("أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها اليوم الأربعاء عن الهجوم.", "JNIM"),
    ] {
        let e = event_on(text, "2016-06-01", "2016-06-01");
        assert_eq!(e.event_type, EventType::Claim, "{text}: {}", e.title);
        assert!(e.actors.iter().any(|a| a == group), "{text}: {} {:?}", e.title, e.actors);
    }
}

#[test]
fn neighbours_forces_are_named_in_both_languages() {
    // published on Friday 4 April 2025: Thursday is the 3rd
    for (text, force) in [
        ("أسقط الجيش الجزائري يوم الخميس طائرة مسيرة مالية قرب تين زاوتين.", "Algerian Armed Forces"),
        ("L'armée algérienne a abattu jeudi un drone malien près de Tinzaouatène.", "Algerian Armed Forces"),
        ("L'armée nigérienne a mené jeudi des frappes près de Tillabéri.", "Nigerien Armed Forces"),
        ("L'armée burkinabè a mené jeudi des frappes près de Djibo.", "Burkinabe Armed Forces"),
    ] {
        let e = event_on(text, "2025-04-04", "2025-04-03");
        assert!(e.actors.iter().any(|a| a == force), "{text}: {} {:?}", e.title, e.actors);
    }
}

#[test]
fn men_struck_against_are_the_targets_not_the_attackers() {
    for text in [
        "Mardi, l'aviation a mené des frappes contre des terroristes près de Djibo.",
        "Mardi, l'aviation a mené des frappes contre des « terroristes » près de Djibo.",
    ] {
        let e = event_on(text, "2025-05-15", "2025-05-13");
        assert!(!e.actors.iter().any(|a| a == "Militants"), "{text}: {}", e.title);
    }
}

#[test]
fn men_neutralized_are_the_victims_of_the_operation_not_its_authors() {
    // published on Tuesday 14 October 2025: Sunday is the 12th
    for text in [
        "أعلن الجيش المالي يوم الأحد أنه حيد 40 مسلحين قرب بوني.",
        "أعلنت الحكومة المالية يوم الأحد أنها حيدت 40 إرهابيين قرب بوني.",
        "L'armée malienne a affirmé dimanche avoir neutralisé 40 terroristes près de Boni.",
    ] {
        let e = event_on(text, "2025-10-14", "2025-10-12");
        assert!(!e.actors.iter().any(|a| a == "Militants"), "{text}: {}", e.title);
    }
    // the army that neutralizes them stays the one that acts, its article right after the verb
    let e = event_on("حيد الجيش المالي يوم الأحد عشرات الإرهابيين قرب بوني.", "2025-10-14", "2025-10-12");
    assert!(e.actors.iter().any(|a| a == "Malian Armed Forces"), "{}", e.title);
}

#[test]
fn a_force_that_backs_an_act_is_not_its_agent() {
    // published on Wednesday 15 November 2023: Tuesday is the 14th
    for text in [
        "L'armée malienne, appuyée par Wagner, a attaqué mardi les positions des rebelles à Anéfis.",
        "L'armée malienne, appuyée par des drones, a attaqué mardi des rebelles à Anéfis.",
        "Les soldats maliens, soutenus par des mercenaires de Wagner, ont repris mardi le contrôle d'Anéfis.",
    ] {
        let e = event_on(text, "2023-11-15", "2023-11-14");
        assert_eq!(e.actors.first().map(String::as_str), Some("Malian Armed Forces"), "{text}: {}", e.title);
    }
    // a backer named twice, far from its word of support, is not the one that leaves
    let e = event_on(
        "Une colonne, appuyée par des drones et par les paramilitaires russes de Wagner, a quitté Anéfis mardi.",
        "2023-11-15",
        "2023-11-14",
    );
    assert!(!e.actors.iter().any(|a| a == "Wagner Group"), "{}", e.title);
}

#[test]
fn a_mourning_decreed_in_a_relative_clause_is_not_by_the_attackers_told_before_it() {
    let e = super::meaning_tests::event_on(
        "Quinze soldats ont été blessés et vingt assaillants tués, a précisé le ministre, qui a décrété un deuil national de deux jours à compter de mercredi.",
        "2024-04-22",
        "2024-04-24",
    );
    assert!(!e.title.contains("Militants"), "{}", e.title);
}

#[test]
fn who_another_verb_of_the_sentence_acts_on_is_not_the_agent_of_its_act() {
    // published on Tuesday 25 January 2022: Sunday is the 23rd
    let e = super::meaning_tests::event_on(
        "Dimanche, des tirs nourris ont éclaté dans une caserne de Ouagadougou, où des soldats réclamaient des moyens pour combattre les jihadistes.",
        "2022-01-25",
        "2022-01-23",
    );
    assert!(!e.title.contains("Militants"), "{}", e.title);
}

#[test]
fn bombs_that_go_off_are_attacks_and_the_camp_s_force_is_their_target() {
    // published on Monday 16 April 2018: Saturday is the 14th
    let e = super::meaning_tests::event_on(
        "Deux voitures piégées ont explosé samedi devant le camp de la force française Barkhane à Gao, lors d'une attaque qui a fait trois blessés.",
        "2018-04-16",
        "2018-04-14",
    );
    assert_eq!(e.event_type, EventType::Attack, "{}", e.title);
    assert!(!e.title.contains("French"), "{}", e.title);
    // a gas bottle is no weapon
    let ev = events("Titre\nUne bonbonne de gaz a explosé samedi dans un restaurant de Gao.\n", "2018-04-16");
    assert_ne!(type_on(&ev, "2018-04-14"), EventType::Attack, "{:?}", titles_of(&ev));
}

#[test]
fn who_undergoes_an_attack_is_not_its_agent() {
    // published on Wednesday 3 September 2025: Monday is the 1st
    for text in [
        "تعرض الجيش المالي يوم الاثنين لهجومين قرب بوني.",
        "Lundi, les FAMa ont fait l'objet de deux attaques près de Boni.",
        "Lundi, les FAMa ont subi deux attaques près de Boni.",
        // or fights it off
        "Les FAMa ont annoncé avoir repoussé lundi deux attaques près de Boni.",
    ] {
        let e = event_on(text, "2025-09-03", "2025-09-01");
        assert_eq!(e.event_type, EventType::Attack, "{text}: {}", e.title);
        assert_eq!(e.title, "Attack in Boni", "{text}");
    }
    // who attacks stays the agent
    let e = event_on("Lundi, les jihadistes du JNIM ont attaqué les FAMa près de Boni.", "2025-09-03", "2025-09-01");
    assert!(e.title.starts_with("JNIM attacks"), "{}", e.title);
}

#[test]
fn the_day_by_which_an_attack_had_not_been_claimed_dates_nothing() {
    // published on Wednesday 3 September 2025: Monday is the 1st, Tuesday the 2nd
    let ev = events(
        "Titre\nDeux postes de l'armée ont été attaqués lundi près de Boni. Ces attaques n'avaient pas été revendiquées mardi soir.\n",
        "2025-09-03",
    );
    assert!(!ev.iter().any(|e| e.when.is_some_and(|w| w.iso_start() == "2025-09-02")), "{:?}", titles_of(&ev));
}

#[test]
fn an_agent_a_word_introduces_is_the_agent_not_who_reports_on_the_act() {
    let text = "Titre\nخلص تحقيق أجرته بعثة الأمم المتحدة إلى أن غارة جوية نفذتها القوات الفرنسية يوم الأحد 3 يناير 2021 قتلت 19 مدنيا.\n";
    let ev = events(text, "2021-03-30");
    let strike = one_where(&ev, |e| e.event_type == EventType::Attack);
    assert_eq!(strike.actors, ["French forces"], "{}", strike.title);
}

#[test]
fn a_mosque_s_door_smashed_or_a_shrine_torn_down_by_armed_men_is_an_attack() {
    each_typed_on(
        &[
            ("حطم عناصر من جماعة مسلحة الاثنين باب مسجد تاريخي في المدينة.", EventType::Attack),
            ("هدم المسلحون الاثنين ضريحا في المدينة.", EventType::Attack),
            ("Des combattants ont brisé lundi la porte d'une mosquée historique de la ville.", EventType::Attack),
        ],
        "2012-07-04",
        "2012-07-02",
    );
}

#[test]
fn lives_lost_are_deaths_and_the_wounded_a_toll() {
    // published on Friday 15 March 2024: Monday is the 11th
    each_typed_on(
        &[
            ("Au moins dix soldats ont perdu la vie lundi à Boni.", EventType::Attack),
            ("أصيب خمسة جنود بجروح يوم الاثنين في بوني.", EventType::CasualtyReport),
            ("توفي جندي يوم الاثنين متأثرا بجروح أصيب بها في هجوم.", EventType::Attack),
        ],
        "2024-03-15",
        "2024-03-11",
    );
}

#[test]
fn whose_vehicle_hit_a_mine_is_its_victim_not_its_agent() {
    for text in [
        "Un véhicule des FAMa a sauté lundi sur une mine près de Boni.",
        "قتل جنديان من الجيش المالي يوم الاثنين في انفجار لغم قرب بوني.",
        // the noun of the blast, its victims the subject of a passive
        "Deux casques bleus ont été blessés lundi par l'explosion d'une mine près de Boni.",
    ] {
        let e = event_on(text, "2024-03-12", "2024-03-11");
        assert_eq!(e.event_type, EventType::Attack, "{text}: {}", e.title);
        assert!(e.actors.is_empty(), "{text}: {} {:?}", e.title, e.actors);
    }
}

#[test]
fn a_claim_of_killings_reported_on_a_day_is_the_claim_of_that_day() {
    let text = "وتبنى تنظيم القاعدة عملية قتل الصحفيين، بحسب وكالة أنباء محلية يوم الأربعاء.";
    let e = event_on(text, "2013-11-08", "2013-11-06");
    assert_eq!(e.event_type, EventType::Claim, "{}", e.title);
    // deaths reported on a day are its casualty report
    let e = event_on("وقتل خمسة جنود في الهجوم، بحسب مصدر أمني يوم الأربعاء.", "2013-11-08", "2013-11-06");
    assert_eq!(e.event_type, EventType::CasualtyReport, "{}", e.title);
}

#[test]
fn a_group_that_says_it_carried_out_an_attack_claims_it() {
    // published on Thursday 11 July 2024: Monday is the 8th
    each_typed_on(
        &[
            ("Lundi, l'État islamique au Sahel a affirmé être l'auteur de l'attaque de Ménaka.", EventType::Claim),
            (
                "Lundi, le JNIM a diffusé un communiqué dans lequel il dit avoir mené l'attaque de Kati.",
                EventType::Claim,
            ),
            ("وأعلنت الجماعة يوم الاثنين أنها نفذت الهجوم على معسكر كاتي.", EventType::Claim),
        ],
        "2024-07-11",
        "2024-07-08",
    );
}

#[test]
fn a_patrol_targeted_is_attacked_and_a_town_recovered_taken_by_the_verbs_nouns() {
    // `استهداف` (the targeting) is the noun of `استهدف`: an attack, not the patrol's deployment
    each_typed_on(
        &[
            ("استهداف دورية لقوات حفظ السلام قرب كيدال مساء السبت.", EventType::Attack),
            ("تم مساء السبت استهداف دورية للجيش قرب غاو.", EventType::Attack),
            ("أعلن الجيش مساء السبت استرجاع بلدة ليري.", EventType::Clash),
            ("اجتاح مسلحون مساء السبت بلدة ليري.", EventType::Clash),
            // and French verbs of shelling and of killing by the knife
            ("L'armée a pilonné samedi soir les positions rebelles près d'Anéfis.", EventType::Attack),
            ("Des hommes armés ont égorgé samedi soir trois bergers près de Niono.", EventType::Attack),
        ],
        "2023-06-20",
        "2023-06-17",
    );
}

#[test]
fn a_group_that_takes_on_or_says_it_did_an_attack_claims_it() {
    each_typed_on(
        &[
            ("L'EIGS a endossé samedi soir la responsabilité de l'embuscade.", EventType::Claim),
            ("Le GSIM a assumé samedi soir l'attaque de Kati dans un message audio.", EventType::Claim),
            ("Samedi soir, le groupe jihadiste a dit être à l'origine de l'attaque.", EventType::Claim),
            ("ادعى تنظيم الدولة مساء السبت أنه قتل عشرين جنديا في كمين.", EventType::Claim),
        ],
        "2023-06-20",
        "2023-06-17",
    );
    // a government that says it will do something claims nothing
    let ev = events("Titre\nزعمت الحكومة مساء السبت أنها ستنظم الانتخابات.\n", "2023-06-20");
    assert_ne!(type_on(&ev, "2023-06-17"), EventType::Claim, "{:?}", titles_of(&ev));
}
