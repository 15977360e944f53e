//! The Export menu: the events shown (after filters) as CSV, JSON or TimelineJS3, and the
//! timeline or the map as it is on screen as a PNG image (for slides). Files go to an export folder
//! (`<corpus>/.tarikh/exports/` unless another is chosen); the path is reported.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{Rect, Ui};

use super::chrome::{self, button, button_enabled, menu_button, weak};

use super::png_export;
use crate::explore::Explorer;
use crate::export::{export, Format};

/// Export settings and results.
#[derive(Default)]
pub struct ExportUi {
    /// Where files are written (default: the corpus's `.tarikh/exports`).
    pub folder: Option<PathBuf>,
    /// Messages from exports finished on another thread (the screenshot).
    pub done: Arc<Mutex<Vec<String>>>,
}

/// A time stamp for file names.
pub fn stamp() -> String {
    chrono::Local::now().format("%Y%m%d-%H%M%S").to_string()
}

/// The folder exports go to.
pub fn folder(x: &Explorer, s: &ExportUi) -> PathBuf {
    s.folder.clone().unwrap_or_else(|| x.corpus().root.join(".tarikh").join("exports"))
}

/// Writes an export (creating its folder) and says how it went (in English, like every
/// message: they are translated when shown).
pub fn write(path: &std::path::Path, bytes: &[u8]) -> String {
    let r = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|_| std::fs::write(path, bytes));
    match r {
        Ok(()) => format!("Saved {}", path.display()),
        Err(e) => format!("Could not save {}: {e}", path.display()),
    }
}

/// The menu; messages for the analyst are pushed to `messages`.
pub fn menu(
    ui: &mut Ui,
    x: &Explorer,
    s: &mut ExportUi,
    timeline: Option<Rect>,
    map: Option<Rect>,
    messages: &mut Vec<String>,
) {
    let lang = chrome::lang(ui);
    menu_button(ui, lang.t("Export"), |ui| {
        let dir = folder(x, s);
        weak(ui, &lang.f("Into {0}", &[&dir.display()]));
        let shown: Vec<usize> = x.shown().to_vec();
        for (label, fmt, ext) in [
            ("Events shown as CSV", Format::Csv, "csv"),
            ("Events shown as JSON", Format::Json, "json"),
            ("Events shown as TimelineJS", Format::Timelinejs, "timeline.json"),
        ] {
            if button(ui, lang.t(label)).clicked() {
                let path = dir.join(format!("tarikh-{}-{}.{ext}", x.corpus().name, stamp()));
                messages.push(match export(x, &shown, fmt, lang) {
                    Ok(bytes) => write(&path, &bytes),
                    Err(e) => format!("Could not export {}: {e}", path.display()),
                });
                ui.close();
            }
        }
        // the pack of the events shown, and of the selected one
        let selected: Vec<usize> = x.selected().into_iter().collect();
        for (label, events) in
            [("Evidence pack of the events shown", &shown), ("Evidence pack of the selected event", &selected)]
        {
            if !events.is_empty() && button(ui, lang.t(label)).clicked() {
                let path = dir.join(format!("tarikh-{}-evidence-{}", x.corpus().name, stamp()));
                messages.push(match crate::export::write_evidence_pack(x, events, &path) {
                    Ok(p) => lang.f(
                        "Evidence pack saved in {0}: {1} events, {2} source files",
                        &[&p.dir.display(), &p.events, &p.files],
                    ),
                    Err(e) => format!("Could not save the evidence pack in {}: {e}", path.display()),
                });
                ui.close();
            }
        }
        for (rect, label, what) in [(timeline, "Timeline as PNG", "timeline"), (map, "Map as PNG", "map")] {
            if button_enabled(ui, rect.is_some(), lang.t(label)).clicked() {
                if let Some(rect) = rect {
                    screenshot_to(
                        ui.ctx(),
                        rect,
                        dir.join(format!("tarikh-{}-{what}-{}.png", x.corpus().name, stamp())),
                        s.done.clone(),
                    );
                }
                ui.close();
            }
        }
        ui.separator();
        if button(ui, lang.t("Choose export folder…")).clicked() {
            if let Some(f) = rfd::FileDialog::new().set_title(lang.t("Export folder")).pick_folder() {
                s.folder = Some(f);
            }
            ui.close();
        }
    });
}

/// Saves the part `rect` of the next frame's screenshot as a PNG at `path`; the outcome is
/// pushed to `done`.
fn screenshot_to(ctx: &egui::Context, rect: Rect, path: PathBuf, done: Arc<Mutex<Vec<String>>>) {
    let ppp = ctx.pixels_per_point();
    let repaint = ctx.clone();
    ctx.request_screenshot(move |img| {
        let crop = png_export::crop(&img, rect, ppp);
        let msg = match png_export::encode(&crop) {
            Ok(bytes) => write(&path, &bytes),
            Err(e) => format!("Could not encode the image: {e}"),
        };
        if let Ok(mut d) = done.lock() {
            d.push(msg);
        }
        repaint.request_repaint();
    });
}

/// Moves finished background exports into the message list.
pub fn collect(s: &ExportUi, messages: &mut Vec<String>) {
    if let Ok(mut d) = s.done.lock() {
        messages.append(&mut d);
    }
}
