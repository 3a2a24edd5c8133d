//! The session's latest sign-ins, and voiding a mistaken one with a reason (a new
//! record; the original stays).

use std::collections::HashMap;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;

use super::notice::Notice;

/// How many of the latest sign-ins the console lists: it runs every frame.
const SHOWN: usize = 12;

/// Reasons being typed, by the sign-in's record number.
#[derive(Default)]
pub struct SignIns {
    void_reasons: HashMap<u64, String>,
}

impl SignIns {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        ui.label(RichText::new("Sign-ins (void a mistaken one with a reason; it stays on record)").strong());
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
                    line.push_str(" · walk-in");
                }
                if s.late_briefed_by.is_some() {
                    line.push_str(" · late");
                }
                if let Some(device) = &s.device {
                    line.push_str(&format!(" · phone {}", device.address));
                    let others = day.state.same_phone(s);
                    if !others.is_empty() {
                        line.push_str(&format!(" · ⚠ same phone as {}", others.join(", ")));
                    }
                }
                (s.seq, line, s.person.name.clone(), s.voided.as_ref().map(|v| v.reason.clone()))
            })
            .collect();
        let mut notice = None;
        for (seq, line, name, voided) in entries {
            ui.horizontal_wrapped(|ui| {
                if let Some(reason) = voided {
                    ui.label(RichText::new(format!("{line} · VOIDED: {reason}")).strikethrough());
                    return;
                }
                ui.label(line);
                let reason = self.void_reasons.entry(seq).or_default();
                ui.add(egui::TextEdit::singleline(reason).hint_text("reason to void").desired_width(160.0));
                if ui.button("Void").clicked() {
                    let by = day.first_ad();
                    let result = day.void(seq, &by, reason);
                    notice = Some(Notice::of(&result, |()| format!("sign-in of {name} voided")));
                }
            });
        }
        notice
    }
}
