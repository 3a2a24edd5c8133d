//! The editor's left panel: the day's sections, and the scenes in shooting order with
//! the buttons that add, copy, move and delete them (always in the same place) and
//! bring scenes in from the script.

use egui::{RichText, Ui};
use setbrief_core::briefing::edit;

use super::{Editor, Section, script_import};

impl Editor {
    pub(super) fn sections(&mut self, ui: &mut Ui) {
        let b = &self.draft;
        let w = self.words;
        let counted = |key: &'static str, n: usize| format!("{} ({n})", w.get(key));
        let entries = [
            (Section::Day, w.get("editor.section_day").to_owned()),
            (Section::Contacts, counted("editor.key_people", b.contacts.len())),
            (Section::Emergency, w.get("editor.section_emergency").to_owned()),
            (Section::Crew, counted("editor.crew_list", b.crew.len())),
            (Section::Incidents, counted("editor.section_incidents", b.incidents.len())),
        ];
        for (section, label) in entries {
            if ui.selectable_label(self.section == section, label).clicked() {
                self.section = section;
            }
        }
        ui.separator();
        ui.label(RichText::new(counted("crew.scenes", self.draft.scenes.len())).strong());
        // The scene buttons never move: always there, greyed where they do not apply, so
        // a click meant for the list never lands on Delete.
        let selected = match self.section {
            Section::Scene(i) if i < self.draft.scenes.len() => Some(i),
            _ => None,
        };
        let count = self.draft.scenes.len();
        ui.horizontal_wrapped(|ui| {
            if ui.button(w.get("editor.add_scene")).clicked() {
                self.section = Section::Scene(edit::add_scene(&mut self.draft));
            }
            let button = |key| egui::Button::new(w.get(key));
            if ui.add_enabled(selected.is_some(), button("editor.duplicate")).clicked()
                && let Some(copy) = selected.and_then(|i| edit::duplicate_scene(&mut self.draft, i))
            {
                self.section = Section::Scene(copy);
            }
            if ui.add_enabled(selected.is_some_and(|i| i > 0), button("editor.move_up")).clicked()
                && let Some(i) = selected
            {
                edit::move_item(&mut self.draft.scenes, i, i - 1);
                self.section = Section::Scene(i - 1);
            }
            if ui.add_enabled(selected.is_some_and(|i| i + 1 < count), button("editor.move_down")).clicked()
                && let Some(i) = selected
            {
                edit::move_item(&mut self.draft.scenes, i, i + 1);
                self.section = Section::Scene(i + 1);
            }
            if ui.add_enabled(selected.is_some(), button("editor.delete_scene")).clicked()
                && let Some(i) = selected
            {
                let gone = self.draft.scenes.remove(i);
                self.message = Some((w.fill("editor.scene_deleted", &[("scene", &gone.number)]), false));
                self.deleted = true;
                self.section = if self.draft.scenes.is_empty() {
                    Section::Day
                } else {
                    Section::Scene(i.min(self.draft.scenes.len() - 1))
                };
            }
        });
        if ui.button(w.get("script.open")).clicked() {
            self.script_import = Some(script_import::ScriptImport::default());
        }
        let rows = self.draft.scenes.len();
        let mut moved = None;
        egui::ScrollArea::vertical().id_salt("scene-list").auto_shrink(false).show_rows(ui, 24.0, rows, |ui, range| {
            for i in range {
                let Some(scene) = self.draft.scenes.get(i) else { continue };
                let label = format!("{}  {}", scene.number, scene.heading());
                let response = ui
                    .add(egui::Button::selectable(self.section == Section::Scene(i), label).truncate())
                    .interact(egui::Sense::click_and_drag());
                response.dnd_set_drag_payload(i);
                if let Some(from) = response.dnd_release_payload::<usize>() {
                    moved = Some((*from, i));
                }
                if response.clicked() {
                    self.section = Section::Scene(i);
                }
            }
        });
        if let Some((from, to)) = moved {
            edit::move_item(&mut self.draft.scenes, from, to);
            self.section = Section::Scene(to);
        }
    }

    /// The script window, while open: scenes it adds join the draft as one change.
    pub(super) fn script_window(&mut self, ctx: &egui::Context) {
        let Some(window) = &mut self.script_import else { return };
        match window.show(ctx, &self.draft) {
            script_import::Step::Open => {}
            script_import::Step::Close => self.script_import = None,
            script_import::Step::Add(scenes) => {
                let n = scenes.len().to_string();
                for (scene, hazards) in scenes {
                    self.draft.scenes.push(scene.to_scene(&hazards));
                }
                self.message = Some((self.words.fill("script.added", &[("n", &n)]), false));
                self.script_import = None;
            }
        }
    }
}
