//! Starting a session: which kind of briefing, the scenes it covers, who runs it,
//! and the PIN that unlocks sign-in mode.

use egui::{RichText, Ui};
use setbrief_core::attendance::{Day, OtherDay, SessionKind};

use super::big;
use super::notice::Notice;
use crate::words::{Say as _, program_language};
use setbrief_core::language::Words;

/// The start form; its fields are filled from the briefing the first time it shows.
#[derive(Default)]
pub struct StartSession {
    kind: Option<SessionKind>,
    scenes: Vec<(String, bool)>,
    run_by: String,
    pin: String,
    /// The PIN again: a mistyped PIN would lock the 1st AD out of their own laptop.
    pin_again: String,
    /// The two dates the 1st AD confirmed, when the briefing is dated another day.
    other_day: Option<OtherDay>,
}

impl StartSession {
    /// Shows the form; returns the new session's id and the outcome when one started.
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<(Option<u64>, Notice)> {
        ui.label(RichText::new(ui.say("console.start_a_session")).strong());
        let lang = program_language(ui.ctx());
        if self.scenes.is_empty() {
            self.scenes = day.briefing.scenes.iter().map(|s| (s.number.clone(), true)).collect();
        }
        if self.run_by.is_empty() {
            self.run_by = day.first_ad();
        }
        let kind =
            self.kind.get_or_insert(if day.state.sessions.is_empty() { SessionKind::Main } else { SessionKind::Scene });
        egui::ComboBox::from_label(ui.say("console.kind_of_briefing")).selected_text(kind.label_in(lang)).show_ui(
            ui,
            |ui| {
                for k in SessionKind::ALL {
                    ui.selectable_value(kind, k, k.label_in(lang));
                }
            },
        );
        ui.horizontal_wrapped(|ui| {
            ui.label(ui.say("console.scenes_covered"));
            for (number, on) in &mut self.scenes {
                ui.checkbox(on, format!("{} {number}", Words::new("slide.scene").get(lang)));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("console.run_by"));
            ui.text_edit_singleline(&mut self.run_by).labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("console.unlock_pin"));
            ui.add(egui::TextEdit::singleline(&mut self.pin).password(true).desired_width(120.0)).labelled_by(label.id);
            let again = ui.label(ui.say("console.repeat_pin"));
            ui.add(egui::TextEdit::singleline(&mut self.pin_again).password(true).desired_width(120.0))
                .labelled_by(again.id);
        });
        if let Some(other) = day.other_day() {
            self.confirm_other_day(ui, other);
        }
        if !ui.button(big(ui.say("console.start_session"))).clicked() {
            return None;
        }
        if self.pin != self.pin_again {
            self.pin_again.clear();
            return Some((None, Notice::not_saved(ui.say("console.pins_differ"))));
        }
        let scenes = self.scenes.iter().filter(|(_, on)| *on).map(|(n, _)| n.clone()).collect();
        let kind = self.kind.unwrap_or(SessionKind::Main);
        let result = day.start_session(kind, scenes, &self.run_by, &self.pin, self.other_day);
        let notice = Notice::of(&result, |id| {
            ui.say_with("console.session_started", &[("n", &day.state.session_number(*id).to_string())])
        });
        let started = result.ok();
        if started.is_some() {
            self.pin.clear();
            self.pin_again.clear();
            self.kind = None;
            self.other_day = None;
        }
        Some((started, notice))
    }

    /// A briefing prepared for another day is easily opened by mistake, and the crew
    /// would sign that they attended on the wrong date: say so, and ask.
    fn confirm_other_day(&mut self, ui: &mut Ui, other: OtherDay) {
        let warning = ui.say_with(
            "console.other_day",
            &[("dated", &other.briefing_date.to_string()), ("today", &other.held_on.to_string())],
        );
        ui.label(big(warning).color(ui.visuals().warn_fg_color).strong());
        let mut confirmed = self.other_day == Some(other);
        let label = ui.say_with("console.hold_it_today", &[("today", &other.held_on.to_string())]);
        if ui.checkbox(&mut confirmed, label).changed() {
            self.other_day = confirmed.then_some(other);
        }
    }
}
