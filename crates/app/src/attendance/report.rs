//! Exporting the day's report from the console: where to, the export running on a
//! worker (the window keeps painting), and the folder once written.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;
use setbrief_core::attendance::laptop::Laptop;
use setbrief_report::pdf::Paper;

use super::big;
use super::notice::Notice;

/// A finished export: its folder and the characters no font on this laptop could show.
type Written = (PathBuf, Vec<char>);

/// The export of the day's report: where to, on what paper, and the work under way.
pub struct ReportUi {
    pub folder: String,
    pub paper: Paper,
    pick: Option<Receiver<Option<PathBuf>>>,
    job: Option<Receiver<Result<Written, String>>>,
    done: Option<PathBuf>,
}

impl Default for ReportUi {
    fn default() -> Self {
        Self { folder: String::new(), paper: Paper::from_locale(), pick: None, job: None, done: None }
    }
}

impl ReportUi {
    pub fn show(&mut self, ui: &mut Ui, day: &Day) -> Option<Notice> {
        ui.label(RichText::new("Report").strong());
        if self.folder.is_empty() {
            let docs = dirs::document_dir().unwrap_or_else(|| day.dir.join(".."));
            self.folder = docs.join(day.report_folder_name()).display().to_string();
        }
        self.poll_folder_dialog(ui, day);
        let mut notice = self.poll_export(ui);
        ui.horizontal(|ui| {
            let label = ui.label("Report folder");
            ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(300.0)).labelled_by(label.id);
            if ui.button("Choose…").clicked() {
                let (tx, rx) = std::sync::mpsc::channel();
                // rfd blocks; a worker keeps the window painting. None: cancelled or no portal.
                std::thread::spawn(move || {
                    // The window may have closed meanwhile; then nobody waits for the answer.
                    tx.send(rfd::FileDialog::new().set_title("Where to put the report").pick_folder()).ok();
                });
                self.pick = Some(rx);
            }
        });
        ui.horizontal(|ui| {
            ui.label("Paper");
            ui.radio_value(&mut self.paper, Paper::Letter, "US Letter");
            ui.radio_value(&mut self.paper, Paper::A4, "A4");
        });
        let target = PathBuf::from(self.folder.trim());
        let exists = target.exists();
        // The folder this window just wrote is no surprise: no warning about it.
        let just_written = self.done.as_deref() == Some(target.as_path());
        let start = if just_written {
            ui.button("Export again (replaces this report)").clicked()
        } else if exists {
            ui.label(RichText::new("That folder exists.").color(ui.visuals().warn_fg_color));
            ui.button("Replace the existing report folder").clicked()
        } else {
            ui.button(big("Export report")).clicked()
        };
        if start && self.job.is_none() {
            let (tx, rx) = std::sync::mpsc::channel();
            let day_dir = day.dir.clone();
            let paper = self.paper;
            let data_dir = day.data_dir().to_owned();
            std::thread::spawn(move || {
                // Signed by this laptop where its key can be read; unsigned is still a report.
                let laptop = Laptop::load_or_create(&data_dir).ok();
                let result = setbrief_report::export::export_on(&day_dir, &target, exists, paper, laptop.as_ref())
                    .map(|e| (e.folder, e.unshown))
                    .map_err(|e| e.to_string());
                tx.send(result).ok();
            });
            self.job = Some(rx);
            self.done = None;
        }
        if let Some(done) = self.done.clone() {
            ui.horizontal(|ui| {
                ui.label(format!("Exported to {}", done.display()));
                if ui.button("Open folder").clicked()
                    && let Err(e) = std::process::Command::new("xdg-open").arg(&done).spawn()
                {
                    notice = Some(Notice::not_saved(format!("cannot open the folder: {e}")));
                }
            });
        }
        notice
    }

    fn poll_folder_dialog(&mut self, ui: &Ui, day: &Day) {
        let Some(rx) = &self.pick else { return };
        match rx.try_recv() {
            Ok(Some(dir)) => {
                self.folder = dir.join(day.report_folder_name()).display().to_string();
                self.pick = None;
            }
            Ok(None) | Err(TryRecvError::Disconnected) => self.pick = None,
            Err(TryRecvError::Empty) => ui.ctx().request_repaint_after(Duration::from_millis(100)),
        }
    }

    fn poll_export(&mut self, ui: &mut Ui) -> Option<Notice> {
        let rx = self.job.as_ref()?;
        let result = match rx.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".into()),
            Err(TryRecvError::Empty) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Exporting the report…");
                });
                ui.ctx().request_repaint_after(Duration::from_millis(100));
                return None;
            }
        };
        self.job = None;
        Some(match result {
            Ok((folder, unshown)) => {
                let mut text = format!("report written to {}", folder.display());
                if !unshown.is_empty() {
                    let codes: Vec<String> = unshown.iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
                    text.push_str(&format!(
                        "; no font on this laptop shows {}: they are printed as their codes",
                        codes.join(", ")
                    ));
                }
                let notice = Notice::saved(text);
                self.done = Some(folder);
                notice
            }
            Err(e) => Notice::not_saved(e),
        })
    }
}
