//! How the window's width is shared between the timeline, the sources and the map, so that
//! the timeline is the widest panel at every size: the sources and the map side by side with
//! it on a wide window, sharing one tabbed column on a narrow one.

/// Below this window width the sources and the map share one column, one tab at a time.
pub const NARROW_BELOW: f32 = 1200.0;
/// The least share of the window the timeline keeps beside the map.
pub const TIMELINE_SHARE_WITH_MAP: f32 = 0.45;
/// The least share of the window the timeline keeps with the map hidden.
pub const TIMELINE_SHARE_WITHOUT_MAP: f32 = 0.60;
/// The narrowest the sources panel gets (its text stays readable).
pub const SOURCES_MIN: f32 = 280.0;
/// Space between the timeline and the map.
pub const GAP: f32 = 8.0;
/// What panel borders, margins and the resize handle take.
const CHROME: f32 = 24.0;

/// Which of the two panels the shared column of a narrow window shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SideTab {
    /// The selected event's sources.
    #[default]
    Sources,
    /// The map.
    Map,
}

/// The widths for one window width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Widths {
    /// The sources and the map share one tabbed column.
    pub shared_column: bool,
    /// The side panel's width to start at.
    pub side_default: f32,
    /// The side panel's widest (dragging its edge stops there).
    pub side_max: f32,
    /// The map's width beside the timeline (0 when the map is not beside it).
    pub map: f32,
}

impl Widths {
    /// The widths for a window `w` points wide, with the map shown or not.
    pub fn for_window(w: f32, map_shown: bool) -> Widths {
        let shared_column = map_shown && w < NARROW_BELOW;
        if !map_shown || shared_column {
            // one side panel, the timeline the rest: at least its share, and wider than the panel
            let side_max = (w * (1.0 - TIMELINE_SHARE_WITHOUT_MAP) - CHROME).min(w * 0.5 - CHROME).max(SOURCES_MIN);
            let side_default = (w * 0.3).clamp(SOURCES_MIN, 460.0).min(side_max);
            return Widths { shared_column, side_default, side_max, map: 0.0 };
        }
        // sources, timeline and map side by side: the map a quarter, the sources a quarter at
        // most, the timeline the rest (at least its share, and wider than either)
        let map = (w * 0.25).clamp(240.0, 520.0);
        let rest = w - map - GAP - CHROME;
        let side_max = (rest - w * TIMELINE_SHARE_WITH_MAP).min(rest / 2.0).max(SOURCES_MIN);
        let side_default = (w * 0.24).clamp(SOURCES_MIN, 460.0).min(side_max);
        Widths { shared_column: false, side_default, side_max, map }
    }

    /// The timeline's width when the side panel is `side` wide, in a window `w` wide.
    pub fn timeline(&self, w: f32, side: f32) -> f32 {
        w - side - CHROME - if self.map > 0.0 { self.map + GAP } else { 0.0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_is_the_widest_panel_and_keeps_its_share_at_every_width() {
        for w in [1000.0, 1100.0, 1199.0, 1200.0, 1280.0, 1440.0, 1600.0, 1920.0, 2560.0] {
            for map_shown in [true, false] {
                let ws = Widths::for_window(w, map_shown);
                let share =
                    if map_shown && !ws.shared_column { TIMELINE_SHARE_WITH_MAP } else { TIMELINE_SHARE_WITHOUT_MAP };
                // at the default width, and with the side panel dragged to its widest
                for side in [ws.side_default, ws.side_max] {
                    let tl = ws.timeline(w, side);
                    assert!(tl >= share * w, "{w} map {map_shown} side {side}: timeline {tl}");
                    assert!(
                        tl > side && tl > ws.map,
                        "{w} map {map_shown}: timeline {tl}, side {side}, map {}",
                        ws.map
                    );
                }
            }
        }
    }

    #[test]
    fn a_narrow_window_shares_one_column_between_sources_and_map() {
        assert!(Widths::for_window(1000.0, true).shared_column);
        assert!(!Widths::for_window(1280.0, true).shared_column);
        assert!(!Widths::for_window(1000.0, false).shared_column);
    }
}
