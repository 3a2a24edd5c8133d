//! The slides screen: the audience view (the slide, full size, with its status line),
//! the presenter view and window, the diagnostics that block presenting, and the
//! key map.

mod audience;
mod diagnostics;
mod key_map;
pub mod measure;
pub mod presenter;
pub mod slide_view;

use egui::Ui;

use crate::{SetbriefApp, View};

impl SetbriefApp {
    pub(crate) fn slides_screen(&mut self, ui: &mut Ui) {
        if !self.can_present() {
            self.diagnostics_view(ui);
        } else if self.view == View::Presenter {
            presenter::show(ui, self);
        } else {
            self.audience_view(ui);
        }
    }

    /// A second window with the presenter view, for a laptop mirrored to a TV.
    pub(crate) fn presenter_window(&mut self, ctx: &egui::Context) {
        let id = egui::ViewportId::from_hash_of("setbrief-presenter");
        let builder = egui::ViewportBuilder::default()
            .with_title("setbrief: presenter")
            .with_inner_size(crate::theme::window_size_within(ctx, egui::vec2(1280.0, 800.0)));
        ctx.show_viewport_immediate(id, builder, |ui, _class| {
            self.handle_keys(ui.ctx());
            self.changed_file_banner(ui);
            egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| presenter::show(ui, self));
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                self.presenter_window = false;
            }
        });
    }
}
