//! The editor as a screen of the app: opened on the briefing being presented (or a new
//! one), asked first when the window closes with unsaved edits. What a save or a close
//! means for the rest of the app is the top level's to route.

use std::path::{Path, PathBuf};

use egui::Ui;

use crate::Screen;
use crate::editor::{Editor, Outcome};

/// Opens the editor from the slides or the console.
pub const EDIT_SHORTCUT: egui::KeyboardShortcut = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);

/// Ctrl+E was pressed to open the editor, and no field has the keyboard.
pub(crate) fn shortcut_pressed(ctx: &egui::Context, screen: Screen) -> bool {
    screen != Screen::Editor
        && !ctx.egui_wants_keyboard_input()
        && ctx.input_mut(|i| i.consume_shortcut(&EDIT_SHORTCUT))
}

/// The editor on `path`. A file named that does not exist yet (`setbrief --edit
/// tomorrow.ron`) is a day started from nothing, saved there.
pub(crate) fn editor_on(path: &Path) -> Result<Editor, String> {
    if path.exists() { Editor::open(path) } else { Ok(Editor::blank(path)) }
}

/// Where a briefing started from nothing is saved: beside `open`, under a name no
/// file has yet.
pub(crate) fn new_briefing_path(open: &Path) -> PathBuf {
    let folder = open.parent().map(Path::to_owned).unwrap_or_default();
    (1..)
        .map(|n| folder.join(if n == 1 { "new-day.ron".to_owned() } else { format!("new-day-{n}.ron") }))
        .find(|p| !p.exists())
        .unwrap_or_else(|| folder.join("new-day.ron"))
}

/// The editor, full window.
pub(crate) fn show(ui: &mut Ui, editor: &mut Editor) -> Option<Outcome> {
    let outcome = editor.show(ui);
    // Closing the window with unsaved changes asks first, as closing the editor does.
    if ui.ctx().input(|i| i.viewport().close_requested()) && editor.has_unsaved_changes() {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::CancelClose);
        editor.request_quit();
    }
    outcome
}
