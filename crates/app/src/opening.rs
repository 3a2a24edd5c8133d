//! Opening: the briefing file (chosen in a dialog, reloaded when it changes on disk)
//! and the day's attendance it opens, under one writer.

use std::path::Path;
use std::sync::mpsc::TryRecvError;
use std::time::{Duration, Instant};

use setbrief_core::attendance::{Day, SharedDay};
use setbrief_core::digest::sha256_hex;

use crate::SetbriefApp;
use crate::attendance::AttendanceUi;
use crate::document::Document;
use crate::words::Say as _;
use setbrief_core::present::Navigator;

impl SetbriefApp {
    /// Opens (or resumes) the day's attendance for the current briefing.
    pub(crate) fn open_day(&mut self) {
        let same = matches!(
            (&self.day, self.doc.loaded()),
            (Some(Ok(day)), Some(l)) if day.lock().briefing_sha256 == sha256_hex(&l.bytes)
        );
        if same {
            return;
        }
        // The old day's lock goes first: a reloaded briefing of the same day reopens it.
        self.day = None;
        self.day = self
            .doc
            .loaded()
            .filter(|l| l.presentable().is_some())
            .map(|l| Day::open(&self.data_dir, l).map(SharedDay::new));
        // A crash or a restart in sign-in mode comes back to it: the journal says so.
        let locked =
            self.day().and_then(|day| day.state.locked.filter(|s| day.state.session(*s).is_some_and(|s| s.is_open())));
        if let Some(session) = locked {
            self.attendance.enter_sign_in_mode(session);
        }
    }

    /// Shows the day that another copy of setbrief writes, without writing to it.
    pub fn open_day_read_only(&mut self) {
        self.day = self.doc.loaded().map(|l| Day::open_read_only(&self.data_dir, l).map(SharedDay::new));
    }

    /// Opens another briefing in place of this one.
    pub fn open(&mut self, path: &Path) {
        self.doc = Document::open(path);
        self.warnings_acknowledged = false;
        self.nav = Navigator::new(0);
        self.started = None;
        self.fit_language_to_briefing();
        self.rebuild_deck(None);
        self.attendance = AttendanceUi::default();
        self.open_day();
        self.settings.remember(path);
    }

    /// The session open now, if any.
    pub(crate) fn open_session(&self) -> Option<u64> {
        self.day().and_then(|day| day.state.open_session())
    }

    /// At start: a day whose session is still open resumes on the record (after a
    /// clean stop or not), and a briefing file that is no longer the session's version
    /// is the 1st AD's to choose about, as when it changes while running (the banner
    /// waits for unlock when the crew have the laptop).
    pub(crate) fn resume_day(&mut self) {
        let resumed = self.day().map(|mut day| day.resume());
        match resumed {
            Some(Ok(Some(r))) => {
                self.file_changed = r.briefing_differs;
                if r.unclean {
                    self.attendance.notice =
                        Some(crate::attendance::Notice::saved(self.say("opening.resumed_unclean").to_owned()));
                }
            }
            Some(Err(e)) => {
                self.attendance.notice = Some(crate::attendance::Notice::not_saved(
                    self.say_with("opening.restart_not_recorded", &[("error", &e.to_string())]),
                ));
            }
            Some(Ok(None)) | None => {}
        }
    }

    /// The program is quitting: an open session is said to stop cleanly, so the next
    /// start does not take it for a crash.
    pub fn stop_day(&mut self) {
        let Some(session) = self.open_session() else { return };
        if let Some(mut day) = self.day().filter(|d| !d.is_read_only()) {
            // Quitting goes on either way; the next start then records an unclean stop.
            day.stopped(session).ok();
        }
    }

    /// The briefing changed on disk under an open session: say so, and let the 1st AD
    /// go on with the new version (on the record) or keep the one the session started
    /// with.
    pub(crate) fn changed_file_banner(&mut self, ui: &mut egui::Ui) {
        if !self.file_changed {
            return;
        }
        let name = self.doc.display_name();
        let (mut reload, mut keep) = (false, false);
        egui::Panel::top("file-changed").show(ui, |ui| {
            let color = ui.visuals().warn_fg_color;
            ui.label(egui::RichText::new(ui.say_with("opening.changed", &[("name", &name)])).color(color).strong());
            ui.horizontal(|ui| {
                reload = ui.button(ui.say("opening.go_on_with_new")).clicked();
                keep = ui.button(ui.say("opening.keep_version")).clicked();
            });
        });
        if reload {
            self.reload();
        }
        if keep {
            self.file_changed = false;
            if let Some(copy) = self.sessions_copy_if_other() {
                // After a restart the version read is the new one: present the
                // session's own copy, kept beside the journal.
                self.open(&copy);
                let copy = copy.display().to_string();
                self.notice = Some(self.say_with("opening.presenting_copy", &[("copy", &copy), ("name", &name)]));
            } else {
                self.doc.keep_version_read();
                self.notice = Some(self.say_with("opening.kept_version", &[("name", &name)]));
            }
        }
    }

    /// The copy beside the journal of the version the open session goes on with, when
    /// the briefing open now is another.
    fn sessions_copy_if_other(&self) -> Option<std::path::PathBuf> {
        let session = self.open_session()?;
        let day = self.day()?;
        let s = day.state.session(session).filter(|_| day.differs_from_session(session))?;
        Some(day.dir.join(s.current_file()))
    }

    /// Re-reads the file, keeping the place in the deck where that slide still exists.
    /// An open session goes on with the new version, and the journal says so.
    pub fn reload(&mut self) {
        self.file_changed = false;
        let place = self.current_slide().map(|s| (s.kind.clone(), s.part));
        let had_warnings_ok = self.warnings_acknowledged;
        self.doc = Document::open(&self.doc.path.clone());
        self.warnings_acknowledged = had_warnings_ok;
        self.rebuild_deck(place);
        if !self.attendance.locked {
            self.open_day();
        }
        self.notice = Some(self.say_with("opening.reloaded", &[("name", &self.doc.display_name())]));
        let recorded = self.open_session().and_then(|session| self.day()?.continue_on_this_version(session).err());
        if let Some(e) = recorded {
            self.notice = Some(self.say_with("opening.reload_not_recorded", &[("error", &e.to_string())]));
        }
    }

    /// Reloads when the file changed on disk, follows a read-only day, and picks up
    /// a file chosen in the dialog.
    pub(crate) fn poll(&mut self, ctx: &egui::Context) {
        if let Some(rx) = &self.open_dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    self.open_dialog = None;
                    self.open(&path);
                }
                // Back at once with nothing: no dialog could open (a person takes longer
                // to cancel one). Offer the typed path, and say why.
                Ok(None) if self.dialog_asked.elapsed() < Duration::from_millis(400) => {
                    self.open_dialog = None;
                    self.open_by_path(Some(crate::open_by_path::NO_DIALOG));
                }
                Ok(None) | Err(TryRecvError::Disconnected) => self.open_dialog = None,
                Err(TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(100)),
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
            if self.doc.changed_on_disk() {
                // Under an open session the 1st AD chooses (see `changed_file_banner`);
                // otherwise the new version is simply what is presented.
                if self.open_session().is_some() {
                    self.file_changed = true;
                } else {
                    self.reload();
                    self.notice =
                        Some(self.say_with("opening.changed_reloaded", &[("name", &self.doc.display_name())]));
                }
            }
            if let Some(mut day) = self.day() {
                // A read-only window follows what the writing window records.
                day.refresh();
            }
        }
        // The clock, the timer and the file watch need a frame now and then.
        ctx.request_repaint_after(Duration::from_secs(1));
    }

    /// The "Open by path" window, starting in the open briefing's folder.
    pub fn open_by_path(&mut self, reason: Option<&'static str>) {
        let dir = self.doc.path.parent().map(Path::to_owned);
        self.typed_open = Some(crate::open_by_path::OpenByPath::starting_in(dir.as_deref(), reason));
    }

    pub(crate) fn show_open_dialog(&mut self) {
        self.dialog_asked = Instant::now();
        let (tx, rx) = std::sync::mpsc::channel();
        let start = self.doc.path.parent().map(Path::to_owned);
        let (kind, title) = (self.say("opening.briefing_ron"), self.say("opening.open_a_briefing"));
        // rfd blocks while the dialog is open; a worker keeps the window painting.
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter(kind, &["ron"]).set_title(title);
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            // The window may have closed meanwhile; then nobody waits for the answer.
            tx.send(dialog.pick_file()).ok();
        });
        self.open_dialog = Some(rx);
    }
}
