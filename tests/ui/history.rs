//! Background history in the app: an article of 2024 that recalls 1960 and "since 2002" keeps
//! those mentions, listed only with *History* ticked, and the timeline's All spans the
//! article's own time; its cookie notice gives no event at all.

use tarikh::app::TarikhApp;
use tarikh::explore::Command;

use crate::common;

const ARTICLE: &str = "\
Rappel historique sur le Mali
Bamako, le 22 septembre 2024 - Le Mali a proclamé son indépendance le 22 septembre 1960, et le nord du pays connaît des violences depuis 2002.
Des hommes armés ont attaqué un poste de l'armée près de Gao le vendredi 20 septembre 2024, selon une source sécuritaire.
Nous utilisons des cookies pour mesurer l'audience, conformément à la loi du 6 janvier 1978 relative à l'informatique.
";

fn year_of(app: &TarikhApp, i: usize) -> String {
    app.x.events()[i].when.map(|w| w.iso_start()[..4].to_string()).unwrap_or_default()
}

#[test]
fn history_is_listed_only_on_request_and_all_spans_the_article_s_time() {
    let dir = common::temp_dir("history");
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let app = TarikhApp::load(&[dir]);
    assert!(
        !app.x.events().iter().any(|e| e.when.is_some_and(|w| w.iso_start().starts_with("1978"))),
        "a cookie notice gives no event"
    );
    let mut h = common::app_harness(app, [1500.0, 950.0]);
    h.run_steps(3);
    let shown_years = |h: &egui_kittest::Harness<'static, TarikhApp>| {
        h.state().x.shown().iter().map(|&i| year_of(h.state(), i)).collect::<Vec<_>>()
    };
    assert!(shown_years(&h).iter().all(|y| y.as_str() >= "2024"), "{:?}", shown_years(&h));
    // All starts in the article's year, not in 1960
    h.state_mut().apply(Command::FitAll);
    let start = h.state().x.view().0;
    let y2020 =
        tarikh::explore::to_x(chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap());
    assert!(start > y2020, "All starts at {start}");
    // ticking History lists 1960 and 2002 too
    common::click_tool(&mut h, "History");
    h.run_steps(3);
    let years = shown_years(&h);
    assert!(years.contains(&"1960".to_string()) && years.contains(&"2002".to_string()), "{years:?}");
}
