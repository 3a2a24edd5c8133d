//! Presenting: the deck built from the briefing, where we are in it, and the commands
//! that only move within it.
//!
//! Commands that reach further (a reload, the attendance
//! screen, the theme) are the top level's to route.

use std::time::{Duration, Instant};

use setbrief_core::briefing::Briefing;
use setbrief_core::briefing::text::{LanguageMode, StaticText};
use setbrief_core::deck::{self, Budget, Slide, SlideKind};
use setbrief_core::present::{Command, Navigator};

use crate::actions::{self, Screens};
use crate::slides::measure::Measured;
use crate::{Screen, View};

/// The slides, where the presenter is in them, and how they are shown.
pub struct Deck {
    pub slides: Vec<Slide>,
    pub nav: Navigator,
    pub view: View,
    pub presenter_window: bool,
    /// How far the last slide drawn ran past the bottom, in points; pagination keeps it 0.
    pub last_overflow: f32,
    /// The languages the slides were built in.
    mode: LanguageMode,
    /// When the first slide was moved past: the presenter's elapsed time.
    started: Option<Instant>,
    /// The context whose fonts the deck is measured with, from the first frame on.
    fonts: Option<egui::Context>,
}

impl Deck {
    pub fn new(briefing: Option<&Briefing>, mode: LanguageMode) -> Self {
        let mut deck = Self {
            slides: Vec::new(),
            nav: Navigator::new(0),
            view: View::Audience,
            presenter_window: false,
            last_overflow: 0.0,
            mode,
            started: None,
            fonts: None,
        };
        deck.rebuild(briefing, mode, None);
        deck
    }

    /// A newly opened briefing: from its first slide, the timer not started.
    pub(crate) fn start_over(&mut self, briefing: Option<&Briefing>, mode: LanguageMode) {
        self.nav = Navigator::new(0);
        self.started = None;
        self.rebuild(briefing, mode, None);
    }

    /// From the first frame on, slides are paginated with the fonts they are drawn
    /// with; until then, by the character-count estimate.
    pub(crate) fn measure_with(&mut self, ctx: &egui::Context, briefing: Option<&Briefing>) {
        if self.fonts.is_none() {
            self.fonts = Some(ctx.clone());
            self.rebuild(briefing, self.mode, self.place());
        }
    }

    pub(crate) fn is_measured(&self) -> bool {
        self.fonts.is_some()
    }

    /// Rebuilds the slides (a reload, a language change), keeping `keep`'s place.
    pub(crate) fn rebuild(
        &mut self,
        briefing: Option<&Briefing>,
        mode: LanguageMode,
        keep: Option<(SlideKind, usize)>,
    ) {
        self.mode = mode;
        self.slides = match (briefing, &self.fonts) {
            (Some(b), Some(ctx)) => deck::build_with(b, mode, &Measured::new(ctx, mode)),
            (Some(b), None) => deck::build(b, mode, Budget::READABLE_720P),
            (None, _) => Vec::new(),
        };
        self.nav.set_len(self.slides.len());
        if let Some((kind, part)) = keep {
            let same_kind = || self.slides.iter().enumerate().filter(|(_, s)| s.kind == kind);
            let exact = same_kind().find(|(_, s)| s.part == part);
            if let Some((index, _)) = exact.or_else(|| same_kind().next()) {
                self.nav.go_to(index);
            }
        }
    }

    pub fn mode(&self) -> LanguageMode {
        self.mode
    }

    /// The current slide's place, to keep across a rebuild.
    pub(crate) fn place(&self) -> Option<(SlideKind, usize)> {
        self.current_slide().map(|s| (s.kind.clone(), s.part))
    }

    pub fn current_slide(&self) -> Option<&Slide> {
        self.slides.get(self.nav.current())
    }

    /// Applies a command that moves within the deck or changes how it is shown; false
    /// for one that is not the deck's.
    pub fn apply(&mut self, command: Command) -> bool {
        if self.nav.apply(command) {
            if matches!(command, Command::Next | Command::Jump) {
                self.started.get_or_insert_with(Instant::now);
            }
            return true;
        }
        match command {
            Command::TogglePresenterView => {
                self.view = if self.view == View::Audience { View::Presenter } else { View::Audience };
            }
            Command::TogglePresenterWindow => self.presenter_window = !self.presenter_window,
            Command::JumpToScene => {
                let scenes: Vec<(String, usize)> = self
                    .slides
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.part == 1)
                    .filter_map(|(i, s)| match &s.kind {
                        SlideKind::Scene { number, .. } => Some((number.clone(), i)),
                        _ => None,
                    })
                    .collect();
                self.nav.jump_to_scene(scenes.iter().map(|(n, i)| (n.as_str(), *i)));
            }
            _ => return false,
        }
        true
    }

    /// One position, the one a typed slide number jumps to, and the scene it is in:
    /// "Slide 10 of 20 · Scene 52", in the deck's (first) language. (Three counters,
    /// scene, slide and part, were more than anyone reads from across a room.)
    pub fn status_line(&self) -> String {
        let Some(slide) = self.current_slide() else { return String::new() };
        let lang = self.mode.first();
        let (n, total) = ((self.nav.current() + 1).to_string(), self.slides.len().to_string());
        let position = StaticText::new("slide.slide_n_of").fill(lang, &[("n", &n), ("total", &total)]);
        match &slide.kind {
            SlideKind::Scene { number, .. } => {
                format!("{position} · {} {number}", StaticText::new("slide.scene").get(lang))
            }
            _ => position,
        }
    }

    /// Starts the presenter's elapsed time again from now.
    pub fn reset_timer(&mut self) {
        self.started = Some(Instant::now());
    }

    pub fn elapsed(&self) -> Duration {
        self.started.map_or(Duration::ZERO, |s| s.elapsed())
    }
}

/// This frame's key presses as commands. Keys typed into a text field (a name search)
/// are text, not commands; the editor's keys are its own (Ctrl+S, Ctrl+Z); from a
/// blank screen, any key only returns.
pub(crate) fn typed_commands(ctx: &egui::Context, deck: &mut Deck, screen: Screen, screens: Screens) -> Vec<Command> {
    if ctx.egui_wants_keyboard_input() || screen == Screen::Editor {
        return Vec::new();
    }
    if deck.nav.blank.is_some() && screen == Screen::Slides {
        if ctx.input(|i| actions::any_key_pressed(&i.events)) {
            deck.nav.blank = None;
        }
        return Vec::new();
    }
    ctx.input(|i| actions::commands(&i.events, screens))
}
