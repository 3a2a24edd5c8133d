//! Quitting with a session open or phones on asks first (the window's close button,
//! Alt+F4 and File > Quit alike): keep the session open and quit (phone sign-in stops;
//! the session resumes at the next start, on the record), close the session and quit,
//! or stay. In sign-in mode the window does not close at all without the PIN.

use egui::{RichText, Ui, ViewportCommand};

use crate::words::Say as _;
use crate::{Screen, SetbriefApp};

/// Where the question stands.
#[derive(Default)]
pub struct Quitting {
    asked: bool,
    /// The 1st AD answered: the next close request goes through.
    answered: bool,
    /// Why closing the session failed, said in the question.
    problem: Option<String>,
}

impl SetbriefApp {
    pub(crate) fn ask_before_quitting(&mut self, ui: &Ui) {
        let ctx = ui.ctx().clone();
        let session = self.open_session();
        let phones_on = self.attendance.phones.is_on();
        // Unsaved edits are the editor's question, asked first.
        let editor_asks =
            self.screen == Screen::Editor && self.editor.as_ref().is_some_and(|e| e.has_unsaved_changes());
        if ctx.input(|i| i.viewport().close_requested())
            && !self.quitting.answered
            && !editor_asks
            && (session.is_some() || phones_on)
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.quitting.asked = true;
        }
        if !self.quitting.asked {
            return;
        }
        let (mut keep, mut close, mut stay) = (false, false, false);
        let signed = session.and_then(|s| {
            let day = self.day()?;
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
            if let Some(problem) = &self.quitting.problem {
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
            self.quitting = Quitting::default();
            return;
        }
        if close && let Some(session) = session {
            let closed = self.day().map(|mut day| {
                let run_by = day.state.session(session).map(|s| s.run_by.clone()).unwrap_or_default();
                day.close_session(session, &run_by)
            });
            if let Some(Err(e)) = closed {
                self.quitting.problem = Some(ctx.say_with("quit.still_open", &[("error", &e.to_string())]));
                return;
            }
        }
        if keep || close {
            self.quitting.answered = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}
