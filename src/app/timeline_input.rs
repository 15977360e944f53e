//! The timeline's input: what a click, a double-click, a drag, the wheel or a pinch on the
//! plot asks for, as commands to the explorer, and the card shown while a mark is hovered.

use egui::Ui;
use egui_plot::PlotTransform;

use super::chrome::{self, label, strong, weak};
use super::density_strip;
use super::fonts;
use super::timeline_rows::ClusterMark;
use crate::bidi::BidiLabel;
use crate::explore::event_when_label;
use crate::explore::{Command, Explorer};

/// A cluster's stretch narrower than this share of the view is zoomed to whole; a wider one is
/// zoomed into around the click, by [`CLUSTER_ZOOM_FACTOR`].
const CLUSTER_ZOOM_MAX_SHARE: f64 = 0.7;
/// How much a click on a cluster as wide as the view zooms in.
const CLUSTER_ZOOM_FACTOR: f64 = 4.0;

/// What the plot showed in the last frame that a click can land on.
pub struct Targets<'a> {
    /// The cluster marks.
    pub clusters: &'a [ClusterMark],
    /// The density strip.
    pub strip: Option<egui::Rect>,
    /// The mark under the pointer.
    pub hovered: Option<usize>,
}

/// Emits the commands of the pointer's acts on the plot `r` (whose transform is `tr`, its view
/// `(a, b)` in days) and shows the hovered mark's card.
#[allow(clippy::too_many_arguments)]
pub fn interact(
    ui: &mut Ui,
    x: &Explorer,
    t: Targets<'_>,
    cmds: &mut Vec<Command>,
    r: &egui::Response,
    tr: &PlotTransform,
    (a, b): (f64, f64),
    days_per_px: f64,
) {
    let pointer = r.hover_pos();
    let lang = chrome::lang(ui);
    if r.double_clicked() {
        cmds.push(Command::FitAll);
    } else if r.clicked() {
        let on_cluster = pointer.and_then(|pp| t.clusters.iter().find(|c| c.rect.expand(2.0).contains(pp)));
        let on_strip = pointer.filter(|pp| t.strip.is_some_and(|s| s.contains(*pp)));
        if let Some(pp) = on_strip {
            // the density strip: zoom to the year under the pointer
            let (y0, y1) = density_strip::year_view(tr, pp.x);
            cmds.push(Command::View(y0, y1));
        } else {
            match on_cluster {
                // a click on a cluster zooms to its stretch (with a margin), where its marks fit
                Some(c) => {
                    let margin = ((c.x.1 - c.x.0) * 0.25).max(0.5);
                    let (a, b) = (c.x.0 - margin, c.x.1 + margin);
                    let (va, vb) = x.view();
                    if b - a < (vb - va) * CLUSTER_ZOOM_MAX_SHARE {
                        cmds.push(Command::View(a, b));
                    } else {
                        // a stretch about as wide as the view: zoom in where it was clicked
                        let at = pointer
                            .map_or((c.x.0 + c.x.1) / 2.0, |pp| tr.value_from_position(pp).x)
                            .clamp(c.x.0, c.x.1);
                        let half = (vb - va) / CLUSTER_ZOOM_FACTOR / 2.0;
                        cmds.push(Command::View(at - half, at + half));
                    }
                }
                // a click on a mark selects it; on empty space, clears the selection
                None => cmds.push(Command::Select(t.hovered)),
            }
        }
    }
    if r.dragged() {
        let dx = r.drag_delta().x as f64;
        if dx != 0.0 {
            cmds.push(Command::Pan(-dx * days_per_px));
        }
    }
    if r.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let center = x.zoom_center(pointer.map(|p| tr.value_from_position(p).x).unwrap_or((a + b) / 2.0));
        if scroll != 0.0 {
            cmds.push(Command::Zoom { factor: (-scroll as f64 * 0.004).exp(), center });
        } else if zoom != 1.0 {
            cmds.push(Command::Zoom { factor: 1.0 / zoom as f64, center });
        }
    }
    if let Some(i) = t.hovered {
        let e = &x.events()[i];
        r.clone().on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(420.0);
            chrome::column(ui, |ui| {
                strong(ui, x.title(i, chrome::lang(ui)));
                if let Some(m) = e.mentions.first() {
                    let first_line =
                        x.corpus().documents.get(m.doc).map_or("", |d| d.quote(m)).lines().next().unwrap_or("");
                    ui.add(BidiLabel::new(first_line).font(fonts::arabic()).max_width(400.0));
                }
                label(ui, &event_when_label(e, lang));
                let n = e.source_count();
                weak(ui, &if n == 1 { lang.t("1 source").to_string() } else { lang.f("{0} sources", &[&n]) });
            });
        });
    }
}
