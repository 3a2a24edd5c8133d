//! Opening: the briefing file (chosen in a dialog, reloaded when it changes on disk)
//! and the day's attendance it opens, under one writer.

use std::path::{Path, PathBuf};

use setbrief_core::attendance::{Day, DayError, DayGuard, SharedDay};
use setbrief_core::briefing::{Briefing, Lang};
use setbrief_core::digest::sha256_hex;

use crate::attendance::Notice;
use crate::document::Document;
use crate::words::Say as _;
use setbrief_core::language::Words;

/// The briefing file open and the day's attendance it opened.
pub struct OpenBriefing {
    pub doc: Document,
    /// The day's attendance, opened when the briefing can be presented. Shared with
    /// the phone server while phones may sign.
    pub day: Option<Result<SharedDay, DayError>>,
    pub data_dir: PathBuf,
    /// The briefing changed on disk under an open session: the 1st AD is asked.
    pub file_changed: bool,
    /// The 1st AD has seen this file's warnings and chose to present.
    pub warnings_acknowledged: bool,
}

/// The 1st AD's answer to a briefing changed on disk under an open session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileChoice {
    /// Go on with the new version, on the record.
    GoOn,
    /// Keep presenting the version the session started with.
    Keep,
}

impl OpenBriefing {
    /// Reads the file; its day is opened once the app has its place for it (`open_day`).
    pub fn read(path: &Path, data_dir: &Path) -> Self {
        Self {
            doc: Document::open(path),
            day: None,
            data_dir: data_dir.to_owned(),
            file_changed: false,
            warnings_acknowledged: false,
        }
    }

    /// The briefing as read, when it could be.
    pub fn briefing(&self) -> Option<&Briefing> {
        self.doc.loaded().and_then(|l| l.briefing.as_ref())
    }

    /// The open day, locked for one frame's look or one record; `None` when the
    /// briefing cannot be presented or its day could not be opened.
    pub fn day(&self) -> Option<DayGuard<'_>> {
        match &self.day {
            Some(Ok(day)) => Some(day.lock()),
            _ => None,
        }
    }

    /// The session open now, if any.
    pub fn open_session(&self) -> Option<u64> {
        self.day().and_then(|day| day.state.open_session())
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

    /// Opens (or resumes) the day's attendance for the briefing as read. The session
    /// the crew had in sign-in mode when the program last stopped, if the journal says
    /// so: a crash or a restart in sign-in mode comes back to it.
    pub(crate) fn open_day(&mut self) -> Option<u64> {
        let same = matches!(
            (&self.day, self.doc.loaded()),
            (Some(Ok(day)), Some(l)) if day.lock().briefing_sha256 == sha256_hex(&l.bytes)
        );
        if same {
            return None;
        }
        // The old day's lock goes first: a reloaded briefing of the same day reopens it.
        self.day = None;
        self.day = self
            .doc
            .loaded()
            .filter(|l| l.presentable().is_some())
            .map(|l| Day::open(&self.data_dir, l).map(SharedDay::new));
        self.day().and_then(|day| day.state.locked.filter(|s| day.state.session(*s).is_some_and(|s| s.is_open())))
    }

    /// Shows the day that another copy of setbrief writes, without writing to it.
    pub fn open_day_read_only(&mut self) {
        self.day = self.doc.loaded().map(|l| Day::open_read_only(&self.data_dir, l).map(SharedDay::new));
    }

    /// At start: a day whose session is still open resumes on the record (after a
    /// clean stop or not), and a briefing file that is no longer the session's version
    /// is the 1st AD's to choose about, as when it changes while running (the banner
    /// waits for unlock when the crew have the laptop). What to tell the 1st AD.
    pub(crate) fn resume_day(&mut self, lang: Lang) -> Option<Notice> {
        let resumed = self.day().map(|mut day| day.resume());
        match resumed {
            Some(Ok(Some(r))) => {
                self.file_changed = r.briefing_differs;
                r.unclean.then(|| Notice::saved(Words::new("opening.resumed_unclean").get(lang).to_owned()))
            }
            Some(Err(e)) => Some(Notice::not_saved(
                Words::new("opening.restart_not_recorded").fill(lang, &[("error", &e.to_string())]),
            )),
            Some(Ok(None)) | None => None,
        }
    }

    /// The program is quitting: an open session is said to stop cleanly, so the next
    /// start does not take it for a crash.
    pub fn stop_day(&self) {
        let Some(session) = self.open_session() else { return };
        if let Some(mut day) = self.day().filter(|d| !d.is_read_only()) {
            // Quitting goes on either way; the next start then records an unclean stop.
            day.stopped(session).ok();
        }
    }

    /// The copy beside the journal of the version the open session goes on with, when
    /// the briefing open now is another.
    pub(crate) fn sessions_copy_if_other(&self) -> Option<PathBuf> {
        let session = self.open_session()?;
        let day = self.day()?;
        let s = day.state.session(session).filter(|_| day.differs_from_session(session))?;
        Some(day.dir.join(s.current_file()))
    }

    /// Reads the same file again; whether its warnings were read carries over.
    pub(crate) fn read_again(&mut self) {
        self.file_changed = false;
        self.doc = Document::open(&self.doc.path.clone());
    }

    /// The open session goes on with the version just read: on the record. The error,
    /// when it could not be recorded.
    pub(crate) fn continue_on_this_version(&self) -> Option<DayError> {
        let session = self.open_session()?;
        self.day()?.continue_on_this_version(session).err()
    }
}

/// The briefing `name` changed on disk under an open session: say so, and let the 1st
/// AD go on with the new version (on the record) or keep the one the session started
/// with.
pub(crate) fn changed_file_banner(ui: &mut egui::Ui, name: &str) -> Option<FileChoice> {
    let mut choice = None;
    egui::Panel::top("file-changed").show(ui, |ui| {
        // What the day goes on with is a safety question: read from a step back.
        crate::theme::console_sized(ui);
        let color = ui.visuals().warn_fg_color;
        ui.label(egui::RichText::new(ui.say_with("opening.changed", &[("name", name)])).color(color).strong());
        ui.horizontal(|ui| {
            if ui.button(ui.say("opening.go_on_with_new")).clicked() {
                choice = Some(FileChoice::GoOn);
            }
            if ui.button(ui.say("opening.keep_version")).clicked() {
                choice = Some(FileChoice::Keep);
            }
        });
    });
    choice
}
