//! Opening: the briefing file (chosen in a dialog, reloaded when it changes on disk)
//! and the day's attendance it opens, under one writer.

use std::path::Path;
use std::sync::mpsc::TryRecvError;
use std::time::{Duration, Instant};

use setbrief_core::attendance::journal::sha256_hex;
use setbrief_core::attendance::{Day, SharedDay};

use crate::SetbriefApp;
use crate::attendance::AttendanceUi;
use crate::document::Document;
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
        self.rebuild_deck(None);
        self.attendance = AttendanceUi::default();
        self.open_day();
        self.settings.remember(path);
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

    /// Reloads when the file changed on disk, follows a read-only day, and picks up
    /// a file chosen in the dialog.
    pub(crate) fn poll(&mut self, ctx: &egui::Context) {
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
            self.attendance.phones.refresh_addresses();
            if self.doc.changed_on_disk() {
                self.reload();
                self.notice = Some(format!("{} changed on disk: reloaded", self.doc.display_name()));
            }
            if let Some(mut day) = self.day() {
                // A read-only window follows what the writing window records.
                day.refresh();
            }
        }
        // The clock, the timer and the file watch need a frame now and then.
        ctx.request_repaint_after(Duration::from_secs(1));
    }

    pub(crate) fn show_open_dialog(&mut self) {
        let (tx, rx) = std::sync::mpsc::channel();
        let start = self.doc.path.parent().map(Path::to_owned);
        // rfd blocks while the dialog is open; a worker keeps the window painting.
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().add_filter("Briefing (RON)", &["ron"]).set_title("Open a briefing");
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            // The window may have closed meanwhile; then nobody waits for the answer.
            tx.send(dialog.pick_file()).ok();
        });
        self.open_dialog = Some(rx);
    }
}
