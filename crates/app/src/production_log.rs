//! The production's safety log in the app: every shooting day under the data folder,
//! what was briefed and signed, and in red what is missing. Read when opened, not
//! every frame.

use egui::{RichText, Ui};
use setbrief_report::log::{LogDay, production_log};

use crate::opening::OpenBriefing;
use crate::theme::size;
use crate::words::Say as _;
use setbrief_core::briefing::Lang;

/// The log as last read.
#[derive(Default)]
pub struct LogView {
    pub open: bool,
    days: Vec<LogDay>,
}

impl LogView {
    /// Opens the log window, reading every day under the data folder.
    pub(crate) fn read(&mut self, open: &OpenBriefing, lang: Lang) {
        let briefings: Vec<_> = open.doc.loaded().into_iter().cloned().collect();
        self.days = production_log(&open.data_dir, None, &briefings, lang);
        self.open = true;
    }

    pub(crate) fn window(&mut self, ctx: &egui::Context) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new(ctx.say("log.title")).open(&mut open).default_size([720.0, 520.0]).show(ctx, |ui| {
            log_days(ui, &self.days);
        });
        self.open = open;
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
