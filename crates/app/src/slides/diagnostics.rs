//! What blocks presenting: a file that cannot be read, its errors, or warnings the
//! 1st AD has not read yet, printed as `setbrief validate` prints them.

use egui::{RichText, Ui};
use setbrief_core::briefing::diagnostic::count;

use crate::request::Request;
use crate::theme::Colors;
use crate::theme::{TypeScale, size, space};
use crate::words::Say as _;
use crate::{Document, Opened};

/// Why the file cannot be presented, with the 1st AD's ways on: read it again, open
/// another, or present once its warnings are read.
pub(crate) fn show(ui: &mut Ui, doc: &Document, colors: Colors) -> Option<Request> {
    let mut request = None;
    let scale = TypeScale::for_size(ui.max_rect().width(), ui.max_rect().height()).scale.max(0.8);
    ui.painter().rect_filled(ui.max_rect(), 0.0, ui.visuals().panel_fill);
    egui::Frame::new().inner_margin(space::SCREEN_MARGIN).show(ui, |ui| {
        let name = doc.path.display().to_string();
        match &doc.opened {
            Opened::Unreadable(message) => {
                ui.heading(
                    RichText::new(ui.say("blocked.cannot_open")).size(size::DIAGNOSTICS_HEADING * scale).strong(),
                );
                ui.label(RichText::new(message.as_str()).size(size::DIAGNOSTICS_BUTTON * scale));
            }
            Opened::Read(loaded) => {
                let (errors, warnings) = count(&loaded.diagnostics);
                let heading = if loaded.briefing.is_none() {
                    ui.say("blocked.cannot_read").to_owned()
                } else if errors > 0 {
                    ui.say_count("blocked.errors", errors as u64)
                } else {
                    ui.say_count("blocked.warnings", warnings as u64)
                };
                ui.heading(RichText::new(heading).size(size::DIAGNOSTICS_HEADING * scale).strong());
                ui.label(RichText::new(&name).size(size::DIAGNOSTICS_PATH * scale));
                ui.add_space(space::GAP);
                egui::ScrollArea::vertical().max_height(ui.available_height() - 80.0).show(ui, |ui| {
                    for d in &loaded.diagnostics {
                        let color = if d.is_error() { colors.danger } else { ui.visuals().text_color() };
                        // The rule in the program's language over validate's English.
                        let (said, _) = crate::editor::checks::in_program_language(ui, d);
                        if said != d.message {
                            ui.label(RichText::new(said).size(size::DIAGNOSTICS_TEXT * scale).strong().color(color));
                        }
                        ui.label(
                            RichText::new(d.render(&name))
                                .monospace()
                                .size(size::DIAGNOSTICS_TEXT * scale)
                                .color(color),
                        );
                        ui.add_space(6.0);
                    }
                });
            }
        }
        ui.add_space(space::GAP);
        let button = |text: &str| RichText::new(text).size(size::DIAGNOSTICS_BUTTON * scale);
        ui.horizontal(|ui| {
            if ui.button(button(ui.say("blocked.reload"))).clicked() {
                request = Some(Request::Command(setbrief_core::present::Command::Reload));
            }
            if ui.button(button(ui.say("blocked.open_another"))).clicked() {
                request = Some(Request::ChooseFile);
            }
            let warnings_only = doc.loaded().is_some_and(|l| l.briefing.is_some() && !l.has_errors());
            if warnings_only && ui.button(button(ui.say("blocked.read_warnings"))).clicked() {
                request = Some(Request::ReadWarnings);
            }
        });
    });
    request
}
