//! The small unlock control at the foot of sign-in mode: only the session's PIN
//! leaves it, and wrong tries slow down.
//!
//! The PIN field is not there until the 1st AD taps "1st AD" (a button the keyboard
//! cannot reach): a crew member's Tab or typing never lands in it, so a name typed in
//! the wrong place is never a wrong PIN on the record.

use std::time::{Duration, Instant};

use egui::Ui;
use setbrief_core::attendance::Day;
use setbrief_core::attendance::pin::{Attempt, PinGate};

use super::notice::Notice;
use crate::words::Say as _;

/// The folded control's button.
const FIRST_AD_BUTTON: egui::Vec2 = egui::vec2(120.0, 44.0);

/// An open PIN field left untouched this long folds away again.
const IDLE: Duration = Duration::from_secs(20);

#[derive(Default)]
pub struct Unlock {
    pin: String,
    gate: PinGate,
    /// "Wrong PIN", said beside the PIN field: it is for the 1st AD, not the crew.
    message: Option<String>,
    /// Since when the PIN field is shown, or last typed in; `None` while it is folded.
    open_since: Option<Instant>,
    focus_pin: bool,
}

/// What an unlock attempt came to.
pub enum Unlocked {
    Yes,
    /// A wrong PIN, or a wait before the next try.
    No,
    /// The laptop's secrets could not be read.
    Failed(Notice),
}

impl Unlock {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: Option<u64>) -> Option<Unlocked> {
        let hash = session.and_then(|id| day.state.session(id)).map(|s| s.pin_hash.clone())?;
        let mut outcome = None;
        if self.open_since.is_some_and(|t| t.elapsed() >= IDLE) {
            self.fold();
        }
        ui.horizontal(|ui| {
            crate::theme::console_sized(ui);
            let Some(since) = &mut self.open_since else {
                // A pointer's button only: not reachable with Tab, not pressed by Enter.
                // Quiet in a corner, yet a fingertip's size: the 1st AD may wear gloves.
                let words = ui.say("console.first_ad_button");
                let button = egui::Button::new(words).min_size(FIRST_AD_BUTTON).sense(egui::Sense::CLICK);
                if ui.add(button).clicked() {
                    self.open_since = Some(Instant::now());
                    self.focus_pin = true;
                }
                return;
            };
            let label = ui.label(ui.say("console.first_ad_pin"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.pin).password(true).desired_width(140.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_pin) {
                field.request_focus();
            }
            if field.changed() {
                *since = Instant::now();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let asked =
                ui.add(egui::Button::new(ui.say("console.unlock")).sense(egui::Sense::CLICK)).clicked() || enter;
            if ui.add(egui::Button::new(ui.say("crew.cancel")).sense(egui::Sense::CLICK)).clicked() {
                self.fold();
                return;
            }
            // Unlock pressed with nothing typed (a stray tap, a Tab and Enter) is no try
            // at a PIN: nothing goes on the record as a wrong one.
            if asked && self.pin.is_empty() {
                self.message = Some(ui.say("console.type_pin_first").to_owned());
            } else if asked {
                let secret = match day.laptop() {
                    Ok(laptop) => laptop.pin_secret().to_vec(),
                    Err(e) => {
                        outcome = Some(Unlocked::Failed(Notice::not_saved(e.to_string())));
                        return;
                    }
                };
                let (attempt, message) = match self.gate.try_pin(&self.pin, &hash, &secret, Instant::now()) {
                    Attempt::Unlocked => (Unlocked::Yes, None),
                    Attempt::Wrong => (Unlocked::No, Some(ui.say("console.wrong_pin").to_owned())),
                    Attempt::Wait(d) => {
                        let seconds = d.as_secs().max(1).to_string();
                        (Unlocked::No, Some(ui.say_with("console.wrong_pin_wait", &[("seconds", &seconds)])))
                    }
                };
                self.message = message;
                if matches!(attempt, Unlocked::Yes) {
                    self.fold();
                }
                outcome = Some(attempt);
                self.pin.clear();
            }
            if let Some(message) = &self.message {
                ui.label(egui::RichText::new(message).color(ui.visuals().error_fg_color).strong());
            }
        });
        outcome
    }

    fn fold(&mut self) {
        self.open_since = None;
        self.pin.clear();
        self.message = None;
    }
}
