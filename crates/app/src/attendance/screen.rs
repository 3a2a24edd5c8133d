//! The attendance screen in the main window: the console on the left, the crew's
//! sign-in on the right; or why the day cannot be opened, and the read-only offer.

use egui::{RichText, Ui};
use setbrief_core::attendance::DayError;

use super::AttendanceUi;
use crate::opening::OpenBriefing;

impl AttendanceUi {
    /// The console and the crew's side of the open briefing's day.
    pub(crate) fn screen(&mut self, ui: &mut Ui, open: &mut OpenBriefing) {
        let Some(day) = open.day.as_mut() else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("Attendance opens once the briefing has no errors.");
            });
            return;
        };
        let day = match day {
            Ok(day) => day,
            Err(e) => {
                let message = e.to_string();
                let elsewhere = matches!(e, DayError::OpenElsewhere { .. });
                let mut read_only = false;
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.heading("The day's attendance cannot be opened here");
                    ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                    if elsewhere {
                        ui.label(
                            "Only one window can write a day, so no record is lost or forked. You can watch it here.",
                        );
                        read_only = ui.button("Open read-only").clicked();
                    }
                });
                if read_only {
                    open.open_day_read_only();
                }
                return;
            }
        };
        let data_dir = open.data_dir.clone();
        let shared = day.clone();
        let mut day = shared.lock();
        let day = &mut *day;
        egui::Panel::left("console").resizable(true).default_size(560.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.console(ui, &shared, day, &data_dir));
        });
        egui::CentralPanel::default().show(ui, |ui| self.crew(ui, day));
    }
}
