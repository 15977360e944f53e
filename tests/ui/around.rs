//! "Events around this one": ±N days around the selected event, from the source panel; the
//! timeline shows that window and Escape goes back.

use egui_kittest::kittest::Queryable;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;

use crate::common;

#[test]
fn seven_days_around_an_event_show_exactly_the_events_of_that_window() {
    let mut h = common::app_harness(TarikhApp::new(tarikh::explore::synthetic_explorer(1_200)), [1280.0, 720.0]);
    h.state_mut().apply(Command::FitAll);
    h.run_steps(2);
    let before = h.state().x.view();
    let all = h.state().x.shown().len();
    let c = h.state().x.n_dated() / 2;
    h.state_mut().apply(Command::Select(Some(c)));
    h.run_steps(2);
    // the default window is ±7 days
    h.get_by_label("Show events around").click();
    h.run_steps(3);
    let x = &h.state().x;
    let w = x.events()[c].when.unwrap();
    let (lo, hi) = (w.first_day() - chrono::Duration::days(7), w.last_day() + chrono::Duration::days(7));
    let mut want: Vec<usize> = (0..x.events().len())
        .filter(|&i| i == c || x.events()[i].when.is_some_and(|v| lo <= v.first_day() && v.last_day() <= hi))
        .collect();
    let mut shown = x.shown().to_vec();
    shown.sort_unstable();
    want.sort_unstable();
    assert_eq!(shown, want);
    assert!(shown.len() > 1 && shown.len() < all, "{} of {all}", shown.len());
    // the timeline is zoomed to the window, and says what it shows
    let (a, b) = x.view();
    assert!(b - a < 40.0 && b - a > 14.0, "{a}..{b}");
    h.get_by_label_contains(&format!("±7 days, {} shown", want.len()));
    // Escape: every event again, the view from before
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.state().x.filter().around.is_none());
    assert_eq!(h.state().x.shown().len(), all);
    assert_eq!(h.state().x.view(), before);
    assert!(h.query_by_label_contains("±7 days").is_none());
}

#[test]
fn a_wider_window_sharing_a_place_keeps_only_that_place() {
    let mut h = common::app_harness(TarikhApp::new(tarikh::explore::synthetic_explorer(1_200)), [1280.0, 720.0]);
    // a day event with another event of its place within a month of it (the synthetic events
    // are drawn at random among Mali's places: not every one has such a neighbour)
    let x = &h.state().x;
    let day = |i: usize| x.events()[i].when.filter(|w| w.first_day() == w.last_day()).map(|w| w.first_day());
    let neighbour = |i: usize| {
        let (Some(d), places) = (day(i), &x.events()[i].places) else { return false };
        (0..x.n_dated()).any(|j| {
            j != i
                && day(j).is_some_and(|e| (e - d).num_days().abs() <= 30)
                && x.events()[j].places.iter().any(|p| places.contains(p))
        })
    };
    let c = (x.n_dated() / 3..x.n_dated()).find(|&i| neighbour(i)).expect("an event with a neighbour of its place");
    h.state_mut().apply(Command::Select(Some(c)));
    h.run_steps(2);
    h.get_by_label("same place").click();
    h.run_steps(1);
    h.state_mut().around.days = 60;
    h.get_by_label("Show events around").click();
    h.run_steps(3);
    let x = &h.state().x;
    let places = &x.events()[c].places;
    assert!(x.shown().len() > 1);
    assert!(x.shown().iter().all(|&i| x.events()[i].places.iter().any(|p| places.contains(p))));
    h.get_by_label("Back (Esc)").click();
    h.run_steps(2);
    assert!(h.state().x.filter().around.is_none());
}
