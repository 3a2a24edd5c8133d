//! The egui app: a thin layer over the core. It reads briefings through
//! [`setbrief_core::briefing`], builds slides with [`setbrief_core::deck`] and turns every key and
//! button into a [`Command`].

pub mod attendance_view;
mod document;
pub mod keys;
mod pictogram;
mod presenter;
mod signature_pad;
pub mod slide_view;
pub mod theme;

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use egui::{Align, Color32, Layout, RichText, Ui, ViewportCommand};
use serde::{Deserialize, Serialize};

use setbrief_core::attendance::{Day, DayError};
use setbrief_core::briefing::diagnostic::count;
use setbrief_core::briefing::text::LanguageMode;
use setbrief_core::deck::{self, Budget, Slide, SlideKind};
use setbrief_core::present::{Blank, Command, Navigator};

pub use document::{Document, Opened};
use theme::{ThemeKind, TypeScale};

const RECENT_MAX: usize = 8;

/// Preferences kept between runs (eframe persistence).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub theme: ThemeKind,
    pub language: LanguageMode,
}

impl Default for Settings {
    fn default() -> Self {
        Self { recent: Vec::new(), theme: ThemeKind::Daylight, language: LanguageMode::default() }
    }
}

/// The two halves of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Slides,
    Attendance,
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
    /// The day's attendance, opened when the briefing can be presented.
    pub day: Option<Result<Day, DayError>>,
    pub attendance: attendance_view::AttendanceUi,
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
    started: Option<Instant>,
    window_title: String,
    /// Set by `--exit-after-first-frame`: report the start-up time and close.
    pub exit_after_first_frame: Option<Instant>,
    open_dialog: Option<Receiver<Option<PathBuf>>>,
    last_poll: Instant,
    /// When sign-in mode last asked for full screen.
    fullscreen_asked: Instant,
}

impl SetbriefApp {
    pub fn new(path: &Path, data_dir: &Path, settings: Settings) -> Self {
        let mut app = Self {
            settings,
            screen: Screen::Slides,
            data_dir: data_dir.to_owned(),
            day: None,
            attendance: attendance_view::AttendanceUi::default(),
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
            exit_after_first_frame: None,
            open_dialog: None,
            last_poll: Instant::now(),
            fullscreen_asked: Instant::now(),
        };
        app.rebuild_deck(None);
        app.open_day();
        app.remember(path);
        app
    }

    /// Opens (or resumes) the day's attendance for the current briefing.
    fn open_day(&mut self) {
        let same = matches!(
            (&self.day, self.doc.loaded()),
            (Some(Ok(day)), Some(l)) if day.briefing_sha256 == setbrief_core::attendance::journal::sha256_hex(&l.bytes)
        );
        if same {
            return;
        }
        // The old day's lock goes first: a reloaded briefing of the same day reopens it.
        self.day = None;
        self.day = self.doc.loaded().filter(|l| l.presentable().is_some()).map(|l| Day::open(&self.data_dir, l));
    }

    /// Shows the day that another copy of setbrief writes, without writing to it.
    pub fn open_day_read_only(&mut self) {
        self.day = self.doc.loaded().map(|l| Day::open_read_only(&self.data_dir, l));
    }

    /// Opens another briefing in place of this one.
    pub fn open(&mut self, path: &Path) {
        self.doc = Document::open(path);
        self.warnings_acknowledged = false;
        self.nav = Navigator::new(0);
        self.started = None;
        self.rebuild_deck(None);
        self.attendance = attendance_view::AttendanceUi::default();
        self.open_day();
        self.remember(path);
    }

    /// Re-reads the file, keeping the place in the deck where that slide still exists.
    pub fn reload(&mut self) {
        let place = self.current_slide().map(|s| (s.kind.clone(), s.part));
        let had_warnings_ok = self.warnings_acknowledged;
        self.doc = Document::open(&self.doc.path.clone());
        self.warnings_acknowledged = had_warnings_ok;
        self.rebuild_deck(place);
        if !self.attendance.locked {
            self.open_day();
        }
        self.notice = Some(format!("Reloaded {}", self.doc.display_name()));
    }

    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.settings.recent.retain(|p| *p != path);
        self.settings.recent.insert(0, path);
        self.settings.recent.truncate(RECENT_MAX);
    }

    fn rebuild_deck(&mut self, keep: Option<(SlideKind, usize)>) {
        self.slides = match self.doc.loaded().and_then(|l| l.briefing.as_ref()) {
            Some(b) => deck::build(b, self.settings.language, Budget::READABLE_720P),
            None => Vec::new(),
        };
        self.nav.set_len(self.slides.len());
        if let Some((kind, part)) = keep {
            let same_kind: Vec<usize> =
                self.slides.iter().enumerate().filter(|(_, s)| s.kind == kind).map(|(i, _)| i).collect();
            if let Some(&first) = same_kind.first() {
                let index = same_kind.iter().copied().find(|&i| self.slides[i].part == part).unwrap_or(first);
                self.nav.go_to(index);
            }
        }
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
                self.settings.language = self.settings.language.next();
                let place = self.current_slide().map(|s| (s.kind.clone(), 1));
                self.rebuild_deck(place);
            }
            Command::ToggleTheme => self.settings.theme = self.settings.theme.toggled(),
            Command::TogglePresenterView => {
                self.view = if self.view == View::Audience { View::Presenter } else { View::Audience };
            }
            Command::TogglePresenterWindow => self.presenter_window = !self.presenter_window,
            Command::Reload => self.reload(),
            Command::ToggleAttendance => {
                self.screen = if self.screen == Screen::Slides { Screen::Attendance } else { Screen::Slides };
            }
            _ => {}
        }
    }

    fn set_fullscreen(&mut self, ctx: &egui::Context, on: bool) {
        self.fullscreen = on;
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
    }

    /// The whole UI of the main window; also what the UI tests drive.
    pub fn ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.attendance.locked {
            self.locked_ui(ui);
            return;
        }
        self.poll(&ctx);
        // Keys typed into a text field (a name search) are text, not commands.
        let commands =
            if ctx.egui_wants_keyboard_input() { Vec::new() } else { ctx.input(|i| keys::commands(&i.events)) };
        for command in commands {
            let slides_only = self.screen == Screen::Slides && !self.can_present();
            if !slides_only || matches!(command, Command::Reload | Command::ToggleFullscreen | Command::Escape) {
                if self.screen == Screen::Attendance
                    && !matches!(
                        command,
                        Command::ToggleAttendance | Command::ToggleFullscreen | Command::Escape | Command::Reload
                    )
                {
                    continue;
                }
                self.apply(&ctx, command);
            }
        }
        ctx.set_visuals(if self.settings.theme == ThemeKind::Night {
            egui::Visuals::dark()
        } else {
            egui::Visuals::light()
        });
        if !self.fullscreen {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        }
        if self.screen == Screen::Attendance {
            self.attendance_screen(ui);
        } else {
            egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| self.slides_screen(ui));
        }
        if self.presenter_window && self.can_present() {
            self.presenter_window(&ctx);
        }
        self.update_title(&ctx);
    }

    fn slides_screen(&mut self, ui: &mut Ui) {
        {
            if !self.can_present() {
                self.diagnostics_view(ui);
            } else if self.view == View::Presenter {
                presenter::show(ui, self);
            } else {
                self.audience_view(ui);
            }
        }
    }

    fn attendance_screen(&mut self, ui: &mut Ui) {
        let Some(day) = self.day.as_mut() else {
            egui::CentralPanel::default().show(ui, |ui| {
                ui.heading("Attendance opens once the briefing has no errors.");
            });
            return;
        };
        let day = match day {
            Ok(day) => day,
            Err(e) => {
                let message = e.to_string();
                let elsewhere = matches!(e, DayError::OpenElsewhere { .. });
                let mut read_only = false;
                egui::CentralPanel::default().show(ui, |ui| {
                    ui.heading("The day's attendance cannot be opened here");
                    ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                    if elsewhere {
                        ui.label(
                            "Only one window can write a day, so no record is lost or forked. You can watch it here.",
                        );
                        read_only = ui.button("Open read-only").clicked();
                    }
                });
                if read_only {
                    self.open_day_read_only();
                }
                return;
            }
        };
        let data_dir = self.data_dir.clone();
        egui::Panel::left("console").resizable(true).default_size(560.0).show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| self.attendance.console(ui, day, &data_dir));
        });
        egui::CentralPanel::default().show(ui, |ui| self.attendance.crew(ui, day));
    }

    /// Sign-in mode for the crew: full screen, nothing but signing, until the PIN.
    fn locked_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        }
        // Back to full screen if anything took the window out of it; asked at most once a
        // second, so a window manager that refuses does not make every frame repaint.
        let left_fullscreen = ctx.input(|i| i.viewport().fullscreen == Some(false));
        if !self.fullscreen || (left_fullscreen && self.fullscreen_asked.elapsed() >= Duration::from_secs(1)) {
            self.fullscreen = true;
            self.fullscreen_asked = Instant::now();
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
        }
        let Some(Ok(day)) = self.day.as_mut() else {
            self.attendance.locked = false;
            return;
        };
        let mut unlocked = false;
        egui::Panel::bottom("unlock").show(ui, |ui| unlocked = self.attendance.unlock(ui, day));
        egui::CentralPanel::default().show(ui, |ui| self.attendance.crew(ui, day));
        if unlocked {
            self.attendance.locked = false;
            self.attendance.message = None;
            self.set_fullscreen(&ctx, false);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.doc.loaded().and_then(|l| l.briefing.as_ref()) {
            Some(b) => format!("setbrief: {} day {}", b.production, b.day),
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

    /// Reloads when the file changed on disk, and picks up a file chosen in the dialog.
    fn poll(&mut self, ctx: &egui::Context) {
        if let Some(rx) = &self.open_dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    self.open_dialog = None;
                    self.open(&path);
                }
                Ok(None) | Err(TryRecvError::Disconnected) => self.open_dialog = None,
                Err(TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(100)),
            }
        }
        if self.last_poll.elapsed() >= Duration::from_secs(1) {
            self.last_poll = Instant::now();
            if self.doc.changed_on_disk() {
                self.reload();
                self.notice = Some(format!("{} changed on disk: reloaded", self.doc.display_name()));
            }
            if let Some(Ok(day)) = &mut self.day {
                // A read-only window follows what the writing window records.
                day.refresh();
            }
        }
        // The clock, the timer and the file watch need a frame now and then.
        ctx.request_repaint_after(Duration::from_secs(1));
    }

    fn show_open_dialog(&mut self) {
        let (tx, rx) = std::sync::mpsc::channel();
        let start = self.doc.path.parent().map(Path::to_owned);
        // rfd blocks while the dialog is open; a worker keeps the window painting.
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter("Briefing (RON)", &["ron"]).set_title("Open a briefing");
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            let _ = tx.send(dialog.pick_file());
        });
        self.open_dialog = Some(rx);
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open…").clicked() {
                    self.show_open_dialog();
                }
                if ui.button("Reload (F5)").clicked() {
                    self.reload();
                }
                ui.menu_button("Open recent", |ui| {
                    let recent = self.settings.recent.clone();
                    if recent.is_empty() {
                        ui.label("Nothing yet");
                    }
                    for path in recent {
                        if ui.button(path.display().to_string()).clicked() {
                            self.open(&path);
                        }
                    }
                });
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(ViewportCommand::Close);
                }
            });
            ui.menu_button("View", |ui| {
                let present = self.can_present();
                for (label, command) in [
                    ("Full screen (F)", Command::ToggleFullscreen),
                    ("Presenter view in this window (S)", Command::TogglePresenterView),
                    ("Presenter window (V)", Command::TogglePresenterWindow),
                    ("Daylight / night theme (T)", Command::ToggleTheme),
                    ("Language (L)", Command::CycleLanguage),
                    ("Key map (?)", Command::Help),
                    ("Attendance (A)", Command::ToggleAttendance),
                ] {
                    if ui.add_enabled(present, egui::Button::new(label)).clicked() {
                        self.apply(&ctx, command);
                    }
                }
            });
            ui.separator();
            ui.label(format!(
                "{} · {} · {}",
                self.doc.display_name(),
                self.settings.theme.label(),
                self.settings.language.label()
            ));
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice.as_str());
            }
        });
    }

    fn audience_view(&mut self, ui: &mut Ui) {
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
            self.last_overflow = slide_view::show(ui, slide_rect, slide, style);
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
            help_overlay(ui, scale);
        }
        if !self.nav.typed().is_empty() {
            egui::Area::new(egui::Id::unique("setbrief-jump"))
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ui.ctx(), |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.label(RichText::new(format!("Go to slide {}", self.nav.typed())).font(scale.heading()));
                    });
                });
        }
    }

    /// Large previous/next buttons for touchscreens, at the bottom corners.
    fn nav_buttons(&mut self, ui: &mut Ui, scale: TypeScale) {
        let ctx = ui.ctx().clone();
        let size = egui::vec2(scale.status().size * 4.0, scale.status().size * 1.6);
        let prev = ui.add(egui::Button::new(RichText::new("‹ Previous").font(scale.status())).min_size(size));
        if prev.clicked() {
            self.apply(&ctx, Command::Previous);
        }
        let next = ui.add(egui::Button::new(RichText::new("Next ›").font(scale.status())).min_size(size));
        if next.clicked() {
            self.apply(&ctx, Command::Next);
        }
    }

    /// "Scene 2 of 3 · Slide 9 of 16" (and the part of a split slide).
    pub fn status_line(&self) -> String {
        let Some(slide) = self.current_slide() else { return String::new() };
        let scenes = self.slides.iter().filter_map(|s| match s.kind {
            SlideKind::Scene { index, .. } => Some(index),
            _ => None,
        });
        let scene_count = scenes.max().map_or(0, |m| m + 1);
        let mut parts = Vec::new();
        if let SlideKind::Scene { index, number } = &slide.kind {
            parts.push(format!("Scene {number} ({} of {scene_count})", index + 1));
        }
        parts.push(format!("Slide {} of {}", self.nav.current() + 1, self.slides.len()));
        if slide.parts > 1 {
            parts.push(format!("part {} of {}", slide.part, slide.parts));
        }
        parts.join(" · ")
    }

    /// The local time on set, from the briefing's UTC offset (the laptop may be set to
    /// another zone).
    pub fn clock(&self) -> String {
        let offset = self.doc.loaded().and_then(|l| l.briefing.as_ref()).map_or(0, |b| b.utc_offset.minutes());
        let now = jiff::Timestamp::now();
        let tz = jiff::tz::Offset::from_seconds(offset * 60).unwrap_or(jiff::tz::Offset::UTC);
        now.to_zoned(tz.to_time_zone()).strftime("%H:%M").to_string()
    }

    pub fn elapsed(&self) -> Duration {
        self.started.map_or(Duration::ZERO, |s| s.elapsed())
    }

    fn diagnostics_view(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let scale = TypeScale::for_size(ui.max_rect().width(), ui.max_rect().height()).scale.max(0.8);
        ui.painter().rect_filled(ui.max_rect(), 0.0, ui.visuals().panel_fill);
        egui::Frame::new().inner_margin(24.0).show(ui, |ui| {
            let name = self.doc.path.display().to_string();
            match &self.doc.opened {
                Opened::Unreadable(message) => {
                    ui.heading(RichText::new("This briefing cannot be opened").size(30.0 * scale).strong());
                    ui.label(RichText::new(message.as_str()).size(20.0 * scale));
                }
                Opened::Read(loaded) => {
                    let (errors, warnings) = count(&loaded.diagnostics);
                    let heading = if loaded.briefing.is_none() {
                        "This briefing file cannot be read: fix it and reload (F5)".to_owned()
                    } else if errors > 0 {
                        format!("{errors} error(s) must be fixed before presenting")
                    } else {
                        format!("{warnings} warning(s): read them before presenting")
                    };
                    ui.heading(RichText::new(heading).size(30.0 * scale).strong());
                    ui.label(RichText::new(&name).size(18.0 * scale));
                    ui.add_space(12.0);
                    egui::ScrollArea::vertical().max_height(ui.available_height() - 80.0).show(ui, |ui| {
                        for d in &loaded.diagnostics {
                            let color = if d.is_error() {
                                Color32::from_rgb(0xA5, 0x00, 0x1E)
                            } else {
                                ui.visuals().text_color()
                            };
                            ui.label(RichText::new(d.render(&name)).monospace().size(17.0 * scale).color(color));
                            ui.add_space(6.0);
                        }
                    });
                }
            }
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui.button(RichText::new("Reload (F5)").size(20.0 * scale)).clicked() {
                    self.reload();
                }
                if ui.button(RichText::new("Open another briefing…").size(20.0 * scale)).clicked() {
                    self.show_open_dialog();
                }
                let warnings_only = self.doc.loaded().is_some_and(|l| l.briefing.is_some() && !l.has_errors());
                if warnings_only
                    && ui.button(RichText::new("I have read the warnings: present").size(20.0 * scale)).clicked()
                {
                    self.warnings_acknowledged = true;
                    ctx.request_repaint();
                }
            });
        });
    }

    fn presenter_window(&mut self, ctx: &egui::Context) {
        let id = egui::ViewportId::from_hash_of("setbrief-presenter");
        let builder =
            egui::ViewportBuilder::default().with_title("setbrief: presenter").with_inner_size([1280.0, 800.0]);
        ctx.show_viewport_immediate(id, builder, |ui, _class| {
            let commands = ui.ctx().input(|i| keys::commands(&i.events));
            for command in commands {
                self.apply(ui.ctx(), command);
            }
            egui::CentralPanel::default().frame(egui::Frame::new()).show(ui, |ui| presenter::show(ui, self));
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                self.presenter_window = false;
            }
        });
    }
}

fn help_overlay(ui: &mut Ui, scale: TypeScale) {
    egui::Area::new(egui::Id::unique("setbrief-key-map")).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(
        ui.ctx(),
        |ui| {
            egui::Frame::popup(ui.style()).inner_margin(20.0).show(ui, |ui| {
                ui.label(RichText::new("Keys").font(scale.heading()));
                egui::Grid::new("keys").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
                    for (keys, action) in keys::KEY_MAP {
                        ui.label(RichText::new(*keys).font(scale.small()).strong());
                        ui.label(RichText::new(*action).font(scale.small()));
                        ui.end_row();
                    }
                });
            });
        },
    );
}

impl eframe::App for SetbriefApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        SetbriefApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Opens the window on the briefing at `path` and returns when it closes.
pub fn run(path: PathBuf, data_dir: PathBuf, exit_after_first_frame: bool) -> Result<(), eframe::Error> {
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
            let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            let mut app = SetbriefApp::new(&path, &data_dir, settings);
            if exit_after_first_frame {
                app.exit_after_first_frame = Some(process_start);
            }
            Ok(Box::new(app))
        }),
    )
}
