//! The menu bar, built from the actions table: labels and shortcut text come from
//! [`crate::actions::ACTIONS`], formatted by egui.

use egui::{Ui, ViewportCommand};

use setbrief_core::briefing::Lang;

use crate::SetbriefApp;
use crate::actions::{ACTIONS, Menu};
use crate::words::{Say as _, program_language};

impl SetbriefApp {
    pub(crate) fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(ui.say("menu.file"), |ui| {
                if ui.button(ui.say("menu.open")).clicked() {
                    self.show_open_dialog();
                }
                if ui.button(ui.say("menu.open_by_path")).clicked() {
                    self.open_by_path(None);
                }
                self.menu_actions(ui, Menu::File);
                if ui.button(ui.say("menu.production_log")).clicked() {
                    self.show_production_log();
                }
                ui.menu_button(ui.say("menu.open_recent"), |ui| {
                    let recent = self.settings.recent.clone();
                    if recent.is_empty() {
                        ui.label(ui.say("menu.nothing_yet"));
                    }
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            self.open(&path);
                        }
                    }
                });
                if ui.button(ui.say("menu.quit")).clicked() {
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            });
            ui.menu_button(ui.say("menu.edit"), |ui| {
                let shortcut = ctx.format_shortcut(&crate::editor_screen::EDIT_SHORTCUT);
                if ui.add(egui::Button::new(ui.say("menu.edit_briefing")).shortcut_text(shortcut)).clicked() {
                    self.edit_briefing();
                }
                if ui.button(ui.say("menu.new_day")).clicked() {
                    self.edit_briefing();
                    if let Some(editor) = &mut self.editor {
                        editor.start_new_day();
                    }
                }
                if ui.button(ui.say("menu.new_briefing")).clicked() {
                    self.new_briefing();
                }
            });
            ui.menu_button(ui.say("menu.go"), |ui| self.menu_actions(ui, Menu::Go));
            ui.menu_button(ui.say("menu.view"), |ui| {
                self.menu_actions(ui, Menu::View);
                ui.separator();
                self.program_language_menu(ui);
            });
            ui.separator();
            ui.label(format!(
                "{} · {} · {}",
                self.doc.display_name(),
                ui.say(self.settings.theme.words()),
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
            let mut button = egui::Button::new(action.label(program_language(&ctx)));
            if let Some(shortcut) = action.keys.first() {
                button = button.shortcut_text(ctx.format_shortcut(shortcut));
            }
            if ui.add_enabled(action.screens.contains(here), button).clicked() {
                self.apply(&ctx, action.command);
            }
        }
    }

    /// The language of the program's own words, each named in itself so anyone can
    /// find theirs; the crew's language is the deck's, chosen apart.
    fn program_language_menu(&mut self, ui: &mut Ui) {
        ui.menu_button(ui.say("menu.program_language"), |ui| {
            let current = program_language(ui.ctx());
            for lang in Lang::ALL {
                if ui.radio(current == lang, lang.endonym()).clicked() {
                    self.settings.program_language = Some(lang);
                    crate::words::set_program_language(ui.ctx(), lang);
                }
            }
        });
    }
}
