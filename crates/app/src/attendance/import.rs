//! Importing a crew list into the running day: the same reader and preview as the
//! editor's, so the 1st AD sees which column became what before the day's record
//! changes.

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;

use super::notice::Notice;
use crate::widgets::crew_import::CrewImport;
use crate::words::Say as _;

#[derive(Default)]
pub struct Import {
    reader: CrewImport,
}

impl Import {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<Notice> {
        ui.label(RichText::new(ui.say("console.import_crew")).strong());
        self.reader.take_dropped(ui.ctx());
        let known = || day.state.roster(&day.briefing).into_iter().map(|p| p.name).collect();
        let accepted = self.reader.show(ui, ui.say("console.add_to_todays_list"), known)?;
        let count = accepted.people.len().to_string();
        Some(match day.import_roster(&accepted.path.display().to_string(), accepted.people) {
            Err(e) => Notice::not_saved(e.to_string()),
            Ok(()) => Notice::saved(ui.say_with("console.crew_imported", &[("count", &count)])),
        })
    }
}
