//! The presenter view, for the laptop screen: the current and next slide, the
//! presenter notes, the elapsed time and the clock.

use egui::{Rect, RichText, Ui, pos2, vec2};

use setbrief_core::present::{Blank, Command, format_elapsed};

use super::Around;
use super::slide_view::{self, Style};
use crate::presenting::Deck;
use crate::theme::{TypeScale, size, space, touch};
use crate::words::Say as _;

/// A 16:9 rect of `width` at `top_left`.
fn frame_rect(top_left: egui::Pos2, width: f32) -> Rect {
    Rect::from_min_size(top_left, vec2(width, width * 9.0 / 16.0))
}

/// Where we are and for how long, the clock, and what the audience cannot see: a
/// blanked screen, a briefing dated another day.
fn header(ui: &mut Ui, deck: &mut Deck, around: &Around) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(deck.status_line()).size(size::PRESENTER).strong());
        ui.separator();
        let elapsed = ui.say_with("presenter.elapsed", &[("time", &format_elapsed(deck.elapsed()))]);
        ui.label(RichText::new(elapsed).size(size::PRESENTER));
        // A scene briefing later in the day starts its own count.
        if ui.button(RichText::new(ui.say("presenter.reset_timer")).size(size::PRESENTER_LABEL)).clicked() {
            deck.reset_timer();
        }
        ui.separator();
        ui.label(RichText::new(ui.say_with("presenter.clock", &[("time", &around.clock)])).size(size::PRESENTER));
        // The 1st AD's eyes only: the audience's slides show the briefing's date.
        if let Some(other) = around.other_day {
            ui.separator();
            let (dated, today) = (other.briefing_date.to_string(), other.held_on.to_string());
            let warning = ui.say_with("presenter.other_day", &[("dated", &dated), ("today", &today)]);
            ui.label(RichText::new(warning).size(size::PRESENTER_LABEL).strong().color(ui.visuals().warn_fg_color));
        }
        match deck.nav.blank {
            Some(Blank::Black) => {
                ui.separator();
                ui.label(RichText::new(ui.say("presenter.black")).size(size::PRESENTER).strong());
            }
            Some(Blank::White) => {
                ui.separator();
                ui.label(RichText::new(ui.say("presenter.white")).size(size::PRESENTER).strong());
            }
            None => {}
        }
    });
}

/// Draws the presenter's view; the commands its buttons gave.
pub fn show(ui: &mut Ui, deck: &mut Deck, around: &Around) -> Vec<Command> {
    let mut commands = Vec::new();
    let full = ui.max_rect();
    ui.painter().rect_filled(full, 0.0, ui.visuals().panel_fill);
    let pad = space::EDGE;
    let palette = around.palette;
    let mode = deck.mode();

    let left_w = (full.width() - 3.0 * pad) * 0.6;
    let right_w = full.width() - 3.0 * pad - left_w;
    let top = full.top() + 64.0;
    let current_rect = frame_rect(pos2(full.left() + pad, top), left_w);
    let next_rect = frame_rect(pos2(current_rect.right() + pad, top), right_w);

    // Header: where we are and for how long.
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(Rect::from_min_max(full.min + vec2(pad, 8.0), pos2(full.right() - pad, top))),
        |ui| {
            header(ui, deck, around);
        },
    );

    if let Some(slide) = deck.current_slide() {
        let style = Style { scale: TypeScale::for_size(current_rect.width(), current_rect.height()), palette, mode };
        slide_view::show(ui, current_rect, slide, style);
    }
    let next_label = Rect::from_min_size(pos2(next_rect.left(), next_rect.top() - 28.0), vec2(right_w, 26.0));
    ui.put(next_label, egui::Label::new(RichText::new(ui.say("presenter.next")).size(size::PRESENTER_LABEL).strong()));
    if let Some(next) = deck.slides.get(deck.nav.current() + 1) {
        let style = Style { scale: TypeScale::for_size(next_rect.width(), next_rect.height()), palette, mode };
        slide_view::show(ui, next_rect, next, style);
    } else {
        ui.painter().rect_filled(next_rect, 4.0, ui.visuals().extreme_bg_color);
        ui.painter().text(
            next_rect.center(),
            egui::Align2::CENTER_CENTER,
            ui.say("presenter.end"),
            egui::FontId::proportional(size::PRESENTER),
            ui.visuals().text_color(),
        );
    }

    // Notes under the next slide, and the buttons under the current one.
    let notes_rect = Rect::from_min_max(
        pos2(next_rect.left(), next_rect.bottom() + pad),
        pos2(next_rect.right(), full.bottom() - pad),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(notes_rect), |ui| {
        ui.label(RichText::new(ui.say("presenter.notes")).size(size::PRESENTER_LABEL).strong());
        egui::ScrollArea::vertical().show(ui, |ui| {
            let notes = deck.current_slide().and_then(|s| s.notes.clone());
            match notes {
                Some(n) => ui.label(RichText::new(n).size(size::PRESENTER_NOTES)),
                None => ui.label(RichText::new(ui.say("presenter.no_notes")).size(size::PRESENTER_LABEL).italics()),
            };
        });
    });
    let controls = Rect::from_min_max(
        pos2(current_rect.left(), current_rect.bottom() + pad),
        pos2(current_rect.right(), full.bottom() - pad),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(controls), |ui| {
        ui.horizontal(|ui| {
            let big = touch::PRESENTER_BUTTON;
            for (label, command) in [
                ("slide.previous", Command::Previous),
                ("slide.next", Command::Next),
                ("action.black.label", Command::Black),
                ("presenter.audience_view", Command::TogglePresenterView),
            ] {
                let text = RichText::new(ui.say(label)).size(size::PRESENTER_BUTTON);
                if ui.add(egui::Button::new(text).min_size(big)).clicked() {
                    commands.push(command);
                }
            }
        });
        if let Some(url) = &around.phones_url {
            // The crew can scan it off the laptop too, whatever slide is up.
            ui.horizontal(|ui| {
                crate::widgets::qr::show(ui, url, 180.0, ui.say("console.phones_qr"));
                ui.vertical(|ui| {
                    ui.label(RichText::new(ui.say("presenter.phones_can_sign")).size(size::PRESENTER_LABEL).strong());
                    ui.label(RichText::new(url).monospace());
                });
            });
        }
    });
    commands
}
