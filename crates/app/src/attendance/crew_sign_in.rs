//! The crew's side: find your name (or add yourself), confirm what you heard, sign.
//! Every rule (who may sign, what to confirm, when it is late) is asked of the core.

use egui::{RichText, Ui};
use setbrief_core::attendance::{Day, OnBehalf, Person, SignInRequest, words};
use setbrief_core::briefing::Lang;
use setbrief_core::names::fold;

use super::big;
use super::notice::Notice;
use crate::theme::{pad, size, touch};
use crate::widgets::signature_pad::SignaturePad;

/// What a crew member fills in while signing.
struct SignForm {
    person: Person,
    walk_in: bool,
    language: Lang,
    acks: Vec<(String, bool)>,
    concern: String,
    pad: SignaturePad,
    on_behalf: bool,
    behalf_by: String,
    behalf_reason: String,
    late_by: String,
}

impl SignForm {
    fn new(day: &Day, session: u64, person: Person, walk_in: bool) -> Self {
        let language = Lang::En;
        Self {
            acks: day.acknowledgements(session, language).into_iter().map(|a| (a, false)).collect(),
            person,
            walk_in,
            language,
            concern: String::new(),
            pad: SignaturePad::default(),
            on_behalf: false,
            behalf_by: String::new(),
            behalf_reason: String::new(),
            late_by: String::new(),
        }
    }

    fn request(&self, session: u64, late: bool) -> SignInRequest {
        SignInRequest {
            session,
            person: self.person.clone(),
            walk_in: self.walk_in,
            language: self.language,
            acknowledgements: self.acks.clone(),
            signature: self.pad.signature(),
            late_briefed_by: late.then(|| self.late_by.clone()),
            on_behalf: self
                .on_behalf
                .then(|| OnBehalf { by: self.behalf_by.clone(), reason: self.behalf_reason.clone() }),
            concern: Some(self.concern.clone()),
            device: None,
        }
    }
}

/// Where a crew member is in signing.
pub struct CrewSignIn {
    search: String,
    walk_in: Option<Person>,
    signing: Option<SignForm>,
    /// The search box takes the keyboard when the list appears and after each
    /// "Saved", so the next person just types their name.
    focus_search: bool,
    /// A walk-in whose name is a roster name but for accents or case: (typed, on the roster).
    same_as: Option<(Person, Person)>,
}

impl Default for CrewSignIn {
    fn default() -> Self {
        Self { search: String::new(), walk_in: None, signing: None, focus_search: true, same_as: None }
    }
}

impl CrewSignIn {
    pub fn is_signing(&self) -> bool {
        self.signing.is_some()
    }

    /// Back to the list, with nothing half-filled (sign-in mode starts clean).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        if self.signing.is_some() {
            return self.sign_form(ui, day, session);
        }
        if self.walk_in.is_some() {
            self.walk_in_form(ui, day, session);
            return None;
        }
        self.find_your_name(ui, day, session);
        None
    }

    fn find_your_name(&mut self, ui: &mut Ui, day: &Day, session: u64) {
        // At 1280x720 beside the console the row is narrow: the field gives way first,
        // then the button moves to the next line; neither runs off the screen.
        let field_width = (ui.available_width() * 0.45).clamp(160.0, touch::NAME_BUTTON.x);
        let name_width = (ui.available_width() * 0.5).min(touch::NAME_BUTTON.x);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(big("Find your name"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .font(egui::FontId::proportional(size::CREW_NAME))
                        .desired_width(field_width),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_search) {
                field.request_focus();
            }
            if ui.button(big("I'm not on the list")).clicked() {
                self.walk_in =
                    Some(Person { name: self.search.clone(), department: String::new(), role: String::new() });
            }
        });
        let roster = day.state.roster(&day.briefing);
        let query = fold(&self.search);
        let shown: Vec<&Person> = roster.iter().filter(|p| p.matches_search(&query)).collect();
        let mut chosen = None;
        let saved = crate::theme::saved_color(ui);
        // Only the rows in view are laid out, so 300 names cost what 12 do.
        egui::ScrollArea::vertical().show_rows(ui, touch::ROW, shown.len(), |ui, rows| {
            for person in shown.get(rows).unwrap_or_default() {
                let signed = day.state.signed(session, &person.name);
                ui.horizontal(|ui| {
                    ui.set_height(touch::ROW - ui.spacing().item_spacing.y);
                    let name = RichText::new(&person.name)
                        .font(egui::FontId::new(size::CREW_NAME, crate::theme::name_family(&person.name)));
                    let button = egui::Button::new(name).min_size(egui::vec2(name_width, touch::NAME_BUTTON.y));
                    if ui.add_enabled(signed.is_none(), button).clicked() {
                        chosen = Some((*person).clone());
                    }
                    // Whether a person has signed matters more than their department:
                    // it comes first, and the department is cut short, not the other way.
                    if let Some(s) = signed {
                        ui.label(big(format!("Signed {}", s.time.clock())).color(saved));
                    }
                    ui.add(egui::Label::new(big(format!("{} · {}", person.department, person.role))).truncate());
                });
            }
        });
        if let Some(person) = chosen {
            self.signing = Some(SignForm::new(day, session, person, false));
        }
    }

    fn walk_in_form(&mut self, ui: &mut Ui, day: &Day, session: u64) {
        if let Some((typed, on_roster)) = self.same_as.clone() {
            ui.heading(big(format!("Are you {}?", on_roster.name)).size(size::CREW_HEADING));
            ui.label(big(format!("{} · {}", on_roster.department, on_roster.role)));
            let (mut me, mut other) = (false, false);
            ui.horizontal(|ui| {
                me = ui.add(egui::Button::new(big("Yes, that's me")).min_size(touch::PRIMARY)).clicked();
                other = ui.button(big("No, add me as a walk-in")).clicked();
            });
            if me || other {
                self.same_as = None;
                self.walk_in = None;
                self.signing = Some(if me {
                    SignForm::new(day, session, on_roster, false)
                } else {
                    SignForm::new(day, session, typed, true)
                });
            }
            return;
        }
        let Some(person) = &mut self.walk_in else { return };
        ui.heading("Not on the list? Add yourself");
        egui::Grid::new("walk-in").num_columns(2).show(ui, |ui| {
            for (label, value) in
                [("Name", &mut person.name), ("Department", &mut person.department), ("Role", &mut person.role)]
            {
                let l = ui.label(big(label));
                ui.add(egui::TextEdit::singleline(value).font(egui::FontId::proportional(size::CREW)))
                    .labelled_by(l.id);
                ui.end_row();
            }
        });
        let (mut go, mut cancel) = (false, false);
        ui.horizontal(|ui| {
            go = ui.button(big("Continue")).clicked() && !person.name.trim().is_empty();
            cancel = ui.button(big("Cancel")).clicked();
        });
        if go {
            let person = person.clone();
            // The same name as a roster entry, but for an accent or a capital: ask first.
            if let Some(on_roster) = day.roster_match(&person.name) {
                self.same_as = Some((person, on_roster));
            } else {
                self.walk_in = None;
                self.signing = Some(SignForm::new(day, session, person, true));
            }
        } else if cancel {
            self.walk_in = None;
            self.focus_search = true;
        }
    }

    fn sign_form(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        let form = self.signing.as_mut()?;
        let late = day.is_late(session);
        ui.heading(RichText::new(format!("Signing: {}", form.person.name)).size(size::CREW_HEADING));
        ui.horizontal(|ui| {
            for lang in Lang::ALL {
                if ui.selectable_label(form.language == lang, big(lang.endonym())).clicked() && form.language != lang {
                    form.language = lang;
                    form.acks = day.acknowledgements(session, lang).into_iter().map(|a| (a, false)).collect();
                }
            }
        });
        ui.label(big(words::CONFIRM_EACH_LINE.get(form.language)));
        ui.scope(|ui| {
            // Boxes a gloved finger can hit.
            ui.spacing_mut().icon_width = touch::CHECKBOX;
            ui.spacing_mut().icon_width_inner = touch::CHECKBOX_MARK;
            ui.spacing_mut().interact_size.y = touch::CHECKBOX_ROW;
            for (text, on) in &mut form.acks {
                ui.checkbox(on, big(text.as_str()));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(big("I have a concern (optional)"));
            ui.add(egui::TextEdit::singleline(&mut form.concern).desired_width(600.0)).labelled_by(label.id);
        });
        form.pad.show(ui, pad::CREW);
        ui.horizontal(|ui| {
            if ui.button(big("Undo stroke")).clicked() {
                form.pad.undo();
            }
            if ui.button(big("Clear")).clicked() {
                form.pad.clear();
            }
        });
        ui.checkbox(&mut form.on_behalf, "Someone is signing for this person (interpreter, guardian)");
        if form.on_behalf {
            ui.horizontal(|ui| {
                let l = ui.label("Signed by");
                ui.text_edit_singleline(&mut form.behalf_by).labelled_by(l.id);
                let l = ui.label("Why");
                ui.text_edit_singleline(&mut form.behalf_reason).labelled_by(l.id);
            });
        }
        if late {
            ui.horizontal(|ui| {
                let l = ui.label(big("The session is closed. Briefed late by"));
                ui.text_edit_singleline(&mut form.late_by).labelled_by(l.id);
            });
        }
        let ready = form.acks.iter().all(|(_, on)| *on) && !form.pad.is_empty();
        let (mut submit, mut cancel) = (false, false);
        ui.horizontal(|ui| {
            submit = ui
                .add_enabled(
                    ready,
                    egui::Button::new(RichText::new("Sign").size(size::CREW_ACTION)).min_size(touch::PRIMARY),
                )
                .clicked();
            cancel = ui.button(big("Cancel")).clicked();
        });
        if cancel {
            self.signing = None;
            self.focus_search = true;
            return None;
        }
        if !submit {
            return None;
        }
        let name = form.person.name.clone();
        match day.sign_in(form.request(session, late)) {
            Ok(_) => {
                self.signing = None;
                self.search.clear();
                self.focus_search = true;
                Some(Notice::saved(format!("{name} signed. Thank you.")))
            }
            // The form stays as it was, so nothing the person did is lost.
            Err(e) => Some(Notice::not_saved(e.to_string())),
        }
    }
}
