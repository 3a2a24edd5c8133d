//! Sign-in mode: the crew have the laptop. Full screen, nothing but signing; the
//! window's close button, Esc and F11 do nothing, and only the session's PIN leaves.

use std::time::{Duration, Instant};

use egui::{Ui, ViewportCommand};

use crate::SetbriefApp;

/// How the window is held in full screen.
pub struct Kiosk {
    /// When sign-in mode last asked for full screen.
    asked: Instant,
    /// Whether this hand-off has asked for the keyboard: with the presenter's window
    /// last in front, the crew's typing would go there.
    focused: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Self { asked: Instant::now(), focused: false }
    }
}

impl SetbriefApp {
    pub(crate) fn locked_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
        // Back to full screen if anything took the window out of it; asked at most once a
        // second, so a window manager that refuses does not make every frame repaint.
        let left_fullscreen = ctx.input(|i| i.viewport().fullscreen == Some(false));
        if !self.fullscreen || (left_fullscreen && self.kiosk.asked.elapsed() >= Duration::from_secs(1)) {
            self.fullscreen = true;
            self.kiosk.asked = Instant::now();
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
        if !std::mem::replace(&mut self.kiosk.focused, true) {
            ctx.send_viewport_cmd(ViewportCommand::Focus);
        }
        let Some(Ok(shared)) = &self.day else {
            self.attendance.locked = false;
            return;
        };
        let shared = shared.clone();
        let mut day = shared.lock();
        let day = &mut *day;
        let mut unlocked = false;
        egui::Panel::bottom("unlock").show(ui, |ui| unlocked = self.attendance.unlock(ui, day));
        egui::CentralPanel::default().show(ui, |ui| self.attendance.crew(ui, day));
        // Unlocking leaves the window full screen: the 1st AD goes on at the console or
        // presents, and Esc leaves full screen (dropping to a small window on a
        // laptop's screen was a trap).
        if unlocked {
            self.kiosk.focused = false;
            self.attendance.locked = false;
            self.attendance.notice = None;
        }
    }
}
