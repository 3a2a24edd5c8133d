//! The menu bar, built from the actions table: labels and shortcut text come from
//! [`crate::actions::ACTIONS`], formatted by egui.

use egui::Ui;

use setbrief_core::briefing::Lang;

use crate::Settings;
use crate::actions::{ACTIONS, Menu, Screens};
use crate::request::Request;
use crate::words::{Say as _, program_language};

/// What the menu bar shows besides its menus.
pub(crate) struct MenuBar<'a> {
    pub settings: &'a Settings,
    /// The open briefing's file name.
    pub file: String,
    pub notice: Option<&'a str>,
    /// Where the actions work now.
    pub here: Screens,
}

impl MenuBar<'_> {
    /// The bar; what was chosen in it.
    pub(crate) fn show(&self, ui: &mut Ui) -> Option<Request> {
        let ctx = ui.ctx().clone();
        let mut chosen = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(ui.say("menu.file"), |ui| {
                if ui.button(ui.say("menu.open")).clicked() {
                    chosen = Some(Request::ChooseFile);
                }
                if ui.button(ui.say("menu.open_by_path")).clicked() {
                    chosen = Some(Request::TypePath(None));
                }
                chosen = self.actions(ui, Menu::File).or(chosen.take());
                if ui.button(ui.say("menu.production_log")).clicked() {
                    chosen = Some(Request::ProductionLog);
                }
                ui.menu_button(ui.say("menu.open_recent"), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(ui.say("menu.nothing_yet"));
                    }
                    for path in &self.settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            chosen = Some(Request::Open(path.clone()));
                        }
                    }
                });
                if ui.button(ui.say("menu.quit")).clicked() {
                    chosen = Some(Request::Quit);
                }
            });
            ui.menu_button(ui.say("menu.edit"), |ui| {
                let shortcut = ctx.format_shortcut(&crate::editor_screen::EDIT_SHORTCUT);
                if ui.add(egui::Button::new(ui.say("menu.edit_briefing")).shortcut_text(shortcut)).clicked() {
                    chosen = Some(Request::EditBriefing);
                }
                if ui.button(ui.say("menu.new_day")).clicked() {
                    chosen = Some(Request::NewDay);
                }
                if ui.button(ui.say("menu.new_briefing")).clicked() {
                    chosen = Some(Request::NewBriefing);
                }
            });
            ui.menu_button(ui.say("menu.go"), |ui| chosen = self.actions(ui, Menu::Go).or(chosen.take()));
            ui.menu_button(ui.say("menu.view"), |ui| {
                chosen = self.actions(ui, Menu::View).or(chosen.take());
                ui.separator();
                chosen = program_language_menu(ui).or(chosen.take());
            });
            ui.separator();
            ui.label(format!(
                "{} · {} · {}",
                self.file,
                ui.say(self.settings.theme.words()),
                self.settings.language.label()
            ));
            if let Some(notice) = self.notice {
                ui.separator();
                ui.label(notice);
            }
        });
        chosen
    }

    /// One button per action of `menu`, enabled where the action works now.
    fn actions(&self, ui: &mut Ui, menu: Menu) -> Option<Request> {
        let ctx = ui.ctx().clone();
        let mut chosen = None;
        for action in ACTIONS.iter().filter(|a| a.menu == Some(menu)) {
            let mut button = egui::Button::new(action.label(program_language(&ctx)));
            if let Some(shortcut) = action.keys.first() {
                button = button.shortcut_text(ctx.format_shortcut(shortcut));
            }
            if ui.add_enabled(action.screens.contains(self.here), button).clicked() {
                chosen = Some(Request::Command(action.command));
            }
        }
        chosen
    }
}

/// The language of the program's own words, each named in itself so anyone can
/// find theirs; the crew's language is the deck's, chosen apart.
fn program_language_menu(ui: &mut Ui) -> Option<Request> {
    let mut chosen = None;
    ui.menu_button(ui.say("menu.program_language"), |ui| {
        let current = program_language(ui.ctx());
        for lang in Lang::ALL {
            if ui.radio(current == lang, lang.endonym()).clicked() {
                chosen = Some(Request::ProgramLanguage(lang));
            }
        }
    });
    chosen
}
