//! "New day from this one": tomorrow's briefing made from today's (day + 1, the next
//! date, the same people and emergency information, open incidents carried, no
//! scenes), written as a new file that the editor then opens.

use std::path::{Path, PathBuf};

use egui::RichText;
use setbrief_core::briefing::Briefing;
use setbrief_core::briefing::edit::next_day_file_name;
use setbrief_core::briefing::write::{next_day, save};

use super::fields::parse_date;
use crate::words::Wording;

pub struct NewDay {
    date: String,
    file: String,
    problem: Option<String>,
}

pub enum Step {
    Open,
    Cancel,
    Created(PathBuf),
}

impl NewDay {
    pub fn from(path: &Path, today: &Briefing) -> Self {
        let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let name = next_day_file_name(&stem, today.day, today.day.saturating_add(1));
        let file = free_path(&path.with_file_name(name)).display().to_string();
        let date = next_day(today, None).date.to_string();
        Self { date, file, problem: None }
    }

    pub fn show(&mut self, ctx: &egui::Context, today: &Briefing, unsaved: bool) -> Step {
        let mut step = Step::Open;
        let w = Wording::of(ctx);
        let modal = egui::Modal::new(egui::Id::unique("editor-new-day")).show(ctx, |ui| {
            ui.set_width(640.0);
            let (next, day) = (today.day.saturating_add(1).to_string(), today.day.to_string());
            ui.heading(w.fill("editor.new_day_title", &[("next", &next), ("day", &day)]));
            ui.label(w.get("editor.new_day_kept"));
            ui.horizontal(|ui| {
                let label = ui.label(w.get("editor.new_day_date"));
                ui.add(egui::TextEdit::singleline(&mut self.date).desired_width(140.0)).labelled_by(label.id);
            });
            ui.horizontal(|ui| {
                let label = ui.label(w.get("editor.new_file"));
                ui.add(egui::TextEdit::singleline(&mut self.file).desired_width(480.0)).labelled_by(label.id);
            });
            if unsaved {
                ui.colored_label(ui.visuals().warn_fg_color, w.get("editor.save_first"));
            }
            if let Some(problem) = &self.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(!unsaved, egui::Button::new(RichText::new(w.get("editor.create_new_day")).strong()))
                    .clicked()
                {
                    step = self.create(today, w);
                }
                if ui.button(w.get("crew.cancel")).clicked() {
                    step = Step::Cancel;
                }
            });
        });
        if modal.should_close() && matches!(step, Step::Open) {
            step = Step::Cancel;
        }
        step
    }

    fn create(&mut self, today: &Briefing, w: Wording) -> Step {
        let date = match parse_date(self.date.trim(), w) {
            Ok(date) => date,
            Err(why) => {
                self.problem = Some(why);
                return Step::Open;
            }
        };
        let path = PathBuf::from(self.file.trim());
        if path.exists() {
            self.problem = Some(w.fill("editor.exists_choose_another", &[("path", &path.display().to_string())]));
            return Step::Open;
        }
        match save(&path, &next_day(today, Some(date)), None) {
            Ok(_) => Step::Created(path),
            Err(e) => {
                self.problem = Some(e.to_string());
                Step::Open
            }
        }
    }
}

/// `wanted`, or the first of `wanted-2.ron`, `wanted-3.ron`... that does not exist: the
/// dialog never proposes a file it would then refuse to overwrite.
fn free_path(wanted: &Path) -> PathBuf {
    if !wanted.exists() {
        return wanted.to_owned();
    }
    let stem = wanted.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let extension = wanted.extension().map_or_else(String::new, |e| format!(".{}", e.to_string_lossy()));
    (2..1000)
        .map(|n| wanted.with_file_name(format!("{stem}-{n}{extension}")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| wanted.to_owned())
}

#[cfg(test)]
mod tests {
    use super::free_path;

    #[test]
    fn the_new_days_file_is_one_that_does_not_exist_yet() {
        let dir = tempfile::tempdir().unwrap();
        let wanted = dir.path().join("western-day-13.ron");
        assert_eq!(free_path(&wanted), wanted);
        std::fs::write(&wanted, "").unwrap();
        assert_eq!(free_path(&wanted), dir.path().join("western-day-13-2.ron"));
        std::fs::write(dir.path().join("western-day-13-2.ron"), "").unwrap();
        assert_eq!(free_path(&wanted), dir.path().join("western-day-13-3.ron"));
    }
}
