//! Reading a crew list from a file (typed, chosen in a dialog, or dropped on the
//! window) and showing what was read, column by column, before anything changes.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::{RichText, Ui};
use setbrief_core::attendance::Person;
use setbrief_core::attendance::crew_list::plan::{self, Plan, Planned};
use setbrief_core::attendance::crew_list::{self, Import};

use crate::words::Say as _;

/// The height of a row of the preview: every row is listed, only those in view drawn.
const ROW_HEIGHT: f32 = 24.0;

#[derive(Default)]
pub struct CrewImport {
    path: String,
    read: Option<(PathBuf, Result<Import, String>)>,
    /// What importing the file read does with each row, for the roster as it was then.
    planned: Option<Vec<Planned>>,
    /// The path box has been shown (and took the keyboard, once).
    shown: bool,
    /// The file dialog asked for, and when: one back at once with nothing never opened.
    dialog: Option<(Receiver<Option<PathBuf>>, std::time::Instant)>,
    /// No file dialog could open on this desktop: said, and the path box asked for.
    no_dialog: bool,
}

/// A crew list the 1st AD confirmed: the people to add (exactly those the preview
/// said) and the phone numbers it gave.
pub struct Accepted {
    pub path: PathBuf,
    pub people: Vec<Person>,
    pub phones: std::collections::BTreeMap<String, String>,
}

impl CrewImport {
    /// Reads `path` and shows what it holds.
    pub fn read(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.read = Some((path.to_owned(), crew_list::read_file(path).map_err(|e| e.to_string())));
        self.planned = None;
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

    /// The chooser and the preview. `known` gives the names already on the list; it is
    /// asked once per file read, as a day's roster is not free to make every frame.
    /// Returns what the 1st AD confirmed: exactly the rows the preview said it adds.
    pub fn show(&mut self, ui: &mut Ui, confirm_label: &str, known: impl FnOnce() -> Vec<String>) -> Option<Accepted> {
        self.poll_dialog(ui.ctx());
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("import.file"));
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0)).labelled_by(label.id);
            if let Some(path) = setbrief_core::typed_path::tidied(&self.path) {
                self.path = path;
            }
            // The box asks for the file: it takes the keyboard when it appears.
            if !std::mem::replace(&mut self.shown, true) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(ui.say("import.read")).clicked() || entered {
                // As a file manager or a shell copies it: file:// URLs, quotes.
                let path = setbrief_core::typed_path::from_typed(&self.path);
                self.read(&path);
            }
            if ui.button(ui.say("import.choose_file")).clicked() {
                self.open_dialog(ui.ctx());
            }
        });
        ui.label(RichText::new(ui.say("import.kinds")).weak());
        if self.no_dialog {
            ui.colored_label(ui.visuals().warn_fg_color, ui.say("import.no_dialog"));
        }
        let (path, result) = self.read.as_ref()?;
        let import = match result {
            Ok(import) => import,
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e);
                return None;
            }
        };
        let planned = self.planned.get_or_insert_with(|| plan::plan(import, &known()));
        preview(ui, path, import, planned);
        let adds = plan::to_add(planned);
        let mut confirmed = false;
        let mut cancelled = false;
        ui.horizontal(|ui| {
            let label = format!("{confirm_label} ({})", ui.say_with("import.n_new", &[("n", &adds.len().to_string())]));
            confirmed = ui.add_enabled(!adds.is_empty(), egui::Button::new(label)).clicked();
            cancelled = ui.button(ui.say("crew.cancel")).clicked();
        });
        if cancelled {
            self.read = None;
            self.planned = None;
        }
        if !confirmed {
            return None;
        }
        let (path, result) = self.read.take()?;
        self.planned = None;
        let phones = result.map(|import| import.phones).unwrap_or_default();
        Some(Accepted { path, people: adds, phones })
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
        self.dialog = Some((rx, std::time::Instant::now()));
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some((rx, asked)) = &self.dialog else { return };
        match rx.try_recv() {
            Ok(Some(path)) => {
                self.dialog = None;
                self.read(&path);
            }
            // Back at once with nothing: no dialog could open (a person takes longer to
            // cancel one). Say so, and give the keyboard to the path box.
            Ok(None) if asked.elapsed() < std::time::Duration::from_millis(400) => {
                self.dialog = None;
                self.no_dialog = true;
                self.shown = false;
            }
            Ok(None) | Err(TryRecvError::Disconnected) => self.dialog = None,
            Err(TryRecvError::Empty) => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }
}

/// What the file holds, how its columns were read, and every row with what will happen
/// to it, scrolling: the counts are the rows, so the button's count is what is added.
fn preview(ui: &mut Ui, path: &Path, import: &Import, planned: &[Planned]) {
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let people = import.people().count().to_string();
    let line = import.mapping.header_line.to_string();
    let summary = ui.say_with("import.summary", &[("file", &name), ("people", &people), ("line", &line)]);
    ui.label(RichText::new(summary).strong());
    let mapped: Vec<String> = import
        .mapping
        .columns
        .iter()
        .map(|(field, heading)| {
            ui.say_with("import.column_from", &[("field", ui.say(field.words())), ("heading", heading)])
        })
        .collect();
    ui.label(ui.say_with("import.columns", &[("columns", &mapped.join(" · "))]));
    let [add, on_roster, repeated, lost, skipped] = plan::counts(planned).map(|n| n.to_string());
    let fields = [("add", add), ("on_roster", on_roster), ("repeated", repeated), ("lost", lost), ("skipped", skipped)];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    ui.label(RichText::new(ui.say_with("import.plan.counts", &fields)).strong());
    if planned.iter().any(|p| matches!(p.plan, Plan::LettersLost { roster_name: None, .. })) {
        // Said in full, above the list: the file itself must be saved again.
        ui.colored_label(ui.visuals().error_fg_color, ui.say("import.plan.letters_lost"));
    }
    let lang = crate::words::program_language(ui.ctx());
    // Shares of the panel's width, as a spreadsheet's columns: what happens gets the most.
    let room = (ui.available_width() - 6.0 * ui.spacing().item_spacing.x).max(480.0);
    let widths = [0.06, 0.24, 0.13, 0.13, 0.10, 0.34].map(|share| room * share);
    let header =
        ["import.plan.line", "crew.name", "crew.department", "crew.role", "import.phone", "import.plan.what_happens"];
    ui.horizontal(|ui| {
        for (key, width) in header.into_iter().zip(widths) {
            cell(ui, width, RichText::new(ui.say(key)).strong());
        }
    });
    egui::ScrollArea::vertical().id_salt("crew-import-rows").max_height(320.0).show_rows(
        ui,
        ROW_HEIGHT,
        planned.len(),
        |ui, range| {
            for row in planned.get(range).unwrap_or_default() {
                let person = row.plan.person();
                let phone = person.and_then(|p| import.phones.get(&p.name)).map_or("", String::as_str);
                let cells = [
                    row.line.to_string(),
                    // A skipped row shows what it held ("Total: 12 crew").
                    person.map_or_else(|| row.written.clone(), |p| p.name.clone()),
                    person.map(|p| p.department.clone()).unwrap_or_default(),
                    person.map(|p| p.role.clone()).unwrap_or_default(),
                    phone.to_owned(),
                ];
                let colour = match row.plan {
                    Plan::Add(_) => crate::theme::saved_color(ui),
                    Plan::LettersLost { roster_name: None, .. } => ui.visuals().error_fg_color,
                    Plan::LettersLost { .. } => ui.visuals().warn_fg_color,
                    _ => ui.visuals().weak_text_color(),
                };
                ui.horizontal(|ui| {
                    for (text, width) in cells.into_iter().zip(widths) {
                        cell(ui, width, RichText::new(text));
                    }
                    let said = row.plan.describe_in(lang);
                    let width = widths.last().copied().unwrap_or(160.0);
                    cell(ui, width, RichText::new(&said).color(colour)).on_hover_text(said);
                });
            }
        },
    );
}

/// A cell of the preview: left-aligned in its column's width, cut short with "…" (the
/// whole text on hover where it says why).
fn cell(ui: &mut Ui, width: f32, text: RichText) -> egui::Response {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, ROW_HEIGHT - 4.0), layout, |ui| {
        ui.set_width(width);
        ui.add(egui::Label::new(text).truncate())
    })
    .inner
}
