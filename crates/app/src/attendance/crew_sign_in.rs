//! The crew's side, one step at a time: find your name (or add yourself), confirm what
//! you heard, sign. Every word is in the language the person picks, from the core's
//! crew words; every rule (who may sign, what to confirm, when it is late) is the
//! core's.

use egui::{RichText, Ui};
use setbrief_core::attendance::{Day, OnBehalf, Person, Refusal, SignInRequest, words};
use setbrief_core::briefing::Lang;
use setbrief_core::briefing::text::StaticText;
use setbrief_core::names::fold;

use super::notice::Notice;
use super::walk_in::{WalkIn, WalkInOutcome};
use crate::theme::{size, touch};
use crate::widgets::signature_pad::SignaturePad;

/// The crew's screens are a centred column no wider than this: lines stay readable
/// on a 1920-wide kiosk, and the eye does not travel across the room.
const COLUMN: f32 = 1100.0;

/// The steps a person goes through, counted for the progress line.
const STEPS: usize = 3;

/// The signature pad's height, within what the screen leaves.
const PAD_HEIGHT: std::ops::RangeInclusive<f32> = 180.0..=560.0;

/// Text at the crew's reading size.
pub(super) fn crew(text: impl Into<String>) -> RichText {
    RichText::new(text).size(size::CREW)
}

pub(super) fn say(words: StaticText, lang: Lang) -> RichText {
    crew(words.get(lang))
}

/// The second step or the third.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FormStep {
    Confirm,
    Sign,
}

/// What a crew member fills in while signing.
struct SignForm {
    person: Person,
    walk_in: bool,
    /// The roster name a walk-in said they are not.
    not: Option<String>,
    step: FormStep,
    /// The lines in the language they were shown in, with whether each is ticked.
    language: Lang,
    acks: Vec<(String, bool)>,
    concern: String,
    pad: SignaturePad,
    on_behalf: bool,
    behalf_by: String,
    behalf_reason: String,
    late_by: String,
    /// Why the laptop refused the signature, said under the pad.
    pad_problem: Option<String>,
}

impl SignForm {
    fn new(day: &Day, session: u64, person: Person, walk_in: bool, language: Lang) -> Self {
        Self {
            acks: unticked(day, session, language),
            person,
            walk_in,
            not: None,
            pad_problem: None,
            step: FormStep::Confirm,
            language,
            concern: String::new(),
            pad: SignaturePad::default(),
            on_behalf: false,
            behalf_by: String::new(),
            behalf_reason: String::new(),
            late_by: String::new(),
        }
    }

    /// The lines again, unticked, when the person switches language: they confirm
    /// what they read.
    fn speak(&mut self, day: &Day, session: u64, language: Lang) {
        if self.language != language {
            self.language = language;
            self.acks = unticked(day, session, language);
        }
    }

    fn request(&self, session: u64, late: bool) -> SignInRequest {
        SignInRequest {
            session,
            person: self.person.clone(),
            walk_in: self.walk_in,
            not: self.not.clone(),
            language: self.language,
            acknowledged: self.acks.iter().map(|(_, on)| *on).collect(),
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
    walk_in: Option<WalkIn>,
    signing: Option<SignForm>,
    /// The search box takes the keyboard when the list appears and after each
    /// "Saved", so the next person just types their name.
    focus_search: bool,
    /// The language the person at the screen chose; it stays for the next person,
    /// who is often from the same department.
    language: Lang,
    /// Whether someone at the screen picked `language`; until then it is the briefing's
    /// first.
    picked: bool,
}

impl Default for CrewSignIn {
    fn default() -> Self {
        Self {
            search: String::new(),
            walk_in: None,
            signing: None,
            focus_search: true,
            language: Lang::En,
            picked: false,
        }
    }
}

impl CrewSignIn {
    /// Whether someone is at the screen past the list: signing or adding themselves.
    pub fn is_busy(&self) -> bool {
        self.signing.is_some() || self.walk_in.is_some()
    }

    /// Back to the list, with nothing half-filled (sign-in mode starts clean).
    /// Each hand-off opens in the language the crew last picked.
    pub fn reset(&mut self) {
        *self = Self { language: self.language, picked: self.picked, ..Self::default() };
    }

    /// The language the crew's screen speaks on `day`: the one the crew last picked,
    /// or the briefing's first (a Quebec day's screen is French from its first word).
    pub fn language(&self, day: &Day) -> Lang {
        let languages = day.languages();
        if self.picked && languages.contains(&self.language) {
            self.language
        } else {
            languages.first().copied().unwrap_or(Lang::En)
        }
    }

    /// Which of the [`STEPS`] the person is on, from 1.
    fn step(&self) -> usize {
        match &self.signing {
            None => 1,
            Some(form) if form.step == FormStep::Confirm => 2,
            Some(_) => 3,
        }
    }

    /// The screen: a centred column with the progress and the language choice on
    /// top, a fixed slot for `notice`, then the step.
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day, session: u64, notice: Option<&Notice>) -> Option<Notice> {
        let width = ui.available_width().min(COLUMN);
        let side = (ui.available_width() - width) / 2.0;
        let mut outcome = None;
        ui.horizontal_top(|ui| {
            ui.add_space(side);
            ui.vertical(|ui| {
                ui.set_width(width);
                self.top_line(ui, day, session);
                Notice::slot(ui, notice);
                outcome = self.step_ui(ui, day, session);
            });
        });
        outcome
    }

    fn top_line(&mut self, ui: &mut Ui, day: &Day, session: u64) {
        let languages = day.languages();
        // A hand-off opens in the language the crew last used, or the briefing's first.
        self.language = self.language(day);
        ui.horizontal(|ui| {
            let (n, total) = (self.step().to_string(), STEPS.to_string());
            let step = words::fill(words::STEP, self.language, &[("n", &n), ("total", &total)]);
            ui.label(crew(step).color(ui.visuals().weak_text_color()));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                for lang in languages.iter().rev().filter(|_| languages.len() > 1) {
                    let button = egui::Button::selectable(self.language == *lang, crew(lang.endonym()).strong())
                        .min_size(egui::vec2(150.0, touch::NAME_BUTTON.y));
                    if ui.add(button).clicked() {
                        self.language = *lang;
                        self.picked = true;
                        // Next, they type their name: the keyboard goes back to the search.
                        self.focus_search = true;
                    }
                }
            });
        });
        if let Some(form) = &mut self.signing {
            form.speak(day, session, self.language);
        }
    }

    fn step_ui(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        match self.signing.as_ref().map(|f| f.step) {
            Some(FormStep::Confirm) => {
                self.confirm(ui);
                None
            }
            Some(FormStep::Sign) => self.sign(ui, day, session),
            None if self.walk_in.is_some() => {
                self.walk_in(ui, day, session);
                None
            }
            None => {
                self.find_your_name(ui, day, session);
                None
            }
        }
    }

    fn find_your_name(&mut self, ui: &mut Ui, day: &Day, session: u64) {
        let lang = self.language;
        // Beside the console the row is narrow: the field gives way first, then the
        // button moves to the next line; neither runs off the screen.
        let field_width = (ui.available_width() * 0.45).clamp(160.0, touch::NAME_BUTTON.x);
        let name_width = (ui.available_width() * 0.5).min(touch::NAME_BUTTON.x);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(say(words::FIND_YOUR_NAME, lang).size(size::CREW_HEADING).strong());
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .font(egui::FontId::proportional(size::CREW_NAME))
                        .desired_width(field_width),
                )
                .labelled_by(label.id);
            // Asked again until the box has it: the click that handed the laptop over
            // can take the keyboard away again as it is released. Not while the window
            // itself lacks the keyboard: a text box focused before the window is shown
            // (a restart straight into sign-in mode) switches on X11's input method too
            // early, and winit then never hears the window get the keyboard or appear,
            // so it stayed small and deaf to typing (sign-in mode asks for both).
            let window_has_keyboard = ui.input(|i| i.viewport().focused != Some(false));
            if self.focus_search && window_has_keyboard {
                if field.has_focus() {
                    self.focus_search = false;
                } else {
                    field.request_focus();
                }
            }
            if ui.add(egui::Button::new(say(words::NOT_ON_THE_LIST, lang)).min_size(touch::NAME_BUTTON)).clicked() {
                self.walk_in = Some(WalkIn::new(&self.search));
            }
        });
        ui.add_space(crate::theme::space::GAP);
        let roster = day.state.roster_for(&day.briefing, session);
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
                        ui.label(crew(format!("{} {}", words::SIGNED_AT.get(lang), s.time.clock())).color(saved));
                    }
                    ui.add(egui::Label::new(crew(format!("{} · {}", person.department, person.role))).truncate());
                });
            }
        });
        if let Some(person) = chosen {
            self.signing = Some(SignForm::new(day, session, person, false, lang));
        }
    }

    fn walk_in(&mut self, ui: &mut Ui, day: &Day, session: u64) {
        let lang = self.language;
        let Some(form) = &mut self.walk_in else { return };
        match form.show(ui, day, session, lang) {
            Some(WalkInOutcome::SignAs { person, not }) => {
                let mut form = SignForm::new(day, session, person, true, lang);
                form.not = not;
                self.signing = Some(form);
                self.walk_in = None;
            }
            Some(WalkInOutcome::OnRoster(person)) => {
                self.signing = Some(SignForm::new(day, session, person, false, lang));
                self.walk_in = None;
            }
            Some(WalkInOutcome::Cancel) => {
                self.walk_in = None;
                self.search.clear();
                self.focus_search = true;
            }
            None => {}
        }
    }

    /// Step 2: each line ticked.
    fn confirm(&mut self, ui: &mut Ui) {
        let Some(form) = &mut self.signing else { return };
        let lang = form.language;
        heading(ui, form, lang);
        ui.label(say(words::CONFIRM_EACH_LINE, lang));
        let (mut next, mut cancel) = (false, false);
        egui::ScrollArea::vertical().max_height(ui.available_height() - touch::PRIMARY.y - 20.0).show(ui, |ui| {
            ui.scope(|ui| {
                // Boxes a gloved finger can hit.
                ui.spacing_mut().icon_width = touch::CHECKBOX;
                ui.spacing_mut().icon_width_inner = touch::CHECKBOX_MARK;
                ui.spacing_mut().interact_size.y = touch::CHECKBOX_ROW;
                ui.spacing_mut().item_spacing.y = 4.0;
                for (text, on) in &mut form.acks {
                    ui.checkbox(on, crew(text.as_str()));
                }
            });
        });
        ui.horizontal(|ui| {
            let ready = form.acks.iter().all(|(_, on)| *on);
            next = ui
                .add_enabled(ready, egui::Button::new(say(words::CONTINUE, lang).strong()).min_size(touch::PRIMARY))
                .clicked();
            cancel = ui.add(egui::Button::new(say(words::CANCEL, lang)).min_size(touch::PRIMARY)).clicked();
        });
        if next {
            form.step = FormStep::Sign;
        }
        if cancel {
            // The next person starts from an empty list, not this one's search.
            self.signing = None;
            self.search.clear();
            self.focus_search = true;
        }
    }

    /// Step 3: a concern, if any, above the pad (where it is seen before signing), the
    /// pad as large as the screen allows, and Sign.
    fn sign(&mut self, ui: &mut Ui, day: &mut Day, session: u64) -> Option<Notice> {
        let late = day.is_late(session);
        let form = self.signing.as_mut()?;
        let lang = form.language;
        heading(ui, form, lang);
        if late {
            ui.horizontal(|ui| {
                let l = ui.label(say(words::LATE_BRIEFED_BY, lang));
                ui.add(egui::TextEdit::singleline(&mut form.late_by).font(egui::FontId::proportional(size::CREW)))
                    .labelled_by(l.id);
            });
        }
        ui.checkbox(&mut form.on_behalf, say(words::ON_BEHALF, lang));
        if form.on_behalf {
            ui.horizontal(|ui| {
                let l = ui.label(say(words::SIGNED_BY, lang));
                ui.text_edit_singleline(&mut form.behalf_by).labelled_by(l.id);
                let l = ui.label(say(words::WHY, lang));
                ui.text_edit_singleline(&mut form.behalf_reason).labelled_by(l.id);
            });
        }
        let label = ui.label(say(words::CONCERN, lang).strong());
        ui.add(
            egui::TextEdit::multiline(&mut form.concern)
                .font(egui::FontId::proportional(size::CREW))
                .desired_rows(2)
                .desired_width(ui.available_width()),
        )
        .labelled_by(label.id);
        let pad_height =
            (ui.available_height() - touch::PRIMARY.y - 40.0).clamp(*PAD_HEIGHT.start(), *PAD_HEIGHT.end());
        form.pad.show(ui, egui::vec2(ui.available_width(), pad_height), lang);
        if let Some(problem) = &form.pad_problem {
            ui.label(crew(problem).color(ui.visuals().error_fg_color));
        }
        let (mut submit, mut back) = (false, false);
        ui.horizontal(|ui| {
            submit = ui
                .add_enabled(
                    !form.pad.is_empty(),
                    egui::Button::new(RichText::new(words::SIGN.get(lang)).size(size::CREW_ACTION).strong())
                        .min_size(touch::PRIMARY),
                )
                .clicked();
            if ui.add(egui::Button::new(say(words::UNDO_STROKE, lang)).min_size(touch::SECONDARY)).clicked() {
                form.pad.undo();
            }
            if ui.add(egui::Button::new(say(words::CLEAR, lang)).min_size(touch::SECONDARY)).clicked() {
                form.pad.clear();
                form.pad_problem = None;
            }
            back = ui.add(egui::Button::new(say(words::BACK, lang)).min_size(touch::SECONDARY)).clicked();
        });
        if back {
            form.step = FormStep::Confirm;
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
                Some(Notice::saved(format!("{name} {}", words::THANK_YOU.get(lang))).to_crew_in(lang))
            }
            // The form stays as it was, so nothing the person did is lost; a refused
            // signature is said under the pad it is about.
            Err(refused @ (Refusal::Signature(_) | Refusal::SignatureTooLarge)) => {
                form.pad_problem = Some(words::refusal(&refused, lang));
                None
            }
            Err(refused) => Some(Notice::not_saved(words::refusal(&refused, lang)).to_crew_in(lang)),
        }
    }
}

/// The session's lines in `language`, none ticked yet.
fn unticked(day: &Day, session: u64, language: Lang) -> Vec<(String, bool)> {
    day.acknowledgements(session, language).into_iter().map(|a| (a, false)).collect()
}

/// "Signing: Kim Aldana", in the person's language.
fn heading(ui: &mut Ui, form: &SignForm, lang: Lang) {
    let text = words::SIGNING.fill_in(lang, &form.person.name);
    ui.label(RichText::new(text).size(size::CREW_HEADING).strong());
}
