//! Briefing mode driven headless with egui_kittest: F5 and the button start it on the seeds,
//! the keys step through the slides in time order (each slide showing its date, title and
//! Arabic quotes), Home/End jump, and Esc leaves with the slide's event selected. A trainer's
//! own slide order is kept in the workspace.

use egui::Key;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::explore::event_when_label;
use tarikh::explore::Command;

use crate::common;

fn harness(app: TarikhApp) -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    h
}

fn press(h: &mut Harness<'static, TarikhApp>, key: Key) {
    h.key_press(key);
    h.run_steps(2);
}

/// What the slide on screen says: its counter, and the event it shows (checked against the
/// labels drawn: date, title, a quote of each source article).
fn slide_on_screen(h: &Harness<'static, TarikhApp>) -> (usize, usize) {
    let b = &h.state().briefing;
    assert!(b.active, "the presentation is on");
    let n = b.slides.len();
    let k = b.slide;
    h.get_by_label(&format!("Slide {} of {n}", k + 1));
    let x = &h.state().x;
    let e = &x.events()[b.slides[k]];
    h.get_by_label(&event_when_label(e, tarikh::i18n::Lang::English));
    h.get_by_label(&e.title);
    let mut docs = std::collections::BTreeSet::new();
    // every source is quoted (the attack has four), none with an "outlet unknown" filler
    for m in &e.mentions {
        if docs.insert(m.doc) {
            let quote = x.corpus().documents[m.doc].quote(m);
            assert!(
                h.query_by_label(quote).is_some(),
                "quote of {} missing from slide {}: {quote}",
                x.corpus().documents[m.doc].file,
                k + 1
            );
        }
    }
    assert!(h.query_by_label_contains("outlet unknown").is_none());
    // a disputed event's slide says who claims what
    if x.disputed().get(b.slides[k]).copied().unwrap_or(false) {
        h.get_by_label_contains("The sources disagree: ");
    }
    (k, b.slides[k])
}

/// The app with the dates other articles suggest accepted (saved in its workspace).
fn dated(mut app: TarikhApp) -> TarikhApp {
    app.apply(Command::AcceptAllSuggestions);
    app
}

#[test]
fn f5_presents_the_seeds_in_time_order_and_esc_selects_the_slide() {
    let dir = common::copy_seeds("keys");
    let mut h = harness(dated(TarikhApp::load(&[dir])));
    assert!(!h.state().briefing.active);
    press(&mut h, Key::F5);
    let n = h.state().briefing.slides.len();
    assert_eq!(n, h.state().x.shown_dated().len(), "every dated event shown is a slide");
    // step through every slide with the keys
    let mut seen = vec![slide_on_screen(&h).1];
    for _ in 1..n {
        press(&mut h, Key::ArrowRight);
        let (k, i) = slide_on_screen(&h);
        assert_eq!(k, seen.len());
        seen.push(i);
    }
    press(&mut h, Key::ArrowRight); // past the end: stays on the last slide
    assert_eq!(slide_on_screen(&h).0, n - 1);
    let x = &h.state().x;
    let titles: Vec<&str> = seen.iter().map(|&i| x.events()[i].title.as_str()).collect();
    let starts: Vec<_> = seen.iter().map(|&i| x.events()[i].when.unwrap().start).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "chronological: {titles:?}");
    // the story of the seeds: the 2012 coup first, then the attack of 17 September 2024, the
    // casualty reports of the 19th and the embassy closure of the 20th
    assert!(titles[0].starts_with("Coup in Mali"), "{titles:?}");
    let pos = |f: &dyn Fn(&tarikh::model::Event) -> bool| {
        seen.iter().position(|&i| f(&x.events()[i])).unwrap_or_else(|| panic!("missing from {titles:?}"))
    };
    let day = |e: &tarikh::model::Event| e.when.unwrap().first_day().to_string();
    let attack = pos(&|e| e.title.starts_with("JNIM attacks gendarmerie school") && day(e) == "2024-09-17");
    let toll = pos(&|e| e.event_type == tarikh::model::EventType::CasualtyReport && day(e) == "2024-09-19");
    let embassy = pos(&|e| e.title.contains("Embassy") && day(e) == "2024-09-20");
    assert!(attack < toll && toll < embassy, "{titles:?}");
    // Page Up, Home and End
    press(&mut h, Key::PageUp);
    assert_eq!(slide_on_screen(&h).0, n - 2);
    press(&mut h, Key::Home);
    assert_eq!(slide_on_screen(&h).0, 0);
    press(&mut h, Key::End);
    assert_eq!(slide_on_screen(&h).0, n - 1);
    while h.state().briefing.slide > attack {
        press(&mut h, Key::PageUp);
    }
    // Esc leaves, with the slide's event selected
    press(&mut h, Key::Escape);
    assert!(!h.state().briefing.active);
    assert_eq!(h.state().x.selected(), Some(seen[attack]));
    h.get_by_label_contains("Tarikh — ");
}

#[test]
fn the_button_starts_at_the_selected_event_and_a_chosen_order_is_kept() {
    let dir = common::copy_seeds("order");
    let mut h = harness(dated(TarikhApp::load(std::slice::from_ref(&dir))));
    let dated = h.state().x.shown_dated().to_vec();
    // a trainer's briefing: the last event first, then the first one
    let (last, first) = (dated[dated.len() - 1], dated[0]);
    h.state_mut().apply(Command::BriefingEmpty);
    assert!(h.state().x.briefing_slides().is_empty());
    h.state_mut().apply(Command::BriefingAdd(last));
    // the first event joins from the list's context menu
    let e = &h.state().x.events()[first];
    let row = format!("{} {}", tarikh::app::event_labels::short_when(e, tarikh::i18n::Lang::English), e.title);
    h.get_by_label(&row).click_secondary();
    h.run_steps(2);
    h.get_by_label("Add to the briefing").click();
    h.run_steps(2);
    assert_eq!(h.state().x.briefing_slides(), vec![last, first]);
    h.state_mut().apply(Command::Select(Some(first)));
    h.run_steps(2);
    h.get_by_label("Briefing (F5)").click();
    h.run_steps(3);
    assert_eq!(slide_on_screen(&h), (1, first), "starts at the selected event");
    h.get_by_label("Slide 2 of 2");
    press(&mut h, Key::ArrowLeft);
    assert_eq!(slide_on_screen(&h), (0, last));
    press(&mut h, Key::Escape);
    assert_eq!(h.state().x.selected(), Some(last));
    // the order is saved in the workspace and comes back on reopening
    let app = h.state_mut();
    app.session.flush(&app.x);
    drop(h);
    let ids =
        |x: &tarikh::explore::Explorer, v: &[usize]| v.iter().map(|&i| x.events()[i].id.clone()).collect::<Vec<_>>();
    let before = ids(&common::seeds_dated_app().x, &[last, first]);
    let again = TarikhApp::load(&[dir]);
    assert_eq!(ids(&again.x, &again.x.briefing_slides()), before);
    // back to the default briefing
    let mut x = again.x;
    x.apply(Command::BriefingClear);
    assert_eq!(x.briefing_slides(), x.shown_dated().to_vec());
}
