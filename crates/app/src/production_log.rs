//! The production's safety log in the app: every shooting day under the data folder,
//! what was briefed and signed, and in red what is missing. Read when opened, not
//! every frame.

use egui::{RichText, Ui};
use setbrief_report::log::{LogDay, production_log};

use crate::SetbriefApp;
use crate::theme::size;
use crate::words::Say as _;

/// The log as last read.
#[derive(Default)]
pub struct LogView {
    pub open: bool,
    days: Vec<LogDay>,
}

impl SetbriefApp {
    /// Opens the log window, reading every day under the data folder.
    pub fn show_production_log(&mut self) {
        let briefings: Vec<_> = self.doc.loaded().into_iter().cloned().collect();
        self.log.days = production_log(&self.data_dir, None, &briefings, self.program_language());
        self.log.open = true;
    }

    pub(crate) fn production_log_window(&mut self, ctx: &egui::Context) {
        let mut open = self.log.open;
        egui::Window::new(ctx.say("log.title")).open(&mut open).default_size([720.0, 520.0]).show(ctx, |ui| {
            log_days(ui, &self.log.days);
        });
        self.log.open = open;
    }
}

fn log_days(ui: &mut Ui, days: &[LogDay]) {
    if days.is_empty() {
        ui.label(ui.say("log.no_day_yet"));
        return;
    }
    let danger = ui.visuals().error_fg_color;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for d in days {
            ui.label(
                RichText::new(ui.say_with(
                    "log.day_line",
                    &[("date", &d.date), ("day", &d.day.to_string()), ("production", &d.production)],
                ))
                .size(size::CONSOLE)
                .strong(),
            );
            for line in d.sessions.iter().chain(d.hazard_scenes.iter().map(|h| &h.line)) {
                ui.label(line);
            }
            for flag in &d.flags {
                ui.label(RichText::new(ui.say_with("log.missing", &[("flag", flag)])).color(danger).strong());
            }
            ui.separator();
        }
    });
}
