//! Helpers shared by the integration tests: fresh temporary folders, a private copy of the
//! seeds, and a kittest harness around the app with the bundled Arabic font installed.
#![allow(dead_code)] // each test crate uses its own subset

use egui_kittest::Harness;
use tarikh::app::{fonts, TarikhApp};

// the bundled corpus, temporary folders and copies of the seeds: the core's test helpers
#[path = "../../crates/tarikh-core/tests/common/mod.rs"]
mod core_helpers;
#[allow(unused_imports)] // each test crate uses its own subset
pub use core_helpers::{copy_seeds, fixture, seeds_dir, temp_dir};

/// The app on the seeds as the trainers use them, the publication dates other articles suggest
/// accepted (`tarikh extract --accept-suggestions`); no workspace is saved.
#[allow(dead_code)]
pub fn seeds_dated_app() -> TarikhApp {
    let mut c = tarikh::corpus::load_paths(&[seeds_dir()], &Default::default());
    let ex = tarikh::extract::extract_accepting_suggestions(&mut c);
    TarikhApp::new(tarikh::explore::Explorer::new(c, ex))
}

/// A headless window of `size` around `app`, with the bundled fonts (the harness panics on
/// missing glyphs). No frame has run yet.
pub fn app_harness(app: TarikhApp, size: [f32; 2]) -> Harness<'static, TarikhApp> {
    Harness::builder()
        .with_size(size)
        .with_context_setup(fonts::install)
        .build_ui_state(|ui, app: &mut TarikhApp| app.show(ui), app)
}

/// Replaces the text of the field labelled `label` (focus, select all, type).
pub fn replace_text(h: &mut Harness<'static, TarikhApp>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable;
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).focus();
    h.run_steps(1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label).type_text(text);
    h.run_steps(1);
}

/// Clicks a toolbar control that a narrow toolbar keeps in its "…" menu (opening that menu
/// first when the control is not on the row).
pub fn click_tool(h: &mut Harness<'static, TarikhApp>, label: &str) {
    use egui_kittest::kittest::Queryable;
    if h.query_by_label(label).is_none() {
        h.get_by_label("…").click();
        h.run_steps(2);
    }
    h.get_by_label(label).click();
}
