//! The `?` key map, from the actions table.

use egui::{RichText, Ui};

use crate::actions::{ACTIONS, keys_text};
use crate::theme::TypeScale;

pub fn show(ui: &Ui, scale: TypeScale) {
    egui::Area::new(egui::Id::unique("setbrief-key-map")).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(
        ui.ctx(),
        |ui| {
            egui::Frame::popup(ui.style()).inner_margin(20.0).show(ui, |ui| {
                ui.label(RichText::new("Keys").font(scale.heading()));
                egui::Grid::new("keys").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
                    for action in ACTIONS {
                        ui.label(RichText::new(keys_text(action)).font(scale.small()).strong());
                        ui.label(RichText::new(action.help).font(scale.small()));
                        ui.end_row();
                    }
                });
            });
        },
    );
}
