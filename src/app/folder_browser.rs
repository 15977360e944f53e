//! Opening a folder from inside the app, for desktops where the system's file dialog does not
//! answer (no XDG portal): a path field that takes typing, the folder's subfolders to walk
//! into, the recent folders, and how many articles the folder holds before it is opened.

use std::path::{Path, PathBuf};

use egui::{Context, TextStyle};

use super::chrome::{self, button, button_enabled, label, strong, weak};
use super::top_bar::SessionRequest;
use crate::corpus::{list_folder, FolderListing};

/// What the folder window remembers between frames.
#[derive(Default)]
pub struct FolderBrowser {
    /// The window is open.
    pub open: bool,
    /// The folder typed or walked to.
    pub path: String,
    /// The listing of `listed_for` (or why it could not be listed).
    listing: Option<Result<FolderListing, String>>,
    /// The path the listing is of.
    listed_for: String,
}

impl FolderBrowser {
    /// Opens the window at `start` (the last folder opened, or the current corpus's).
    pub fn open_at(&mut self, start: &Path) {
        self.open = true;
        self.path = start.display().to_string();
        self.listed_for.clear();
    }

    /// The listing of the typed path, listed again when the path changed.
    fn listing(&mut self) -> &Result<FolderListing, String> {
        let path = self.path.trim().to_string();
        if self.listing.is_none() || self.listed_for != path {
            self.listing = Some(list_folder(Path::new(&path)).map_err(|e| e.to_string()));
            self.listed_for = path;
        }
        self.listing.as_ref().expect("listed above")
    }
}

/// Rows of subfolders shown before the list scrolls.
const SUBFOLDERS_HEIGHT: f32 = 220.0;

/// Shows the window when open; an "Open" asks the session to open the folder.
pub fn show(ctx: &Context, b: &mut FolderBrowser, recent: &[Vec<PathBuf>], req: &mut Vec<SessionRequest>) {
    if !b.open {
        return;
    }
    let lang = chrome::lang_of(ctx);
    let mut open = true;
    let mut close = false;
    egui::Window::new(chrome::rich_ctx(ctx, lang.t("Open a folder")))
        .id(egui::Id::unique("folder_browser"))
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(560.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            chrome::column(ui, |ui| {
                chrome::row(ui, |ui| {
                    let l = label(ui, lang.t("Folder:"));
                    let field = ui.add(egui::TextEdit::singleline(&mut b.path).desired_width(400.0));
                    let _ = field.labelled_by(l.id);
                    let parent = Path::new(b.path.trim()).parent().map(Path::to_path_buf);
                    if button_enabled(ui, parent.is_some(), lang.t("Up")).clicked() {
                        if let Some(p) = parent {
                            b.path = p.display().to_string();
                        }
                    }
                });
                let here = PathBuf::from(b.path.trim());
                let mut walk_to: Option<PathBuf> = None;
                let mut articles = 0;
                match b.listing() {
                    Ok(l) => {
                        articles = l.articles;
                        let count = if l.partial {
                            lang.f("at least {0} articles to read in this folder", &[&l.articles])
                        } else {
                            lang.f("{0} articles to read in this folder", &[&l.articles])
                        };
                        strong(ui, &count);
                        if !l.subfolders.is_empty() {
                            weak(ui, lang.t("Subfolders:"));
                            egui::ScrollArea::vertical().id_salt("subfolders").max_height(SUBFOLDERS_HEIGHT).show(
                                ui,
                                |ui| {
                                    for name in &l.subfolders {
                                        if button(ui, &format!("{name}/")).clicked() {
                                            walk_to = Some(here.join(name));
                                        }
                                    }
                                },
                            );
                        }
                    }
                    Err(e) => {
                        let c = ui.visuals().error_fg_color;
                        chrome::label_rich(ui, e, chrome::font(ui, TextStyle::Body), c);
                    }
                }
                if let Some(p) = walk_to {
                    b.path = p.display().to_string();
                }
                let folders: Vec<&PathBuf> =
                    recent.iter().filter(|r| r.len() == 1 && r[0].is_dir()).map(|r| &r[0]).collect();
                if !folders.is_empty() {
                    ui.separator();
                    weak(ui, lang.t("Recent"));
                    for f in folders {
                        if button(ui, &f.display().to_string()).clicked() {
                            b.path = f.display().to_string();
                        }
                    }
                }
                ui.separator();
                chrome::row(ui, |ui| {
                    if button_enabled(ui, articles > 0, lang.t("Open this folder")).clicked() {
                        req.push(SessionRequest::Open(vec![here.clone()]));
                        close = true;
                    }
                    if here.is_file()
                        && here.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                        && button(ui, lang.t("Import as ACLED CSV")).clicked()
                    {
                        req.push(SessionRequest::ImportAcled(Some(here.clone())));
                        close = true;
                    }
                    if button(ui, lang.t("System dialog…")).clicked() {
                        req.push(SessionRequest::PickFolder);
                        close = true;
                    }
                    if button(ui, lang.t("Cancel")).clicked() {
                        close = true;
                    }
                });
            });
        });
    b.open = open && !close;
}
