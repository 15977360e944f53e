//! The desktop app: a thin egui layer over [`crate::explore::Explorer`]. Each panel reads the
//! model and returns commands; they are applied in one place at the end of the frame.

pub mod document_view;
pub mod event_list;
pub mod fonts;
pub mod palette;
pub mod source_panel;
pub mod timeline_view;
pub mod top_bar;

use std::path::PathBuf;
use std::time::Instant;

use egui::{Key, Ui};

use crate::corpus::{load_paths, LoadOptions};
use crate::explore::{Command, Explorer};

/// The app: the model and what the panels remember between frames.
pub struct TarikhApp {
    /// The explorer model.
    pub x: Explorer,
    /// The timeline's frame state.
    pub timeline: timeline_view::TimelineUi,
    /// The list's frame state.
    pub list: event_list::ListUi,
    /// The document view's frame state.
    pub doc: document_view::DocUi,
    /// The top bar's frame state.
    pub top: top_bar::TopBarUi,
    /// When the app was created (startup time is measured to the first frame).
    pub created: Instant,
    /// Seconds from creation to the end of the first frame.
    pub first_frame_secs: Option<f64>,
    /// When set, print the time since this instant at the end of the first frame and close.
    pub report_startup_from: Option<Instant>,
}

impl TarikhApp {
    /// An app over an explorer.
    pub fn new(x: Explorer) -> Self {
        TarikhApp {
            x,
            timeline: Default::default(),
            list: Default::default(),
            doc: Default::default(),
            top: Default::default(),
            created: Instant::now(),
            first_frame_secs: None,
            report_startup_from: None,
        }
    }

    /// Loads and extracts the corpus at `paths`.
    pub fn load(paths: &[PathBuf]) -> Self {
        let created = Instant::now();
        let mut corpus = load_paths(paths, &LoadOptions::default());
        let ex = crate::extract::extract(&mut corpus);
        let mut app = TarikhApp::new(Explorer::new(corpus, ex));
        app.created = created;
        app
    }

    /// Applies a command (as the panels do).
    pub fn apply(&mut self, cmd: Command) {
        self.x.apply(cmd);
    }

    fn keyboard(&self, ui: &Ui, cmds: &mut Vec<Command>) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let center = (self.x.view.0 + self.x.view.1) / 2.0;
        ui.input(|i| {
            if i.key_pressed(Key::ArrowLeft) {
                cmds.push(Command::Step(-1));
            }
            if i.key_pressed(Key::ArrowRight) {
                cmds.push(Command::Step(1));
            }
            if i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals) {
                cmds.push(Command::Zoom { factor: 0.5, center });
            }
            if i.key_pressed(Key::Minus) {
                cmds.push(Command::Zoom { factor: 2.0, center });
            }
            if i.key_pressed(Key::Home) {
                cmds.push(Command::FitAll);
            }
            if i.key_pressed(Key::Escape) {
                cmds.push(Command::CloseDocument);
            }
        });
    }

    /// Draws the whole app into `ui` and applies the commands its panels emit.
    pub fn show(&mut self, ui: &mut Ui) {
        ui.ctx().set_theme(if self.x.dark { egui::Theme::Dark } else { egui::Theme::Light });
        let mut cmds = Vec::new();
        self.keyboard(ui, &mut cmds);
        let lanes = self.timeline.lanes.clone();
        egui::Panel::top("top_bar").show(ui, |ui| top_bar::show(ui, &self.x, &mut self.top, &lanes, &mut cmds));
        egui::Panel::right("sources").resizable(true).default_size(480.0).min_size(300.0).show(ui, |ui| source_panel::show(ui, &self.x, &mut self.doc, &mut cmds));
        egui::CentralPanel::default().show(ui, |ui| {
            let h = (ui.available_height() * 0.5).clamp(220.0, 520.0);
            timeline_view::show(ui, &self.x, &mut self.timeline, &mut cmds, h);
            ui.add_space(4.0);
            event_list::show(ui, &self.x, &mut self.list, &mut cmds);
        });
        for c in cmds {
            self.x.apply(c);
        }
        if self.first_frame_secs.is_none() {
            self.first_frame_secs = Some(self.created.elapsed().as_secs_f64());
            if let Some(t0) = self.report_startup_from {
                println!("first frame {:.0} ms after start ({} documents, {} events)", t0.elapsed().as_secs_f64() * 1000.0, self.x.corpus.documents.len(), self.x.events.len());
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

impl eframe::App for TarikhApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Options for opening the window.
#[derive(Debug, Default, Clone)]
pub struct Startup {
    /// Print the time since this instant at the first frame, then close.
    pub report_from: Option<Instant>,
    /// Select the first event whose title contains this (case-insensitive).
    pub select: Option<String>,
    /// Zoom to the preset with this label (case-insensitive prefix).
    pub zoom: Option<String>,
}

impl TarikhApp {
    /// Applies the startup options.
    pub fn start_with(&mut self, s: &Startup) {
        self.report_startup_from = s.report_from;
        if let Some(z) = &s.zoom {
            let z = z.to_lowercase();
            if let Some(k) = self.x.presets.iter().position(|p| p.0.to_lowercase().starts_with(&z)) {
                self.x.apply(Command::Preset(k));
            }
        }
        if let Some(q) = &s.select {
            let q = q.to_lowercase();
            if let Some(i) = self.x.events.iter().position(|e| e.title.to_lowercase().contains(&q)) {
                self.x.apply(Command::Select(Some(i)));
            }
        }
    }
}

/// Opens the window on the corpus at `paths`.
pub fn run(paths: Vec<PathBuf>, startup: Startup) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("Tarikh — تاريخ").with_inner_size([1500.0, 920.0]),
        ..Default::default()
    };
    eframe::run_native(
        "tarikh",
        options,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let mut app = TarikhApp::load(&paths);
            app.start_with(&startup);
            Ok(Box::new(app))
        }),
    )
}
