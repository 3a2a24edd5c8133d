//! Exporting the day's report from the console: where to, the export running on a
//! worker (the window keeps painting), and the folder once written.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use egui::{RichText, Ui};
use setbrief_core::attendance::Day;
use setbrief_core::attendance::laptop::Laptop;
use setbrief_core::briefing::Lang;
use setbrief_report::export::ExportOptions;
use setbrief_report::pdf::Paper;
use setbrief_report::target::{self, Target};

use super::big;
use super::notice::Notice;
use crate::words::Say as _;

/// A finished export: its folder and the characters no font on this laptop could show.
type Written = (PathBuf, Vec<char>);

/// The export of the day's report: where to, on what paper, and the work under way.
pub struct ReportUi {
    pub folder: String,
    pub paper: Paper,
    /// The language of the report's own words, once someone chose one; until then the
    /// briefing's first (the language its crew is briefed in first).
    pub language: Option<Lang>,
    pick: Option<Receiver<Option<PathBuf>>>,
    job: Option<Receiver<Result<Written, String>>>,
    done: Option<PathBuf>,
    /// This laptop's key fingerprint (or why it cannot be read), read once.
    key: Option<Result<String, String>>,
    /// What the target folder is, looked at when the path changes and once a second
    /// (it reads the disk: not on every frame).
    looked: Option<(PathBuf, std::time::Instant, Result<Target, target::Refusal>)>,
}

impl Default for ReportUi {
    fn default() -> Self {
        Self {
            folder: String::new(),
            paper: Paper::from_locale(),
            language: None,
            pick: None,
            job: None,
            done: None,
            key: None,
            looked: None,
        }
    }
}

impl ReportUi {
    pub fn show(&mut self, ui: &mut Ui, day: &Day) -> Option<Notice> {
        ui.label(RichText::new(ui.say("console.report")).strong());
        if self.folder.is_empty() {
            // Never a folder under the data folder: reports go where people keep documents.
            let docs = dirs::document_dir().or_else(dirs::home_dir).unwrap_or_else(|| PathBuf::from("."));
            self.folder = docs.join(day.report_folder_name()).display().to_string();
        }
        self.show_key(ui, day);
        self.poll_folder_dialog(ui, day);
        let mut notice = self.poll_export(ui);
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("console.report_folder"));
            ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(300.0)).labelled_by(label.id);
            if ui.button(ui.say("console.choose")).clicked() {
                let title = ui.say("console.where_to_put_report");
                let (tx, rx) = std::sync::mpsc::channel();
                // rfd blocks; a worker keeps the window painting. None: cancelled or no portal.
                std::thread::spawn(move || {
                    // The window may have closed meanwhile; then nobody waits for the answer.
                    tx.send(rfd::FileDialog::new().set_title(title).pick_folder()).ok();
                });
                self.pick = Some(rx);
            }
        });
        ui.horizontal(|ui| {
            ui.label(ui.say("console.paper"));
            ui.radio_value(&mut self.paper, Paper::Letter, "US Letter");
            ui.radio_value(&mut self.paper, Paper::A4, "A4");
        });
        let first = day.briefing.languages.first().copied().unwrap_or(Lang::En);
        let mut language = self.language.unwrap_or(first);
        ui.horizontal(|ui| {
            let label = ui.label(ui.say("console.report_language"));
            egui::ComboBox::from_id_salt("report_language")
                .selected_text(language.endonym())
                .show_ui(ui, |ui| {
                    for lang in Lang::ALL {
                        ui.selectable_value(&mut language, lang, lang.endonym());
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if language != first || self.language.is_some() {
            self.language = Some(language);
        }
        let target = PathBuf::from(self.folder.trim());
        // The same rule as `setbrief report`, said before the click: only a new folder
        // or an earlier report, never a folder of records or anything else.
        let assessed = self.assessed(&target, day);
        // The folder this window just wrote is no surprise: no warning about it.
        let just_written = self.done.as_deref() == Some(target.as_path());
        let start = match &assessed {
            Err(refusal) => {
                ui.label(RichText::new(refusal.to_string()).color(ui.visuals().error_fg_color));
                false
            }
            Ok(Target::EarlierReport { .. }) if just_written => ui.button(ui.say("console.export_again")).clicked(),
            Ok(Target::EarlierReport { .. }) => {
                ui.label(RichText::new(ui.say("console.earlier_report")).color(ui.visuals().warn_fg_color));
                ui.button(ui.say("console.replace_earlier")).clicked()
            }
            Ok(Target::New) => ui.button(big(ui.say("console.export_report"))).clicked(),
        };
        let replace = matches!(assessed, Ok(Target::EarlierReport { .. }));
        if start && self.job.is_none() {
            let (tx, rx) = std::sync::mpsc::channel();
            let day_dir = day.dir.clone();
            let paper = self.paper;
            let language = self.language;
            let data_dir = day.data_dir().to_owned();
            std::thread::spawn(move || {
                // Signed by this laptop or not at all: an unsigned report is refused
                // with the reason, as `setbrief report` refuses it without --unsigned.
                let result = Laptop::load_or_create(&data_dir)
                    .map_err(|e| setbrief_report::ReportError::CannotSign(e.to_string()))
                    .and_then(|laptop| {
                        let options = ExportOptions {
                            paper,
                            language,
                            signer: Some(&laptop),
                            replace,
                            data_dir: Some(&data_dir),
                        };
                        setbrief_report::export::export_with(&day_dir, &target, &options)
                    })
                    .map(|e| (e.folder, e.unshown))
                    .map_err(|e| e.to_string());
                tx.send(result).ok();
            });
            self.job = Some(rx);
            self.done = None;
        }
        if let Some(done) = self.done.clone() {
            ui.horizontal(|ui| {
                ui.label(ui.say_with("console.exported_to", &[("folder", &done.display().to_string())]));
                if ui.button(ui.say("console.open_folder")).clicked()
                    && let Err(e) = std::process::Command::new("xdg-open").arg(&done).spawn()
                {
                    notice = Some(Notice::not_saved(
                        ui.say_with("console.cannot_open_folder", &[("error", &e.to_string())]),
                    ));
                }
            });
        }
        notice
    }

    /// Whether the report may go to `folder` ([`target::assess`]), looked at again when
    /// the path changes, when an export ends, and once a second.
    fn assessed(&mut self, folder: &std::path::Path, day: &Day) -> Result<Target, target::Refusal> {
        let fresh = self
            .looked
            .as_ref()
            .is_some_and(|(path, at, _)| path == folder && at.elapsed() < Duration::from_secs(1) && self.job.is_none());
        if !fresh {
            let records = target::records_of(&day.dir, Some(day.data_dir()));
            self.looked = Some((folder.to_owned(), std::time::Instant::now(), target::assess(folder, &records)));
        }
        self.looked.as_ref().map_or(Ok(Target::New), |(_, _, result)| result.clone())
    }

    /// The fingerprint an office writes down once per production, away from the laptop,
    /// to hold every report to with `setbrief verify --key`.
    fn show_key(&mut self, ui: &mut Ui, day: &Day) {
        let key = self.key.get_or_insert_with(|| {
            Laptop::load_or_create(day.data_dir()).map(|l| l.fingerprint()).map_err(|e| e.to_string())
        });
        match key {
            Ok(fingerprint) => {
                ui.label(ui.say_with("console.laptop_key", &[("fingerprint", fingerprint)]))
                    .on_hover_text(ui.say("console.laptop_key_help"));
            }
            Err(e) => {
                let cannot = ui.say_with("console.cannot_sign", &[("error", e)]);
                ui.label(RichText::new(cannot).color(ui.visuals().error_fg_color));
            }
        }
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
            Err(TryRecvError::Disconnected) => Err(ui.say("console.export_stopped").into()),
            Err(TryRecvError::Empty) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(ui.say("console.exporting"));
                });
                ui.ctx().request_repaint_after(Duration::from_millis(100));
                return None;
            }
        };
        self.job = None;
        // The folder is not what it was: look again.
        self.looked = None;
        Some(match result {
            Ok((folder, unshown)) => {
                let mut text = ui.say_with("console.report_written", &[("folder", &folder.display().to_string())]);
                if !unshown.is_empty() {
                    let codes: Vec<String> = unshown.iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
                    text.push_str(&ui.say_with("console.unshown", &[("codes", &codes.join(", "))]));
                }
                let notice = Notice::saved(text);
                self.done = Some(folder);
                notice
            }
            Err(e) => Notice::not_saved(e),
        })
    }
}
