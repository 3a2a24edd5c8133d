//! The questions the editor asks over its forms: save before closing, and the new
//! day being made from this one.

use super::{Editor, Outcome, new_day};

impl Editor {
    pub(super) fn modals(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        let mut outcome = None;
        if let Some(closing) = self.asking_to_close {
            let w = crate::words::Wording::of(ctx);
            let modal = egui::Modal::new(egui::Id::unique("editor-unsaved")).show(ctx, |ui| {
                ui.heading(w.get("editor.save_question"));
                ui.label(w.fill("editor.has_unsaved", &[("path", &self.path.display().to_string())]));
                ui.horizontal(|ui| {
                    if ui.button(w.get("editor.save_and_close")).clicked() && self.save().is_some() {
                        outcome = Some(closing.outcome());
                        self.asking_to_close = None;
                    }
                    if ui.button(w.get("editor.close_without_saving")).clicked() {
                        outcome = Some(closing.outcome());
                        self.asking_to_close = None;
                    }
                    if ui.button(w.get("editor.keep_editing")).clicked() {
                        self.asking_to_close = None;
                    }
                });
            });
            if modal.should_close() {
                self.asking_to_close = None;
            }
        }
        if let Some(new_day) = &mut self.new_day {
            let unsaved = self.draft != self.saved || !self.typed.is_empty() || self.on_disk.is_none();
            match new_day.show(ctx, &self.draft, unsaved) {
                new_day::Step::Open => {}
                new_day::Step::Cancel => self.new_day = None,
                new_day::Step::Created(path) => {
                    self.new_day = None;
                    match Self::open(&path) {
                        Ok(editor) => {
                            *self = Self {
                                message: Some((
                                    self.words.fill("editor.created", &[("path", &path.display().to_string())]),
                                    false,
                                )),
                                ..editor
                            };
                        }
                        Err(e) => self.message = Some((e, true)),
                    }
                    outcome = Some(Outcome::Created(path));
                }
            }
        }
        outcome
    }
}
