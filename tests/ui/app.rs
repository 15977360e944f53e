//! The desktop app driven headless with egui_kittest (no GPU): selecting from the list and
//! from the timeline, search in both scripts, document view and the way back, arrow keys.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::TarikhApp;
use tarikh::model::EventType;

use crate::common;

fn harness(app: TarikhApp) -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    h
}

fn seeds_app() -> TarikhApp {
    common::seeds_dated_app()
}

fn attack(app: &TarikhApp) -> usize {
    app.x
        .events()
        .iter()
        .position(|e| {
            e.event_type == EventType::Attack && e.when.is_some_and(|w| w.first_day().to_string() == "2024-09-17")
        })
        .unwrap()
}

/// The seeds, with the 17 September attack selected (no frame run since).
fn seeds_with_the_attack_selected() -> (Harness<'static, TarikhApp>, usize) {
    let mut h = harness(seeds_app());
    let i = attack(h.state());
    h.state_mut().apply(tarikh::explore::Command::Select(Some(i)));
    (h, i)
}

fn click_at(h: &mut Harness<'static, TarikhApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Default::default(),
        });
    }
    h.run_steps(2);
}

#[test]
fn starts_on_the_seeds() {
    let h = harness(seeds_app());
    h.get_by_label_contains("Tarikh — seeds");
    assert_eq!(h.state().x.corpus().documents.len(), 5);
    // the first view fits every dated event: 2012 to September 2024
    let (a, b) = h.state().x.view();
    let from = tarikh::explore::from_x(a).format("%Y").to_string();
    let to = tarikh::explore::from_x(b).format("%Y-%m").to_string();
    assert!(from.as_str() <= "2012" && to.as_str() >= "2024-09", "{from} .. {to}");
}

#[test]
fn selecting_the_attack_in_the_list_shows_all_four_articles() {
    let mut h = harness(seeds_app());
    let i = attack(h.state());
    h.get_by_label_contains("JNIM attacks gendarmerie school and military airport").click();
    h.run_steps(3);
    assert_eq!(h.state().x.selected(), Some(i));
    // every mention's paragraph is on screen in the source panel, from four documents
    let e = h.state().x.events()[i].clone();
    let mut files = std::collections::BTreeSet::new();
    for m in &e.mentions {
        let text = h.state().x.corpus().documents[m.doc].paragraphs[m.paragraph].text.clone();
        assert!(h.query_by_label(&text).is_some(), "paragraph missing from the source panel: {text}");
        files.insert(h.state().x.corpus().documents[m.doc].file.clone());
    }
    assert_eq!(files.len(), 4);
    assert!(h.query_all_by_label("Show in document").count() >= e.mentions.len());
}

#[test]
fn clicking_the_marker_selects_the_same_event() {
    let mut h = harness(seeds_app());
    let i = attack(h.state());
    h.state_mut().apply(tarikh::explore::Command::Preset(2));
    h.run_steps(3);
    let pos = h.state().timeline.screen_pos(i).expect("the attack is drawn");
    click_at(&mut h, pos);
    assert_eq!(h.state().x.selected(), Some(i));
    h.get_by_label_contains("17 Sep 2024, about 05:30 GMT");
}

#[test]
fn search_in_arabic_or_english_finds_wagner() {
    for q in ["فاجنر", "Wagner"] {
        let mut h = harness(seeds_app());
        let all = h.state().x.shown().len();
        let search = h.get_by_role(Role::TextInput);
        search.focus();
        search.type_text(q);
        h.run_steps(3);
        let shown = h.state().x.shown().to_vec();
        assert!(!shown.is_empty() && shown.len() < all, "{q}: {} of {all}", shown.len());
        for &i in &shown {
            let e = &h.state().x.events()[i];
            let paragraphs = e
                .mentions
                .iter()
                .map(|m| h.state().x.corpus().documents[m.doc].paragraphs[m.paragraph].text.clone())
                .collect::<Vec<_>>();
            assert!(
                e.actors.iter().any(|a| a == "Wagner Group")
                    || paragraphs.iter().any(|p| p.contains("فاغنر") || p.contains("فاجنر")),
                "{q}: {}",
                e.title
            );
            assert!(h.query_by_label_contains(&e.title).is_some(), "{} not listed", e.title);
        }
        let tin = h.state().x.events().iter().position(|e| e.title.contains("Tin Zaouaten")).unwrap();
        assert!(shown.contains(&tin), "the July battle names Russian mercenaries (Wagner)");
        // the 17 September attack: Wagner is named in its sources, not in its title
        let attack = attack(h.state());
        assert!(!h.state().x.events()[attack].title.contains("Wagner"));
        assert!(shown.contains(&attack), "{q}: the attack struck Wagner positions, say its sources");
    }
}

#[test]
fn a_partial_arabic_word_finds_the_actor_in_every_spelling() {
    let mut h = harness(seeds_app());
    let search = h.get_by_role(Role::TextInput);
    search.focus();
    search.type_text("فاجن");
    h.run_steps(3);
    let shown = h.state().x.shown().to_vec();
    let tin = h.state().x.events().iter().position(|e| e.title.contains("Tin Zaouaten")).unwrap();
    assert!(shown.contains(&tin), "فاجن finds فاجنر and فاغنر: {} shown", shown.len());
}

#[test]
fn a_paragraph_in_the_document_view_selects_its_event() {
    let mut h = harness(seeds_app());
    let funerals = h.state().x.events().iter().position(|e| e.title.starts_with("Funerals")).unwrap();
    let toll = h.state().x.events().iter().position(|e| e.event_type == EventType::CasualtyReport).unwrap();
    h.state_mut().apply(tarikh::explore::Command::Select(Some(funerals)));
    h.run_steps(3);
    h.get_by_label("Show in document").click();
    h.run_steps(3);
    assert!(h.state().x.document().is_some());
    // the toll paragraph of the same article feeds the casualty report
    let m = h.state().x.events()[toll].mentions[0].clone();
    let text = h.state().x.corpus().documents[m.doc].paragraphs[m.paragraph].text.clone();
    h.get_by_label(&text).scroll_to_me();
    h.run_steps(3);
    h.get_by_label(&text).click();
    h.run_steps(3);
    assert_eq!(h.state().x.selected(), Some(toll));
    h.get_by_label("< Back to the event").click();
    h.run_steps(2);
    assert!(h.state().x.document().is_none());
    // the source panel shows the newly selected event's header again
    let title = h.state().x.events()[toll].title.clone();
    h.get_by_label(&title);
}

#[test]
fn arrow_keys_step_through_events_in_time_order() {
    let mut h = harness(seeds_app());
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    let dated = h.state().x.shown_dated().to_vec();
    assert_eq!(h.state().x.selected(), Some(dated[0]));
    h.key_press(egui::Key::ArrowRight);
    h.run_steps(2);
    assert_eq!(h.state().x.selected(), Some(dated[1]));
    h.key_press(egui::Key::ArrowLeft);
    h.run_steps(2);
    assert_eq!(h.state().x.selected(), Some(dated[0]));
    let v = h.state().x.view();
    h.key_press(egui::Key::Plus);
    h.run_steps(2);
    assert!(h.state().x.view().1 - h.state().x.view().0 < v.1 - v.0);
    h.key_press(egui::Key::Home);
    h.run_steps(2);
    assert!((h.state().x.view().1 - h.state().x.view().0 - (v.1 - v.0)).abs() < 1e-6);
}

#[test]
fn select_with_zoom_picks_the_best_match_in_the_zoomed_week_and_keeps_the_zoom() {
    let mut app = seeds_app();
    let startup =
        tarikh::app::Startup { zoom: Some("week".into()), select: Some("attack".into()), ..Default::default() };
    app.start_with(&startup);
    let view_after_zoom = {
        let mut probe = seeds_app();
        probe.start_with(&tarikh::app::Startup { zoom: Some("week".into()), ..Default::default() });
        probe.x.view()
    };
    let h = harness(app);
    let x = &h.state().x;
    let sel = x.selected().expect("an event is selected");
    assert_eq!(
        sel,
        attack(h.state()),
        "the 17 September 2024 attack, not the first title with 'attack': {}",
        x.events()[sel].title
    );
    assert_eq!(x.view(), view_after_zoom, "the zoom is kept");
}

#[test]
fn esc_clears_the_selection_and_brings_back_the_load_report_and_plus_zooms_around_the_selection() {
    let (mut h, i) = seeds_with_the_attack_selected();
    h.run_steps(2);
    let w = h.state().x.events()[i].when.unwrap();
    let s = tarikh::explore::span_of(&w);
    // + zooms around the selected event, which stays in view
    for _ in 0..6 {
        h.key_press(egui::Key::Plus);
        h.run_steps(1);
    }
    let (a, b) = h.state().x.view();
    assert!(a <= s.x0 && s.x1 <= b, "the selection left the view: {a}..{b} vs {}..{}", s.x0, s.x1);
    assert!(h.query_by_label_contains("Select an event on the timeline").is_none());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().x.selected(), None);
    h.get_by_label_contains("Select an event on the timeline");
}

#[test]
fn the_timeline_has_a_legend_of_its_marks() {
    let h = harness(seeds_app());
    for text in ["year, month or range", "day or time", "reference record (ACLED)", "sources disagree"] {
        h.get_by_label(text);
    }
}

#[test]
fn the_week_view_labels_its_marks_and_all_cuts_or_drops_labels_that_do_not_fit() {
    let mut app = seeds_app();
    app.start_with(&tarikh::app::Startup { zoom: Some("week".into()), ..Default::default() });
    let h = harness(app);
    let labels = h.state().timeline.labels.clone();
    let attack = attack(h.state());
    let title = h.state().x.events()[attack].title.clone();
    assert!(
        labels.iter().any(|(e, text)| *e == attack && *text == title),
        "the attack's full title beside its mark: {labels:?}"
    );
    // at "All", the crowded end of 2024 has no room: labels are cut with an ellipsis or left out
    let mut h = harness(seeds_app());
    h.run_steps(2);
    let all = h.state().timeline.labels.clone();
    let placed = h.state().timeline.placed.len();
    assert!(all.len() < placed, "{} labels for {placed} marks", all.len());
    for (e, text) in &all {
        let full = &h.state().x.events()[*e].title;
        assert!(
            text == full || (text.ends_with('…') && full.starts_with(text.trim_end_matches('…'))),
            "{text:?} vs {full:?}"
        );
    }
}

#[test]
fn lanes_grow_to_hold_their_rows_and_fold_away_when_filters_empty_them() {
    let mut h = harness(seeds_app());
    h.run_steps(3);
    let t = &h.state().timeline;
    assert!(!t.placed.is_empty());
    let mut rows_of: Vec<usize> = vec![0; t.lanes.len()];
    for p in &t.placed {
        rows_of[p.lane] = rows_of[p.lane].max(p.row + 1);
        let (lo, hi) = t.lane_span(p.lane);
        let y = t.y_of(p.lane, p.row);
        assert!(
            lo + 0.4 < y && y < hi - 0.4,
            "a mark of lane {} row {} at {y} outside its lane {lo}..{hi}",
            p.lane,
            p.row
        );
    }
    for (k, &rows) in rows_of.iter().enumerate() {
        let (lo, hi) = t.lane_span(k);
        assert_eq!((hi - lo).round() as usize, rows.max(1), "lane {k} is as tall as its rows");
    }
    assert!(rows_of.iter().any(|&r| r > 1), "the seeds stack some marks");
    // hiding a type folds its lane away
    let before = h.state().timeline.lanes.len();
    h.state_mut().apply(tarikh::explore::Command::ToggleType(EventType::Kidnapping));
    h.run_steps(3);
    assert_eq!(h.state().timeline.lanes.len(), before - 1);
    assert!(!h.state().timeline.lanes.iter().any(|l| l.event_type == EventType::Kidnapping));
}

#[test]
fn a_crowded_stretch_is_a_cluster_that_zooms_in_on_click() {
    let x = tarikh::explore::synthetic_explorer(1200);
    let mut h = harness(TarikhApp::new(x));
    h.state_mut().apply(tarikh::explore::Command::FitAll);
    h.run_steps(4);
    let t = &h.state().timeline;
    assert!(!t.aggregated, "1,200 events are drawn one by one");
    // the largest cluster a user can reach: lanes scrolled out of view are not clicked
    let visible = t.scrolled.or(t.plot_rect).expect("the timeline was drawn");
    let c = t
        .clusters
        .iter()
        .filter(|c| visible.contains(c.rect.center()))
        .max_by_key(|c| c.count)
        .cloned()
        .expect("a cluster in view at All");
    assert!(c.count >= 2, "{} clusters, the largest of {}", t.clusters.len(), c.count);
    assert!(t.placed.iter().all(|p| p.row < tarikh::app::timeline_view::MAX_ROWS), "no lane stacks past its rows");
    let before = h.state().x.view();
    click_at(&mut h, c.rect.center());
    let (a, b) = h.state().x.view();
    assert!(b - a < before.1 - before.0, "zoomed in");
    // onto the cluster's stretch: the whole of it, or (a stretch about as wide as the view) the
    // part around the click
    let whole = a <= c.x.0 && c.x.1 <= b;
    let part = c.x.0 <= a && b <= c.x.1 && (b - a) * 3.0 < before.1 - before.0;
    assert!(whole || part, "view {a}..{b}, cluster {:?}, before {before:?}", c.x);
}

#[test]
fn a_cluster_wider_than_the_frame_is_drawn_inside_it() {
    // 100,000 events: one week of a crowded year has stretches that run past both ends
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(100_000)));
    let week =
        tarikh::explore::to_x(chrono::NaiveDate::from_ymd_opt(2018, 3, 5).unwrap().and_hms_opt(0, 0, 0).unwrap());
    h.state_mut().apply(tarikh::explore::Command::View(week, week + 7.0));
    h.run_steps(3);
    let frame = h.state().timeline.transform.unwrap().frame().to_owned();
    assert!(!h.state().timeline.clusters.is_empty());
    for c in &h.state().timeline.clusters {
        assert!(
            c.rect.width() > 0.0 && c.rect.left() >= frame.left() - 0.5 && c.rect.right() <= frame.right() + 0.5,
            "{:?} outside {frame:?}",
            c.rect
        );
    }
}

#[test]
fn the_density_strip_shows_where_events_are_and_a_click_zooms_to_that_year() {
    let mut h = harness(seeds_app());
    h.run_steps(2);
    let t = &h.state().timeline;
    let strip = t.strip.expect("a density strip above the lanes");
    let tr = t.transform.unwrap();
    let lanes_top = tr.position_from_point_y(t.lane_span(0).1);
    assert!(strip.bottom() <= lanes_top + 0.5, "the strip sits above the lanes");
    let day = |y, m, d| {
        tarikh::explore::to_x(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(0, 0, 0).unwrap())
    };
    let px = tr.position_from_point_x(day(2024, 9, 17));
    click_at(&mut h, egui::pos2(px, strip.center().y));
    let (a, b) = h.state().x.view();
    assert!((a - day(2024, 1, 1)).abs() < 1e-6 && (b - day(2025, 1, 1)).abs() < 1e-6, "zoomed to 2024: {a}..{b}");
}

#[test]
fn source_cards_leave_out_an_outlet_that_is_not_known() {
    let (mut h, _) = seeds_with_the_attack_selected();
    h.run_steps(3);
    // the seeds name no outlet: the cards give file, language and date, no filler
    h.get_all_by_label_contains("000_aa9d35cc2d73f5e3.txt · Arabic · published 17 Sep 2024")
        .next()
        .expect("the first card's line");
    assert!(h.query_by_label_contains("outlet unknown").is_none());
}

#[test]
fn in_a_short_window_rows_are_never_closer_than_a_mark() {
    // 1,200 events in twelve lanes at 1280×720: the frame has room for one row per lane and
    // its row of counts; more stacked rows would draw marks over one another
    let x = tarikh::explore::synthetic_explorer(1200);
    let mut h = common::app_harness(TarikhApp::new(x), [1280.0, 720.0]);
    h.state_mut().apply(tarikh::explore::Command::FitAll);
    h.run_steps(6);
    let t = &h.state().timeline;
    assert!(!t.aggregated);
    let pos: Vec<(usize, usize, egui::Pos2)> =
        t.placed.iter().filter_map(|p| Some((p.lane, p.row, t.screen_pos(p.event)?))).collect();
    assert!(pos.len() > 20, "{} marks", pos.len());
    let diameter = 11.0;
    for (i, a) in pos.iter().enumerate() {
        for b in &pos[i + 1..] {
            if (a.0, a.1) != (b.0, b.1) && (a.2.x - b.2.x).abs() < diameter {
                assert!(
                    (a.2.y - b.2.y).abs() >= diameter - 0.5,
                    "marks of lane {} row {} and lane {} row {} overlap: {:?} {:?}",
                    a.0,
                    a.1,
                    b.0,
                    b.1,
                    a.2,
                    b.2
                );
            }
        }
    }
    // what does not fit is counted
    assert!(!t.clusters.is_empty());
}
