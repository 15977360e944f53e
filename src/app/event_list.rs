//! The event list: the shown events with date, type, title and number of sources; sortable;
//! virtualized (only the rows on screen are laid out); undated events in their own group at
//! the end. Clicking a row selects the event (and brings it into the timeline's view).

use egui::{Align2, Color32, FontId, Rect, Role, Sense, Ui, Vec2, WidgetInfo};

use super::chrome::{self, has_rtl, hover};
use super::list_rows::ListRows;
use super::palette;
use crate::explore::{Command, Explorer, SortKey};
use crate::i18n::Lang;

/// Height of a row.
pub const ROW_H: f32 = 22.0;
const DATE_W: f32 = 205.0;
const TYPE_W: f32 = 150.0;
const SRC_W: f32 = 56.0;

/// What the list remembers between frames.
#[derive(Default)]
pub struct ListUi {
    last_revealed: Option<usize>,
    /// Rows laid out in the last frame (for the benchmark: stays small with 100,000 events).
    pub rows_drawn: usize,
    /// The rows' heights (a long title wraps).
    rows: ListRows,
}

/// An event's title as the list shows it: with its curation marks and "sources disagree".
fn title_with_marks(x: &Explorer, i: usize, lang: Lang) -> (String, String) {
    let mut marks = super::event_labels::marks(&x.curation()[i], lang);
    if x.disputed().get(i).copied().unwrap_or(false) {
        marks = format!("{marks} [{}]", lang.t("sources disagree")).trim().to_string();
    }
    let title = x.title(i, lang);
    let whole = if marks.is_empty() { title.to_string() } else { format!("{title}  {marks}") };
    (whole, marks)
}

fn header(ui: &mut Ui, x: &Explorer, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    chrome::row(ui, |ui| {
        let cols = [
            (SortKey::Date, "Date", "Sort by date", DATE_W),
            (SortKey::Type, "Type", "Sort by type", TYPE_W),
            (SortKey::Sources, "Sources", "Sort by number of sources", SRC_W),
            (SortKey::Title, "Title", "Sort by title", 200.0),
        ];
        for (k, name, tip, w) in cols {
            let name = match (x.sort().0 == k, x.sort().1) {
                (true, true) => lang.f("{0} (up)", &[&lang.t(name)]),
                (true, false) => lang.f("{0} (down)", &[&lang.t(name)]),
                _ => lang.t(name).to_string(),
            };
            let b = ui.add_sized(
                [w - 6.0, 18.0],
                egui::Button::new(chrome::text(ui, &name, egui::TextStyle::Button)).frame(false),
            );
            chrome::relabel(&b, Role::Button, &name, None);
            if hover(b, lang.t(tip)).clicked() {
                cmds.push(Command::Sort(k));
            }
        }
    });
}

/// Paints one cell's text: right-to-left text through the bidi module. In the Arabic
/// interface a cell hugs its right edge when its text fits; a longer text shows its beginning.
fn cell(ui: &Ui, rect: Rect, s: &str, font: &FontId, color: Color32, rtl_ui: bool) {
    if has_rtl(s) || rtl_ui {
        crate::bidi::text::paint_line(ui, rect, s, font, color, None, rtl_ui);
    } else {
        ui.painter_at(rect).text(rect.left_center(), Align2::LEFT_CENTER, s, font.clone(), color);
    }
}

/// `s` cut with an ellipsis to fit `width` (whole when it fits).
fn elided(ui: &Ui, s: &str, font: &FontId, width: f32) -> String {
    let fits =
        |t: &str| ui.fonts_mut(|f| f.layout_no_wrap(t.to_string(), font.clone(), Color32::WHITE).size().x) <= width;
    if fits(s) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    // the longest prefix that fits with its ellipsis (binary search on its length)
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let t: String = chars[..mid].iter().collect::<String>() + "…";
        if fits(&t) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    chars[..lo].iter().collect::<String>().trim_end().to_string() + "…"
}

/// The column `k` of a row (0 = date … 3 = title), mirrored in the Arabic interface.
fn column_rect(row: Rect, k: usize, rtl: bool) -> Rect {
    let edges = [0.0, DATE_W, DATE_W + TYPE_W, DATE_W + TYPE_W + SRC_W];
    let (a, b) = (edges[k], if k + 1 < edges.len() { edges[k + 1] } else { row.width() });
    let (a, b) = (a + 4.0, (b - 4.0).max(a + 4.0));
    if rtl {
        Rect::from_x_y_ranges(row.right() - b..=row.right() - a, row.y_range())
    } else {
        Rect::from_x_y_ranges(row.left() + a..=row.left() + b, row.y_range())
    }
}

/// The rows: the sorted dated events, then (when any) a group header and the undated ones.
fn row_event(x: &Explorer, undated: &[usize], r: usize) -> Option<usize> {
    if r < x.list().len() {
        Some(x.list()[r])
    } else if r == x.list().len() {
        None
    } else {
        undated.get(r - x.list().len() - 1).copied()
    }
}

/// Shows the list and collects the commands it emits.
pub fn show(ui: &mut Ui, x: &Explorer, l: &mut ListUi, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let rtl = lang.rtl();
    header(ui, x, cmds);
    ui.separator();
    let undated: Vec<usize> = x.shown_undated().collect();
    let font = FontId::proportional(if rtl { 15.0 } else { 13.5 });
    let line_h = ui.fonts_mut(|f| f.row_height(&font));
    let spacing = ui.spacing().item_spacing.y;
    // the title column's width (the scroll bar is solid: it takes its width from the rows)
    let scroll = ui.spacing().scroll;
    let row_w = ui.available_width() - scroll.bar_width - scroll.bar_outer_margin - scroll.bar_inner_margin;
    let title_w = column_rect(Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(row_w, ROW_H)), 3, rtl).width();
    let measure = |i: usize| {
        let (whole, _) = title_with_marks(x, i, lang);
        ui.fonts_mut(|f| f.layout_no_wrap(whole, font.clone(), Color32::WHITE).size().x)
    };
    l.rows.update(x, &undated, lang, font.size, title_w, line_h, ROW_H, spacing, measure);
    let rows = &l.rows;
    let mut area = egui::ScrollArea::vertical().id_salt("event_list").auto_shrink([false, false]);
    if x.selected() != l.last_revealed {
        if let Some(sel) = x.selected() {
            let row = x
                .list()
                .iter()
                .position(|&i| i == sel)
                .or_else(|| undated.iter().position(|&i| i == sel).map(|p| x.list().len() + 1 + p));
            if let Some(row) = row {
                area = area.vertical_scroll_offset((rows.top(row) - ui.available_height() / 2.0).max(0.0));
            }
        }
        l.last_revealed = x.selected();
    }
    let mut drawn = 0;
    area.show_viewport(ui, |ui, viewport| {
        ui.set_height(rows.total());
        if rows.is_empty() {
            return;
        }
        let first = rows.row_at(viewport.min.y);
        let top = ui.max_rect().top() + rows.top(first);
        let below = Rect::from_x_y_ranges(ui.max_rect().x_range(), top..=ui.max_rect().bottom().max(top));
        ui.scope_builder(egui::UiBuilder::new().max_rect(below), |ui| {
            ui.skip_ahead_auto_ids(first); // the same ids for the same rows, wherever the view starts
            for r in first..rows.len() {
                if rows.top(r) > viewport.max.y {
                    break;
                }
                drawn += 1;
                let lines = rows.lines(r);
                let h = ROW_H + (lines - 1) as f32 * line_h;
                let (rect, resp) = ui.allocate_exact_size(Vec2::new(ui.available_width(), h), Sense::click());
                let p = ui.painter_at(rect);
                let Some(i) = row_event(x, &undated, r) else {
                    let group = lang.f("Undated ({0}): relative dates in articles of unknown date", &[&undated.len()]);
                    cell(ui, rect, &group, &font, ui.visuals().strong_text_color(), rtl);
                    let short = lang.t("Undated").to_string();
                    resp.widget_info(|| WidgetInfo::labeled(Role::Label, true, short.clone()));
                    continue;
                };
                show_row(ui, x, i, rect, &resp, &p, &font, lines, line_h, cmds);
            }
        });
    });
    l.rows_drawn = drawn;
}

/// One event's row: date, type, sources and title (wrapped over `lines` lines when long),
/// its click and its context menu.
#[allow(clippy::too_many_arguments)]
fn show_row(
    ui: &Ui,
    x: &Explorer,
    i: usize,
    rect: Rect,
    resp: &egui::Response,
    p: &egui::Painter,
    font: &FontId,
    lines: usize,
    line_h: f32,
    cmds: &mut Vec<Command>,
) {
    let lang = chrome::lang(ui);
    let rtl = lang.rtl();
    // the short cells sit on the row's first line
    let first_line = Rect::from_min_size(rect.min, Vec2::new(rect.width(), ROW_H));
    let font = font.clone();
    let e = &x.events()[i];
    let selected = x.selected() == Some(i);
    if selected {
        p.rect_filled(rect, 2.0, ui.visuals().selection.bg_fill);
    } else if resp.hovered() {
        p.rect_filled(rect, 2.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let text = if selected { ui.visuals().selection.stroke.color } else { ui.visuals().text_color() };
    let date = super::event_labels::short_when(e, lang);
    cell(ui, column_rect(first_line, 0, rtl), &date, &font, text, rtl);
    let type_rect = column_rect(first_line, 1, rtl);
    let dot_x = if rtl { type_rect.right() - 4.0 } else { type_rect.left() + 4.0 };
    p.circle_filled(egui::pos2(dot_x, first_line.center().y), 4.0, palette::type_color(e.event_type));
    let kind = crate::explore::LaneKey::of(e).label(lang);
    let type_text = if rtl {
        type_rect.with_max_x(type_rect.right() - 12.0)
    } else {
        type_rect.with_min_x(type_rect.left() + 12.0)
    };
    cell(ui, type_text, &kind, &font, text, rtl);
    let src_rect = column_rect(first_line, 2, rtl);
    p.text(src_rect.center(), Align2::CENTER_CENTER, e.source_count().to_string(), font.clone(), text);
    // the title and its marks; the accessible name keeps the whole of it
    let (title, marks) = title_with_marks(x, i, lang);
    if lines > 1 {
        // too long for its column: wrapped, the first line level with the other cells
        let title_rect = column_rect(rect, 3, rtl);
        let title_rect = title_rect.with_min_y(title_rect.top() + (ROW_H - line_h) / 2.0);
        crate::bidi::text::paint_wrapped(ui, title_rect, &title, &font, text, None, rtl, lines, line_h);
    } else {
        // one line: a title that still does not fit (measured a hair short) is cut with an
        // ellipsis, the marks after it kept
        let title_rect = column_rect(first_line, 3, rtl);
        let marks_w = if marks.is_empty() {
            0.0
        } else {
            ui.fonts_mut(|f| f.layout_no_wrap(format!("  {marks}"), font.clone(), text).size().x) + 8.0
        };
        let fitted = elided(ui, x.title(i, lang), &font, title_rect.width() - marks_w);
        let shown_title = if marks.is_empty() { fitted } else { format!("{fitted}  {marks}") };
        cell(ui, title_rect, &shown_title, &font, text, rtl);
    }
    if resp.clicked() {
        cmds.push(Command::Select(Some(i)));
    }
    let merge_into = x.selected().filter(|&s| s != i && !x.events()[s].mentions.is_empty() && !e.mentions.is_empty());
    resp.context_menu(|ui| {
        // (only while the menu is open: looking keys up scans the events)
        let in_briefing = x.briefing().as_ref().is_some_and(|b| b.iter().any(|k| x.by_key(k) == Some(i)));
        chrome::column(ui, |ui| {
            if e.when.is_some() && !in_briefing && chrome::button(ui, lang.t("Add to the briefing")).clicked() {
                cmds.push(Command::BriefingAdd(i));
                ui.close();
            }
            if let Some(sel) = merge_into {
                if chrome::button(ui, lang.t("Merge into the selected event")).clicked() {
                    cmds.push(Command::Edit(crate::workspace::Edit::Merge {
                        into: x.events()[sel].mentions[0].id.clone(),
                        from: e.mentions[0].id.clone(),
                    }));
                    ui.close();
                }
            }
        });
    });
    let label = format!("{date} {title}");
    resp.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, label.clone()));
}

#[cfg(test)]
mod tests {
    use super::super::event_labels::short_when;
    use crate::i18n::Lang;
    use crate::model::{Precision, When};

    #[test]
    fn a_span_of_hours_reads_as_a_span_in_the_list() {
        let d = chrono::NaiveDate::from_ymd_opt(2024, 9, 20).unwrap();
        let w = When {
            start: d.and_hms_opt(0, 0, 0).unwrap(),
            end: d.and_hms_opt(4, 0, 0).unwrap(),
            precision: Precision::Time,
            ..When::day(d)
        };
        let mut e = crate::explore::synthetic_explorer(1).events()[0].clone();
        e.when = Some(w);
        assert_eq!(short_when(&e, Lang::English), "20 Sep 2024 00:00–04:00");
    }
}
