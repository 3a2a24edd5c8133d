//! Quitting with a session open or phones on asks first (the window's close button,
//! Alt+F4 and File > Quit alike): keep the session open and quit (phone sign-in stops;
//! the session resumes at the next start, on the record), close the session and quit,
//! or stay. In sign-in mode the window does not close at all without the PIN.

use egui::{RichText, Ui, ViewportCommand};

use crate::opening::OpenBriefing;
use crate::theme::{size, space, touch};
use crate::words::Say as _;

/// Where the question stands.
#[derive(Default)]
pub struct Quitting {
    asked: bool,
    /// The 1st AD answered: the next close request goes through.
    answered: bool,
    /// Why closing the session failed, said in the question.
    problem: Option<String>,
}

impl Quitting {
    /// The question is on the screen: its keys are its own (Esc cancels it and does
    /// nothing else).
    pub(crate) fn is_asking(&self) -> bool {
        self.asked
    }

    /// Asks, when the window is asked to close, unless `editor_asks` first about unsaved
    /// edits.
    pub(crate) fn ui(&mut self, ui: &Ui, open: &OpenBriefing, phones_on: bool, editor_asks: bool) {
        let ctx = ui.ctx().clone();
        let session = open.open_session();
        if ctx.input(|i| i.viewport().close_requested())
            && !self.answered
            && !editor_asks
            && (session.is_some() || phones_on)
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.asked = true;
        }
        if !self.asked {
            return;
        }
        let (mut keep, mut close, mut stay) = (false, false, false);
        let signed = session.and_then(|s| {
            let day = open.day()?;
            Some((day.state.session_number(s), day.state.counts(&day.briefing, s).roster_signed))
        });
        // Read and answered in a hurry, on a laptop across the set: the console's text
        // size and buttons as large as the presenter's.
        let text = |words: &str| RichText::new(words).size(size::CONSOLE);
        let button = |words: &str| egui::Button::new(text(words)).min_size(touch::PRESENTER_BUTTON);
        egui::Modal::new(egui::Id::unique("setbrief-quit")).show(&ctx, |ui| {
            ui.set_max_width(640.0);
            ui.label(RichText::new(ui.say("quit.title")).size(size::CREW_HEADING).strong());
            if let Some((number, signed)) = signed {
                let (n, signed) = (number.to_string(), signed.to_string());
                ui.label(text(&ui.say_with("quit.session_open", &[("n", &n), ("signed", &signed)])));
            }
            if phones_on {
                ui.label(text(ui.say("quit.phones_stop")));
            }
            if let Some(problem) = &self.problem {
                ui.label(text(problem).color(ui.visuals().error_fg_color));
            }
            ui.add_space(space::GAP);
            if session.is_some() {
                keep = ui.add(button(ui.say("quit.keep_open"))).clicked();
                close = ui.add(button(ui.say("quit.close_and_quit"))).clicked();
            } else {
                keep = ui.add(button(ui.say("menu.quit"))).clicked();
            }
            stay = ui.add(button(ui.say("crew.cancel"))).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape));
        });
        if stay {
            *self = Self::default();
            return;
        }
        if close && let Some(session) = session {
            let closed = open.day().map(|mut day| {
                let run_by = day.state.session(session).map(|s| s.run_by.clone()).unwrap_or_default();
                day.close_session(session, &run_by)
            });
            if let Some(Err(e)) = closed {
                self.problem = Some(ctx.say_with("quit.still_open", &[("error", &e.to_string())]));
                return;
            }
        }
        if keep || close {
            self.answered = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}
