//! The scenes a session covers, whether each is cleared, and the sign-off form a
//! key person (the armorer, the stunt coordinator...) signs to clear it. Who may give
//! which sign-off, and its words, are the core's.

use egui::{RichText, Ui};
use setbrief_core::attendance::words;
use setbrief_core::attendance::{Day, RoleSignOffRequest};
use setbrief_core::briefing::text::StaticText;
use setbrief_core::briefing::{Lang, Role};

use super::big;
use super::notice::Notice;
use crate::widgets::signature_pad::SignaturePad;
use crate::words::{Say as _, program_language};

/// A key role's sign-off being given for a scene.
struct Form {
    scene: String,
    role: Role,
    name: String,
    pad: SignaturePad,
    /// The language the signer reads the attestation in; recorded with it.
    language: Lang,
}

/// A handler's weapon check being given for a scene.
struct CheckForm {
    scene: String,
    handler: String,
    language: Lang,
    pad: SignaturePad,
}

#[derive(Default)]
pub struct RoleSignOffs {
    form: Option<Form>,
    check: Option<CheckForm>,
}

impl RoleSignOffs {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: u64, scenes: &[String]) -> Option<Notice> {
        ui.label(RichText::new(ui.say("console.scenes_and_sign_offs")).strong());
        let program = program_language(ui.ctx());
        for number in scenes {
            let pending = day.pending_sign_offs(session, number);
            let handlers = day.state.missing_weapon_checks(&day.briefing, session, number);
            // Each scene in a box of its own: its status first, on a line of its own,
            // then what was given, then what is still to give.
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if pending.is_empty() && handlers.is_empty() {
                    let cleared = ui.say_with("console.scene_cleared", &[("scene", number)]);
                    ui.label(big(cleared).color(crate::theme::saved_color(ui)).strong());
                } else {
                    let not_cleared = ui.say_with("console.scene_not_cleared", &[("scene", number)]);
                    ui.label(big(not_cleared).color(ui.visuals().error_fg_color).strong());
                }
                given(ui, day, session, number);
                if pending.is_empty() && handlers.is_empty() {
                    return;
                }
                ui.horizontal_wrapped(|ui| {
                    for p in pending {
                        let (role, hazard) = (p.role.title().get(program), p.hazard.info().name.get(program));
                        let label = ui.say_with("console.sign_off_button", &[("role", role), ("hazard", hazard)]);
                        if ui.button(label).clicked() {
                            let name = p.holders.first().cloned().unwrap_or_default();
                            let language = day.languages().first().copied().unwrap_or(Lang::En);
                            self.form = Some(Form {
                                scene: number.clone(),
                                role: p.role,
                                name,
                                pad: SignaturePad::default(),
                                language,
                            });
                        }
                    }
                    for handler in handlers {
                        if ui.button(ui.say_with("console.weapon_check_button", &[("handler", &handler)])).clicked() {
                            self.check = Some(CheckForm {
                                scene: number.clone(),
                                handler,
                                language: day.languages().first().copied().unwrap_or(Lang::En),
                                pad: SignaturePad::default(),
                            });
                        }
                    }
                });
            });
        }
        if self.check.is_some() {
            return self.weapon_check(ui, day, session);
        }
        let form = self.form.as_mut()?;
        let mut notice = None;
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let lang = form.language;
            let title = form.role.title().get(lang);
            let heading = StaticText::new("crew.role_sign_off").fill(lang, &[("role", title), ("scene", &form.scene)]);
            ui.label(big(heading).strong());
            // The attestation in each of the day's languages; the signer's is recorded.
            pick_language(ui, day, &mut form.language);
            let attested = day.attestation_in(session, &form.scene, form.role, lang).unwrap_or_default();
            ui.label(big(StaticText::new("crew.i_attest").fill(lang, &[("words", &attested)])));
            let who = StaticText::new("crew.who_is_signing").get(lang);
            egui::ComboBox::from_label(who).selected_text(form.name.clone()).show_ui(ui, |ui| {
                for holder in day.holders_of(form.role) {
                    ui.selectable_value(&mut form.name, holder.clone(), holder);
                }
            });
            form.pad.show(ui, crate::theme::pad::ROLE, lang);
            ui.horizontal(|ui| {
                if ui.button(words::UNDO_STROKE.get(lang)).clicked() {
                    form.pad.undo();
                }
                if ui.button(words::CLEAR.get(lang)).clicked() {
                    form.pad.clear();
                }
                if ui.button(big(StaticText::new("crew.sign_off").get(lang))).clicked() {
                    let result = day.role_sign_off(RoleSignOffRequest {
                        session,
                        scene: form.scene.clone(),
                        role: form.role,
                        name: form.name.clone(),
                        signature: form.pad.signature(),
                        on_behalf: None,
                        language: form.language,
                    });
                    close = result.is_ok();
                    notice =
                        Some(Notice::of(&result, |_| ui.say_with("console.sign_off_saved", &[("scene", &form.scene)])));
                }
                if ui.button(words::CANCEL.get(lang)).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.form = None;
        }
        notice
    }

    /// The handler, in their own hand: the armorer checked and showed them the weapon.
    fn weapon_check(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        let form = self.check.as_mut()?;
        let mut notice = None;
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let heading = StaticText::new("crew.weapon_check")
                .fill(form.language, &[("handler", &form.handler), ("scene", &form.scene)]);
            ui.label(big(heading).strong());
            pick_language(ui, day, &mut form.language);
            ui.label(big(words::WEAPON_SHOWN.get(form.language)));
            form.pad.show(ui, crate::theme::pad::ROLE, form.language);
            ui.horizontal(|ui| {
                if ui.button(words::CLEAR.get(form.language)).clicked() {
                    form.pad.clear();
                }
                if ui.button(big(words::SIGN.get(form.language))).clicked() {
                    let result =
                        day.weapon_shown(session, &form.scene, &form.handler, form.language, form.pad.signature());
                    close = result.is_ok();
                    notice = Some(Notice::of(&result, |_| {
                        ui.say_with("console.check_saved", &[("handler", &form.handler)])
                    }));
                }
                if ui.button(words::CANCEL.get(form.language)).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.check = None;
        }
        notice
    }
}

/// The sign-offs and weapon checks already given for scene `number` in this session:
/// who, and when, so the 1st AD sees the scene was cleared by the right person.
fn given(ui: &mut Ui, day: &Day, session: u64, number: &str) {
    let state = &day.state;
    let signed =
        state.role_sign_offs.iter().filter(|r| r.session == session && r.scene == number && r.voided.is_none());
    let lang = program_language(ui.ctx());
    for r in signed {
        let fields = [("role", r.role.title().get(lang)), ("name", &r.name), ("time", &r.time.clock())];
        ui.label(ui.say_with("console.sign_off_given", &fields));
    }
    let checks = state.weapon_checks.iter().filter(|c| c.session == session && c.scene == number && c.voided.is_none());
    for c in checks {
        ui.label(ui.say_with("console.check_given", &[("handler", &c.handler), ("time", &c.time.clock())]));
    }
}

/// The day's languages to read a form in, when it has more than one; the choice is
/// recorded with what is signed.
fn pick_language(ui: &mut Ui, day: &Day, language: &mut Lang) {
    let languages = day.languages();
    if languages.len() > 1 {
        ui.horizontal(|ui| {
            for choice in languages {
                ui.selectable_value(language, choice, big(choice.endonym()));
            }
        });
    }
}
