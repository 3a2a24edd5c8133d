//! A shooting day's attendance on disk: one folder per day holding the journal and a
//! copy of every briefing file presented.
//!
//! Every change goes through here, is checked, and is on disk before the call returns.

use std::path::{Path, PathBuf};

use crate::briefing::model::UtcOffset;
use crate::briefing::{Briefing, Loaded, Role};

use super::event::{Event, OtherDay, SignatureProblem};
use super::journal::{Journal, JournalError, PendingSync, Problem, Record};
use super::laptop::{Laptop, LaptopError};
use super::pin::PinError;
use super::state::DayState;
use super::witness::Witness;
use super::writer::{self, Writer};
use crate::digest::sha256_hex;
use crate::fs::write_atomically;
use crate::time::SetTime;

/// Where days are kept unless `--data-dir` says otherwise.
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("setbrief")
}

/// `coyote-pass/2026-04-16-day12`: the folder of the day on the briefing's own date.
pub fn day_folder(data_dir: &Path, briefing: &Briefing) -> PathBuf {
    day_folder_on(data_dir, briefing, briefing.date)
}

/// `coyote-pass/2026-04-17-day12`: the folder of the briefing's day held on `held_on`.
pub fn day_folder_on(data_dir: &Path, briefing: &Briefing, held_on: jiff::civil::Date) -> PathBuf {
    let slug: String = briefing
        .production
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() { "production".to_owned() } else { slug };
    data_dir.join(slug).join(format!("{held_on}-day{:02}", briefing.day))
}

pub const JOURNAL_FILE: &str = "journal.jsonl";

#[derive(Debug, thiserror::Error)]
pub enum DayError {
    #[error("the briefing has errors; fix them before starting a session")]
    BriefingNotPresentable,
    #[error("cannot create the day's folder {path}: {source}")]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Pin(#[from] PinError),
    #[error("this day is open in another setbrief window or command{}", writer.as_ref().map(|w| format!(" ({})", w.describe())).unwrap_or_default())]
    OpenElsewhere { writer: Option<Writer> },
    #[error("this day is open read-only here; it is written in another setbrief window")]
    ReadOnly,
    #[error(transparent)]
    Laptop(#[from] LaptopError),
    #[error("there is no session {0}")]
    NoSuchSession(u64),
    #[error("the session is already closed")]
    AlreadyClosed,
    #[error("{0}")]
    Signature(#[from] SignatureProblem),
    #[error("{name} is not named as {} for the day: only they can give this sign-off", role.title().get(crate::language::Lang::En))]
    NotAuthorised { name: String, role: Role },
    #[error("{name} is not named to handle a firearm in scene {scene}")]
    NotAHandler { name: String, scene: String },
    #[error("scene {scene} has no hazard that needs a {} sign-off", role.title().get(crate::language::Lang::En))]
    NothingToAttest { scene: String, role: Role },
    #[error(
        "this briefing is for {briefing_date}, and today on the set's clock is {today}: confirm that it is \
         held today before starting a session"
    )]
    NotTheBriefingDate { briefing_date: jiff::civil::Date, today: jiff::civil::Date },
    #[error("a name is needed")]
    NoName,
    #[error("a reason is needed")]
    NoReason,
    #[error("record {0} is not a sign-in or sign-off that can be voided")]
    NotVoidable(u64),
    #[error("{0} is already voided")]
    AlreadyVoided(u64),
    #[error("there is no open concern {0}")]
    NoSuchConcern(u64),
}

/// How this copy of setbrief holds the day's journal.
enum Access {
    /// Nothing is recorded for the day yet: its folder is created, and its journal
    /// locked, by the first record (opening the app on a briefing writes nothing).
    NotStarted,
    /// This copy is the day's one writer.
    Writer(Journal),
    /// Another copy writes the day; this one shows it and never writes.
    ReadOnly,
}

/// An open day: its briefing, its journal, and the state the journal describes.
pub struct Day {
    pub dir: PathBuf,
    pub briefing: Briefing,
    pub briefing_sha256: String,
    /// The copy of the briefing file beside the journal.
    pub briefing_file: String,
    pub state: DayState,
    /// What reading the journal back found; shown loudly when not empty.
    pub problems: Vec<Problem>,
    pub torn_saved_as: Option<PathBuf>,
    /// The briefing file's bytes, copied beside the journal when a session starts.
    briefing_bytes: Vec<u8>,
    access: Access,
    /// The hash of the last record read or written.
    last_hash: String,
    /// The journal's head: its last record, as a witness code.
    head: Option<Witness>,
    /// For a read-only day: how long the journal was when last read.
    read_len: u64,
    data_dir: PathBuf,
    /// This laptop's secrets, loaded (or made) when first needed.
    laptop: Option<Laptop>,
    offset: UtcOffset,
    /// Inside [`Self::in_one_sync`]: records wait for one fsync at its end.
    deferring_sync: bool,
    /// The briefing's crew by folded name: every sign-in asks whether a name is theirs.
    crew_by_fold: std::collections::HashMap<String, usize>,
}

impl Day {
    /// Opens the day of `loaded` under `data_dir` for writing, resuming its sessions.
    /// Fails with [`DayError::OpenElsewhere`] while another copy of setbrief writes it.
    pub fn open(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let mut day = Self::unopened(data_dir, loaded)?;
        // A day already held today from this briefing dated another day: its record.
        if let Some(held) = day.held_today_folder() {
            day.dir = held;
        }
        if day.dir.join(JOURNAL_FILE).exists() {
            day.take_journal()?;
        }
        Ok(day)
    }

    /// Opens the day to look at while another copy of setbrief writes it: nothing is
    /// written, and [`Self::refresh`] picks up what the writer adds.
    pub fn open_read_only(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let mut day = Self::unopened(data_dir, loaded)?;
        if let Some(held) = day.held_today_folder() {
            day.dir = held;
        }
        day.access = Access::ReadOnly;
        day.refresh();
        Ok(day)
    }

    fn unopened(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let briefing = loaded.presentable().ok_or(DayError::BriefingNotPresentable)?.clone();
        let briefing_sha256 = sha256_hex(&loaded.bytes);
        let mut crew_by_fold = std::collections::HashMap::new();
        for (i, member) in briefing.crew.iter().enumerate() {
            crew_by_fold.entry(crate::names::fold(&member.name)).or_insert(i);
        }
        Ok(Self {
            crew_by_fold,
            dir: day_folder(data_dir, &briefing),
            briefing_file: format!("briefing-{}.ron", &briefing_sha256[..12]),
            offset: briefing.utc_offset,
            briefing,
            briefing_sha256,
            state: DayState::default(),
            problems: Vec::new(),
            torn_saved_as: None,
            briefing_bytes: loaded.bytes.clone(),
            access: Access::NotStarted,
            last_hash: super::journal::GENESIS.to_owned(),
            head: None,
            data_dir: data_dir.to_owned(),
            laptop: None,
            read_len: 0,
            deferring_sync: false,
        })
    }

    /// Creates the day's folder if need be, locks its journal and reads it back.
    fn take_journal(&mut self) -> Result<(), DayError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| DayError::Folder { path: self.dir.clone(), source })?;
        let opened = match Journal::open(&self.dir.join(JOURNAL_FILE)) {
            Err(JournalError::Busy { .. }) => {
                return Err(DayError::OpenElsewhere { writer: writer::read(&self.dir) });
            }
            other => other?,
        };
        writer::note(&self.dir, &Writer::this_process(self.now()));
        self.state = DayState::replay(&opened.read_back.records);
        self.problems = opened.read_back.problems;
        self.last_hash = opened.read_back.last_hash;
        self.head = opened.read_back.records.last().map(Witness::of);
        self.torn_saved_as = opened.torn_saved_as.clone();
        self.access = Access::Writer(opened.journal);
        if let Some(aside) = opened.torn_saved_as {
            let bytes = std::fs::metadata(&aside).map_or(0, |m| m.len());
            let saved_as = aside.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            self.record(Event::TornTailSetAside { bytes, saved_as })?;
        }
        Ok(())
    }

    /// Lets go of the journal (and its lock): the next record takes a journal again.
    pub(super) fn release_journal(&mut self) {
        if !self.is_read_only() {
            self.access = Access::NotStarted;
        }
        self.read_len = 0;
    }

    /// The journal's head as nothing recorded yet: `hash` the chain starts from.
    pub(super) fn reset_head(&mut self, hash: &str) {
        self.last_hash = hash.to_owned();
        self.head = None;
    }

    /// Makes this copy the day's writer if nothing is recorded yet; refuses a
    /// read-only copy.
    pub(super) fn ensure_writer(&mut self) -> Result<(), DayError> {
        if matches!(self.access, Access::NotStarted) {
            self.take_journal()?;
        }
        if self.is_read_only() { Err(DayError::ReadOnly) } else { Ok(()) }
    }

    /// This laptop's secrets (see [`super::laptop`]), made the first time they are needed.
    pub fn laptop(&mut self) -> Result<&Laptop, DayError> {
        match self.laptop {
            Some(ref laptop) => Ok(laptop),
            None => Ok(self.laptop.insert(Laptop::load_or_create(&self.data_dir)?)),
        }
    }

    /// The data directory the day is kept under (its keys folder beside the days).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Who answers concerns and voids records: the 1st AD named in the briefing.
    pub fn first_ad(&self) -> String {
        self.briefing.contact(Role::FirstAd).map_or_else(|| "1st AD".to_owned(), |c| c.name.clone())
    }

    /// The name of a report folder for this day: `setbrief-report-2026-04-16-day12`.
    pub fn report_folder_name(&self) -> String {
        let day = self.dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!("setbrief-report-{day}")
    }

    /// Whether this copy only shows the day (another copy writes it).
    pub fn is_read_only(&self) -> bool {
        matches!(self.access, Access::ReadOnly)
    }

    /// Who writes the day, when this copy only shows it.
    pub fn writer(&self) -> Option<Writer> {
        if self.is_read_only() { writer::read(&self.dir) } else { None }
    }

    /// Re-reads the journal of a read-only day when the writer has added to it;
    /// returns whether anything changed. Does nothing for the writer itself.
    pub fn refresh(&mut self) -> bool {
        if !self.is_read_only() {
            return false;
        }
        let path = self.dir.join(JOURNAL_FILE);
        let len = std::fs::metadata(&path).map_or(0, |m| m.len());
        if len == self.read_len && len > 0 {
            return false;
        }
        let Ok(read_back) = Journal::read(&path) else { return false };
        self.read_len = len;
        self.state = DayState::replay(&read_back.records);
        self.problems = read_back.problems.into_iter().filter(Problem::is_tampering).collect();
        self.last_hash = read_back.last_hash;
        self.head = read_back.records.last().map(Witness::of);
        true
    }

    pub fn journal_path(&self) -> PathBuf {
        self.dir.join(JOURNAL_FILE)
    }

    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }

    /// The journal's head as a witness code, for people to write down.
    pub fn head(&self) -> Option<&Witness> {
        self.head.as_ref()
    }

    /// Now, on the set's clock.
    pub fn now(&self) -> SetTime {
        SetTime::now(self.offset)
    }

    /// When today, on the set's clock, is not the briefing's date: the two dates a
    /// session started now must confirm (a file prepared for another day is easily
    /// presented by mistake, and crew would sign that they attended on that date).
    pub fn other_day(&self) -> Option<OtherDay> {
        let today = self.now().date();
        (today != self.briefing.date).then_some(OtherDay { briefing_date: self.briefing.date, held_on: today })
    }

    pub(super) fn record(&mut self, event: Event) -> Result<Record, DayError> {
        self.ensure_writer()?;
        let now = self.now();
        let Access::Writer(journal) = &mut self.access else { return Err(DayError::ReadOnly) };
        let record =
            if self.deferring_sync { journal.append_unsynced(now, event)? } else { journal.append(now, event)? };
        self.last_hash = record.hash.clone();
        self.head = Some(Witness::of(&record));
        self.state.apply(&record);
        Ok(record)
    }

    /// Runs `work`, which may record many things, and puts them all on disk with one
    /// fsync at the end. Nothing recorded inside may be reported saved unless this
    /// returns `Ok`.
    pub fn in_one_sync<R>(&mut self, work: impl FnOnce(&mut Self) -> R) -> Result<R, DayError> {
        let result = self.unsynced(work);
        if let Access::Writer(journal) = &mut self.access {
            journal.sync()?;
        }
        Ok(result)
    }

    /// Runs `work` with its records left for [`Self::pending_sync`]: for a writer that
    /// records many things one lock at a time and syncs them all without the lock.
    /// Nothing recorded inside may be reported saved until that sync succeeds.
    pub fn unsynced<R>(&mut self, work: impl FnOnce(&mut Self) -> R) -> R {
        self.deferring_sync = true;
        let result = work(self);
        self.deferring_sync = false;
        result
    }

    /// What [`Self::unsynced`] left to put on disk, as a handle to sync without the
    /// day's lock; `None` when everything is on disk already.
    pub fn pending_sync(&self) -> Result<Option<PendingSync>, DayError> {
        match &self.access {
            Access::Writer(journal) => Ok(journal.pending_sync()?),
            _ => Ok(None),
        }
    }

    /// Takes note of how a [`PendingSync`] went.
    pub fn synced(&mut self, pending: &PendingSync, result: &Result<(), JournalError>) {
        if let Access::Writer(journal) = &mut self.access {
            journal.synced(pending, result);
        }
    }

    /// Keeps the briefing file as presented beside the journal, once per version.
    pub(super) fn keep_briefing_copy(&self) -> Result<(), DayError> {
        let copy = self.dir.join(&self.briefing_file);
        if copy.exists() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)
            .and_then(|()| write_atomically(&copy, &self.briefing_bytes))
            .map_err(|source| DayError::Folder { path: self.dir.clone(), source })
    }

    /// The index in the briefing's crew of the member whose folded name is `folded`.
    pub(super) fn crew_by_fold(&self, folded: &str) -> Option<usize> {
        self.crew_by_fold.get(folded).copied()
    }

    pub(super) fn open_session(&self, id: u64) -> Result<&super::state::Session, DayError> {
        self.state.session(id).ok_or(DayError::NoSuchSession(id))
    }
}
