//! Opening a briefing by typing its path, with completion: for desktops where no file
//! dialog can open (no XDG desktop portal and no zenity), and for anyone who would
//! rather type.

use std::path::{Path, PathBuf};

use egui::Ui;

/// The "Open by path" window's state.
pub struct OpenByPath {
    pub path: String,
    /// Why it is shown instead of the file dialog, if that is why.
    pub reason: Option<&'static str>,
}

/// Said when the file dialog came back at once with nothing: it could not open.
pub const NO_DIALOG: &str = "No file dialog could open on this desktop (it needs an XDG desktop portal or \
zenity): type the briefing's path instead.";

/// How many completions are listed.
const SHOWN: usize = 12;

impl OpenByPath {
    pub fn starting_in(dir: Option<&Path>, reason: Option<&'static str>) -> Self {
        let path = dir.map(|d| format!("{}/", d.display())).unwrap_or_default();
        Self { path, reason }
    }

    /// Shows the window; returns the file to open once chosen, and whether it closed.
    pub fn show(&mut self, ctx: &egui::Context) -> (Option<PathBuf>, bool) {
        let (mut chosen, mut close) = (None, false);
        egui::Window::new("Open a briefing by its path").collapsible(false).show(ctx, |ui| {
            if let Some(reason) = self.reason {
                ui.label(egui::RichText::new(reason).color(ui.visuals().warn_fg_color));
            }
            let label = ui.label("Path");
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(520.0)).labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            self.completions(ui);
            ui.horizontal(|ui| {
                let path = PathBuf::from(self.path.trim());
                let is_file = path.is_file();
                if (ui.add_enabled(is_file, egui::Button::new("Open")).clicked() || entered) && is_file {
                    chosen = Some(path);
                }
                close = ui.button("Cancel").clicked();
            });
        });
        (chosen.clone(), close || chosen.is_some())
    }

    /// The folders and briefings that complete what is typed; a click takes one.
    fn completions(&mut self, ui: &mut Ui) {
        let typed = self.path.trim().to_owned();
        let (dir, prefix) = match typed.rfind('/') {
            Some(i) => (typed[..=i].to_owned(), typed[i + 1..].to_owned()),
            None => ("./".to_owned(), typed.clone()),
        };
        let Ok(entries) = std::fs::read_dir(if dir.is_empty() { "." } else { &dir }) else {
            ui.label("No such folder");
            return;
        };
        let mut matches: Vec<(String, bool)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let is_dir = e.path().is_dir();
                let wanted = (is_dir && !name.starts_with('.')) || name.ends_with(".ron");
                (wanted && name.starts_with(&prefix)).then_some((name, is_dir))
            })
            .collect();
        matches.sort();
        for (name, is_dir) in matches.into_iter().take(SHOWN) {
            let shown = if is_dir { format!("{name}/") } else { name };
            if ui.selectable_label(false, &shown).clicked() {
                let base = if typed.contains('/') { dir.clone() } else { String::new() };
                self.path = format!("{base}{shown}");
            }
        }
    }
}
