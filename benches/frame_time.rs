//! Frame time of the app's UI, driven headless by egui_kittest (layout and tessellation, no
//! GPU rendering): on the seeds, and on 100,000 synthetic events (spread over Mali's places)
//! zoomed to "All" and to one week, with the map beside the timeline (and once without it), in
//! the English and the Arabic interface. Prints the CPU time per frame. Target: <= 8 ms per frame in release at 100,000 events.
//!
//! Run: `cargo bench --bench frame_time`

use std::time::Instant;

use egui_kittest::Harness;
use tarikh::app::{fonts, TarikhApp};
use tarikh::explore::Command;

fn harness(app: TarikhApp) -> Harness<'static, TarikhApp> {
    Harness::builder()
        .with_size([1500.0, 950.0])
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut TarikhApp| app.show(ui), app)
}

/// Mean milliseconds per frame over `frames` frames, after warm-up; a small pan each frame so
/// that nothing is served from a cache.
fn measure(h: &mut Harness<'static, TarikhApp>, frames: usize) -> f64 {
    h.run_steps(5);
    let t = Instant::now();
    for k in 0..frames {
        let d = if k % 2 == 0 { 1e-3 } else { -1e-3 };
        h.state_mut().apply(Command::Pan(d));
        h.step();
    }
    t.elapsed().as_secs_f64() * 1000.0 / frames as f64
}

fn main() {
    let frames = 60;
    let seeds = TarikhApp::load(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]);
    let mut h = harness(seeds);
    let ms = measure(&mut h, frames);
    let pick = h.state().x.n_dated - 5;
    h.state_mut().apply(Command::Select(Some(pick)));
    let ms_sel = measure(&mut h, frames);
    println!("seeds ({} events), all: {ms:.2} ms/frame; with an event's sources open: {ms_sel:.2} ms/frame", h.state().x.events.len());

    let app = TarikhApp::new(tarikh::explore::synthetic::explorer(100_000));
    let mut h = harness(app);
    h.state_mut().apply(Command::FitAll);
    // the timeline alone first, for comparison, then with the map beside it
    h.state_mut().session.settings.map_hidden = true;
    let all_no_map = measure(&mut h, frames);
    h.state_mut().session.settings.map_hidden = false;
    let all = measure(&mut h, frames);
    let aggregated = h.state().timeline.aggregated;
    let rows = h.state().list.rows_drawn;
    let a = tarikh::explore::timeline::to_x(chrono::NaiveDate::from_ymd_opt(2018, 3, 5).unwrap().and_hms_opt(0, 0, 0).unwrap());
    h.state_mut().apply(Command::View(a, a + 7.0));
    let week = measure(&mut h, frames);
    let placed = h.state().timeline.placed.len();
    h.state_mut().apply(Command::Select(Some(50_000)));
    let sel = measure(&mut h, frames);
    let map_marks = h.state().map.drawn.len();
    println!("100000 events, All, map and timeline both visible: {all:.2} ms/frame (density strips: {aggregated}, list rows laid out: {rows}, map marks: {map_marks}); without the map: {all_no_map:.2} ms/frame");
    println!("100000 events, one week: {week:.2} ms/frame ({placed} events drawn); with a selection: {sel:.2} ms/frame");
    // the same in the Arabic interface (every list cell and label laid out by the bidi module)
    h.state_mut().session.settings.lang = Some(tarikh::i18n::Lang::Arabic);
    h.state_mut().apply(Command::FitAll);
    let all_ar = measure(&mut h, frames);
    h.state_mut().apply(Command::View(a, a + 7.0));
    let week_ar = measure(&mut h, frames);
    println!("100000 events, Arabic interface: All {all_ar:.2} ms/frame, one week with a selection {week_ar:.2} ms/frame");
    println!("target: <= 8 ms per frame at 100,000 events");
}
