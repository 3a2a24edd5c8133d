//! The session's latest sign-ins, and voiding a mistaken one with a reason (a new
//! record; the original stays).

use std::collections::HashMap;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;

use super::notice::Notice;
use crate::words::Say as _;

/// How many of the latest sign-ins the console lists: it runs every frame.
const SHOWN: usize = 12;

/// Reasons being typed, by the sign-in's record number.
#[derive(Default)]
pub struct SignIns {
    void_reasons: HashMap<u64, String>,
}

impl SignIns {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        ui.label(RichText::new(ui.say("console.sign_ins")).strong());
        let entries: Vec<(u64, String, String, Option<String>)> = day
            .state
            .sign_ins
            .iter()
            .rev()
            .filter(|s| s.session == session)
            .take(SHOWN)
            .map(|s| {
                let mut line = format!("{} {}", s.time.clock(), s.person.name);
                if s.walk_in {
                    line.push_str(&format!(" · {}", ui.say("console.walk_in")));
                }
                if s.late_briefed_by.is_some() {
                    line.push_str(&format!(" · {}", ui.say("console.late")));
                }
                if let Some(device) = &s.device {
                    line.push_str(&format!(" · {}", ui.say_with("console.phone", &[("address", &device.address)])));
                    let others = day.state.same_phone(s);
                    if !others.is_empty() {
                        let same = ui.say_with("console.same_phone", &[("names", &others.join(", "))]);
                        line.push_str(&format!(" · ⚠ {same}"));
                    }
                }
                (s.seq, line, s.person.name.clone(), s.voided.as_ref().map(|v| v.reason.clone()))
            })
            .collect();
        let mut notice = None;
        for (seq, line, name, voided) in entries {
            ui.horizontal_wrapped(|ui| {
                if let Some(reason) = voided {
                    let voided = ui.say_with("report.voided", &[("reason", &reason)]);
                    ui.label(RichText::new(format!("{line} · {voided}")).strikethrough());
                    return;
                }
                ui.label(line);
                let reason = self.void_reasons.entry(seq).or_default();
                ui.add(
                    egui::TextEdit::singleline(reason).hint_text(ui.say("console.reason_to_void")).desired_width(160.0),
                );
                if ui.button(ui.say("console.void")).clicked() {
                    let by = day.first_ad();
                    let result = day.void(seq, &by, reason);
                    notice = Some(Notice::of(&result, |()| ui.say_with("console.sign_in_voided", &[("name", &name)])));
                }
            });
        }
        notice
    }
}
