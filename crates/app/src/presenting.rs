//! Presenting: the deck built from the briefing, where we are in it, and every
//! command applied, whether it came from a key, a clicker or a button.

use std::time::{Duration, Instant};

use setbrief_core::briefing::Lang;
use setbrief_core::briefing::text::StaticText;
use setbrief_core::deck::{self, Budget, Slide, SlideKind};
use setbrief_core::present::Command;

use crate::actions::{self, Screens};
use crate::slides::measure::Measured;
use crate::{Screen, SetbriefApp, View};

impl SetbriefApp {
    /// Rebuilds the slides (a reload, a language change), keeping `keep`'s place.
    /// Paginated with the fonts they are drawn with once a frame has given them; until
    /// then, by the character-count estimate.
    pub(crate) fn rebuild_deck(&mut self, keep: Option<(SlideKind, usize)>) {
        let mode = self.settings.language;
        self.following.forget_deck();
        self.slides = match (self.doc.loaded().and_then(|l| l.briefing.as_ref()), &self.fonts) {
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

    /// A newly opened briefing's deck starts in a language of its own (see
    /// `LanguageMode::reopened`); a reload keeps the presenter's choice.
    pub(crate) fn fit_language_to_briefing(&mut self) {
        if let Some(briefing) = self.doc.loaded().and_then(|l| l.briefing.as_ref()) {
            let settings = &mut self.settings;
            settings.language = settings.language.reopened(&settings.language_chosen_for, &briefing.languages);
            settings.language_chosen_for = briefing.languages.clone();
        }
    }

    /// The current slide's place, to keep across a rebuild.
    pub(crate) fn place(&self) -> Option<(SlideKind, usize)> {
        self.current_slide().map(|s| (s.kind.clone(), s.part))
    }

    pub fn current_slide(&self) -> Option<&Slide> {
        self.slides.get(self.nav.current())
    }

    /// Errors block presenting; unacknowledged warnings hold it until the 1st AD has seen them.
    pub fn can_present(&self) -> bool {
        match self.doc.loaded() {
            Some(l) if l.briefing.is_some() && !l.has_errors() => {
                self.warnings_acknowledged || l.diagnostics.is_empty()
            }
            _ => false,
        }
    }

    /// Which set of actions works on what this window shows now.
    pub fn screens(&self) -> Screens {
        match self.screen {
            Screen::Attendance => Screens::ATTENDANCE,
            Screen::Editor => Screens::EDITING,
            Screen::Slides if self.can_present() => Screens::PRESENTING,
            Screen::Slides => Screens::DIAGNOSTICS,
        }
    }

    /// This frame's key presses as commands. Keys typed into a text field (a name
    /// search) are text, not commands; from a blank screen, any key only returns.
    pub(crate) fn handle_keys(&mut self, ctx: &egui::Context) {
        // The editor's keys are its own (Ctrl+S, Ctrl+Z): no slide moves while editing.
        if ctx.egui_wants_keyboard_input() || self.screen == Screen::Editor {
            return;
        }
        if self.nav.blank.is_some() && self.screen == Screen::Slides {
            if ctx.input(|i| actions::any_key_pressed(&i.events)) {
                self.nav.blank = None;
            }
            return;
        }
        let screens = self.screens();
        for command in ctx.input(|i| actions::commands(&i.events, screens)) {
            self.apply(ctx, command);
        }
    }

    /// Applies one command from a key, a clicker or a button.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        if self.nav.apply(command) {
            if matches!(command, Command::Next | Command::Jump) {
                self.started.get_or_insert_with(Instant::now);
            }
            return;
        }
        match command {
            Command::ToggleFullscreen => self.set_fullscreen(ctx, !self.fullscreen),
            Command::Escape => self.set_fullscreen(ctx, false),
            Command::CycleLanguage => {
                let declared = self.doc.loaded().and_then(|l| l.briefing.as_ref()).map(|b| b.languages.clone());
                if let Some(declared) = &declared {
                    self.settings.language_chosen_for.clone_from(declared);
                }
                // A briefing in one language still has the standard words in every one.
                let languages = declared.filter(|l| l.len() > 1).unwrap_or_else(|| Lang::ALL.to_vec());
                self.settings.language = self.settings.language.next(&languages);
                let place = self.current_slide().map(|s| (s.kind.clone(), 1));
                self.rebuild_deck(place);
            }
            Command::ToggleTheme => self.settings.theme = self.settings.theme.toggled(),
            Command::TogglePresenterView => {
                self.view = if self.view == View::Audience { View::Presenter } else { View::Audience };
            }
            Command::TogglePresenterWindow => self.presenter_window = !self.presenter_window,
            Command::Reload => self.reload(),
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
            Command::ToggleAttendance => {
                self.screen = if self.screen == Screen::Slides { Screen::Attendance } else { Screen::Slides };
            }
            _ => {}
        }
    }

    pub(crate) fn set_fullscreen(&mut self, ctx: &egui::Context, on: bool) {
        self.fullscreen = on;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    /// One position, the one a typed slide number jumps to, and the scene it is in:
    /// "Slide 10 of 20 · Scene 52", in the deck's (first) language. (Three counters,
    /// scene, slide and part, were more than anyone reads from across a room.)
    pub fn status_line(&self) -> String {
        let Some(slide) = self.current_slide() else { return String::new() };
        let lang = self.settings.language.first();
        let (n, total) = ((self.nav.current() + 1).to_string(), self.slides.len().to_string());
        let position = StaticText::new("slide.slide_n_of").fill(lang, &[("n", &n), ("total", &total)]);
        match &slide.kind {
            SlideKind::Scene { number, .. } => {
                format!("{position} · {} {number}", StaticText::new("slide.scene").get(lang))
            }
            _ => position,
        }
    }

    /// The local time on set, from the briefing's UTC offset (the laptop may be set to
    /// another zone).
    pub fn clock(&self) -> String {
        match self.doc.loaded().and_then(|l| l.briefing.as_ref()) {
            Some(b) => setbrief_core::time::SetTime::now(b.utc_offset).clock(),
            None => String::new(),
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
