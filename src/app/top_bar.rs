//! The top bar: search, filters (type, actor, place, document), hidden events, undo and redo,
//! theme and interface language (in a menu when the row is full); the status bar with the
//! corpus's name and counts; the zoom presets shown above the timeline.

use egui::{Color32, TextStyle, Ui};

use super::chrome::{
    self, button, button_enabled, checkbox, checkbox_rich, hover, menu_button, row_wrapped, selectable, strong, weak,
};
use super::palette;
use crate::explore::{Command, Explorer};
use crate::i18n::Lang;
use crate::model::EventType;

/// What the top bar remembers between frames.
#[derive(Default)]
pub struct TopBarUi {
    /// The search box's text.
    pub search: String,
    /// The width the toolbar's rest took when last drawn inline.
    secondary_width: f32,
}

/// What the top bar asks of the session (not the explorer model).
#[derive(Debug, Clone, PartialEq)]
pub enum SessionRequest {
    /// Open these paths.
    Open(Vec<std::path::PathBuf>),
    /// Choose a folder in the app's own folder window.
    BrowseFolder,
    /// Pick a folder with the system dialog.
    PickFolder,
    /// Pick files with the system dialog.
    PickFiles,
    /// Cancel the load under way.
    CancelLoad,
    /// Import an ACLED CSV (a path, or `None` to pick one).
    ImportAcled(Option<std::path::PathBuf>),
    /// Switch the interface language.
    Language(Lang),
}

/// The corpus menu: open a folder (in the app's own folder window, which needs no desktop
/// portal), files, an ACLED layer, recent corpora.
pub fn corpus_menu(ui: &mut Ui, recent: &[Vec<std::path::PathBuf>], req: &mut Vec<SessionRequest>) {
    let lang = chrome::lang(ui);
    menu_button(ui, lang.t("Corpus"), |ui| {
        if button(ui, lang.t("Open folder…")).clicked() {
            req.push(SessionRequest::BrowseFolder);
            ui.close();
        }
        if button(ui, lang.t("Open files…")).clicked() {
            req.push(SessionRequest::PickFiles);
            ui.close();
        }
        weak(ui, lang.t("…or drop a folder or files onto the window."));
        ui.separator();
        if hover(button(ui, lang.t("Import ACLED CSV…")), lang.t("A reference layer of events, in its own lanes"))
            .clicked()
        {
            req.push(SessionRequest::ImportAcled(None));
            ui.close();
        }
        if !recent.is_empty() {
            ui.separator();
            chrome::label(ui, lang.t("Recent"));
            for r in recent {
                let label = r.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
                if ui.button(label).clicked() {
                    req.push(SessionRequest::Open(r.clone()));
                    ui.close();
                }
            }
        }
    });
}

/// The counts of the corpus: documents, events, undated, shown.
fn counts(x: &Explorer, lang: Lang) -> String {
    let undated = x.events().len() - x.n_dated();
    let events = if undated > 0 {
        lang.f("{0} events + {1} undated", &[&x.n_dated(), &undated])
    } else {
        lang.f("{0} events", &[&x.n_dated()])
    };
    lang.f("{0} documents · {1} · {2} shown", &[&x.corpus().documents.len(), &events, &x.shown().len()])
}

/// A filter's combo box: its label, then every value or none.
/// A filter's drop-down beside its label: `options` are the values commands carry (canonical names), `shown` how
/// the interface names them (the gazetteer's Arabic or French names).
#[allow(clippy::too_many_arguments)]
fn combo(
    ui: &mut Ui,
    id: &str,
    label: &str,
    all: &str,
    current: Option<String>,
    options: Vec<String>,
    shown_as: &dyn Fn(&str) -> String,
    cmd: &dyn Fn(Option<String>) -> Command,
    cmds: &mut Vec<Command>,
) {
    // the label and its drop-down wrap as one (never the label at the end of a line and its
    // control on the next): a new line first when both do not fit on this one
    let label_w = ui
        .fonts_mut(|f| f.layout_no_wrap(label.to_string(), chrome::font(ui, TextStyle::Body), Color32::WHITE).size().x);
    let needed = label_w + COMBO_WIDTH + 3.0 * ui.spacing().item_spacing.x + 2.0 * ui.spacing().button_padding.x + 12.0;
    // what is left of this line (the cursor moves right in English, left in Arabic)
    let (cursor, frame) = (ui.cursor(), ui.max_rect());
    let left_on_line = if chrome::lang(ui).rtl() { cursor.max.x - frame.left() } else { frame.right() - cursor.min.x };
    if left_on_line < needed {
        ui.end_row();
    }
    combo_inner(ui, id, label, all, current, options, shown_as, cmd, cmds);
}

/// Width of a filter's drop-down.
const COMBO_WIDTH: f32 = 110.0;

#[allow(clippy::too_many_arguments)]
fn combo_inner(
    ui: &mut Ui,
    id: &str,
    label: &str,
    all: &str,
    current: Option<String>,
    options: Vec<String>,
    shown_as: &dyn Fn(&str) -> String,
    cmd: &dyn Fn(Option<String>) -> Command,
    cmds: &mut Vec<Command>,
) {
    let l = chrome::label(ui, label);
    let shown = current.as_deref().map(shown_as).unwrap_or_else(|| all.to_string());
    let inner = egui::ComboBox::from_id_salt(id)
        .selected_text(chrome::text(ui, &shown, TextStyle::Button))
        .width(COMBO_WIDTH)
        .show_ui(ui, |ui| {
            chrome::column(ui, |ui| {
                if selectable(ui, current.is_none(), all).clicked() {
                    cmds.push(cmd(None));
                }
                for o in options {
                    if selectable(ui, current.as_ref() == Some(&o), &shown_as(&o)).clicked() {
                        cmds.push(cmd(Some(o)));
                    }
                }
            })
        });
    let _ = inner.response.labelled_by(l.id);
}

/// The status bar at the foot of the window: the corpus's name and counts.
pub fn status_bar(ui: &mut Ui, x: &Explorer) {
    let lang = chrome::lang(ui);
    chrome::row(ui, |ui| {
        strong(ui, &lang.f("Tarikh — {0}", &[&x.corpus().name]));
        weak(ui, &counts(x, lang));
    });
}

/// The zoom presets (all, the latest year, the week of the selection), above the timeline.
pub fn zoom_presets(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    chrome::label(ui, lang.t("Zoom:"));
    for (k, (label, _, _)) in x.presets().iter().enumerate() {
        if button(ui, &label.text(lang)).clicked() {
            cmds.push(Command::Preset(k));
        }
    }
}

/// Width of the toolbar's search field.
const SEARCH_WIDTH: f32 = 190.0;

/// Shows the bar and collects the commands (and session requests) it emits. What does not fit
/// on the row (show hidden or history, undo and redo, theme, language) goes into a "…" menu,
/// so that the toolbar is one row from 1280 points.
pub fn show(
    ui: &mut Ui,
    x: &Explorer,
    s: &mut TopBarUi,
    lanes: &[EventType],
    cmds: &mut Vec<Command>,
    req: &mut Vec<SessionRequest>,
) {
    let lang = chrome::lang(ui);
    row_wrapped(ui, |ui| {
        ui.separator();
        let hint = chrome::rich(
            ui,
            lang.t("Search titles and Arabic text"),
            chrome::font(ui, TextStyle::Body),
            ui.visuals().weak_text_color(),
        );
        // right-aligned in the Arabic interface (typed Arabic starts at the right)
        let align = if lang.rtl() { egui::Align2::RIGHT_CENTER } else { egui::Align2::LEFT_CENTER };
        let search =
            ui.add(egui::TextEdit::singleline(&mut s.search).hint_text(hint).desired_width(SEARCH_WIDTH).align(align));
        if search.changed() {
            cmds.push(Command::Search(s.search.clone()));
        }
        menu_button(ui, lang.t("Types"), |ui| {
            for t in lanes {
                let mut on = !x.filter().hidden_types.contains(t);
                if checkbox_rich(ui, &mut on, lang.t(t.label()), palette::type_color(*t)).changed() {
                    cmds.push(Command::ToggleType(*t));
                }
            }
        });
        let g = &x.lexicon().gazetteer;
        let named = |n: &str| g.display_name(n, lang).to_string();
        combo(
            ui,
            "actor",
            lang.t("Actor"),
            lang.t("all actors"),
            x.filter().actor.clone(),
            x.all_actors().to_vec(),
            &named,
            &Command::FilterActor,
            cmds,
        );
        combo(
            ui,
            "place",
            lang.t("Place"),
            lang.t("all places"),
            x.filter().place.clone(),
            x.all_places().to_vec(),
            &named,
            &Command::FilterPlace,
            cmds,
        );
        let docs: Vec<String> = x.corpus().documents.iter().map(|d| d.file.clone()).collect();
        combo(
            ui,
            "document",
            lang.t("Document"),
            lang.t("all documents"),
            x.filter().document.clone(),
            docs.clone(),
            &|d: &str| crate::text::visible_name(d).into_owned(),
            &|f: Option<String>| Command::FilterDocument(f.and_then(|f| docs.iter().position(|d| *d == f))),
            cmds,
        );
        if x.filter().is_active() && button(ui, lang.t("Clear filters")).clicked() {
            s.search.clear();
            cmds.push(Command::ClearFilters);
        }
        // the rest inline when it fits (its width measured when last drawn so), else in a menu
        let (cursor, frame) = (ui.cursor(), ui.max_rect());
        let left_on_line = if lang.rtl() { cursor.max.x - frame.left() } else { frame.right() - cursor.min.x };
        if left_on_line >= s.secondary_width.max(MIN_SECONDARY_WIDTH) {
            let before = ui.cursor();
            ui.separator();
            secondary(ui, x, cmds, req);
            let after = ui.cursor();
            s.secondary_width = if after.min.y > before.min.y + 1.0 {
                // it wrapped: it needs more than this line had (the menu next time at this width)
                left_on_line + 1.0
            } else {
                if lang.rtl() { before.max.x - after.max.x } else { after.min.x - before.min.x }.abs() + 8.0
            };
        } else {
            hover(
                menu_button(ui, "…", |ui| secondary(ui, x, cmds, req)).response,
                lang.t("More: hidden events, history, undo, theme, language"),
            );
        }
    });
}

/// The least width the inline rest of the toolbar is given before it is first measured.
const MIN_SECONDARY_WIDTH: f32 = 380.0;

/// Show hidden and history, undo and redo, theme and language.
fn secondary(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>, req: &mut Vec<SessionRequest>) {
    let lang = chrome::lang(ui);
    if !x.reference().is_empty() {
        let mut show = !x.filter().hide_reference;
        if hover(checkbox(ui, &mut show, "ACLED"), lang.t("Show the ACLED reference layer")).changed() {
            cmds.push(Command::ShowReference(show));
        }
    }
    let mut show_hidden = x.filter().show_hidden;
    if hover(checkbox(ui, &mut show_hidden, lang.t("Hidden")), lang.t("Show hidden (rejected) events")).changed() {
        cmds.push(Command::ShowHidden(show_hidden));
    }
    if x.events().iter().any(|e| e.background) {
        let mut show_background = x.filter().show_background;
        if hover(
            checkbox(ui, &mut show_background, lang.t("History")),
            lang.t("Show background history: events far before their articles' time"),
        )
        .changed()
        {
            cmds.push(Command::ShowBackground(show_background));
        }
    }
    super::grade_badge::filter(ui, x, cmds);
    if hover(button_enabled(ui, x.history().can_undo(), lang.t("Undo")), "Ctrl+Z").clicked() {
        cmds.push(Command::Undo);
    }
    if hover(button_enabled(ui, x.history().can_redo(), lang.t("Redo")), "Ctrl+Shift+Z").clicked() {
        cmds.push(Command::Redo);
    }
    let theme = if x.dark() { lang.t("Light theme") } else { lang.t("Dark theme") };
    if hover(button(ui, theme), lang.t("Switch the theme")).clicked() {
        cmds.push(Command::Dark(!x.dark()));
    }
    // the other languages, each named in itself
    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
        if hover(button(ui, other.name()), lang.t("Switch the interface language")).clicked() {
            req.push(SessionRequest::Language(other));
        }
    }
}
