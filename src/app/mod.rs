//! The desktop app: a thin egui layer over [`crate::explore::Explorer`]. Each panel reads the
//! model and returns commands; they are applied in one place at the end of the frame. The
//! session (corpus loading in the background, workspace autosave, remembered settings) lives
//! beside the model.

pub mod add_event;
pub mod around_panel;
pub mod briefing;
pub mod chrome;
pub mod curate_panel;
pub mod density_strip;
pub mod document_view;
pub mod event_labels;
pub mod event_list;
pub mod export_menu;
pub mod folder_browser;
pub mod fonts;
pub mod grade_badge;
pub mod highlights;
pub mod layout;
pub mod legend;
pub mod list_rows;
pub mod loader;
pub mod map_caption;
pub mod map_paint;
pub mod map_play;
pub mod map_view;
pub mod mark_labels;
pub mod palette;
pub mod png_export;
pub mod publication_date;
pub mod session;
pub mod settings;
pub mod source_panel;
pub mod startup;
pub mod timeline_input;
pub mod timeline_rows;
pub mod timeline_view;
pub mod top_bar;

pub use startup::{run, Startup};

use std::path::PathBuf;
use std::time::Instant;

use egui::{Key, Modifiers, Ui};

use crate::corpus::LoadOptions;
use crate::explore::{Command, Explorer};
use top_bar::SessionRequest;

/// The app: the model, the session, and what the panels remember between frames.
pub struct TarikhApp {
    /// The explorer model.
    pub x: Explorer,
    /// Corpus session: loading, autosave, messages, settings.
    pub session: session::Session,
    /// The timeline's frame state.
    pub timeline: timeline_view::TimelineUi,
    /// The list's frame state.
    pub list: event_list::ListUi,
    /// The document view's frame state.
    pub doc: document_view::DocUi,
    /// The top bar's frame state.
    pub top: top_bar::TopBarUi,
    /// The curation fields.
    pub curate: curate_panel::CurateUi,
    /// The add-event form.
    pub add: add_event::AddUi,
    /// The "events around" controls' choices.
    pub around: around_panel::AroundUi,
    /// Export settings.
    pub export: export_menu::ExportUi,
    /// Briefing mode.
    pub briefing: briefing::BriefingUi,
    /// The map's frame state.
    pub map: map_view::MapUi,
    /// Where the panels were laid out in the last frame, and the narrow window's tab.
    pub layout: LayoutUi,
    /// The app's own folder window.
    pub folders: folder_browser::FolderBrowser,
    /// The language the text sizes were set for.
    sized_for: Option<crate::i18n::Lang>,
    /// When the app was created (startup time is measured to the first frame).
    pub created: Instant,
    /// Seconds from creation to the end of the first frame.
    pub first_frame_secs: Option<f64>,
    /// When set, print the time since this instant at the end of the first frame and close.
    pub report_startup_from: Option<Instant>,
    /// The startup options still to apply when the first corpus, loading in the background,
    /// arrives (with whether it is the corpus remembered from the last run).
    first_load: Option<(Startup, bool)>,
}

/// The most of the central panel's height the timeline takes (the list keeps the rest).
const TIMELINE_MOST_HEIGHT: f32 = 0.65;

/// Where the panels were in the last frame (tests measure the timeline's share of the width),
/// and which tab a narrow window's shared column shows.
#[derive(Debug)]
pub struct LayoutUi {
    /// The top bar (its height says how many rows the toolbar took).
    pub toolbar: egui::Rect,
    /// The side column (sources, or sources and map as tabs).
    pub side: egui::Rect,
    /// The timeline with its axes and lane names.
    pub timeline: egui::Rect,
    /// The shared column's tab.
    pub tab: layout::SideTab,
    /// The selection of the last frame (a new one opens the sources tab).
    selected: Option<usize>,
}

impl Default for LayoutUi {
    fn default() -> Self {
        LayoutUi {
            toolbar: egui::Rect::NOTHING,
            side: egui::Rect::NOTHING,
            timeline: egui::Rect::NOTHING,
            tab: layout::SideTab::default(),
            selected: None,
        }
    }
}

impl TarikhApp {
    /// An app over an opened corpus.
    pub fn from_opened(o: crate::explore::Opened) -> Self {
        let mut session = session::Session::default();
        let x = session.adopt(o);
        TarikhApp {
            x,
            session,
            timeline: Default::default(),
            list: Default::default(),
            doc: Default::default(),
            top: Default::default(),
            curate: Default::default(),
            add: Default::default(),
            around: Default::default(),
            export: Default::default(),
            briefing: Default::default(),
            map: Default::default(),
            layout: Default::default(),
            folders: Default::default(),
            sized_for: None,
            created: Instant::now(),
            first_frame_secs: None,
            report_startup_from: None,
            first_load: None,
        }
    }

    /// An app over an explorer built elsewhere (benchmarks): no workspace is saved.
    pub fn new(x: Explorer) -> Self {
        let paths = vec![x.corpus().root.clone()];
        let mut app = TarikhApp::from_opened(crate::explore::Opened {
            explorer: x,
            workspace: PathBuf::new(),
            messages: vec![],
            paths,
        });
        app.session.autosave = None;
        app
    }

    /// Loads and extracts the corpus at `paths` (and its workspace), on this thread.
    pub fn load(paths: &[PathBuf]) -> Self {
        let created = Instant::now();
        let mut app = TarikhApp::from_opened(crate::explore::open(paths, &LoadOptions::default()));
        app.created = created;
        app
    }

    /// Applies a command (as the panels do).
    pub fn apply(&mut self, cmd: Command) {
        self.x.apply(cmd);
    }

    fn keyboard(&self, ui: &Ui, cmds: &mut Vec<Command>) {
        // (ask before taking the input lock: egui's context is not re-entrant)
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        // undo and redo work everywhere but inside a text field (which has its own)
        ui.input_mut(|i| {
            if i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z) || i.consume_key(Modifiers::COMMAND, Key::Y)
            {
                cmds.push(Command::Redo);
            }
            if i.consume_key(Modifiers::COMMAND, Key::Z) {
                cmds.push(Command::Undo);
            }
        });
        let center = self.x.zoom_center((self.x.view().0 + self.x.view().1) / 2.0);
        // (Esc with a menu or drop-down open only closes it)
        let popup_open = egui::Popup::is_any_open(ui.ctx());
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
            // Esc steps back: out of a document, else out of the selection (the right panel
            // shows the corpus and its load report again)
            if i.key_pressed(Key::Escape) && !popup_open {
                // an area drawn on the map goes first
                cmds.push(if self.x.filter().area.is_some() {
                    Command::FilterArea(None)
                } else if self.x.filter().around.is_some() {
                    Command::LeaveAround
                } else if self.x.document().is_some() {
                    Command::CloseDocument
                } else {
                    Command::Select(None)
                });
            }
        });
    }

    fn session_requests(&mut self, ctx: &egui::Context, reqs: Vec<SessionRequest>) {
        for r in reqs {
            match r {
                SessionRequest::Open(paths) => self.session.start_open(paths, &self.x, ctx),
                SessionRequest::BrowseFolder => {
                    // where the last corpus came from, else the current one's folder
                    let start = self
                        .session
                        .settings
                        .recent
                        .first()
                        .and_then(|r| r.first())
                        .cloned()
                        .unwrap_or_else(|| self.x.corpus().root.clone());
                    let start = if start.is_dir() {
                        start
                    } else {
                        start.parent().map(std::path::Path::to_path_buf).unwrap_or_default()
                    };
                    self.folders.open_at(&start);
                }
                SessionRequest::PickFolder => {
                    if let Some(dir) = rfd::FileDialog::new().set_title("Open a corpus folder").pick_folder() {
                        self.session.start_open(vec![dir], &self.x, ctx);
                    }
                }
                SessionRequest::PickFiles => {
                    if let Some(files) =
                        rfd::FileDialog::new().set_title("Open articles").add_filter("Text", &["txt"]).pick_files()
                    {
                        self.session.start_open(files, &self.x, ctx);
                    }
                }
                SessionRequest::ImportAcled(path) => {
                    let path = path.or_else(|| {
                        rfd::FileDialog::new().set_title("Import ACLED CSV").add_filter("CSV", &["csv"]).pick_file()
                    });
                    if let Some(p) = path {
                        self.import_acled(&p);
                    }
                }
                SessionRequest::Language(lang) => {
                    self.session.settings.lang = Some(lang);
                }
                SessionRequest::CancelLoad => {
                    if let Some(l) = &self.session.loading {
                        l.cancel();
                    }
                }
            }
        }
    }

    /// Imports an ACLED CSV as the reference layer and remembers it.
    pub fn import_acled(&mut self, path: &std::path::Path) {
        match crate::acled::read(path) {
            Ok((events, skipped)) => {
                let n = events.len();
                self.x.apply(Command::SetReference(events));
                self.session.settings.acled = Some(path.to_path_buf());
                self.session.messages.push(format!("Imported {n} ACLED records from {}", path.display()));
                match skipped {
                    0 => {}
                    1 => self.session.messages.push("1 ACLED row without a readable date was skipped".to_string()),
                    k => self.session.messages.push(format!("{k} ACLED rows without a readable date were skipped")),
                }
            }
            Err(e) => self.session.messages.push(format!("ACLED import failed: {e}")),
        }
    }

    fn status_line(&mut self, ui: &mut Ui, reqs: &mut Vec<SessionRequest>) {
        let lang = chrome::lang(ui);
        // edits that cannot be saved: said at once, and until a save succeeds
        let failure = self
            .session
            .autosave
            .as_ref()
            .and_then(|a| a.failure())
            .map(|(why, kept)| (why.to_string(), kept.cloned()));
        if let Some((why, kept)) = failure {
            let kept = match kept {
                Some(Ok(p)) => lang.f("They are kept in memory and in {0}.", &[&p.display()]),
                Some(Err(e)) => {
                    lang.f("They are kept in memory only (the recovery file could not be written: {0}).", &[&e])
                }
                None => lang.t("They are kept in memory.").to_string(),
            };
            let mut retry = false;
            chrome::row_wrapped(ui, |ui| {
                let c = ui.visuals().error_fg_color;
                chrome::label_rich(
                    ui,
                    &lang.f("Edits are NOT saved: {0}. {1}", &[&why, &kept]),
                    chrome::font(ui, egui::TextStyle::Body),
                    c,
                );
                retry = chrome::button(ui, lang.t("Retry")).clicked();
            });
            if retry {
                self.session.retry_save(&self.x);
            }
        }
        if let Some(l) = &self.session.loading {
            let (done, total, extracting, scanned) = l.progress();
            chrome::row(ui, |ui| {
                let label = if extracting {
                    lang.f("Extracting events: {0} of {1} files", &[&scanned, &total])
                } else {
                    lang.f("Reading files: {0} of {1}", &[&done, &total])
                };
                let step = if extracting { scanned } else { done };
                let frac = if total == 0 { 0.0 } else { step as f32 / total as f32 };
                let text = chrome::text(ui, &label, egui::TextStyle::Body);
                let bar = ui.add(egui::ProgressBar::new(frac).text(text).desired_width(360.0).animate(true));
                chrome::relabel(&bar, egui::accesskit::Role::ProgressIndicator, &label, None);
                chrome::weak(ui, &l.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
                if !l.cancelled() && chrome::button(ui, lang.t("Cancel")).clicked() {
                    reqs.push(SessionRequest::CancelLoad);
                }
            });
        }
        let mut dismiss = None;
        for (k, m) in self.session.messages.iter().enumerate() {
            chrome::row(ui, |ui| {
                let warn = ui.visuals().warn_fg_color;
                chrome::label_rich(ui, &lang.message(m), chrome::font(ui, egui::TextStyle::Body), warn);
                if chrome::small_button(ui, lang.t("Dismiss")).clicked() {
                    dismiss = Some(k);
                }
            });
        }
        if let Some(k) = dismiss {
            self.session.messages.remove(k);
        }
    }

    /// Draws the whole app into `ui` and applies the commands its panels emit.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if let Some(x) = self.session.poll(&self.x) {
            let reference = self.x.take_reference();
            self.x = x;
            if !reference.is_empty() {
                self.x.apply(Command::SetReference(reference));
            }
            self.timeline = Default::default();
            self.list = Default::default();
            self.doc = Default::default();
            match self.first_load.take() {
                Some((startup, remembered)) => self.finish_startup(&startup, remembered),
                None => self.session.settings.restore(&mut self.x, false),
            }
        }
        if self.first_load.is_some() && self.session.loading.is_none() {
            // the first load gave nothing readable: startup ends on the empty window
            self.first_load = None;
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if !dropped.is_empty() {
            self.session.start_open(dropped, &self.x, &ctx);
        }
        ctx.set_theme(if self.x.dark() { egui::Theme::Dark } else { egui::Theme::Light });
        let lang = self.session.settings.lang.unwrap_or_default();
        if chrome::lang_of(&ctx) != lang || !self.sized_for.is_some_and(|l| l == lang) {
            chrome::set_lang(&ctx, lang);
            fonts::apply_sizes(&ctx, lang);
            self.sized_for = Some(lang);
        }
        let mut cmds = Vec::new();
        let mut reqs = Vec::new();
        if self.briefing.active {
            briefing::show(ui, &self.x, &mut self.briefing, &mut cmds);
            for c in cmds {
                self.x.apply(c);
            }
            self.session.tick(&self.x, &ctx);
            return;
        }
        if !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(Key::F5)) {
            self.briefing.start(&self.x, &ctx);
            ctx.request_repaint();
        }
        self.keyboard(ui, &mut cmds);
        let mut lanes: Vec<crate::model::EventType> = self.timeline.lanes.iter().map(|l| l.event_type).collect();
        lanes.sort();
        lanes.dedup();
        export_menu::collect(&self.export, &mut self.session.messages);
        let timeline_rect = self.timeline.plot_rect;
        let map_rect = self.map.rect;
        let map_shown = !self.session.settings.map_hidden;
        let widths = layout::Widths::for_window(ui.available_width(), map_shown);
        let top = egui::Panel::top("top_bar").show(ui, |ui| {
            chrome::row(ui, |ui| {
                top_bar::corpus_menu(ui, &self.session.settings.recent, &mut reqs);
                export_menu::menu(ui, &self.x, &mut self.export, timeline_rect, map_rect, &mut self.session.messages);
                let dir = export_menu::folder(&self.x, &self.export);
                briefing::menu(ui, &self.x, &mut self.briefing, &dir, &mut cmds, &mut self.session.messages);
                top_bar::show(ui, &self.x, &mut self.top, &lanes, &mut cmds, &mut reqs);
            });
            self.status_line(ui, &mut reqs);
        });
        self.layout.toolbar = top.response.rect;
        egui::Panel::bottom("status_bar").show(ui, |ui| top_bar::status_bar(ui, &self.x));
        // a new selection shows its sources (on a narrow window they share a column with the map)
        if self.x.selected().is_some() && self.x.selected() != self.layout.selected {
            self.layout.tab = layout::SideTab::Sources;
        }
        self.layout.selected = self.x.selected();
        // the side column sits on the side the interface reads towards: right in English, left
        // in Arabic; the timeline keeps the widest share (see `layout`)
        let side = if lang.rtl() { egui::Panel::left("sources_left") } else { egui::Panel::right("sources") };
        let side = side
            .resizable(true)
            .default_size(widths.side_default)
            .min_size(layout::SOURCES_MIN.min(widths.side_max))
            .max_size(widths.side_max)
            .show(ui, |ui| {
                if widths.shared_column {
                    chrome::row(ui, |ui| {
                        for (tab, name) in
                            [(layout::SideTab::Sources, lang.t("Sources")), (layout::SideTab::Map, lang.t("Map"))]
                        {
                            if chrome::selectable(ui, self.layout.tab == tab, name).clicked() {
                                self.layout.tab = tab;
                            }
                        }
                    });
                    ui.separator();
                }
                if widths.shared_column && self.layout.tab == layout::SideTab::Map {
                    map_view::show(ui, &self.x, &mut self.map, &mut cmds);
                } else {
                    source_panel::show(
                        ui,
                        &self.x,
                        &mut self.doc,
                        &mut self.curate,
                        &mut self.add,
                        &mut self.around,
                        &mut cmds,
                    );
                }
            });
        self.layout.side = side.response.rect;
        egui::CentralPanel::default().show(ui, |ui| {
            // half the height, more (up to two thirds) when the lanes need it to fit unscrolled
            let avail = ui.available_height();
            let h = self.timeline.needed_height().clamp(avail * 0.5, avail * TIMELINE_MOST_HEIGHT).max(220.0);
            if map_shown && !widths.shared_column {
                self.timeline_and_map(ui, h, lang.rtl(), widths.map, &mut cmds);
            } else {
                self.layout.timeline = timeline_view::show(ui, &self.x, &mut self.timeline, &mut cmds, h);
                if !(widths.shared_column && self.layout.tab == layout::SideTab::Map) {
                    self.map.rect = None;
                }
            }
            legend::show(ui);
            if !map_shown && chrome::button(ui, lang.t("Show map")).clicked() {
                self.session.settings.map_hidden = false;
            }
            if std::mem::take(&mut self.map.hide) {
                self.session.settings.map_hidden = true;
            }
            ui.add_space(4.0);
            event_list::show(ui, &self.x, &mut self.list, &mut cmds);
        });
        add_event::show(&ctx, &self.x, &mut self.add, &mut cmds);
        folder_browser::show(&ctx, &mut self.folders, &self.session.settings.recent, &mut reqs);
        for c in cmds {
            self.x.apply(c);
        }
        self.session_requests(&ctx, reqs);
        self.session.tick(&self.x, &ctx);
        // with the first corpus still loading, the startup time is not yet known
        if self.first_frame_secs.is_none() && self.first_load.is_none() {
            self.first_frame_secs = Some(self.created.elapsed().as_secs_f64());
            if let Some(t0) = self.report_startup_from {
                println!(
                    "first frame {:.0} ms after start ({} documents, {} events)",
                    t0.elapsed().as_secs_f64() * 1000.0,
                    self.x.corpus().documents.len(),
                    self.x.events().len()
                );
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

impl TarikhApp {
    /// The timeline and the map side by side (the map on the side the interface reads
    /// towards: right in English and French, left in Arabic).
    fn timeline_and_map(&mut self, ui: &mut Ui, h: f32, rtl: bool, map_w: f32, cmds: &mut Vec<Command>) {
        let full = ui.available_rect_before_wrap();
        let gap = layout::GAP;
        let tl_w = full.width() - map_w - gap;
        let (tl_x, map_x) =
            if rtl { (full.left() + map_w + gap, full.left()) } else { (full.left(), full.left() + tl_w + gap) };
        let tl_rect = egui::Rect::from_min_size(egui::pos2(tl_x, full.top()), egui::vec2(tl_w, full.height()));
        let mut timeline = egui::Rect::NOTHING;
        let used = ui
            .scope_builder(egui::UiBuilder::new().max_rect(tl_rect), |ui| {
                timeline = timeline_view::show(ui, &self.x, &mut self.timeline, cmds, h)
            })
            .response
            .rect;
        self.layout.timeline = timeline;
        let map_rect =
            egui::Rect::from_min_size(egui::pos2(map_x, full.top()), egui::vec2(map_w, used.height().max(h)));
        ui.scope_builder(egui::UiBuilder::new().max_rect(map_rect), |ui| {
            map_view::show(ui, &self.x, &mut self.map, cmds)
        });
        ui.advance_cursor_after_rect(egui::Rect::from_min_size(full.min, egui::vec2(full.width(), map_rect.height())));
    }
}

impl eframe::App for TarikhApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.session.flush(&self.x);
        self.session.settings.capture(&self.x);
        eframe::set_value(storage, settings::KEY, &self.session.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.session.flush(&self.x);
    }
}
