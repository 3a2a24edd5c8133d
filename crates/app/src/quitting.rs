//! Quitting with a session open or phones on asks first (the window's close button,
//! Alt+F4 and File > Quit alike): keep the session open and quit (phone sign-in stops;
//! the session resumes at the next start, on the record), close the session and quit,
//! or stay. In sign-in mode the window does not close at all without the PIN.

use egui::{RichText, Ui, ViewportCommand};

use crate::opening::OpenBriefing;
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
        egui::Modal::new(egui::Id::unique("setbrief-quit")).show(&ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(ui.say("quit.title"));
            if let Some((number, signed)) = signed {
                let (n, signed) = (number.to_string(), signed.to_string());
                ui.label(ui.say_with("quit.session_open", &[("n", &n), ("signed", &signed)]));
            }
            if phones_on {
                ui.label(ui.say("quit.phones_stop"));
            }
            if let Some(problem) = &self.problem {
                ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
            }
            ui.add_space(8.0);
            if session.is_some() {
                keep = ui.button(ui.say("quit.keep_open")).clicked();
                close = ui.button(ui.say("quit.close_and_quit")).clicked();
            } else {
                keep = ui.button(ui.say("menu.quit")).clicked();
            }
            stay = ui.button(ui.say("crew.cancel")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape));
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
