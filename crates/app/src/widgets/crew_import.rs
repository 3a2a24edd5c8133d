//! Reading a crew list from a file (typed, chosen in a dialog, or dropped on the
//! window) and showing what was read, column by column, before anything changes.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::{RichText, Ui};
use setbrief_core::attendance::crew_list::{self, Field, Import};

use crate::words::Say as _;

/// How many people the preview lists before "and N more".
const PREVIEW_ROWS: usize = 8;

#[derive(Default)]
pub struct CrewImport {
    path: String,
    read: Option<(PathBuf, Result<Import, String>)>,
    dialog: Option<Receiver<Option<PathBuf>>>,
}

impl CrewImport {
    /// Reads `path` and shows what it holds.
    pub fn read(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.read = Some((path.to_owned(), crew_list::read_file(path).map_err(|e| e.to_string())));
    }

    /// Takes a file dropped on the window, if one was.
    pub fn take_dropped(&mut self, ctx: &egui::Context) -> bool {
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()));
        match dropped {
            Some(path) => {
                self.read(&path);
                true
            }
            None => false,
        }
    }

    /// The chooser and the preview. `known` gives the names already on the list, marked
    /// in the preview and not counted as added; it is asked only while a preview shows,
    /// as a day's roster is not free to make every frame. Returns the import when the
    /// 1st AD confirms it.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        confirm_label: &str,
        known: impl FnOnce() -> Vec<String>,
    ) -> Option<(PathBuf, Import)> {
        self.poll_dialog(ui.ctx());
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("import.file"));
            ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0)).labelled_by(label.id);
            if ui.button(ui.say("import.read")).clicked() {
                let path = PathBuf::from(self.path.trim());
                self.read(&path);
            }
            if ui.button(ui.say("import.choose_file")).clicked() {
                self.open_dialog(ui.ctx());
            }
        });
        ui.label(RichText::new(ui.say("import.kinds")).weak());
        let (path, result) = self.read.as_ref()?;
        let import = match result {
            Ok(import) => import,
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
                return None;
            }
        };
        let known: std::collections::HashSet<String> = known().iter().map(|n| setbrief_core::names::fold(n)).collect();
        let is_new = |name: &str| !known.contains(&setbrief_core::names::fold(name));
        preview(ui, path, import, &is_new);
        let new = import.people.iter().filter(|p| is_new(&p.name)).count();
        let mut confirmed = false;
        let mut cancelled = false;
        ui.horizontal(|ui| {
            let label = format!("{confirm_label} ({})", ui.say_with("import.n_new", &[("n", &new.to_string())]));
            confirmed = ui.add_enabled(new > 0, egui::Button::new(label)).clicked();
            cancelled = ui.button(ui.say("crew.cancel")).clicked();
        });
        if cancelled {
            self.read = None;
        }
        if !confirmed {
            return None;
        }
        let (path, result) = self.read.take()?;
        result.ok().map(|import| (path, import))
    }

    fn open_dialog(&mut self, ctx: &egui::Context) {
        let (kind, title) = (ctx.say("import.crew_list"), ctx.say("import.choose_a_crew_list"));
        let (tx, rx) = std::sync::mpsc::channel();
        // rfd blocks while the dialog is open; a worker keeps the window painting.
        std::thread::spawn(move || {
            let dialog = rfd::FileDialog::new()
                .add_filter(kind, &["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "xlsb", "ods"])
                .set_title(title);
            tx.send(dialog.pick_file()).ok();
        });
        self.dialog = Some(rx);
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.dialog else { return };
        match rx.try_recv() {
            Ok(Some(path)) => {
                self.dialog = None;
                self.read(&path);
            }
            Ok(None) | Err(TryRecvError::Disconnected) => self.dialog = None,
            Err(TryRecvError::Empty) => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }
}

/// What the file holds and how its columns were read.
fn preview(ui: &mut Ui, path: &Path, import: &Import, is_new: &dyn Fn(&str) -> bool) {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    ui.label(
        RichText::new(ui.say_with(
            "import.summary",
            &[
                ("file", &name),
                ("people", &import.people.len().to_string()),
                ("line", &import.mapping.header_line.to_string()),
            ],
        ))
        .strong(),
    );
    let mapped: Vec<String> = import
        .mapping
        .columns
        .iter()
        .map(|(field, heading)| {
            ui.say_with("import.column_from", &[("field", ui.say(field.words())), ("heading", heading)])
        })
        .collect();
    ui.label(ui.say_with("import.columns", &[("columns", &mapped.join(" · "))]));
    let has_phone = import.mapping.columns.iter().any(|(f, _)| *f == Field::Phone);
    egui::Grid::new("crew-import-preview").striped(true).num_columns(5).show(ui, |ui| {
        for heading in ["crew.name", "crew.department", "crew.role", "import.phone"] {
            let shown = heading != "import.phone" || has_phone;
            ui.label(RichText::new(if shown { ui.say(heading) } else { "" }).strong());
        }
        ui.label("");
        ui.end_row();
        for person in import.people.iter().take(PREVIEW_ROWS) {
            ui.label(&person.name);
            ui.label(&person.department);
            ui.label(&person.role);
            ui.label(import.phones.get(&person.name).map_or("", String::as_str));
            ui.label(if is_new(&person.name) {
                RichText::new(ui.say("import.new"))
            } else {
                RichText::new(ui.say("import.already_on_list")).weak()
            });
            ui.end_row();
        }
    });
    if import.people.len() > PREVIEW_ROWS {
        ui.label(ui.say_with("report.and_more", &[("n", &(import.people.len() - PREVIEW_ROWS).to_string())]));
    }
    for (line, why) in &import.skipped {
        let not_read = ui.say_with("import.not_read", &[("line", &line.to_string()), ("why", why)]);
        ui.colored_label(ui.visuals().warn_fg_color, not_read);
    }
}
