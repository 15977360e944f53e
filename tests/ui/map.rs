//! The map beside the timeline, driven headless with egui_kittest: it follows the selection,
//! the timeline's range and the filters; a click on a place filters the list to it; a
//! rectangle drawn with Shift filters to an area and Esc clears it; an event known only by its
//! country is drawn as the country.

use egui::Pos2;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::map_view::DrawnMark;
use tarikh::app::TarikhApp;
use tarikh::explore::Command;
use tarikh::geo::{GeoRect, Precision};
use tarikh::model::EventType;

use crate::common;

fn harness(app: TarikhApp) -> Harness<'static, TarikhApp> {
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    h
}

fn click_at(h: &mut Harness<'static, TarikhApp>, pos: Pos2, modifiers: egui::Modifiers) {
    h.hover_at(pos);
    h.run_steps(1);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton { pos, button: egui::PointerButton::Primary, pressed, modifiers });
    }
    h.run_steps(2);
}

fn mark_of<'a>(h: &'a Harness<'static, TarikhApp>, place: &str) -> Option<&'a DrawnMark> {
    h.state().map.drawn.iter().find(|d| d.place == place)
}

/// Where a longitude and latitude are on screen in the last frame.
fn on_screen(h: &Harness<'static, TarikhApp>, lon: f32, lat: f32) -> Pos2 {
    let m = &h.state().map;
    let rect = m.rect.unwrap();
    tarikh::app::map_paint::screen(&m.view.unwrap(), rect, lon, lat)
}

#[test]
fn selecting_the_bamako_attack_highlights_bamako() {
    let mut h = harness(common::seeds_dated_app());
    assert!(h.state().map.highlighted.is_none());
    let i = h
        .state()
        .x
        .events()
        .iter()
        .position(|e| {
            e.event_type == EventType::Attack && e.when.is_some_and(|w| w.first_day().to_string() == "2024-09-17")
        })
        .unwrap();
    h.get_by_label_contains("JNIM attacks gendarmerie school and military airport").click();
    h.run_steps(3);
    assert_eq!(h.state().x.selected(), Some(i));
    assert_eq!(h.state().map.highlighted.as_deref(), Some("Bamako"));
    let m = &h.state().map;
    let bamako = m.drawn.iter().find(|d| m.events_of(d).contains(&i)).expect("the attack's mark");
    assert_eq!(bamako.place, "Bamako");
    assert!(h.state().map.rect.unwrap().contains(bamako.pos), "Bamako is in the map's frame");
    // hovering Bamako lists its events, the attack among them
    let at = bamako.pos;
    h.hover_at(at);
    h.run_steps(2);
    let (place, listed) = h.state().map.hovered.clone().expect("a list of Bamako's events");
    assert_eq!(place, "Bamako");
    assert!(listed.contains(&i) && listed.len() > 1, "{listed:?}");
}

#[test]
fn clicking_kidal_selects_its_events_and_filters_the_list() {
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(3_000)));
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    // Kidal may be counted in a cluster with its neighbours: a click on the cluster zooms in
    for _ in 0..5 {
        let kidal_events: Vec<usize> =
            (0..h.state().x.events().len()).filter(|&i| h.state().x.events()[i].places == ["Kidal"]).collect();
        let m = &h.state().map;
        let d = m
            .drawn
            .iter()
            .find(|d| d.place == "Kidal" || (d.cluster && m.events_of(d).iter().any(|e| kidal_events.contains(e))))
            .cloned()
            .expect("Kidal on the map");
        click_at(&mut h, d.pos, Default::default());
        if !d.cluster {
            break;
        }
    }
    let x = &h.state().x;
    assert_eq!(x.filter().place.as_deref(), Some("Kidal"));
    assert!(
        !x.list().is_empty() && x.list().iter().all(|&i| x.events()[i].places.iter().any(|p| p == "Kidal")),
        "the list holds Kidal's events only"
    );
    let s = x.selected().expect("one of Kidal's events is selected");
    assert!(x.events()[s].places.iter().any(|p| p == "Kidal"));
    assert!(h.state().map.drawn.iter().all(|d| d.place == "Kidal"), "the map shows Kidal alone");
}

#[test]
fn a_rectangle_around_the_north_leaves_only_northern_events_and_esc_clears_it() {
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(3_000)));
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    let all = h.state().x.list().len();
    let (from, to) = (on_screen(&h, -6.0, 25.0), on_screen(&h, 5.0, 15.5));
    let shift = egui::Modifiers::SHIFT;
    h.hover_at(from);
    h.run_steps(1);
    h.event(egui::Event::ModifiersChanged(shift));
    h.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: shift,
    });
    h.run_steps(1);
    for k in 1..=6 {
        let p = from + (to - from) * (k as f32 / 6.0);
        h.event(egui::Event::PointerMoved(p));
        h.run_steps(1);
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: shift,
    });
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::default()));
    h.run_steps(3);
    let area = h.state().x.filter().area.expect("the rectangle filters");
    let north = GeoRect::from_corners([-6.0, 15.5], [5.0, 25.0]);
    assert!((area.min_lat - north.min_lat).abs() < 0.5 && (area.max_lon - north.max_lon).abs() < 0.5, "{area:?}");
    let x = &h.state().x;
    assert!(!x.list().is_empty() && x.list().len() < all, "{} of {all}", x.list().len());
    for &i in x.list() {
        let l = x.locations()[i].unwrap();
        assert!(l.coords[1] >= 14.0 && l.precision != Precision::Country, "{} is not northern", x.events()[i].title);
    }
    // Esc clears the area
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert!(h.state().x.filter().area.is_none());
    assert_eq!(h.state().x.list().len(), all);
}

#[test]
fn the_timeline_range_limits_the_map() {
    let mut h = harness(common::seeds_dated_app());
    let count = |h: &Harness<'static, TarikhApp>| h.state().map.drawn.iter().map(|d| d.count).sum::<usize>();
    let all = count(&h);
    assert!(mark_of(&h, "Tin Zaouaten").is_some(), "July 2024 in Tin Zaouaten is on the map at All");
    let week =
        h.state().x.presets().iter().position(|p| p.0.text(tarikh::i18n::Lang::English).starts_with("Week")).unwrap();
    h.state_mut().apply(Command::Preset(week));
    h.run_steps(3);
    let n = count(&h);
    assert!(n > 0 && n < all, "{n} of {all}");
    assert!(mark_of(&h, "Tin Zaouaten").is_none(), "out of the week, off the map");
    let (a, b) = h.state().x.view();
    let m = &h.state().map;
    for d in &m.drawn {
        assert_eq!(m.events_of(d).len(), d.count);
        for &i in &m.events_of(d) {
            let s = tarikh::explore::span_of(&h.state().x.events()[i].when.unwrap());
            assert!(s.x1 >= a && s.x0 <= b);
        }
    }
}

#[test]
fn an_event_known_only_by_its_country_is_drawn_as_the_country() {
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(3_000)));
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    let mali = mark_of(&h, "Mali").expect("Mali's events are on the map").clone();
    assert_eq!(mali.precision, Precision::Country);
    assert!(!mali.cluster, "an area is never merged with points");
    let towns = h.state().map.drawn.iter().filter(|d| d.precision == Precision::Town).count();
    assert!(towns > 3);
    // selecting one of them highlights Mali, drawn as its outline (no point of its own)
    let i = h.state().map.events_of(&mali)[0];
    h.state_mut().apply(Command::Select(Some(i)));
    h.run_steps(2);
    assert_eq!(h.state().map.highlighted.as_deref(), Some("Mali"));
}

#[test]
fn the_arabic_interface_names_places_in_arabic_with_the_map_on_the_left() {
    let mut h = harness(common::seeds_dated_app());
    h.state_mut().session.settings.lang = Some(tarikh::i18n::Lang::Arabic);
    h.run_steps(4);
    let labels = &h.state().map.labels;
    let bamako = tarikh::bidi::text::visual_string("باماكو", Some(true));
    assert!(labels.iter().any(|l| l.starts_with(&bamako)), "{labels:?}");
    let map = h.state().map.rect.unwrap();
    let timeline = h.state().timeline.plot_rect.unwrap();
    assert!(map.right() <= timeline.left(), "the map is on the left in Arabic: {map:?} {timeline:?}");
}

#[test]
fn acled_records_are_squares_at_their_own_coordinates() {
    let mut app = common::seeds_dated_app();
    app.import_acled(&common::fixture("acled_sample.csv"));
    let mut h = harness(app);
    h.run_steps(2);
    let x = &h.state().x;
    let refs: Vec<usize> = (0..x.events().len())
        .filter(|&i| x.events()[i].reference.as_ref().is_some_and(|r| r.coordinates.is_some()))
        .collect();
    assert!(!refs.is_empty());
    for &i in &refs {
        let (lat, lon) = x.events()[i].reference.as_ref().unwrap().coordinates.unwrap();
        let l = x.locations()[i].expect("a record with coordinates is on the map");
        assert_eq!(l.precision, Precision::Town);
        assert!((l.coords[0] as f64 - lon).abs() < 1e-4 && (l.coords[1] as f64 - lat).abs() < 1e-4);
    }
    // on the map, apart from the corpus's own marks at the same place
    let m = &h.state().map;
    assert!(m.drawn.iter().any(|d| m.events_of(d).iter().any(|i| refs.contains(i))));
    h.state_mut().apply(Command::ShowReference(false));
    h.run_steps(2);
    let m = &h.state().map;
    assert!(m.drawn.iter().all(|d| m.events_of(d).iter().all(|i| !refs.contains(i))), "hidden with the layer");
}

#[test]
fn a_click_on_a_cluster_zooms_in_and_selects_one_of_its_events() {
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(3_000)));
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    let m = &h.state().map;
    let d = m.drawn.iter().find(|d| d.cluster).cloned().expect("a cluster on the map");
    let events = m.events_of(&d);
    let before = m.view.unwrap();
    click_at(&mut h, d.pos, Default::default());
    let x = &h.state().x;
    let s = x.selected().expect("an event of the cluster is selected");
    assert!(events.contains(&s), "selected {s}, the cluster holds {events:?}");
    assert!(x.filter().place.is_none(), "the list stays unfiltered");
    assert!(h.state().map.view.unwrap().px_per_deg > before.px_per_deg, "the map zoomed in");
}

#[test]
fn the_map_carries_its_caption_legend_and_the_borders_source() {
    let h = harness(common::seeds_dated_app());
    let m = h.state().map.rect.expect("the map is drawn");
    let caption = tarikh::app::map_caption::CAPTION_HEIGHT;
    assert!(m.height() > 3.0 * caption, "{m:?}");
    // drawn inside the map's frame (a PNG of the map holds them): what, the marks, the source
    let lines = &h.state().map.caption_lines;
    assert!(lines.iter().any(|l| l.contains("events on the map") && l.contains("sources")), "{lines:?}");
    assert!(lines.iter().any(|l| l == "town or site") && lines.iter().any(|l| l == "country only"), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("Natural Earth")), "{lines:?}");
}
