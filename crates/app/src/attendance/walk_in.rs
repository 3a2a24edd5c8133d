//! A crew member not on the list adds themselves: name, department, role, typed with
//! the keyboard alone if they like (the name field has it when the form appears, Tab
//! goes to the next field, Enter goes on), or asked "Are you ...?" when the name is,
//! or looks like, a roster name.

use egui::Ui;
use setbrief_core::attendance::{Day, Person, Refusal, words};
use setbrief_core::briefing::Lang;
use setbrief_core::briefing::text::StaticText;

use super::crew_sign_in::{crew, say};
use crate::theme::{size, touch};

/// What the person at the form decided.
pub enum WalkInOutcome {
    /// Sign as this walk-in, who said they are not the roster's `not`.
    SignAs {
        person: Person,
        not: Option<String>,
    },
    /// They are the roster's person after all.
    OnRoster(Person),
    Cancel,
}

/// The walk-in form's fields, so a refusal is said under the one it is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Name,
    Department,
    Role,
}

impl Field {
    fn label(self) -> StaticText {
        match self {
            Self::Name => words::NAME,
            Self::Department => words::DEPARTMENT,
            Self::Role => words::ROLE,
        }
    }

    /// The field `refused` is about: the name unless it names another.
    fn of(refused: &Refusal) -> Self {
        match refused {
            Refusal::BadText { field: "department" } => Self::Department,
            Refusal::BadText { field: "role" } => Self::Role,
            _ => Self::Name,
        }
    }
}

pub struct WalkIn {
    person: Person,
    /// A name that is a roster name, or looks like one: (on the roster, whether the two
    /// are the same but for accents or case).
    same_as: Option<(Person, bool)>,
    /// Why the form could not go on, said under the field it is about.
    problem: Option<(Field, String)>,
    /// The field that takes the keyboard on the next frame.
    focus: Option<Field>,
}

impl WalkIn {
    /// The form, with what was typed in the search as the name.
    pub fn new(typed: &str) -> Self {
        let person = Person { name: typed.to_owned(), department: String::new(), role: String::new() };
        Self { person, same_as: None, problem: None, focus: Some(Field::Name) }
    }

    pub fn show(&mut self, ui: &mut Ui, day: &Day, session: u64, lang: Lang) -> Option<WalkInOutcome> {
        if self.same_as.is_some() {
            return self.are_you(ui, day, session, lang);
        }
        ui.label(say(words::ADD_YOURSELF, lang).size(size::CREW_HEADING).strong());
        let mut entered = false;
        let focus = self.focus.take();
        let problem = self.problem.as_ref();
        let person = &mut self.person;
        egui::Grid::new("walk-in").num_columns(2).spacing(egui::vec2(16.0, 12.0)).show(ui, |ui| {
            for (field, value) in [
                (Field::Name, &mut person.name),
                (Field::Department, &mut person.department),
                (Field::Role, &mut person.role),
            ] {
                let l = ui.label(say(field.label(), lang));
                ui.vertical(|ui| {
                    let edit = ui
                        .add(
                            egui::TextEdit::singleline(value)
                                .font(egui::FontId::proportional(size::CREW_NAME))
                                .desired_width(ui.available_width().min(600.0)),
                        )
                        .labelled_by(l.id);
                    if focus == Some(field) {
                        edit.request_focus();
                    }
                    if let Some(choice) = suggestions(ui, day, field, value) {
                        *value = choice;
                    }
                    entered |= edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if let Some((_, text)) = problem.filter(|(at, _)| *at == field) {
                        ui.label(crew(text).color(ui.visuals().error_fg_color));
                    }
                });
                ui.end_row();
            }
        });
        ui.add_space(crate::theme::space::GAP);
        let ready = !self.person.name.trim().is_empty();
        let (mut go, mut cancel) = (false, false);
        ui.horizontal(|ui| {
            go =
                ui.add_enabled(ready, egui::Button::new(say(words::CONTINUE, lang)).min_size(touch::PRIMARY)).clicked();
            cancel = ui.add(egui::Button::new(say(words::CANCEL, lang)).min_size(touch::PRIMARY)).clicked();
        });
        if cancel {
            return Some(WalkInOutcome::Cancel);
        }
        if !(go || (entered && ready)) {
            return None;
        }
        self.problem = None;
        match day.signer(session, &self.person, true, None) {
            Ok(person) => Some(WalkInOutcome::SignAs { person, not: None }),
            // The same name as a roster entry but for an accent or a capital, or one
            // written with look-alike letters or an invisible character: ask.
            Err(Refusal::OnRosterAs { .. } | Refusal::LooksLike { .. }) => {
                let exact = day.roster_match(&self.person.name, session);
                let alike = exact.clone().or_else(|| day.look_alike(&self.person.name, session));
                self.same_as = alike.map(|on_roster| (on_roster, exact.is_some()));
                None
            }
            Err(refused) => {
                self.refused(&refused, lang);
                None
            }
        }
    }

    /// "Are you Hal Sutter?" for a walk-in whose name is, or looks like, a roster name.
    fn are_you(&mut self, ui: &mut Ui, day: &Day, session: u64, lang: Lang) -> Option<WalkInOutcome> {
        let (on_roster, exact) = self.same_as.clone()?;
        let question = words::fill(words::ARE_YOU, lang, &[("name", &on_roster.name)]);
        ui.label(crew(question).size(size::CREW_HEADING).strong());
        ui.label(crew(format!("{} · {}", on_roster.department, on_roster.role)));
        let (mut me, mut other) = (false, false);
        ui.horizontal_wrapped(|ui| {
            me = ui.add(egui::Button::new(say(words::YES_THAT_IS_ME, lang)).min_size(touch::PRIMARY)).clicked();
            other = ui.add(egui::Button::new(say(words::NO_SOMEONE_ELSE, lang)).min_size(touch::PRIMARY)).clicked();
        });
        if me {
            return Some(WalkInOutcome::OnRoster(on_roster));
        }
        if !other {
            return None;
        }
        self.same_as = None;
        // One session cannot hold two people of one name: the walk-in tells themselves
        // apart in the name field, told why beside it.
        let signer = if exact {
            Err(Refusal::OnRosterAs { name: on_roster.name.clone() })
        } else {
            day.signer(session, &self.person, true, Some(&on_roster.name))
        };
        match signer {
            Ok(person) => Some(WalkInOutcome::SignAs { person, not: Some(on_roster.name) }),
            Err(refused) => {
                self.refused(&refused, lang);
                None
            }
        }
    }

    /// Back on the form, told why under the field it is about, which has the keyboard.
    fn refused(&mut self, refused: &Refusal, lang: Lang) {
        let field = Field::of(refused);
        self.problem = Some((field, words::refusal(refused, lang)));
        self.focus = Some(field);
    }
}

/// The departments or roles the day already knows that start like what is typed, as
/// buttons under the field: a tap picks one. The one tapped, if any.
fn suggestions(ui: &mut Ui, day: &Day, field: Field, typed: &str) -> Option<String> {
    let known = match field {
        Field::Name => return None,
        Field::Department => day.state.known_like(&day.briefing, |p| &p.department, typed, 6),
        Field::Role => day.state.known_like(&day.briefing, |p| &p.role, typed, 6),
    };
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for value in known {
            if ui.add(egui::Button::new(crew(value.as_str())).min_size(touch::SECONDARY)).clicked() {
                chosen = Some(value);
            }
        }
    });
    chosen
}
