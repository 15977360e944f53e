//! Commands of one concern, applied to the explorer: the stretch of time in view (zoom, pan, presets) and the theme.

use super::super::timeline::fit;
use super::super::Command;
use super::super::Explorer;

impl Explorer {
    /// Applies a command of this concern; [`Explorer::apply`] routes each command here.
    pub(in crate::explore) fn apply_view(&mut self, cmd: Command) {
        match cmd {
            Command::View(a, b) => {
                if b > a && (b - a) > 1.0 / 1440.0 {
                    self.view = (a, b);
                }
            }
            Command::Zoom { factor, center } => {
                let (a, b) = self.view;
                let f = factor.clamp(0.05, 20.0);
                let (na, nb) = (center - (center - a) * f, center + (b - center) * f);
                if nb - na > 10.0 / 1440.0 && nb - na < 365.25 * 200.0 {
                    self.view = (na, nb);
                }
            }
            Command::Pan(d) => self.view = (self.view.0 + d, self.view.1 + d),
            Command::FitAll => {
                if let Some(v) = fit(&self.events[..self.n_dated]) {
                    self.view = v;
                }
            }
            Command::Preset(k) => {
                if let Some((_, a, b)) = self.presets.get(k) {
                    self.view = (*a, *b);
                }
            }
            Command::Dark(d) => self.dark = d,
            other => debug_assert!(false, "not a view command: {other:?}"),
        }
    }
}
