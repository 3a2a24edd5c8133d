//! The audience view: the slide, as large as the window allows, a status line with
//! large Previous/Next buttons for touchscreens, and the blank screens.

use egui::{Align, Color32, Layout, RichText, Ui};
use setbrief_core::deck::SlideKind;
use setbrief_core::present::{Blank, Command};

use super::Around;
use super::{key_map, slide_view};
use crate::presenting::Deck;
use crate::theme::TypeScale;
use crate::words::Say as _;

/// Draws the slide the room sees; the commands its buttons gave.
pub(super) fn show(ui: &mut Ui, deck: &mut Deck, around: &Around) -> Vec<Command> {
    let rect = ui.max_rect();
    let palette = around.palette;
    let mut commands = Vec::new();
    match deck.nav.blank {
        Some(Blank::Black) => {
            ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
            return commands;
        }
        Some(Blank::White) => {
            ui.painter().rect_filled(rect, 0.0, Color32::WHITE);
            return commands;
        }
        None => {}
    }
    let scale = TypeScale::for_size(rect.width(), rect.height());
    let status_h = scale.status().size * 1.8;
    let slide_rect = egui::Rect::from_min_max(rect.min, egui::pos2(rect.max.x, rect.max.y - status_h));
    let style = slide_view::Style { scale, palette, mode: deck.mode() };
    if let Some(slide) = deck.current_slide() {
        // The closing slide asks the crew to sign: with phones on, it says where, in a
        // column of its own beside the words, never over them.
        let url = (slide.kind == SlideKind::Closing).then_some(around.phones_url.clone()).flatten();
        let (words_rect, qr_column) = match &url {
            Some(_) => slide_view::split_for_phone_qr(slide_rect, style),
            None => (slide_rect, None),
        };
        ui.painter().rect_filled(slide_rect, 0.0, palette.background);
        let overflow = slide_view::show(ui, words_rect, slide, style);
        deck.last_overflow = overflow;
        if let (Some(url), Some(column)) = (url, qr_column) {
            slide_view::phone_qr(ui, column, &url, style);
        }
    }
    let status_rect = egui::Rect::from_min_max(egui::pos2(rect.min.x, slide_rect.max.y), rect.max);
    ui.painter().rect_filled(status_rect, 0.0, palette.background);
    ui.scope_builder(egui::UiBuilder::new().max_rect(status_rect.shrink2(egui::vec2(scale.margin(), 2.0))), |ui| {
        ui.horizontal_centered(|ui| {
            commands.extend(nav_buttons(ui, scale, deck));
            ui.label(RichText::new(deck.status_line()).font(scale.status()).color(palette.status));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                ui.label(RichText::new(&around.clock).font(scale.status()).color(palette.status));
            });
        });
    });
    if deck.nav.help {
        key_map::show(ui, scale);
    }
    let typed = deck.nav.typed();
    let said = if typed.is_empty() {
        deck.nav.refused.clone()
    } else {
        Some(ui.say_with("presenter.typed", &[("typed", typed)]))
    };
    if let Some(said) = said {
        egui::Area::new(egui::Id::unique("setbrief-jump")).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(
            ui.ctx(),
            |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(RichText::new(said).font(scale.heading()));
                });
            },
        );
    }
    commands
}

/// Large previous/next buttons for touchscreens, at the bottom corners.
fn nav_buttons(ui: &mut Ui, scale: TypeScale, deck: &Deck) -> Option<Command> {
    let lang = deck.mode().first();
    let mut clicked = None;
    for (words, command) in [("slide.previous", Command::Previous), ("slide.next", Command::Next)] {
        let label = setbrief_core::briefing::text::StaticText::new(words).get(lang);
        let button = egui::Button::new(RichText::new(label).font(scale.status())).min_size(scale.nav_button());
        if ui.add(button).clicked() {
            clicked = Some(command);
        }
    }
    clicked
}
