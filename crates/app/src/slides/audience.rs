//! The audience view: the slide, as large as the window allows, a status line with
//! large Previous/Next buttons for touchscreens, and the blank screens.

use egui::{Align, Color32, Layout, RichText, Ui};
use setbrief_core::deck::SlideKind;
use setbrief_core::present::{Blank, Command};

use super::{key_map, slide_view};
use crate::SetbriefApp;
use crate::theme::TypeScale;
use crate::words::Say as _;

impl SetbriefApp {
    pub(crate) fn audience_view(&mut self, ui: &mut Ui) {
        let rect = ui.max_rect();
        let palette = self.settings.theme.palette();
        match self.nav.blank {
            Some(Blank::Black) => {
                ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
                return;
            }
            Some(Blank::White) => {
                ui.painter().rect_filled(rect, 0.0, Color32::WHITE);
                return;
            }
            None => {}
        }
        let scale = TypeScale::for_size(rect.width(), rect.height());
        let status_h = scale.status().size * 1.8;
        let slide_rect = egui::Rect::from_min_max(rect.min, egui::pos2(rect.max.x, rect.max.y - status_h));
        let style = slide_view::Style { scale, palette, mode: self.settings.language };
        if let Some(slide) = self.slides.get(self.nav.current()) {
            // The closing slide asks the crew to sign: with phones on, it says where, in a
            // column of its own beside the words, never over them.
            let url = (slide.kind == SlideKind::Closing).then(|| self.attendance.phones.url()).flatten();
            let (words_rect, qr_column) = match &url {
                Some(_) => slide_view::split_for_phone_qr(slide_rect, style),
                None => (slide_rect, None),
            };
            ui.painter().rect_filled(slide_rect, 0.0, palette.background);
            let overflow = slide_view::show(ui, words_rect, slide, style);
            self.last_overflow = overflow;
            if let (Some(url), Some(column)) = (url, qr_column) {
                slide_view::phone_qr(ui, column, &url, style);
            }
        }
        let status_rect = egui::Rect::from_min_max(egui::pos2(rect.min.x, slide_rect.max.y), rect.max);
        ui.painter().rect_filled(status_rect, 0.0, palette.background);
        ui.scope_builder(egui::UiBuilder::new().max_rect(status_rect.shrink2(egui::vec2(scale.margin(), 2.0))), |ui| {
            ui.horizontal_centered(|ui| {
                self.nav_buttons(ui, scale);
                ui.label(RichText::new(self.status_line()).font(scale.status()).color(palette.status));
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    ui.label(RichText::new(self.clock()).font(scale.status()).color(palette.status));
                });
            });
        });
        if self.nav.help {
            key_map::show(ui, scale);
        }
        let typed = self.nav.typed();
        let said = if typed.is_empty() {
            self.nav.refused.clone()
        } else {
            Some(ui.say_with("presenter.typed", &[("typed", typed)]))
        };
        if let Some(said) = said {
            egui::Area::new(egui::Id::unique("setbrief-jump"))
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ui.ctx(), |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.label(RichText::new(said).font(scale.heading()));
                    });
                });
        }
    }

    /// Large previous/next buttons for touchscreens, at the bottom corners.
    fn nav_buttons(&mut self, ui: &mut Ui, scale: TypeScale) {
        let ctx = ui.ctx().clone();
        let lang = self.settings.language.first();
        for (words, command) in [("slide.previous", Command::Previous), ("slide.next", Command::Next)] {
            let label = setbrief_core::briefing::text::StaticText::new(words).get(lang);
            let button = egui::Button::new(RichText::new(label).font(scale.status())).min_size(scale.nav_button());
            if ui.add(button).clicked() {
                self.apply(&ctx, command);
            }
        }
    }
}
