//! The one-line outcome of the last action, for the person at the laptop: saved or
//! not, and why, in the language they chose.

use egui::Ui;
use setbrief_core::attendance::words;
use setbrief_core::briefing::Lang;

use super::big;

/// What the last action came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub saved: bool,
    pub text: String,
    /// The language "Saved" / "Not saved" is said in.
    pub lang: Lang,
    /// Said to the crew member at the screen (in their language), not to the 1st AD.
    pub for_crew: bool,
}

/// The height kept for a notice on the crew's screens, shown or not: a message that
/// comes and goes never moves what a finger is about to touch.
const SLOT_HEIGHT: f32 = 56.0;

impl Notice {
    pub fn saved(text: impl Into<String>) -> Self {
        Self { saved: true, text: text.into(), lang: Lang::En, for_crew: false }
    }

    pub fn not_saved(text: impl Into<String>) -> Self {
        Self { saved: false, text: text.into(), lang: Lang::En, for_crew: false }
    }

    /// The same notice, said to a crew member in `lang`.
    pub fn to_crew_in(self, lang: Lang) -> Self {
        Self { lang, for_crew: true, ..self }
    }

    /// Whether the crew's screen shows it: what was said to the crew; and when the
    /// console is out of sight (sign-in mode), any failure too, as a record not written
    /// is never hidden. Not the 1st AD's own "Saved: role sign-off..." in English over a
    /// crew member's Spanish screen.
    pub fn shown_to_crew(&self, console_hidden: bool) -> bool {
        self.for_crew || (console_hidden && !self.saved)
    }

    /// A notice for a core call's result: `ok` words the success.
    pub fn of<T, E: std::fmt::Display>(result: &Result<T, E>, ok: impl FnOnce(&T) -> String) -> Self {
        match result {
            Ok(v) => Self::saved(ok(v)),
            Err(e) => Self::not_saved(e.to_string()),
        }
    }

    pub fn show(&self, ui: &mut Ui) {
        // The crew's notices in the crew member's language; the 1st AD's in the program's.
        let lang = if self.for_crew { self.lang } else { crate::words::program_language(ui.ctx()) };
        let (color, mark) = if self.saved {
            (crate::theme::saved_color(ui), words::SAVED.get(lang))
        } else {
            (ui.visuals().error_fg_color, words::NOT_SAVED.get(lang))
        };
        egui::Frame::new().stroke(egui::Stroke::new(2.0, color)).inner_margin(crate::theme::space::FRAME).show(
            ui,
            |ui| {
                ui.set_width(ui.available_width());
                let said = setbrief_core::language::Words::new("punct.label_value")
                    .fill(lang, &[("label", mark), ("value", &self.text)]);
                ui.label(big(said).color(color).strong());
            },
        );
    }

    /// `notice`, if any, in a space of fixed height.
    pub fn slot(ui: &mut Ui, notice: Option<&Self>) {
        let width = ui.available_width();
        ui.allocate_ui_with_layout(egui::vec2(width, SLOT_HEIGHT), egui::Layout::top_down(egui::Align::Min), |ui| {
            ui.set_min_size(egui::vec2(width, SLOT_HEIGHT));
            ui.set_max_height(SLOT_HEIGHT);
            if let Some(notice) = notice {
                notice.show(ui);
            }
        });
    }
}
