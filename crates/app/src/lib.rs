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
mod following;
pub mod kiosk;
mod menu;
pub mod open_by_path;
pub mod opening;
pub mod presenting;
mod production_log;
mod quitting;
mod settings;
pub mod slides;
pub mod theme;
pub mod widgets;
pub mod words;

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::time::Instant;

use egui::{Ui, ViewportCommand};
use setbrief_core::attendance::{DayError, DayGuard, SharedDay};
use setbrief_core::briefing::Lang;
use setbrief_core::deck::Slide;
use setbrief_core::present::Navigator;

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

pub struct SetbriefApp {
    pub settings: Settings,
    pub screen: Screen,
    pub data_dir: PathBuf,
    /// The day's attendance, opened when the briefing can be presented. Shared with
    /// the phone server while phones may sign.
    pub day: Option<Result<SharedDay, DayError>>,
    pub attendance: attendance::AttendanceUi,
    pub doc: Document,
    pub slides: Vec<Slide>,
    pub nav: Navigator,
    pub view: View,
    pub presenter_window: bool,
    pub fullscreen: bool,
    /// The 1st AD has seen this file's warnings and chose to present.
    pub warnings_acknowledged: bool,
    /// How far the last slide drawn ran past the bottom, in points; pagination keeps it 0.
    pub last_overflow: f32,
    /// A short message for the 1st AD ("Reloaded", "File changed on disk").
    pub notice: Option<String>,
    /// When the first slide was moved past: the presenter's elapsed time.
    started: Option<Instant>,
    window_title: String,
    /// The theme last put into egui's style.
    applied_theme: Option<ThemeKind>,
    /// Set by `--exit-after-first-frame`: report the start-up time and close.
    pub exit_after_first_frame: Option<Instant>,
    open_dialog: Option<Receiver<Option<PathBuf>>>,
    last_poll: Instant,
    kiosk: kiosk::Kiosk,
    quitting: quitting::Quitting,
    following: following::Following,
    log: production_log::LogView,
    /// The context whose fonts the deck is measured with, from the first frame on.
    fonts: Option<egui::Context>,
    /// The briefing changed on disk under an open session: the 1st AD is asked.
    pub file_changed: bool,
    /// When the file dialog was asked for: one back at once with nothing never opened.
    dialog_asked: Instant,
    /// The "Open by path" window, when open.
    pub typed_open: Option<open_by_path::OpenByPath>,
    /// The briefing editor, while the 1st AD prepares a day.
    pub editor: Option<editor::Editor>,
}

impl SetbriefApp {
    pub fn new(path: &Path, data_dir: &Path, settings: Settings) -> Self {
        let mut app = Self {
            settings,
            screen: Screen::Slides,
            data_dir: data_dir.to_owned(),
            day: None,
            attendance: attendance::AttendanceUi::default(),
            doc: Document::open(path),
            slides: Vec::new(),
            nav: Navigator::new(0),
            view: View::Audience,
            presenter_window: false,
            fullscreen: false,
            warnings_acknowledged: false,
            last_overflow: 0.0,
            notice: None,
            started: None,
            window_title: String::new(),
            applied_theme: None,
            exit_after_first_frame: None,
            open_dialog: None,
            last_poll: Instant::now(),
            kiosk: kiosk::Kiosk::default(),
            quitting: quitting::Quitting::default(),
            following: following::Following::default(),
            log: production_log::LogView::default(),
            fonts: None,
            file_changed: false,
            dialog_asked: Instant::now(),
            typed_open: None,
            editor: None,
        };
        app.fit_language_to_briefing();
        app.rebuild_deck(None);
        app.open_day();
        app.resume_day();
        app.settings.remember(path);
        app
    }

    /// The open day, locked for one frame's look or one record; `None` when the
    /// briefing cannot be presented or its day could not be opened.
    pub fn day(&self) -> Option<DayGuard<'_>> {
        match &self.day {
            Some(Ok(day)) => Some(day.lock()),
            _ => None,
        }
    }

    /// The whole UI of the main window; also what the UI tests drive.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        words::set_program_language(&ctx, self.settings.program_language.unwrap_or(Lang::En));
        if self.applied_theme != Some(self.settings.theme) {
            theme::apply(&ctx, self.settings.theme);
            self.applied_theme = Some(self.settings.theme);
        }
        if self.fonts.is_none() {
            // The first frame: the window opened at 1280x720 before its monitor was
            // known; on a smaller screen it would overhang it.
            let fitted = theme::window_size_within(&ctx, egui::vec2(1280.0, 720.0));
            if fitted != egui::vec2(1280.0, 720.0) && !self.fullscreen {
                ctx.send_viewport_cmd(ViewportCommand::InnerSize(fitted));
            }
            self.fonts = Some(ctx.clone());
            let place = self.place();
            self.rebuild_deck(place);
        }
        if self.attendance.locked {
            self.locked_ui(ui);
            self.publish_to_phones();
            return;
        }
        self.poll(&ctx);
        self.edit_shortcut(&ctx);
        self.handle_keys(&ctx);
        if !self.fullscreen {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        }
        // The question is the 1st AD's: on the presenter window when one is open, never
        // over the slides the crew is reading.
        if !(self.presenter_window && self.screen == Screen::Slides && self.view == View::Audience) {
            self.changed_file_banner(ui);
        }
        match self.screen {
            Screen::Attendance => self.attendance_screen(ui),
            Screen::Editor => self.editor_screen(ui),
            Screen::Slides => {
                egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| self.slides_screen(ui));
            }
        }
        if self.log.open {
            self.production_log_window(&ctx);
        }
        self.ask_before_quitting(ui);
        if self.presenter_window && self.can_present() {
            self.presenter_window(&ctx);
        }
        // After this frame's keys and clicks (the presenter window's too), so a slide
        // change reaches the phones in the frame it is made.
        self.publish_to_phones();
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.doc.loaded().and_then(|l| l.briefing.as_ref()) {
            Some(b) => self.say_with("window.title", &[("production", &b.production), ("day", &b.day.to_string())]),
            None => format!("setbrief: {}", self.doc.display_name()),
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
        self.stop_day();
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
