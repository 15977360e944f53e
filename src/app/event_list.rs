//! The event list: the shown events with date, type, title and number of sources; sortable;
//! virtualized (only the rows on screen are laid out); undated events in their own group at
//! the end. Clicking a row selects the event (and brings it into the timeline's view).

use egui::{Align2, FontId, Rect, Role, Sense, Ui, Vec2, WidgetInfo};

use super::palette;
use crate::explore::{Command, Explorer, SortKey};
use crate::model::{Event, Precision};

/// Height of a row.
pub const ROW_H: f32 = 22.0;
const DATE_W: f32 = 150.0;
const TYPE_W: f32 = 150.0;
const SRC_W: f32 = 56.0;

/// What the list remembers between frames.
#[derive(Default)]
pub struct ListUi {
    last_revealed: Option<usize>,
    /// Rows laid out in the last frame (for the benchmark: stays small with 100,000 events).
    pub rows_drawn: usize,
}

/// A short date for the list.
pub fn short_when(e: &Event) -> String {
    let Some(w) = e.when else { return "undated".into() };
    let q = match w.qualifier {
        Some(crate::model::Qualifier::Early) => "early ",
        Some(crate::model::Qualifier::Mid) => "mid ",
        Some(crate::model::Qualifier::Late) => "late ",
        None => "",
    };
    match w.precision {
        Precision::Year => format!("{q}{}", w.start.format("%Y")),
        Precision::Month => format!("{q}{}", w.start.format("%b %Y")),
        Precision::Week => format!("week {}", w.start.format("%-d %b %Y")),
        Precision::Day if w.first_day() != w.last_day() => format!("{}–{}", w.start.format("%-d"), w.end.format("%-d %b %Y")),
        Precision::Day => w.start.format("%-d %b %Y").to_string(),
        Precision::Time => w.start.format("%-d %b %Y %H:%M").to_string(),
    }
}

fn header(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let arrow = |k: SortKey| if x.sort.0 == k { if x.sort.1 { " (up)" } else { " (down)" } } else { "" };
        for (k, name, w) in [(SortKey::Date, "Date", DATE_W), (SortKey::Type, "Type", TYPE_W), (SortKey::Sources, "Src", SRC_W), (SortKey::Title, "Title", 200.0)] {
            let b = ui.add_sized([w - 6.0, 18.0], egui::Button::new(format!("{name}{}", arrow(k))).frame(false));
            if b.on_hover_text(format!("Sort by {}", name.to_lowercase())).clicked() {
                cmds.push(Command::Sort(k));
            }
        }
    });
}

/// The rows: the sorted dated events, then (when any) a group header and the undated ones.
fn row_event(x: &Explorer, undated: &[usize], r: usize) -> Option<usize> {
    if r < x.list.len() {
        Some(x.list[r])
    } else if r == x.list.len() {
        None
    } else {
        undated.get(r - x.list.len() - 1).copied()
    }
}

/// Shows the list and collects the commands it emits.
pub fn show(ui: &mut Ui, x: &Explorer, l: &mut ListUi, cmds: &mut Vec<Command>) {
    header(ui, x, cmds);
    ui.separator();
    let undated: Vec<usize> = x.shown_undated().collect();
    let n_rows = x.list.len() + if undated.is_empty() { 0 } else { 1 + undated.len() };
    let mut area = egui::ScrollArea::vertical().id_salt("event_list").auto_shrink([false, false]);
    if x.selected != l.last_revealed {
        if let Some(sel) = x.selected {
            let row = x.list.iter().position(|&i| i == sel).or_else(|| undated.iter().position(|&i| i == sel).map(|p| x.list.len() + 1 + p));
            if let Some(row) = row {
                area = area.vertical_scroll_offset((row as f32 * ROW_H - ui.available_height() / 2.0).max(0.0));
            }
        }
        l.last_revealed = x.selected;
    }
    let mut drawn = 0;
    area.show_rows(ui, ROW_H, n_rows, |ui, range| {
        for r in range {
            drawn += 1;
            let (rect, resp) = ui.allocate_exact_size(Vec2::new(ui.available_width(), ROW_H), Sense::click());
            let p = ui.painter_at(rect);
            let font = FontId::proportional(13.5);
            let Some(i) = row_event(x, &undated, r) else {
                p.text(rect.left_center() + Vec2::new(4.0, 0.0), Align2::LEFT_CENTER, format!("Undated ({}): relative dates in articles of unknown date", undated.len()), font, ui.visuals().strong_text_color());
                resp.widget_info(|| WidgetInfo::labeled(Role::Label, true, "Undated"));
                continue;
            };
            let e = &x.events[i];
            let selected = x.selected == Some(i);
            if selected {
                p.rect_filled(rect, 2.0, ui.visuals().selection.bg_fill);
            } else if resp.hovered() {
                p.rect_filled(rect, 2.0, ui.visuals().widgets.hovered.weak_bg_fill);
            }
            let text = if selected { ui.visuals().selection.stroke.color } else { ui.visuals().text_color() };
            let date = short_when(e);
            let mut cx = rect.left() + 4.0;
            p.text(egui::pos2(cx, rect.center().y), Align2::LEFT_CENTER, &date, font.clone(), text);
            cx += DATE_W;
            p.circle_filled(egui::pos2(cx + 4.0, rect.center().y), 4.0, palette::type_color(e.event_type));
            let kind = crate::explore::timeline::LaneKey::of(e).label();
            let type_rect = Rect::from_x_y_ranges(cx + 12.0..=cx + TYPE_W - 4.0, rect.y_range());
            ui.painter_at(type_rect).text(type_rect.left_center(), Align2::LEFT_CENTER, kind, font.clone(), text);
            cx += TYPE_W;
            p.text(egui::pos2(cx + SRC_W / 2.0, rect.center().y), Align2::CENTER_CENTER, e.source_count().to_string(), font.clone(), text);
            cx += SRC_W;
            let title_rect = Rect::from_x_y_ranges(cx..=rect.right(), rect.y_range());
            let mut marks = super::curate_panel::marks(&x.curation[i]);
            if x.disputed.get(i).copied().unwrap_or(false) {
                marks = format!("{marks} [sources disagree]").trim().to_string();
            }
            let title = if marks.is_empty() { e.title.clone() } else { format!("{}  {marks}", e.title) };
            ui.painter_at(title_rect).text(title_rect.left_center(), Align2::LEFT_CENTER, &title, font, text);
            if resp.clicked() {
                cmds.push(Command::Select(Some(i)));
            }
            if let Some(sel) = x.selected.filter(|&s| s != i && !x.events[s].mentions.is_empty() && !e.mentions.is_empty()) {
                resp.context_menu(|ui| {
                    if ui.button("Merge into the selected event").clicked() {
                        cmds.push(Command::Edit(crate::workspace::Edit::Merge { into: x.events[sel].mentions[0].id.clone(), from: e.mentions[0].id.clone() }));
                        ui.close();
                    }
                });
            }
            let label = format!("{date} {title}");
            resp.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, label.clone()));
        }
    });
    l.rows_drawn = drawn;
}
