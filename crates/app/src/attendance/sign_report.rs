//! The 1st AD (and the safety representative) sign the day's report itself, on the
//! laptop: a drawn signature under a statement, recorded in the journal.

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;
use setbrief_core::attendance::session::report_statement;

use crate::words::{Say as _, program_language};
use setbrief_core::briefing::Role;

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
        ui.label(RichText::new(ui.say("console.sign_the_report")).strong());
        let lang = program_language(ui.ctx());
        for s in &day.state.report_sign_offs {
            let (role, time) = (s.role.title().get(lang), s.time.clock());
            ui.label(ui.say_with("console.report_signed_by", &[("name", &s.name), ("role", role), ("time", &time)]));
        }
        if self.form.is_none() {
            ui.horizontal(|ui| {
                for role in [Role::FirstAd, Role::SafetyRep] {
                    let holders = day.holders_of(role);
                    let label = ui.say_with("console.sign_as", &[("role", role.title().get(lang))]);
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
            ui.label(big(ui.say_with("console.signs_the_report", &[("role", role.title().get(lang))])).strong());
            ui.label(report_statement(lang));
            egui::ComboBox::from_label(ui.say("console.who_signs_the_report")).selected_text(name.clone()).show_ui(
                ui,
                |ui| {
                    for holder in day.holders_of(*role) {
                        ui.selectable_value(name, holder.clone(), holder);
                    }
                },
            );
            signature_pad.show(ui, pad::ROLE, lang);
            ui.horizontal(|ui| {
                if ui.button(ui.say("crew.clear")).clicked() {
                    signature_pad.clear();
                }
                if ui.button(big(ui.say("console.sign_the_report"))).clicked() {
                    let result = day.sign_report(*role, name, lang, signature_pad.signature());
                    close = result.is_ok();
                    notice = Some(Notice::of(&result, |_| ui.say_with("console.report_signed", &[("name", name)])));
                }
                if ui.button(ui.say("crew.cancel")).clicked() {
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
