//! The map's time-lapse for a trainer's briefing: a play button steps through the story a week
//! or a month at a time (the timeline's range grows from where it starts to the play head) or
//! event by event (each selected in turn); the places of the latest step are drawn bright,
//! the earlier ones dimmed.

use egui::Ui;

use super::chrome;
use crate::explore::span_of;
use crate::explore::{Command, Explorer};

/// How far each step of the time-lapse goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlayStep {
    /// A week.
    Week,
    /// A month.
    #[default]
    Month,
    /// To the next event.
    Event,
}

impl PlayStep {
    fn label(self) -> &'static str {
        match self {
            PlayStep::Week => "A week at a time",
            PlayStep::Month => "A month at a time",
            PlayStep::Event => "Event by event",
        }
    }
    fn days(self) -> f64 {
        match self {
            PlayStep::Week => 7.0,
            PlayStep::Month => 30.44,
            PlayStep::Event => 0.0,
        }
    }
}

/// Seconds between steps.
const STEP_SECONDS: f64 = 1.0;

/// The time-lapse's state.
#[derive(Debug, Clone, Default)]
pub struct Play {
    /// Playing.
    pub on: bool,
    /// Step size.
    pub step: PlayStep,
    /// Where the story started and where its head is (days since 1970).
    pub range: (f64, f64),
    /// When the last step was taken (egui time, seconds).
    last: f64,
}

impl Play {
    /// Starts from the timeline's current range.
    pub fn start(&mut self, x: &Explorer, now: f64, cmds: &mut Vec<Command>) {
        self.on = true;
        self.last = now;
        let (a, _) = x.view();
        self.range = (a, a + self.step.days());
        match self.step {
            PlayStep::Event => cmds.push(Command::Step(1)),
            _ => cmds.push(Command::View(self.range.0, self.range.1)),
        }
    }

    /// Takes a step when it is time (and asks for the frame that will take the next).
    pub fn tick(&mut self, ui: &Ui, x: &Explorer, cmds: &mut Vec<Command>) {
        if !self.on {
            return;
        }
        ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(STEP_SECONDS / 4.0));
        self.tick_at(ui.input(|i| i.time), x, cmds);
    }

    /// Takes a step if `now` (seconds) is a step after the last; stops at the end of the story.
    pub fn tick_at(&mut self, now: f64, x: &Explorer, cmds: &mut Vec<Command>) {
        if !self.on || now - self.last < STEP_SECONDS {
            return;
        }
        self.last = now;
        let end =
            x.shown_dated().iter().filter_map(|&i| x.events()[i].when).map(|w| span_of(&w).x1).fold(f64::MIN, f64::max);
        match self.step {
            PlayStep::Event => {
                let dated = x.shown_dated();
                if x.selected().is_some_and(|s| dated.last() == Some(&s)) || dated.is_empty() {
                    self.on = false;
                } else {
                    cmds.push(Command::Step(1));
                }
            }
            step => {
                if self.range.1 >= end {
                    self.on = false;
                    return;
                }
                self.range.1 += step.days();
                cmds.push(Command::View(self.range.0, self.range.1));
            }
        }
    }

    /// Places whose latest event starts at or after this are drawn bright (`None`: all are).
    pub fn recent_from(&self, x: &Explorer) -> Option<f64> {
        if !self.on {
            return None;
        }
        match self.step {
            PlayStep::Event => x.selected().and_then(|s| x.events()[s].when).map(|w| span_of(&w).x0),
            step => Some(self.range.1 - step.days()),
        }
    }
}

/// The play button and the step choice.
pub fn controls(ui: &mut Ui, x: &Explorer, play: &mut Play, cmds: &mut Vec<Command>) {
    let lang = chrome::lang(ui);
    let label = if play.on { lang.t("Pause") } else { lang.t("Play") };
    let b = chrome::hover(chrome::button(ui, label), lang.t("Step through the story on the map and the timeline"));
    if b.clicked() {
        if play.on {
            play.on = false;
        } else {
            let now = ui.input(|i| i.time);
            play.start(x, now, cmds);
        }
    }
    chrome::combo(ui, "play_step", lang.t("Step"), lang.t(play.step.label()), |ui| {
        for s in [PlayStep::Week, PlayStep::Month, PlayStep::Event] {
            if chrome::selectable(ui, play.step == s, lang.t(s.label())).clicked() {
                play.step = s;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Explorer {
        crate::explore::open(&[std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")], &Default::default())
            .explorer
    }

    #[test]
    fn a_month_at_a_time_grows_the_range_to_the_end_of_the_story_then_stops() {
        let mut x = seeds();
        x.apply(Command::Preset(1)); // 2024
        let start = x.view().0;
        let mut play = Play { step: PlayStep::Month, ..Default::default() };
        let mut cmds = Vec::new();
        play.start(&x, 0.0, &mut cmds);
        for c in cmds.drain(..) {
            x.apply(c);
        }
        assert!((x.view().0 - start).abs() < 1e-9 && (x.view().1 - start - 30.44).abs() < 1e-6);
        let mut t = 0.0;
        let mut steps = 0;
        while play.on && steps < 40 {
            t += 0.5; // a step every second: every other tick
            play.tick_at(t, &x, &mut cmds);
            steps += 1;
            for c in cmds.drain(..) {
                x.apply(c);
            }
            // the places stepped into are the bright ones
            if let Some(from) = play.recent_from(&x) {
                assert!((x.view().1 - from - 30.44).abs() < 1e-6);
            }
        }
        assert!(!play.on, "stopped at the end of the story");
        assert!(x.view().0 == start && x.view().1 > start + 200.0, "the range grew through 2024");
        assert!(steps > 10 && steps < 40, "{steps}");
    }

    #[test]
    fn event_by_event_selects_each_in_turn() {
        let mut x = seeds();
        let mut play = Play { step: PlayStep::Event, ..Default::default() };
        let mut cmds = Vec::new();
        play.start(&x, 0.0, &mut cmds);
        for c in cmds.drain(..) {
            x.apply(c);
        }
        assert_eq!(x.selected(), Some(x.shown_dated()[0]));
        play.tick_at(1.0, &x, &mut cmds);
        for c in cmds.drain(..) {
            x.apply(c);
        }
        assert_eq!(x.selected(), Some(x.shown_dated()[1]));
        let sel_start = crate::explore::span_of(&x.events()[x.selected().unwrap()].when.unwrap()).x0;
        assert_eq!(play.recent_from(&x), Some(sel_start));
    }
}
