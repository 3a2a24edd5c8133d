//! Opening a briefing by typing its path, with completion: for desktops where no file
//! dialog can open (no XDG desktop portal and no zenity), and for anyone who would
//! rather type.

use std::path::{Path, PathBuf};

use crate::words::Say as _;
use egui::Ui;

/// The "Open by path" window's state.
pub struct OpenByPath {
    pub path: String,
    /// Why it is shown instead of the file dialog, if that is why.
    pub reason: Option<&'static str>,
    /// What the folder held for the path as last typed: read when the path changes,
    /// not on every frame.
    listing: Option<Listing>,
}

/// The completions of one typed path, and whether it names a file.
struct Listing {
    typed: String,
    /// The folder part of the path, as typed ("" when none was).
    base: String,
    /// (name, is a folder); `None` when the folder cannot be read.
    matches: Option<Vec<(String, bool)>>,
    is_file: bool,
}

impl Listing {
    fn of(typed: &str) -> Self {
        let (base, prefix) = typed.rsplit_once('/').map_or((String::new(), typed), |(d, p)| (format!("{d}/"), p));
        let folder = if base.is_empty() { "." } else { base.as_str() };
        let matches = std::fs::read_dir(folder).ok().map(|entries| {
            let mut matches: Vec<(String, bool)> = entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let is_dir = e.path().is_dir();
                    let wanted = (is_dir && !name.starts_with('.')) || name.ends_with(".ron");
                    (wanted && name.starts_with(prefix)).then_some((name, is_dir))
                })
                .collect();
            matches.sort();
            matches
        });
        Self { typed: typed.to_owned(), base, matches, is_file: Path::new(typed).is_file() }
    }
}

/// Said when the file dialog came back at once with nothing: it could not open.
/// The words file's key for why the window opened: no file dialog on this desktop.
pub const NO_DIALOG: &str = "open.no_dialog";

/// How many completions are listed.
const SHOWN: usize = 12;

impl OpenByPath {
    pub fn starting_in(dir: Option<&Path>, reason: Option<&'static str>) -> Self {
        let path = dir.map(|d| format!("{}/", d.display())).unwrap_or_default();
        Self { path, reason, listing: None }
    }

    /// Shows the window; returns the file to open once chosen, and whether it closed.
    pub fn show(&mut self, ctx: &egui::Context) -> (Option<PathBuf>, bool) {
        let (mut chosen, mut close) = (None, false);
        egui::Window::new(ctx.say("open.by_path_title")).collapsible(false).show(ctx, |ui| {
            if let Some(reason) = self.reason {
                ui.label(egui::RichText::new(ui.say(reason)).color(ui.visuals().warn_fg_color));
            }
            let label = ui.label(ui.say("open.path"));
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(520.0)).labelled_by(label.id);
            if let Some(path) = setbrief_core::typed_path::tidied(&self.path) {
                self.path = path;
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            self.completions(ui);
            ui.horizontal(|ui| {
                let is_file = self.listing.as_ref().is_some_and(|l| l.is_file);
                if (ui.add_enabled(is_file, egui::Button::new(ui.say("open.open"))).clicked() || entered) && is_file {
                    chosen = Some(setbrief_core::typed_path::from_typed(&self.path));
                }
                close = ui.button(ui.say("crew.cancel")).clicked();
            });
        });
        (chosen.clone(), close || chosen.is_some())
    }

    /// The folders and briefings that complete what is typed; a click takes one.
    fn completions(&mut self, ui: &mut Ui) {
        let typed = self.path.trim();
        if self.listing.as_ref().is_none_or(|l| l.typed != typed) {
            self.listing = Some(Listing::of(typed));
        }
        let Some(listing) = &self.listing else { return };
        let Some(matches) = &listing.matches else {
            ui.label(ui.say("open.no_such_folder"));
            return;
        };
        let mut picked = None;
        for (name, is_dir) in matches.iter().take(SHOWN) {
            let shown = if *is_dir { format!("{name}/") } else { name.clone() };
            if ui.selectable_label(false, &shown).clicked() {
                picked = Some(format!("{}{shown}", listing.base));
            }
        }
        if let Some(path) = picked {
            self.path = path;
        }
    }
}
