//! Where a withdrawal happens and who withdraws (on sentences written for these tests): the
//! country it leaves, not one named nearer nor the seat of a junta; a country whose forces leave
//! is the one withdrawing, not the place; nor is who a passive verb names first its agent, nor
//! the army that receives a camp handed over; states that leave an organisation leave its membership;
//! forces present since a year were deployed then, and are not another force deployed that year;
//! a departure "completed" on a date is the withdrawal, and the forces "of" a departure leave; a
//! mission's end voted is its withdrawal; who demanded a withdrawal (`exigé par la junte`) does
//! not withdraw; a named operation ended by a verb (`أنهت عملية برخان`, `a mis fin à l'opération
//! Barkhane`) is its end, not its deployment; the day a leaving takes effect, told as still to come
//! (`qui doit devenir effectif le`, `الذي يصبح نافذا في`), is the leaving's, and no day before the
//! article's publication.

use super::meaning_tests::{event_on, events, has_kind, one_where, starts_on, titles_of};
use crate::model::EventType;

#[test]
fn a_withdrawal_happens_in_the_country_it_leaves_not_one_named_nearer() {
    for text in [
        "Titre\nQuelque 1 500 militaires français sont déployés au Niger depuis le départ des troupes françaises du Mali en 2022.\n",
        "عنوان\nوينتشر نحو 1500 جندي فرنسي في النيجر منذ انسحاب القوات الفرنسية من مالي عام 2022.\n",
    ] {
        let ev = events(text, "2023-07-28");
        let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
        assert!(w.title.ends_with("from Mali"), "{}", w.title);
    }
    // a country named further on, after another word of origin, is not what is left
    let ev = events(
        "Titre\nLes derniers soldats français ont quitté le Mali lundi 15 août par le poste frontière de Labbézanga, qui sépare le Mali du Niger.\n",
        "2022-08-16",
    );
    let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert!(!w.title.contains("Niger"), "{}", w.title);
}

#[test]
fn a_country_whose_forces_withdraw_is_not_where_they_withdraw() {
    let ev = events("Titre\n17 février 2022 : la France annonce le retrait de la force Barkhane.\n", "2024-07-26");
    let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert!(!w.places.iter().any(|p| p == "France"), "{:?} {:?}", w.places, titles_of(&ev));
    assert!(w.actors.iter().any(|a| a == "France"), "{:?}", w.actors);
    // nor is the town a junta rules from
    let ev = events(
        "Titre\nLe 15 août 2022, la France, en froid avec la junte au pouvoir à Bamako, a retiré ses derniers soldats du Mali.\n",
        "2024-07-26",
    );
    let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
    assert!(!w.title.contains("Bamako"), "{}", w.title);
}

#[test]
fn who_a_passive_verb_names_first_undergoes_it() {
    let ev = events("Titre\nLe Premier ministre Choguel Maïga a été limogé le 20 novembre 2024 par le président de la transition.\n", "2024-11-21");
    let e = one_where(&ev, |e| e.event_type == EventType::Political);
    assert!(!e.title.contains("by Choguel"), "{}", e.title);
    assert!(!e.actors.iter().any(|a| a.contains("Maïga")), "{:?}", e.actors);
}

#[test]
fn the_army_that_receives_a_camp_handed_over_does_not_withdraw() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    for text in [
        "L'armée malienne a pris possession mardi du camp de la Minusma à Aguelhok.",
        "تسلم الجيش المالي يوم الثلاثاء معسكر بعثة الأمم المتحدة في أغيلهوك.",
    ] {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert_eq!(e.event_type, EventType::Withdrawal, "{text}: {}", e.title);
        assert!(!e.actors.iter().any(|a| a == "Malian Armed Forces"), "{text}: {}", e.title);
    }
    // a mission's mandate ended is its withdrawal
    let e = event_on("Le Conseil de sécurité a mis fin mardi au mandat de la Minusma.", "2024-04-18", "2024-04-16");
    assert_eq!(e.event_type, EventType::Withdrawal, "{}", e.title);
}

#[test]
fn a_council_s_vote_to_end_a_mission_is_its_withdrawal_and_a_vote_alone_no_election() {
    // published on Thursday 18 April 2024: Tuesday is the 16th
    let text = "Le Conseil de sécurité de l'ONU a voté mardi à l'unanimité la fin du mandat de la Minusma.";
    let e = event_on(text, "2024-04-18", "2024-04-16");
    assert_eq!(e.event_type, EventType::Withdrawal, "{}", e.title);
    let e = event_on("Le Conseil national de transition a voté mardi à l'unanimité.", "2024-04-18", "2024-04-16");
    assert!(!e.title.starts_with("Election"), "{}", e.title);
}

#[test]
fn states_that_leave_an_organisation_of_states_leave_its_membership() {
    // published on Monday 29 January 2024: Sunday is the 28th; a word between the states and
    // the organisation
    let e = event_on(
        "عنوان\nأعلنت الحكومات الثلاث الأحد في بيان مشترك انسحاب الدول الثلاث \"بأثر فوري\" من المجموعة الاقتصادية لدول غرب أفريقيا.\n",
        "2024-01-29",
        "2024-01-28",
    );
    assert!(e.event_type == EventType::Diplomatic && has_kind(&e, "withdrawal_membership"), "{}", e.title);
    // a state that slams the organisation's door leaves it
    let e = event_on("Lundi, le Niger a claqué la porte de la Cédéao.", "2024-01-29", "2024-01-29");
    assert!(has_kind(&e, "withdrawal_membership"), "{}", e.title);
}

#[test]
fn forces_present_since_a_year_were_deployed_then_and_are_not_another_force_deployed_that_year() {
    for text in [
        "Titre\nLa mission de l'ONU, déployée depuis 2014, a quitté le pays fin 2023.\n",
        "عنوان\nغادرت البعثة الأممية المتمركزة في البلاد منذ 2014 نهاية عام 2023.\n",
        // (its deployment named by the noun with a pronoun: `منذ انتشارها`)
        "عنوان\nوغادرت البعثة الأممية البلاد نهاية عام 2023، بعد أكبر خسائر تكبدتها منذ انتشارها في مالي عام 2014.\n",
    ] {
        let ev = events(text, "2025-03-01");
        let since = one_where(&ev, |e| super::meaning_tests::starts_on(e, "2014"));
        assert_eq!(since.event_type, EventType::Deployment, "{text}: {:?}", titles_of(&ev));
        let end = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
        assert!(end.when.is_some_and(|w| w.iso_start().starts_with("2023")), "{text}: {:?}", titles_of(&ev));
    }
    // a force deployed in a month of that year, told in another article, stays another event
    let mut c = super::tests::corpus(&[
        ("a.txt", "Titre\nEn janvier 2014, des soldats tchadiens sont arrivés à Kidal.\n", Some("2025-03-01")),
        ("b.txt", "Titre\nLa mission de l'ONU, déployée depuis 2014, a quitté le pays fin 2023.\n", Some("2025-03-01")),
    ]);
    let ev = super::extract(&mut c).events;
    let deployments = ev.iter().filter(|e| e.event_type == EventType::Deployment).count();
    assert_eq!(deployments, 2, "{:?}", titles_of(&ev));
}

#[test]
fn a_departure_completed_on_a_date_is_the_withdrawal_of_the_forces_named_after_it() {
    let text = "Titre\nLe départ des soldats français, achevé en décembre 2023, a été suivi de celui des militaires américains.\n";
    let ev = events(text, "2025-03-12");
    let e = one_where(&ev, |e| starts_on(e, "2023-12"));
    assert_eq!(e.event_type, EventType::Withdrawal, "{:?}", titles_of(&ev));
    assert!(e.actors.iter().any(|a| a == "French forces"), "{:?}", titles_of(&ev));
    let ev = events("عنوان\nانسحاب القوات الأمريكية الذي اكتمل في سبتمبر 2024 أنهى عقدا من الوجود.\n", "2025-03-12");
    let e = one_where(&ev, |e| starts_on(e, "2024-09"));
    assert_eq!(e.event_type, EventType::Withdrawal, "{:?}", titles_of(&ev));
}

#[test]
fn a_single_state_that_leaves_an_organisation_is_the_one_leaving_not_the_place() {
    for text in ["Le Mali a quitté mardi le G5 Sahel.", "وكانت مالي قد انسحبت يوم الثلاثاء من مجموعة دول الساحل الخمس."]
    {
        let e = event_on(text, "2024-04-18", "2024-04-16");
        assert!(has_kind(&e, "withdrawal_membership"), "{text}: {}", e.title);
        assert_eq!(e.title, "Mali leaves organisation", "{text}");
    }
}

#[test]
fn a_mission_s_end_voted_is_its_withdrawal_not_an_election() {
    // published on Saturday 1 July 2023: Friday is the 30th
    let e = event_on(
        "Le Conseil de sécurité de l'ONU a voté vendredi à l'unanimité la fin de la mission de maintien de la paix au Mali.",
        "2023-07-01",
        "2023-06-30",
    );
    assert_eq!(e.event_type, EventType::Withdrawal, "{}", e.title);
}

#[test]
fn who_demanded_a_withdrawal_is_not_the_one_withdrawing() {
    let e = event_on(
        "Le retrait des casques bleus, exigé par la junte, doit s'achever le 31 décembre.",
        "2023-11-15",
        "2023-12-31",
    );
    assert!(!e.actors.iter().any(|a| a.contains("junta")), "{}: {:?}", e.title, e.actors);
}

#[test]
fn a_force_s_departure_or_its_men_s_exit_announced_is_its_withdrawal() {
    for sentence in [
        "أعلنت مجموعة فاغنر يوم الجمعة مغادرتها مالي.",
        "أعلنت المجموعة الجمعة خروج عناصرها من مالي.",
        "غادر المرتزقة الروس الجمعة قاعدة تمبكتو.",
    ] {
        let ev = events(&format!("عنوان\n{sentence}\n"), "2025-06-07");
        assert_eq!(
            super::meaning_tests::type_on(&ev, "2025-06-06"),
            EventType::Withdrawal,
            "{sentence}: {:?}",
            titles_of(&ev)
        );
    }
}

#[test]
fn a_state_that_intervened_with_its_army_deployed_forces_an_event_that_intervened_happened() {
    let ev =
        events("Titre\nLa France, qui est intervenue militairement en janvier, a salué le scrutin.\n", "2013-08-16");
    assert_eq!(super::meaning_tests::type_on(&ev, "2013-01"), EventType::Deployment, "{:?}", titles_of(&ev));
    let ev = events("Titre\nLeur libération est intervenue mardi après des négociations.\n", "2013-08-16");
    assert_ne!(super::meaning_tests::type_on(&ev, "2013-08-13"), EventType::Deployment, "{:?}", titles_of(&ev));
}

#[test]
fn a_named_operation_ended_by_a_verb_is_a_withdrawal_not_a_deployment() {
    for text in [
        "عنوان\nوكانت القوات الفرنسية قد أنهت عملية برخان في نوفمبر 2022.\n",
        "Titre\nLa France a mis fin à l'opération Barkhane en novembre 2022.\n",
        "Titre\nLes forces françaises ont achevé l'opération Barkhane en novembre 2022.\n",
    ] {
        let ev = events(text, "2024-07-30");
        assert_eq!(
            one_where(&ev, |e| starts_on(e, "2022-11")).event_type,
            EventType::Withdrawal,
            "{:?}",
            titles_of(&ev)
        );
    }
    // launched, it is deployed
    let ev = events("Titre\nLa France a lancé l'opération Barkhane en août 2014.\n", "2024-07-30");
    assert_eq!(one_where(&ev, |e| starts_on(e, "2014-08")).event_type, EventType::Deployment, "{:?}", titles_of(&ev));
}

#[test]
fn the_day_a_leaving_takes_effect_is_the_leaving_s_and_still_to_come() {
    for text in [
        "Titre\nPublié le 7 décembre 2024\nLe Mali et le Niger ont annoncé en janvier leur retrait de la Cédéao, qui doit devenir effectif le 29 janvier 2025.\n",
        "عنوان\nنشر في 7 ديسمبر 2024\nوأعلنت مالي والنيجر في يناير انسحابهما من الإيكواس، الذي يصبح نافذا في 29 يناير 2025.\n",
    ] {
        // the article's own dateline is kept: the effective day is not told as past
        let mut c = super::tests::corpus(&[("a.txt", text, None)]);
        let x = crate::extract::extract(&mut c);
        let published = c.documents[0].published.as_ref().map(|p| p.date.to_string());
        assert_eq!(published.as_deref(), Some("2024-12-07"), "{text}");
        let effect = x.events.iter().find(|e| e.when.is_some_and(|w| w.iso_start() == "2025-01-29")).expect("the day");
        assert!(has_kind(effect, "withdrawal_membership"), "{text}: {}", effect.title);
        // and January is the announcement's, of 2024
        assert!(x.events.iter().any(|e| e.when.is_some_and(|w| w.iso_start().starts_with("2024-01"))), "{text}");
    }
}

#[test]
fn the_last_soldier_of_a_country_leaving_a_countrys_soil_is_its_forces_withdrawal_from_it() {
    for text in [
        "عنوان\nغادر آخر جندي فرنسي الأراضي المالية يوم الثلاثاء.\n",
        "Titre\nLe dernier soldat français a quitté le sol malien mardi.\n",
    ] {
        let ev = events(text, "2022-08-17");
        let w = one_where(&ev, |e| e.event_type == EventType::Withdrawal);
        assert_eq!(w.title, "French forces withdraw from Mali", "{text}");
    }
}
