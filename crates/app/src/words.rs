//! The 1st AD's words: the console, the presenter view, the editor and the menus, in
//! the language the 1st AD chose for the program (View > Program language), from the
//! same words files as the crew's.
//!
//! The language lives in the egui context for the frame, set from the settings when
//! the frame starts: every screen has a `Ui` at hand, and two windows (or two tests)
//! never share it by accident.

use egui::{Context, Id, Ui};
use setbrief_core::briefing::Lang;
use setbrief_core::language::Words;

/// The key under which the frame's program language is kept in the context.
fn id() -> Id {
    Id::unique("setbrief_program_language")
}

/// Makes `lang` the language of the program's own words from this frame on.
pub fn set_program_language(ctx: &Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(id(), lang));
}

/// The language of the program's own words: English until one is set.
pub fn program_language(ctx: &Context) -> Lang {
    ctx.data(|d| d.get_temp(id())).unwrap_or(Lang::En)
}

/// The language a person's system is set to (`LC_ALL`, `LC_MESSAGES`, `LANG`, as
/// POSIX orders them; `fr_CA.UTF-8` is French), if setbrief speaks it.
pub fn system_language() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(value.get(..2)?))
}

/// The program's words, from anything that knows the frame's context.
pub trait Say {
    fn context(&self) -> &Context;

    /// The words under `key` in the program's language.
    fn say(&self, key: &'static str) -> &'static str {
        Words::new(key).get(program_language(self.context()))
    }

    /// The words under `key` with each `{field}` filled in.
    fn say_with(&self, key: &'static str, fields: &[(&str, &str)]) -> String {
        Words::new(key).fill(program_language(self.context()), fields)
    }

    /// The words for a count of `n`, by the program language's plural rules.
    fn say_count(&self, key: &'static str, n: u64) -> String {
        Words::count(key, program_language(self.context()), n)
    }
}

impl Say for Ui {
    fn context(&self) -> &Context {
        self.ctx()
    }
}

impl Say for Context {
    fn context(&self) -> &Context {
        self
    }
}

/// The program's words in a language fixed for a while, without holding the `Ui`: for a
/// form that lends its `Ui` to a field while it words the field's label.
#[derive(Clone, Copy, Debug)]
pub struct Wording(pub Lang);

impl Wording {
    pub fn of(ctx: &Context) -> Self {
        Self(program_language(ctx))
    }

    pub fn get(self, key: &'static str) -> &'static str {
        Words::new(key).get(self.0)
    }

    pub fn fill(self, key: &'static str, fields: &[(&str, &str)]) -> String {
        Words::new(key).fill(self.0, fields)
    }
}
