//! Who arrives (on sentences written for these tests): troops deploy, and a head of state
//! welcomed on arrival (`est arrivé vendredi soir à Niamey, accueilli par le général`) visits.

use super::kind_case_tests::each_of_kind_on;
use crate::model::EventType;

#[test]
fn a_head_of_state_welcomed_on_arrival_visits_and_troops_deploy() {
    each_of_kind_on(
        &["Le capitaine Ibrahim Traoré est arrivé vendredi soir à Niamey, accueilli à l'aéroport par le général Tiani."],
        "2024-07-06",
        "2024-07-05",
        EventType::Diplomatic,
        "visit",
    );
    each_of_kind_on(
        &["Un contingent de soldats tchadiens est arrivé vendredi soir à Kidal."],
        "2024-07-06",
        "2024-07-05",
        EventType::Deployment,
        "arrival",
    );
}
