//! The 1st AD (and the safety representative) sign the day's report itself, on the
//! laptop: a drawn signature under a statement, recorded in the journal.

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;
use setbrief_core::attendance::session::REPORT_STATEMENT;
use setbrief_core::briefing::{Lang, Role};

use super::big;
use super::notice::Notice;
use crate::theme::pad;
use crate::widgets::signature_pad::SignaturePad;

/// The report's sign-off form, open or not.
#[derive(Default)]
pub struct SignReport {
    form: Option<(Role, String, SignaturePad)>,
}

impl SignReport {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<Notice> {
        ui.label(RichText::new("Sign the report").strong());
        for s in &day.state.report_sign_offs {
            ui.label(format!("Signed by {} ({}) at {}", s.name, s.role.title().en(), s.time.clock()));
        }
        if self.form.is_none() {
            ui.horizontal(|ui| {
                for role in [Role::FirstAd, Role::SafetyRep] {
                    let holders = day.holders_of(role);
                    let label = format!("Sign as {}", role.title().en());
                    if ui.add_enabled(!holders.is_empty(), egui::Button::new(label)).clicked() {
                        let name = holders.first().cloned().unwrap_or_default();
                        self.form = Some((role, name, SignaturePad::default()));
                    }
                }
            });
            return None;
        }
        let (role, name, signature_pad) = self.form.as_mut()?;
        let mut notice = None;
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(big(format!("{} signs the report", role.title().en())).strong());
            ui.label(REPORT_STATEMENT);
            egui::ComboBox::from_label("Who is signing the report").selected_text(name.clone()).show_ui(ui, |ui| {
                for holder in day.holders_of(*role) {
                    ui.selectable_value(name, holder.clone(), holder);
                }
            });
            signature_pad.show(ui, pad::ROLE, Lang::En);
            ui.horizontal(|ui| {
                if ui.button("Clear").clicked() {
                    signature_pad.clear();
                }
                if ui.button(big("Sign the report")).clicked() {
                    let result = day.sign_report(*role, name, signature_pad.signature());
                    close = result.is_ok();
                    notice = Some(Notice::of(&result, |_| format!("report signed by {name}")));
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.form = None;
        }
        notice
    }
}
