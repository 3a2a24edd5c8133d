//! setbrief's egui screens: a thin layer over [`setbrief_core`]. The app reads
//! briefings and records sign-ins only through the core; every key, clicker button
//! and on-screen button becomes a [`Command`](setbrief_core::present::Command) from the one [`actions`] table.
//!
//! - [`opening`]: the briefing file and the day it opens (and watching the file);
//! - [`presenting`]: the deck, where we are in it, and applying commands;
//! - [`slides`]: the audience and presenter views, diagnostics, the key map;
//! - [`attendance`]: the 1st AD's console and the crew's sign-in;
//! - [`kiosk`]: sign-in mode, where the crew have the laptop;
//! - [`editor`]: forms that write the briefing file;
//! - the menu bar, [`theme`], [`widgets`].

pub mod actions;
pub mod attendance;
mod document;
pub mod editor;
mod editor_screen;
mod file_dialog;
mod following;
pub mod kiosk;
mod menu;
pub mod open_by_path;
pub mod opening;
pub mod presenting;
mod production_log;
mod quitting;
pub mod request;
mod routing;
mod settings;
pub mod slides;
pub mod theme;
pub mod widgets;
pub mod words;

use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::{Ui, ViewportCommand};
use setbrief_core::briefing::Lang;

pub use document::{Document, Opened};
pub use settings::Settings;
use theme::ThemeKind;

/// The two halves of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Slides,
    Attendance,
    Editor,
}

/// What this window shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Audience,
    Presenter,
}

/// The top level: which screen is showing, and the screens and panels, each owning
/// its state.
///
/// It draws the one showing and routes what they ask for
/// ([`request::Request`], in `routing`); no screen reaches into another.
pub struct SetbriefApp {
    pub settings: Settings,
    pub screen: Screen,
    /// The briefing file and its day.
    pub briefing: opening::OpenBriefing,
    /// The slides and where the presenter is in them.
    pub deck: presenting::Deck,
    /// The 1st AD's console and the crew's sign-in.
    pub attendance: attendance::AttendanceUi,
    /// The briefing editor, while the 1st AD prepares a day.
    pub editor: Option<editor::Editor>,
    /// The "Open by path" window, when open.
    pub typed_open: Option<open_by_path::OpenByPath>,
    pub fullscreen: bool,
    /// A short message for the 1st AD ("Reloaded", "File changed on disk").
    pub notice: Option<String>,
    /// Set by `--exit-after-first-frame`: report the start-up time and close.
    pub exit_after_first_frame: Option<Instant>,
    window_title: String,
    /// The theme last put into egui's style.
    applied_theme: Option<ThemeKind>,
    file_dialog: Option<file_dialog::FileDialog>,
    last_poll: Instant,
    kiosk: kiosk::Kiosk,
    quitting: quitting::Quitting,
    following: following::Following,
    log: production_log::LogView,
}

impl SetbriefApp {
    pub fn new(path: &Path, data_dir: &Path, settings: Settings) -> Self {
        let briefing = opening::OpenBriefing::read(path, data_dir);
        let mut app = Self {
            deck: presenting::Deck::new(None, settings.language),
            settings,
            screen: Screen::Slides,
            briefing,
            attendance: attendance::AttendanceUi::default(),
            editor: None,
            typed_open: None,
            fullscreen: false,
            notice: None,
            exit_after_first_frame: None,
            window_title: String::new(),
            applied_theme: None,
            file_dialog: None,
            last_poll: Instant::now(),
            kiosk: kiosk::Kiosk::default(),
            quitting: quitting::Quitting::default(),
            following: following::Following::default(),
            log: production_log::LogView::default(),
        };
        app.fit_language_to_briefing();
        app.rebuild_deck(None);
        app.open_day();
        app.resume_day();
        app.settings.remember(path);
        app
    }

    /// The whole UI of the main window; also what the UI tests drive.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        words::set_program_language(&ctx, self.settings.program_language.unwrap_or(Lang::En));
        if self.applied_theme != Some(self.settings.theme) {
            theme::apply(&ctx, self.settings.theme);
            self.applied_theme = Some(self.settings.theme);
        }
        if !self.deck.is_measured() {
            // The first frame: the window opened at 1280x720 before its monitor was
            // known; on a smaller screen it would overhang it.
            let fitted = theme::window_size_within(&ctx, egui::vec2(1280.0, 720.0));
            if fitted != egui::vec2(1280.0, 720.0) && !self.fullscreen {
                ctx.send_viewport_cmd(ViewportCommand::InnerSize(fitted));
            }
            self.deck.measure_with(&ctx, self.briefing.briefing());
        }
        if self.attendance.locked {
            self.kiosk.ui(ui, &mut self.attendance, &self.briefing, &mut self.fullscreen);
            self.publish_to_phones();
            return;
        }
        self.poll(&ctx);
        if editor_screen::shortcut_pressed(&ctx, self.screen) {
            self.edit_briefing();
        }
        if !self.quitting.is_asking() {
            let screens = self.screens();
            for command in presenting::typed_commands(&ctx, &mut self.deck, self.screen, screens) {
                self.apply(&ctx, command);
            }
        }
        let mut requests = Vec::new();
        if !self.fullscreen {
            let bar = menu::MenuBar {
                settings: &self.settings,
                file: self.briefing.doc.display_name(),
                notice: self.notice.as_deref(),
                here: self.screens(),
            };
            egui::Panel::top("menu").show(ui, |ui| requests.extend(bar.show(ui)));
        }
        // The question is the 1st AD's: on the presenter window when one is open, never
        // over the slides the crew is reading.
        let crew_reading =
            self.deck.presenter_window && self.screen == Screen::Slides && self.deck.view == View::Audience;
        if self.briefing.file_changed && !crew_reading {
            let choice = opening::changed_file_banner(ui, &self.briefing.doc.display_name());
            requests.extend(choice.map(request::Request::FileChanged));
        }
        match self.screen {
            Screen::Attendance => self.attendance.screen(ui, &mut self.briefing),
            Screen::Editor => self.editor_screen(ui),
            Screen::Slides => requests.extend(self.slides_screen(ui)),
        }
        self.log.window(&ctx);
        let editor_asks =
            self.screen == Screen::Editor && self.editor.as_ref().is_some_and(editor::Editor::has_unsaved_changes);
        self.quitting.ui(ui, &self.briefing, self.attendance.phones.is_on(), editor_asks);
        if self.deck.presenter_window && self.briefing.can_present() {
            requests.extend(self.presenter_window(&ctx));
        }
        for request in requests {
            self.route(&ctx, request);
        }
        // After this frame's keys and clicks (the presenter window's too), so a slide
        // change reaches the phones in the frame it is made.
        self.publish_to_phones();
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.briefing.briefing() {
            Some(b) => self.say_with("window.title", &[("production", &b.production), ("day", &b.day.to_string())]),
            None => format!("setbrief: {}", self.briefing.doc.display_name()),
        };
        if let Some(start) = self.exit_after_first_frame.take() {
            println!("first frame after {:.1} ms", start.elapsed().as_secs_f64() * 1000.0);
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        if self.window_title != title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

impl eframe::App for SetbriefApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        Self::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.briefing.stop_day();
    }
}

/// How the window is opened, from the command line.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub path: PathBuf,
    pub data_dir: PathBuf,
    /// Report the start-up time and close after the first frame.
    pub exit_after_first_frame: bool,
    /// Where phone sign-in listens, when not on every network.
    pub phone_bind: Option<std::net::IpAddr>,
    /// Open in the briefing editor rather than on the slides.
    pub edit: bool,
}

/// Opens the window on the briefing at `options.path` and returns when it closes.
pub fn run(options: RunOptions) -> Result<(), eframe::Error> {
    let RunOptions { path, data_dir, exit_after_first_frame, phone_bind, edit } = options;
    let process_start = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("setbrief")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([800.0, 450.0]),
        ..Default::default()
    };
    eframe::run_native(
        "setbrief",
        options,
        Box::new(move |cc| {
            theme::install_fonts(&cc.egui_ctx);
            let mut settings: Settings =
                cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            // A first start speaks the system's language; a choice in the menu sticks.
            settings.program_language = settings.program_language.or_else(words::system_language);
            let mut app = SetbriefApp::new(&path, &data_dir, settings);
            if edit {
                app.edit_briefing();
            }
            if let Some(bind) = phone_bind {
                app.attendance.phones.bind = bind;
            }
            if exit_after_first_frame {
                app.exit_after_first_frame = Some(process_start);
            }
            Ok(Box::new(app))
        }),
    )
}
