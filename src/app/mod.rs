//! The egui app: a thin layer over the briefing core.

use std::path::{Path, PathBuf};

use crate::briefing::{Loaded, load_file};

/// The example day the app opens when no file is given.
pub const DEFAULT_BRIEFING: &str = "briefings/coyote-pass-day-12.ron";

/// Where the default briefing is: beside the working directory when run from a
/// checkout (`cargo run`), else beside the sources it was built from.
pub fn default_briefing_path() -> PathBuf {
    let here = PathBuf::from(DEFAULT_BRIEFING);
    if here.exists() { here } else { Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_BRIEFING) }
}

/// The file as opened: either read (with its diagnostics) or unreadable.
pub enum Opened {
    Read(Box<Loaded>),
    Unreadable { path: PathBuf, message: String },
}

impl Opened {
    pub fn open(path: &Path) -> Self {
        match load_file(path) {
            Ok(loaded) => Self::Read(Box::new(loaded)),
            Err(e) => Self::Unreadable { path: path.to_owned(), message: e.to_string() },
        }
    }
}

pub struct SetbriefApp {
    pub opened: Opened,
}

impl SetbriefApp {
    pub fn new(path: &Path) -> Self {
        Self { opened: Opened::open(path) }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        match &self.opened {
            Opened::Unreadable { message, .. } => {
                ui.heading("This briefing cannot be opened");
                ui.label(message.as_str());
            }
            Opened::Read(loaded) => {
                if let Some(b) = &loaded.briefing {
                    ui.heading(format!("{}: day {}", b.production, b.day));
                }
                let name = loaded.display_path();
                for d in &loaded.diagnostics {
                    ui.label(d.render(&name));
                }
            }
        }
    }
}

impl eframe::App for SetbriefApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| self.ui(ui));
    }
}

/// Opens the window and returns the process exit code.
pub fn run(file: Option<PathBuf>) -> i32 {
    let path = file.unwrap_or_else(default_briefing_path);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("setbrief").with_inner_size([1280.0, 720.0]),
        ..Default::default()
    };
    match eframe::run_native("setbrief", options, Box::new(move |_cc| Ok(Box::new(SetbriefApp::new(&path))))) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("setbrief: cannot open a window: {e}");
            crate::cli::exit::USAGE
        }
    }
}
