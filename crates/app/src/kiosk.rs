//! Sign-in mode: the crew have the laptop. Full screen, nothing but signing; the
//! window's close button, Esc and F11 do nothing, and only the session's PIN leaves.

use std::time::{Duration, Instant};

use egui::{Ui, ViewportCommand};

use crate::attendance::AttendanceUi;
use crate::opening::OpenBriefing;

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

impl Kiosk {
    /// The whole window while the crew have the laptop; `fullscreen` is the window's.
    pub(crate) fn ui(
        &mut self,
        ui: &mut Ui,
        attendance: &mut AttendanceUi,
        open: &OpenBriefing,
        fullscreen: &mut bool,
    ) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
        // Back to full screen if anything took the window out of it; asked at most once a
        // second, so a window manager that refuses does not make every frame repaint.
        let left_fullscreen = ctx.input(|i| i.viewport().fullscreen == Some(false));
        if !*fullscreen || (left_fullscreen && self.asked.elapsed() >= Duration::from_secs(1)) {
            *fullscreen = true;
            self.asked = Instant::now();
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
        if !std::mem::replace(&mut self.focused, true) {
            ctx.send_viewport_cmd(ViewportCommand::Focus);
        }
        let Some(Ok(shared)) = &open.day else {
            attendance.locked = false;
            return;
        };
        let shared = shared.clone();
        let mut day = shared.lock();
        let day = &mut *day;
        let mut unlocked = false;
        egui::Panel::bottom("unlock").show(ui, |ui| unlocked = attendance.unlock(ui, day));
        egui::CentralPanel::default().show(ui, |ui| attendance.crew(ui, day));
        // Unlocking leaves the window full screen: the 1st AD goes on at the console or
        // presents, and Esc leaves full screen (dropping to a small window on a
        // laptop's screen was a trap).
        if unlocked {
            self.focused = false;
            attendance.locked = false;
            attendance.notice = None;
        }
    }
}
