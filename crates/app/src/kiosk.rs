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
    /// When sign-in mode last asked the window system for the keyboard.
    focus_asked: Option<Instant>,
}

impl Default for Kiosk {
    fn default() -> Self {
        Self { asked: Instant::now(), focus_asked: None }
    }
}

/// How often a window that is not full screen, or not in front, asks again.
const ASK_AGAIN: Duration = Duration::from_secs(1);

/// Whether the window covers its monitor. What winit reports as "full screen" on X11
/// is what was last asked for, not what the window manager did: a request made before
/// the window is mapped (a restart straight into sign-in mode) is lost while the flag
/// says full screen. The window's size against the monitor's does not lie.
fn covers_monitor(info: &egui::ViewportInfo) -> bool {
    match (info.inner_rect, info.monitor_size) {
        (Some(inner), Some(monitor)) => inner.width() >= monitor.x - 1.0 && inner.height() >= monitor.y - 1.0,
        _ => info.fullscreen == Some(true),
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
        // Out and in again: winit may believe the window is full screen already and drop
        // a second request to be.
        let info = ctx.input(|i| i.viewport().clone());
        if !*fullscreen || (!covers_monitor(&info) && self.asked.elapsed() >= ASK_AGAIN) {
            if *fullscreen {
                ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
            }
            *fullscreen = true;
            self.asked = Instant::now();
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
        // The crew's typing must reach the search box: with the presenter's window last
        // in front, or a window manager that did not give a new window the keyboard, it
        // would go elsewhere.
        let unfocused = info.focused != Some(true);
        if self.focus_asked.is_none_or(|t| unfocused && t.elapsed() >= ASK_AGAIN) {
            self.focus_asked = Some(Instant::now());
            ctx.send_viewport_cmd(ViewportCommand::Focus);
        }
        // The checks above need a frame now and then when nobody touches the laptop.
        ctx.request_repaint_after(ASK_AGAIN);
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
            self.focus_asked = None;
            attendance.locked = false;
            attendance.notice = None;
        }
    }
}
