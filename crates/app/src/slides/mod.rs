//! The slides screen: the audience view (the slide, full size, with its status line),
//! the presenter view and window, the diagnostics that block presenting, and the
//! key map.
//!
//! Each view draws a [`Deck`] and hands back the commands its buttons give;
//! the top level applies them as it applies keys.

mod audience;
pub mod diagnostics;
mod key_map;
pub mod measure;
pub mod presenter;
pub mod slide_view;

use egui::Ui;
use setbrief_core::attendance::OtherDay;
use setbrief_core::present::Command;

use crate::actions::Screens;
use crate::opening::FileChoice;
use crate::presenting::Deck;
use crate::theme::Palette;
use crate::{Screen, View};

/// What the slide views show besides the deck itself: from the briefing, the day and
/// the phones, read once a frame by the top level.
pub struct Around {
    pub palette: Palette,
    /// The local time on set.
    pub clock: String,
    /// Where phones sign in, while they may.
    pub phones_url: Option<String>,
    /// The briefing is dated another day than the one it is held on.
    pub other_day: Option<OtherDay>,
}

/// The slide the room sees, or the presenter's view of it.
pub(crate) fn screen(ui: &mut Ui, deck: &mut Deck, around: &Around) -> Vec<Command> {
    match deck.view {
        View::Presenter => presenter::show(ui, deck, around),
        View::Audience => audience::show(ui, deck, around),
    }
}

/// A second window with the presenter view, for a laptop mirrored to a TV: its keys
/// and buttons as commands, and the 1st AD's answer when the briefing changed on disk
/// (`changed` names it) is asked there, not over the crew's slides.
pub(crate) fn presenter_window(
    ctx: &egui::Context,
    deck: &mut Deck,
    around: &Around,
    screens: Screens,
    changed: Option<&str>,
) -> (Vec<Command>, Option<FileChoice>) {
    let id = egui::ViewportId::from_hash_of("setbrief-presenter");
    let builder = egui::ViewportBuilder::default()
        .with_title("setbrief: presenter")
        .with_inner_size(crate::theme::window_size_within(ctx, egui::vec2(1280.0, 800.0)));
    ctx.show_viewport_immediate(id, builder, |ui, _class| {
        let mut commands = crate::presenting::typed_commands(ui.ctx(), deck, Screen::Slides, screens);
        let choice = changed.and_then(|name| crate::opening::changed_file_banner(ui, name));
        egui::CentralPanel::default()
            .frame(egui::Frame::new())
            .show(ui, |ui| commands.extend(presenter::show(ui, deck, around)));
        if ui.ctx().input(|i| i.viewport().close_requested()) {
            deck.presenter_window = false;
        }
        (commands, choice)
    })
}
