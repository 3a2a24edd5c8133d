//! The editor as a screen of the app: opened on the briefing being presented (or a new
//! one), and what the app does when it saves, creates a day or closes.

use egui::Ui;

use crate::editor::{Editor, Outcome};
use crate::{Screen, SetbriefApp};

/// Opens the editor from the slides or the console.
pub const EDIT_SHORTCUT: egui::KeyboardShortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);

impl SetbriefApp {
    /// Ctrl+E opens the editor, unless a field has the keyboard.
    pub(crate) fn edit_shortcut(&mut self, ctx: &egui::Context) {
        if self.screen != Screen::Editor
            && !ctx.egui_wants_keyboard_input()
            && ctx.input_mut(|i| i.consume_shortcut(&EDIT_SHORTCUT))
        {
            self.edit_briefing();
        }
    }

    /// Opens the briefing being presented in the editor.
    pub fn edit_briefing(&mut self) {
        if self.editor.as_ref().is_some_and(|e| e.path == self.doc.path) {
            self.screen = Screen::Editor;
            return;
        }
        // A file named that does not exist yet (`setbrief --edit tomorrow.ron`) is a day
        // started from nothing, saved there.
        if !self.doc.path.exists() {
            self.editor = Some(Editor::blank(&self.doc.path));
            self.screen = Screen::Editor;
            return;
        }
        match Editor::open(&self.doc.path) {
            Ok(editor) => {
                self.editor = Some(editor);
                self.screen = Screen::Editor;
            }
            Err(e) => self.notice = Some(e),
        }
    }

    /// A briefing started from nothing, to be saved beside the one open.
    pub fn new_briefing(&mut self) {
        let folder = self.doc.path.parent().map(std::path::Path::to_owned).unwrap_or_default();
        let path = (1..)
            .map(|n| folder.join(if n == 1 { "new-day.ron".to_owned() } else { format!("new-day-{n}.ron") }))
            .find(|p| !p.exists())
            .unwrap_or_else(|| folder.join("new-day.ron"));
        self.editor = Some(Editor::blank(&path));
        self.screen = Screen::Editor;
    }

    pub(crate) fn editor_screen(&mut self, ui: &mut Ui) {
        let Some(editor) = &mut self.editor else {
            self.screen = Screen::Slides;
            return;
        };
        let outcome = editor.show(ui);
        // Closing the window with unsaved changes asks first, as closing the editor does.
        if ui.ctx().input(|i| i.viewport().close_requested()) && editor.has_unsaved_changes() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
            editor.request_quit();
        }
        match outcome {
            Some(Outcome::Saved(path)) if path == self.doc.path => self.reload(),
            Some(Outcome::Saved(path) | Outcome::Created(path)) if self.open_session().is_none() => self.open(&path),
            Some(outcome @ (Outcome::Closed | Outcome::Quit)) => {
                self.editor = None;
                self.screen = Screen::Slides;
                if self.doc.changed_on_disk() && self.open_session().is_none() {
                    self.reload();
                }
                if outcome == Outcome::Quit {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            // Under an open session the day stays on the version it started with; the
            // file watch offers the new one.
            Some(Outcome::Saved(_) | Outcome::Created(_)) | None => {}
        }
    }
}
