//! Frame time of the app's UI, driven headless by egui_kittest (layout and tessellation, no
//! GPU rendering), measured by `divan` (median, mean, fastest and slowest per frame): on the
//! seeds, and on 100,000 synthetic events (spread over Mali's places) zoomed to "All" and to
//! one week, with the map beside the timeline (and once without it), in the English and the
//! Arabic interface. Each frame follows a small pan, so that nothing is served from a cache.
//! Target (issue 23): a median of at most 4 ms per frame at 100,000 events, All, map shown, in
//! both interfaces.
//!
//! Run: `cargo bench --bench frame_time`

use divan::Bencher;
use egui_kittest::Harness;
use tarikh::app::{fonts, TarikhApp};
use tarikh::explore::Command;
use tarikh::i18n::Lang;

fn main() {
    divan::main();
}

/// The app in a 1500×950 window, in `lang`.
fn harness(app: TarikhApp, lang: Lang) -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size([1500.0, 950.0])
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut TarikhApp| app.show(ui), app);
    h.state_mut().session.settings.lang = Some(lang);
    h.run_steps(5);
    h
}

/// The seeds' explorer.
fn seeds(lang: Lang) -> Harness<'static, TarikhApp> {
    let app = TarikhApp::load(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]);
    harness(app, lang)
}

/// 100,000 synthetic events, all of them in view.
fn synthetic(lang: Lang, map: bool) -> Harness<'static, TarikhApp> {
    let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(100_000)), lang);
    h.state_mut().session.settings.map_hidden = !map;
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    h
}

/// Zooms to one week of 2018 (a few dozen events).
fn one_week(h: &mut Harness<'static, TarikhApp>) {
    let a = tarikh::explore::to_x(chrono::NaiveDate::from_ymd_opt(2018, 3, 5).unwrap().and_hms_opt(0, 0, 0).unwrap());
    h.state_mut().apply(Command::View(a, a + 7.0));
    h.run_steps(3);
}

/// Times frames of `h`, each after a pan of a thousandth of the view, alternately left and right.
fn frames(bencher: Bencher, mut h: Harness<'static, TarikhApp>) {
    let mut k = 0u64;
    bencher.bench_local(move || {
        k += 1;
        h.state_mut().apply(Command::Pan(if k.is_multiple_of(2) { 1e-3 } else { -1e-3 }));
        h.step();
    });
}

const LANGS: [Lang; 2] = [Lang::English, Lang::Arabic];

#[divan::bench]
fn seeds_all(bencher: Bencher) {
    frames(bencher, seeds(Lang::English));
}

#[divan::bench]
fn seeds_with_sources_open(bencher: Bencher) {
    let mut h = seeds(Lang::English);
    let pick = h.state().x.n_dated() - 5;
    h.state_mut().apply(Command::Select(Some(pick)));
    frames(bencher, h);
}

/// The target's case: 100,000 events, All, the map beside the timeline.
#[divan::bench(args = LANGS)]
fn events_100k_all_with_map(bencher: Bencher, lang: Lang) {
    let h = synthetic(lang, true);
    assert!(h.state().timeline.aggregated, "All at 100,000 events draws density strips");
    assert!(!h.state().map.drawn.is_empty(), "the map is drawn");
    frames(bencher, h);
}

/// The same with an event selected (its sources open beside the timeline).
#[divan::bench(args = LANGS)]
fn events_100k_all_with_map_selected(bencher: Bencher, lang: Lang) {
    let mut h = synthetic(lang, true);
    h.state_mut().apply(Command::Select(Some(50_000)));
    h.state_mut().apply(Command::FitAll);
    h.run_steps(3);
    frames(bencher, h);
}

#[divan::bench]
fn events_100k_all_without_map(bencher: Bencher) {
    frames(bencher, synthetic(Lang::English, false));
}

#[divan::bench(args = LANGS)]
fn events_100k_one_week_selected(bencher: Bencher, lang: Lang) {
    let mut h = synthetic(lang, true);
    one_week(&mut h);
    assert!(!h.state().timeline.placed.is_empty(), "a week shows single events");
    h.state_mut().apply(Command::Select(Some(50_000)));
    frames(bencher, h);
}
