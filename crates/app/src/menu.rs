//! The menu bar, built from the actions table: labels and shortcut text come from
//! [`crate::actions::ACTIONS`], formatted by egui.

use egui::{Ui, ViewportCommand};

use crate::SetbriefApp;
use crate::actions::{ACTIONS, Menu};

impl SetbriefApp {
    pub(crate) fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open…").clicked() {
                    self.show_open_dialog();
                }
                if ui.button("Open by path…").clicked() {
                    self.open_by_path(None);
                }
                self.menu_actions(ui, Menu::File);
                if ui.button("Production safety log…").clicked() {
                    self.show_production_log();
                }
                ui.menu_button("Open recent", |ui| {
                    let recent = self.settings.recent.clone();
                    if recent.is_empty() {
                        ui.label("Nothing yet");
                    }
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            self.open(&path);
                        }
                    }
                });
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                let shortcut = ctx.format_shortcut(&crate::editor_screen::EDIT_SHORTCUT);
                if ui.add(egui::Button::new("Edit this briefing").shortcut_text(shortcut)).clicked() {
                    self.edit_briefing();
                }
                if ui.button("New day from this one…").clicked() {
                    self.edit_briefing();
                    if let Some(editor) = &mut self.editor {
                        editor.start_new_day();
                    }
                }
                if ui.button("New briefing from nothing").clicked() {
                    self.new_briefing();
                }
            });
            ui.menu_button("Go", |ui| self.menu_actions(ui, Menu::Go));
            ui.menu_button("View", |ui| self.menu_actions(ui, Menu::View));
            ui.separator();
            ui.label(format!(
                "{} · {} · {}",
                self.doc.display_name(),
                self.settings.theme.label(),
                self.settings.language.label()
            ));
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice.as_str());
            }
        });
    }

    /// One button per action of `menu`, enabled where the action works now.
    fn menu_actions(&mut self, ui: &mut Ui, menu: Menu) {
        let ctx = ui.ctx().clone();
        let here = self.screens();
        for action in ACTIONS.iter().filter(|a| a.menu == Some(menu)) {
            let mut button = egui::Button::new(action.label);
            if let Some(shortcut) = action.keys.first() {
                button = button.shortcut_text(ctx.format_shortcut(shortcut));
            }
            if ui.add_enabled(action.screens.contains(here), button).clicked() {
                self.apply(&ctx, action.command);
            }
        }
    }
}
