//! The `?` key map, from the actions table.

use egui::{RichText, Ui};

use crate::actions::{ACTIONS, keys_text};
use crate::theme::TypeScale;
use crate::words::{Say as _, program_language};

/// The key map over the slide, within the screen at any size from 1280x720: its
/// descriptions wrap, and it scrolls when the list is taller than the screen.
pub fn show(ui: &Ui, scale: TypeScale) {
    let screen = ui.ctx().content_rect().size();
    let room = egui::vec2(screen.x * 0.92, screen.y * 0.9);
    egui::Area::new(egui::Id::unique("setbrief-key-map")).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(
        ui.ctx(),
        |ui| {
            egui::Frame::popup(ui.style()).inner_margin(20.0).show(ui, |ui| {
                ui.set_max_width(room.x - 40.0);
                ui.label(RichText::new(ui.say("keys.title")).font(scale.heading()));
                let list_height = room.y - 40.0 - scale.heading().size * 2.0;
                // An anchored area lays out from where it was last placed: without a
                // minimum, the list would settle at the height it first got.
                let list = egui::ScrollArea::vertical().max_height(list_height).min_scrolled_height(list_height);
                list.show(ui, |ui| {
                    egui::Grid::new("keys")
                        .num_columns(2)
                        .spacing([24.0, 6.0])
                        .max_col_width((room.x - 80.0) * 0.7)
                        .show(ui, |ui| {
                            let lang = program_language(ui.ctx());
                            for action in ACTIONS {
                                ui.label(RichText::new(keys_text(action, lang)).font(scale.small()).strong());
                                ui.add(egui::Label::new(RichText::new(action.help(lang)).font(scale.small())).wrap());
                                ui.end_row();
                            }
                        });
                });
            });
        },
    );
}
