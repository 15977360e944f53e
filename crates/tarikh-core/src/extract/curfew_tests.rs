//! The hours of a curfew (on sentences written for these tests): a span of clock hours without a
//! day after the word of a curfew (`de 21 heures à 5 heures`, `من التاسعة ليلا حتى الخامسة
//! صباحا`) holds every day and is no time of the coup or the act told before it; a single hour
//! the measure starts from is its time.

use super::meaning_tests::{days_of, events};

#[test]
fn a_curfew_s_hours_are_no_time_of_the_act_before_them() {
    // published on Monday 3 October 2022: Friday is 30 September
    for text in [
        "Titre\nVendredi soir, des militaires ont pris le pouvoir. Un couvre-feu a été instauré de 21 heures à 5 heures.\n",
        "Titre\nVendredi soir, des militaires ont pris le pouvoir. Un couvre-feu a été instauré entre 21 heures et 5 heures.\n",
        "عنوان\nاستولى عسكريون على السلطة مساء الجمعة. وفرض حظر التجول من الساعة التاسعة ليلا حتى الخامسة صباحا.\n",
    ] {
        let days = days_of(&events(text, "2022-10-03"));
        assert!(!days.is_empty() && days.iter().all(|d| d == "2022-09-30"), "{text}: {days:?}");
    }
    // the hours a fight lasted are its time
    let text = "Titre\nVendredi, des jihadistes ont attaqué le camp. Les combats ont duré de 6 heures à 10 heures.\n";
    let days = days_of(&events(text, "2022-10-03"));
    assert!(days.iter().any(|d| d.starts_with("2022-09-30T06:00")), "{days:?}");
}
