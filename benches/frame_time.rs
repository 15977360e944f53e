//! Frame time of the app's UI, driven headless by egui_kittest (layout and tessellation, no
//! GPU rendering): on the seeds, and on 100,000 synthetic events (spread over Mali's places)
//! zoomed to "All" and to one week, with the map beside the timeline (and once without it), in
//! the English and the Arabic interface. Prints the median time per frame and its spread. Target (issue 23): a median of at most 4 ms
//! per frame at 100,000 events, All, map shown, in both interfaces.
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

/// Per-frame milliseconds over `frames` frames, after warm-up (a small pan each frame, so
/// that nothing is served from a cache): median, and the spread (fastest and slowest tenth).
#[derive(Clone, Copy)]
struct Frames {
    median: f64,
    low: f64,
    high: f64,
}

impl std::fmt::Display for Frames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "median {:.2} ms/frame (10th–90th percentile {:.2}–{:.2})", self.median, self.low, self.high)
    }
}

fn measure(h: &mut Harness<'static, TarikhApp>, frames: usize) -> Frames {
    h.run_steps(5);
    let mut ms = Vec::with_capacity(frames);
    for k in 0..frames {
        let d = if k % 2 == 0 { 1e-3 } else { -1e-3 };
        h.state_mut().apply(Command::Pan(d));
        let t = Instant::now();
        h.step();
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    Frames { median: at(0.5), low: at(0.1), high: at(0.9) }
}

fn main() {
    let frames = 120;
    let seeds = TarikhApp::load(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]);
    let mut h = harness(seeds);
    let ms = measure(&mut h, frames);
    let pick = h.state().x.n_dated - 5;
    h.state_mut().apply(Command::Select(Some(pick)));
    let ms_sel = measure(&mut h, frames);
    println!("seeds ({} events), All: {ms}; with an event's sources open: {ms_sel}", h.state().x.events.len());

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
    let a = tarikh::explore::timeline::to_x(
        chrono::NaiveDate::from_ymd_opt(2018, 3, 5).unwrap().and_hms_opt(0, 0, 0).unwrap(),
    );
    h.state_mut().apply(Command::View(a, a + 7.0));
    let week = measure(&mut h, frames);
    let placed = h.state().timeline.placed.len();
    h.state_mut().apply(Command::Select(Some(50_000)));
    let sel = measure(&mut h, frames);
    let map_marks = h.state().map.drawn.len();
    println!("100000 events, All, map and timeline both visible: {all} (density strips: {aggregated}, list rows laid out: {rows}, map marks: {map_marks}); without the map: {all_no_map}");
    println!("100000 events, one week: {week} ({placed} events drawn); with a selection: {sel}");
    // the same in the Arabic interface (every list cell and label laid out by the bidi module)
    h.state_mut().session.settings.lang = Some(tarikh::i18n::Lang::Arabic);
    h.state_mut().apply(Command::FitAll);
    let all_ar = measure(&mut h, frames);
    h.state_mut().apply(Command::View(a, a + 7.0));
    let week_ar = measure(&mut h, frames);
    println!("100000 events, Arabic interface: All, map and timeline both visible: {all_ar}; one week with a selection: {week_ar}");
    println!("target (issue 23): median <= 4 ms per frame at 100,000 events, All, map shown, in both interfaces");
}
