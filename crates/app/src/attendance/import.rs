//! Importing a crew list into the running day.

use std::path::PathBuf;

use egui::{RichText, Ui};
use setbrief_core::attendance::{Day, crew_list};

use super::notice::Notice;

#[derive(Default)]
pub struct Import {
    path: String,
}

impl Import {
    pub fn show(&mut self, ui: &mut Ui, day: &mut Day) -> Option<Notice> {
        ui.label(RichText::new("Import a crew list (CSV)").strong());
        let mut clicked = false;
        ui.horizontal(|ui| {
            let label = ui.label("CSV file");
            ui.text_edit_singleline(&mut self.path).labelled_by(label.id);
            clicked = ui.button("Import").clicked();
        });
        if !clicked {
            return None;
        }
        let path = PathBuf::from(self.path.trim());
        let import = match crew_list::read_file(&path) {
            Ok(import) => import,
            Err(e) => return Some(Notice::not_saved(e.to_string())),
        };
        let skipped: Vec<String> = import.skipped.iter().map(|(line, why)| format!("line {line}: {why}")).collect();
        let count = import.people.len();
        Some(match day.import_roster(&path.display().to_string(), import.people) {
            Err(e) => Notice::not_saved(e.to_string()),
            Ok(()) if skipped.is_empty() => Notice::saved(format!("{count} crew imported")),
            Ok(()) => Notice::saved(format!("{count} crew imported; not read: {}", skipped.join("; "))),
        })
    }
}
