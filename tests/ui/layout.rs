//! The workbench at 1000×650, 1280×720 and 1920×1080, in the English and the Arabic interface
//! (issue 23): the timeline is the widest panel and keeps its share of the width, the toolbar
//! is one row from 1280 points, no time-axis label runs past the axis, and every lane is
//! labelled and can be scrolled to.

use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use tarikh::app::layout::{TIMELINE_SHARE_WITHOUT_MAP, TIMELINE_SHARE_WITH_MAP};
use tarikh::app::timeline_view::lane_label_name;
use tarikh::app::TarikhApp;
use tarikh::i18n::Lang;

use crate::common;

const SIZES: [[f32; 2]; 3] = [[1000.0, 650.0], [1280.0, 720.0], [1920.0, 1080.0]];

fn harness(app: TarikhApp, size: [f32; 2], lang: Lang) -> Harness<'static, TarikhApp> {
    let mut app = app;
    app.session.settings.lang = Some(lang);
    let mut h = common::app_harness(app, size);
    h.run_steps(6);
    h
}

/// The toolbar's height in rows of controls.
fn toolbar_rows(h: &Harness<'static, TarikhApp>) -> f32 {
    let row = h.ctx.global_style().spacing.interact_size.y + h.ctx.global_style().spacing.item_spacing.y;
    (h.state().layout.toolbar.height() - 8.0) / row
}

#[test]
fn the_timeline_is_the_widest_panel_at_every_size_in_both_interfaces() {
    for lang in [Lang::English, Lang::Arabic] {
        for size in SIZES {
            for map_hidden in [false, true] {
                let mut app = common::seeds_dated_app();
                app.session.settings.map_hidden = map_hidden;
                let h = harness(app, size, lang);
                let l = &h.state().layout;
                let w = size[0];
                let share = if map_hidden { TIMELINE_SHARE_WITHOUT_MAP } else { TIMELINE_SHARE_WITH_MAP };
                let tl = l.timeline.width();
                assert!(tl >= share * w, "{lang:?} {size:?} map hidden {map_hidden}: timeline {tl} of {w}");
                assert!(tl > l.side.width(), "{lang:?} {size:?}: timeline {tl}, side column {}", l.side.width());
                if let Some(map) = h.state().map.rect {
                    assert!(
                        tl > map.width() || l.side.contains_rect(map),
                        "{lang:?} {size:?}: timeline {tl}, map {map:?}"
                    );
                }
                // the timeline reads on the side away from the sources
                if lang.rtl() {
                    assert!(
                        l.side.right() <= l.timeline.left() + 1.0,
                        "{lang:?} {size:?}: sources {:?}, timeline {:?}",
                        l.side,
                        l.timeline
                    );
                } else {
                    assert!(
                        l.side.left() >= l.timeline.right() - 1.0,
                        "{lang:?} {size:?}: sources {:?}, timeline {:?}",
                        l.side,
                        l.timeline
                    );
                }
            }
        }
    }
}

#[test]
fn the_toolbar_is_one_row_from_1280_points_and_its_rest_is_in_a_menu_below() {
    for lang in [Lang::English, Lang::Arabic] {
        for size in SIZES {
            let h = harness(common::seeds_dated_app(), size, lang);
            let rows = toolbar_rows(&h);
            if size[0] >= 1280.0 {
                assert!(rows < 1.5, "{lang:?} {size:?}: the toolbar takes {rows:.1} rows");
            } else {
                assert!(rows < 2.5, "{lang:?} {size:?}: the toolbar takes {rows:.1} rows");
            }
        }
    }
    // what does not fit is one click away
    let mut h = harness(common::seeds_dated_app(), [1000.0, 650.0], Lang::English);
    common::click_tool(&mut h, "Light theme");
    h.run_steps(3);
    assert!(!h.state().x.dark());
}

#[test]
fn no_time_axis_label_runs_past_the_axis() {
    for lang in [Lang::English, Lang::Arabic] {
        for size in SIZES {
            let h = harness(common::seeds_dated_app(), size, lang);
            let t = &h.state().timeline;
            let frame = *t.transform.as_ref().expect("timeline drawn").frame();
            assert!(t.axis_labels.len() >= 2, "{lang:?} {size:?}: {:?}", t.axis_labels);
            for (label, x0, x1) in &t.axis_labels {
                assert!(
                    *x0 >= 0.0 && frame.left() + x1 <= frame.right() + 1.0,
                    "{lang:?} {size:?}: «{label}» at {x0}..{x1} on an axis {} wide",
                    frame.width()
                );
            }
        }
    }
}

#[test]
fn every_lane_is_labelled_and_can_be_scrolled_to() {
    // every lane of every type, enough events to stack rows in each: more than fit at 1000×650
    for lang in [Lang::English, Lang::Arabic] {
        for size in SIZES {
            let mut h = harness(TarikhApp::new(tarikh::explore::synthetic_explorer(1_000)), size, lang);
            let lanes: Vec<String> = h.state().timeline.lanes.iter().map(|l| l.label(lang)).collect();
            assert!(lanes.len() >= 10, "{lanes:?}");
            // each lane's name is drawn once, apart from the next one's
            let drawn = h.state().timeline.lane_labels.clone();
            assert_eq!(drawn.iter().map(|d| d.0.clone()).collect::<Vec<_>>(), lanes, "{lang:?} {size:?}");
            for pair in drawn.windows(2) {
                assert!(
                    pair[1].1.center().y - pair[0].1.center().y >= 20.0,
                    "{lang:?} {size:?}: {:?} and {:?} overlap",
                    pair[0],
                    pair[1]
                );
            }
            if size[1] < 700.0 {
                assert!(
                    h.state().timeline.scrolled.is_some(),
                    "{lang:?} {size:?}: {} lanes fit without scrolling",
                    lanes.len()
                );
            }
            // the last lane, brought into view
            let last = lane_label_name(lang, lanes.last().unwrap());
            h.get_by_label(&last).scroll_to_me();
            h.run_steps(20);
            let seen = h.state().timeline.scrolled.unwrap_or(h.state().layout.timeline);
            let r = h.get_by_label(&last).rect();
            assert!(seen.contains(r.center()), "{lang:?} {size:?}: the last lane at {r:?}, the lanes seen {seen:?}");
        }
    }
}
