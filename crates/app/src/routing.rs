//! The top level's routing: what a request or a command from any screen does to the
//! app as a whole (another file, another screen, the deck rebuilt), and which screen
//! is given what to draw. The screens' own state and drawing live in their modules.

use std::path::Path;
use std::time::{Duration, Instant};

use setbrief_core::briefing::Lang;
use setbrief_core::deck::SlideKind;
use setbrief_core::language::Words;
use setbrief_core::present::Command;

use crate::actions::Screens;
use crate::attendance::AttendanceUi;
use crate::editor::Outcome;
use crate::file_dialog::{Answer, FileDialog};
use crate::opening::{FileChoice, OpenBriefing};
use crate::request::Request;
use crate::slides::Around;
use crate::{Screen, SetbriefApp, editor_screen, open_by_path, slides};

impl SetbriefApp {
    /// Which set of actions works on what this window shows now.
    pub fn screens(&self) -> Screens {
        match self.screen {
            Screen::Attendance => Screens::ATTENDANCE,
            Screen::Editor => Screens::EDITING,
            Screen::Slides if self.can_present() => Screens::PRESENTING,
            Screen::Slides => Screens::DIAGNOSTICS,
        }
    }

    /// Errors block presenting; unacknowledged warnings hold it until the 1st AD has seen them.
    pub fn can_present(&self) -> bool {
        self.briefing.can_present()
    }

    /// Applies one command from a key, a clicker or a button.
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        if self.deck.apply(command) {
            return;
        }
        match command {
            Command::ToggleFullscreen => self.set_fullscreen(ctx, !self.fullscreen),
            Command::Escape => self.set_fullscreen(ctx, false),
            Command::CycleLanguage => {
                let declared = self.briefing.briefing().map(|b| b.languages.clone());
                if let Some(declared) = &declared {
                    self.settings.language_chosen_for.clone_from(declared);
                }
                // A briefing in one language still has the standard words in every one.
                let languages = declared.filter(|l| l.len() > 1).unwrap_or_else(|| Lang::ALL.to_vec());
                self.settings.language = self.settings.language.next(&languages);
                let place = self.deck.current_slide().map(|s| (s.kind.clone(), 1));
                self.rebuild_deck(place);
            }
            Command::ToggleTheme => self.settings.theme = self.settings.theme.toggled(),
            Command::Reload => self.reload(),
            Command::ToggleAttendance => {
                self.screen = if self.screen == Screen::Slides { Screen::Attendance } else { Screen::Slides };
            }
            _ => {}
        }
    }

    /// Does what a screen asked for.
    pub(crate) fn route(&mut self, ctx: &egui::Context, request: Request) {
        match request {
            Request::Command(command) => self.apply(ctx, command),
            Request::ChooseFile => self.choose_file(),
            Request::TypePath(reason) => self.open_by_path(reason),
            Request::Open(path) => self.open(&path),
            Request::ProductionLog => self.show_production_log(),
            Request::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Request::EditBriefing => self.edit_briefing(),
            Request::NewDay => {
                self.edit_briefing();
                if let Some(editor) = &mut self.editor {
                    editor.start_new_day();
                }
            }
            Request::NewBriefing => {
                self.editor =
                    Some(crate::editor::Editor::blank(&editor_screen::new_briefing_path(&self.briefing.doc.path)));
                self.screen = Screen::Editor;
            }
            Request::ReadWarnings => {
                self.briefing.warnings_acknowledged = true;
                ctx.request_repaint();
            }
            Request::ProgramLanguage(lang) => {
                self.settings.program_language = Some(lang);
                crate::words::set_program_language(ctx, lang);
            }
            Request::FileChanged(choice) => self.file_changed(choice),
        }
    }

    pub(crate) fn set_fullscreen(&mut self, ctx: &egui::Context, on: bool) {
        self.fullscreen = on;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    }

    /// Opens another briefing in place of this one.
    pub fn open(&mut self, path: &Path) {
        self.briefing = OpenBriefing::read(path, &self.briefing.data_dir);
        self.fit_language_to_briefing();
        self.following.forget_deck();
        self.deck.start_over(self.briefing.briefing(), self.settings.language);
        self.attendance = AttendanceUi::default();
        self.open_day();
        self.settings.remember(path);
    }

    /// Re-reads the file, keeping the place in the deck where that slide still exists.
    /// An open session goes on with the new version, and the journal says so.
    pub fn reload(&mut self) {
        let place = self.deck.place();
        self.briefing.read_again();
        self.rebuild_deck(place);
        if !self.attendance.locked {
            self.open_day();
        }
        self.notice = Some(self.say_with("opening.reloaded", &[("name", &self.briefing.doc.display_name())]));
        if let Some(e) = self.briefing.continue_on_this_version() {
            self.notice = Some(self.say_with("opening.reload_not_recorded", &[("error", &e.to_string())]));
        }
    }

    /// The 1st AD answered about a briefing changed on disk under an open session.
    fn file_changed(&mut self, choice: FileChoice) {
        let name = self.briefing.doc.display_name();
        match choice {
            FileChoice::GoOn => self.reload(),
            FileChoice::Keep => {
                self.briefing.file_changed = false;
                if let Some(copy) = self.briefing.sessions_copy_if_other() {
                    // After a restart the version read is the new one: present the
                    // session's own copy, kept beside the journal.
                    self.open(&copy);
                    let copy = copy.display().to_string();
                    self.notice = Some(self.say_with("opening.presenting_copy", &[("copy", &copy), ("name", &name)]));
                } else {
                    self.briefing.doc.keep_version_read();
                    self.notice = Some(self.say_with("opening.kept_version", &[("name", &name)]));
                }
            }
        }
    }

    /// Opens the day of the briefing read; a restart in sign-in mode hands the laptop
    /// back to the crew.
    pub(crate) fn open_day(&mut self) {
        if let Some(session) = self.briefing.open_day() {
            self.attendance.enter_sign_in_mode(session);
        }
    }

    pub(crate) fn resume_day(&mut self) {
        if let Some(notice) = self.briefing.resume_day(self.program_language()) {
            self.attendance.notice = Some(notice);
        }
    }

    /// The program is quitting: an open session is said to stop cleanly.
    pub fn stop_day(&mut self) {
        self.briefing.stop_day();
    }

    /// A newly opened briefing's deck starts in a language of its own (see
    /// `LanguageMode::reopened`); a reload keeps the presenter's choice.
    pub(crate) fn fit_language_to_briefing(&mut self) {
        if let Some(briefing) = self.briefing.briefing() {
            let settings = &mut self.settings;
            settings.language = settings.language.reopened(&settings.language_chosen_for, &briefing.languages);
            settings.language_chosen_for = briefing.languages.clone();
        }
    }

    /// Rebuilds the slides (a reload, a language change), keeping `keep`'s place;
    /// phones get the new words.
    pub(crate) fn rebuild_deck(&mut self, keep: Option<(SlideKind, usize)>) {
        self.following.forget_deck();
        self.deck.rebuild(self.briefing.briefing(), self.settings.language, keep);
    }

    /// Opens the briefing being presented in the editor.
    pub fn edit_briefing(&mut self) {
        if self.editor.as_ref().is_some_and(|e| e.path == self.briefing.doc.path) {
            self.screen = Screen::Editor;
            return;
        }
        match editor_screen::editor_on(&self.briefing.doc.path) {
            Ok(editor) => {
                self.editor = Some(editor);
                self.screen = Screen::Editor;
            }
            Err(e) => self.notice = Some(e),
        }
    }

    /// The editor, and what its save or close means for the briefing presented.
    pub(crate) fn editor_screen(&mut self, ui: &mut egui::Ui) {
        let Some(editor) = &mut self.editor else {
            self.screen = Screen::Slides;
            return;
        };
        let session = self.briefing.open_session();
        match editor_screen::show(ui, editor) {
            Some(Outcome::Saved(path)) if path == self.briefing.doc.path => self.reload(),
            Some(Outcome::Saved(path) | Outcome::Created(path)) if session.is_none() => self.open(&path),
            Some(outcome @ (Outcome::Closed | Outcome::Quit)) => {
                self.editor = None;
                self.screen = Screen::Slides;
                if self.briefing.doc.changed_on_disk() && session.is_none() {
                    self.reload();
                }
                if outcome == Outcome::Quit {
                    ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            // Under an open session the day stays on the version it started with; the
            // file watch offers the new one.
            Some(Outcome::Saved(_) | Outcome::Created(_)) | None => {}
        }
    }

    /// What the slide views show besides the deck.
    fn around(&self) -> Around {
        Around {
            palette: self.settings.theme.palette(),
            clock: self
                .briefing
                .briefing()
                .map(|b| setbrief_core::time::SetTime::now(b.utc_offset).clock())
                .unwrap_or_default(),
            phones_url: self.attendance.phones.url(),
            other_day: self.briefing.day().and_then(|day| day.other_day()),
        }
    }

    /// The slides, or why they cannot be presented.
    pub(crate) fn slides_screen(&mut self, ui: &mut egui::Ui) -> Vec<Request> {
        let around = self.around();
        let colors = self.settings.theme.colors();
        egui::CentralPanel::default()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                if self.briefing.can_present() {
                    slides::screen(ui, &mut self.deck, &around).into_iter().map(Request::Command).collect()
                } else {
                    slides::diagnostics::show(ui, &self.briefing.doc, colors).into_iter().collect()
                }
            })
            .inner
    }

    /// The presenter's own window, with the question about a changed file.
    pub(crate) fn presenter_window(&mut self, ctx: &egui::Context) -> Vec<Request> {
        let around = self.around();
        let changed = self.briefing.file_changed.then(|| self.briefing.doc.display_name());
        let screens = self.screens();
        let (commands, choice) = slides::presenter_window(ctx, &mut self.deck, &around, screens, changed.as_deref());
        commands.into_iter().map(Request::Command).chain(choice.map(Request::FileChanged)).collect()
    }

    /// Tells the phones following the open session what the room sees now.
    pub(crate) fn publish_to_phones(&mut self) {
        self.following.publish(&self.briefing, &self.deck, self.screen, &self.attendance);
    }

    /// Reloads when the file changed on disk, follows a read-only day, and picks up
    /// a file chosen in the dialog or typed.
    pub(crate) fn poll(&mut self, ctx: &egui::Context) {
        if let Some(answer) = self.file_dialog.as_ref().and_then(|d| d.poll(ctx)) {
            self.file_dialog = None;
            match answer {
                Answer::Chosen(path) => self.open(&path),
                // Offer the typed path, and say why.
                Answer::NoDialog => self.open_by_path(Some(open_by_path::NO_DIALOG)),
                Answer::Cancelled => {}
            }
        }
        if let Some(typed) = &mut self.typed_open {
            let (chosen, close) = typed.show(ctx);
            if close {
                self.typed_open = None;
            }
            if let Some(path) = chosen {
                self.open(&path);
            }
        }
        if self.last_poll.elapsed() >= Duration::from_secs(1) {
            self.last_poll = Instant::now();
            self.attendance.phones.refresh_addresses();
            if self.briefing.doc.changed_on_disk() {
                // Under an open session the 1st AD chooses (see `file_changed`);
                // otherwise the new version is simply what is presented.
                if self.briefing.open_session().is_some() {
                    self.briefing.file_changed = true;
                } else {
                    self.reload();
                    let name = self.briefing.doc.display_name();
                    self.notice = Some(self.say_with("opening.changed_reloaded", &[("name", &name)]));
                }
            }
            if let Some(mut day) = self.briefing.day() {
                // A read-only window follows what the writing window records.
                day.refresh();
            }
        }
        // The clock, the timer and the file watch need a frame now and then.
        ctx.request_repaint_after(Duration::from_secs(1));
    }

    /// The "Open by path" window, starting in the open briefing's folder.
    pub fn open_by_path(&mut self, reason: Option<&'static str>) {
        let dir = self.briefing.doc.path.parent().map(Path::to_owned);
        self.typed_open = Some(open_by_path::OpenByPath::starting_in(dir.as_deref(), reason));
    }

    fn choose_file(&mut self) {
        let (kind, title) = (self.say("opening.briefing_ron"), self.say("opening.open_a_briefing"));
        self.file_dialog = Some(FileDialog::ask(self.briefing.doc.path.parent(), kind, title));
    }

    /// Opens the log window, reading every day under the data folder.
    pub fn show_production_log(&mut self) {
        self.log.read(&self.briefing, self.program_language());
    }

    /// The program's language as chosen, for words said outside a frame (at start,
    /// on a reload).
    fn program_language(&self) -> Lang {
        self.settings.program_language.unwrap_or(Lang::En)
    }

    fn say(&self, key: &'static str) -> &'static str {
        Words::new(key).get(self.program_language())
    }

    pub(crate) fn say_with(&self, key: &'static str, fields: &[(&str, &str)]) -> String {
        Words::new(key).fill(self.program_language(), fields)
    }
}
