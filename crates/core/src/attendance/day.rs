//! A shooting day's attendance on disk: one folder per day holding the journal and a
//! copy of every briefing file presented. Every change goes through here, is
//! checked, and is on disk before the call returns.

use std::path::{Path, PathBuf};

use crate::briefing::model::UtcOffset;
use crate::briefing::{Briefing, Lang, Loaded, Role};
use crate::names::same_person;

use super::event::{Event, OnBehalf, Person, SessionKind, Signature, SignatureProblem};
use super::journal::{Journal, JournalError, Problem, Record, sha256_hex};
use super::pin::{PinError, hash_pin};
use super::state::DayState;
use super::writer::{self, Writer};
use crate::time::SetTime;

/// Where days are kept unless `--data-dir` says otherwise.
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("setbrief")
}

/// `coyote-pass/2026-04-16-day12`
pub fn day_folder(data_dir: &Path, briefing: &Briefing) -> PathBuf {
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
    data_dir.join(slug).join(format!("{}-day{:02}", briefing.date, briefing.day))
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
    #[error("there is no session {0}")]
    NoSuchSession(u64),
    #[error("the session is already closed")]
    AlreadyClosed,
    #[error("{name} already signed this session at {}", time.clock())]
    AlreadySigned { name: String, time: SetTime },
    #[error("{0}")]
    Signature(#[from] SignatureProblem),
    #[error("every acknowledgement must be confirmed")]
    AcknowledgementsMissing,
    #[error("the session is closed: a late sign-in must say who briefed the person")]
    LateNeedsBriefer,
    #[error("{name} is not named as {} for the day: only they can give this sign-off", role.title().en)]
    NotAuthorised { name: String, role: Role },
    #[error("scene {scene} has no hazard that needs a {} sign-off", role.title().en)]
    NothingToAttest { scene: String, role: Role },
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

/// What a crew member gives when signing.
#[derive(Clone, Debug)]
pub struct SignInRequest {
    pub session: u64,
    pub person: Person,
    pub walk_in: bool,
    pub language: Lang,
    /// The acknowledgements shown, with whether each was confirmed.
    pub acknowledgements: Vec<(String, bool)>,
    pub signature: Signature,
    pub late_briefed_by: Option<String>,
    pub on_behalf: Option<OnBehalf>,
    pub concern: Option<String>,
}

#[derive(Clone, Debug)]
pub struct RoleSignOffRequest {
    pub session: u64,
    pub scene: String,
    pub role: Role,
    pub name: String,
    pub signature: Signature,
    pub on_behalf: Option<OnBehalf>,
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
    /// For a read-only day: how long the journal was when last read.
    read_len: u64,
    offset: UtcOffset,
}

impl Day {
    /// Opens the day of `loaded` under `data_dir` for writing, resuming its sessions.
    /// Fails with [`DayError::OpenElsewhere`] while another copy of setbrief writes it.
    pub fn open(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let mut day = Self::unopened(data_dir, loaded)?;
        if day.dir.join(JOURNAL_FILE).exists() {
            day.take_journal()?;
        }
        Ok(day)
    }

    /// Opens the day to look at while another copy of setbrief writes it: nothing is
    /// written, and [`Self::refresh`] picks up what the writer adds.
    pub fn open_read_only(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let mut day = Self::unopened(data_dir, loaded)?;
        day.access = Access::ReadOnly;
        day.refresh();
        Ok(day)
    }

    fn unopened(data_dir: &Path, loaded: &Loaded) -> Result<Self, DayError> {
        let briefing = loaded.presentable().ok_or(DayError::BriefingNotPresentable)?.clone();
        let briefing_sha256 = sha256_hex(&loaded.bytes);
        Ok(Self {
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
            read_len: 0,
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
        self.torn_saved_as = opened.torn_saved_as.clone();
        self.access = Access::Writer(opened.journal);
        if let Some(aside) = opened.torn_saved_as {
            let bytes = std::fs::metadata(&aside).map_or(0, |m| m.len());
            let saved_as = aside.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            self.record(Event::TornTailSetAside { bytes, saved_as })?;
        }
        Ok(())
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
        true
    }

    pub fn journal_path(&self) -> PathBuf {
        self.dir.join(JOURNAL_FILE)
    }

    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }

    /// Now, on the set's clock.
    pub fn now(&self) -> SetTime {
        SetTime::now(self.offset)
    }

    fn record(&mut self, event: Event) -> Result<Record, DayError> {
        if matches!(self.access, Access::NotStarted) {
            self.take_journal()?;
        }
        let now = self.now();
        let Access::Writer(journal) = &mut self.access else { return Err(DayError::ReadOnly) };
        let record = journal.append(now, event)?;
        self.last_hash = record.hash.clone();
        self.state.apply(&record);
        Ok(record)
    }

    /// Keeps the briefing file as presented beside the journal, once per version.
    fn keep_briefing_copy(&self) -> Result<(), DayError> {
        let copy = self.dir.join(&self.briefing_file);
        if copy.exists() {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)
            .and_then(|()| write_atomically(&copy, &self.briefing_bytes))
            .map_err(|source| DayError::Folder { path: self.dir.clone(), source })
    }

    fn open_session(&self, id: u64) -> Result<&super::state::Session, DayError> {
        self.state.session(id).ok_or(DayError::NoSuchSession(id))
    }

    pub fn start_session(
        &mut self,
        kind: SessionKind,
        scenes: Vec<String>,
        run_by: &str,
        pin: &str,
    ) -> Result<u64, DayError> {
        if run_by.trim().is_empty() {
            return Err(DayError::NoName);
        }
        let pin_hash = hash_pin(pin)?;
        if matches!(self.access, Access::NotStarted) {
            self.take_journal()?;
        }
        if self.is_read_only() {
            return Err(DayError::ReadOnly);
        }
        self.keep_briefing_copy()?;
        let record = self.record(Event::SessionStarted {
            kind,
            scenes,
            run_by: run_by.trim().to_owned(),
            briefing_sha256: self.briefing_sha256.clone(),
            briefing_file: self.briefing_file.clone(),
            pin_hash,
        })?;
        Ok(record.seq)
    }

    pub fn close_session(&mut self, session: u64, by: &str) -> Result<(), DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        self.record(Event::SessionClosed { session, by: by.to_owned() })?;
        Ok(())
    }

    /// Records a sign-in (and its concern, if any). Returns the sign-in's sequence number.
    pub fn sign_in(&mut self, req: SignInRequest) -> Result<u64, DayError> {
        let session = self.open_session(req.session)?.clone();
        let name = req.person.name.trim().to_owned();
        if name.is_empty() {
            return Err(DayError::NoName);
        }
        if let Some(done) = self.state.signed(req.session, &name) {
            return Err(DayError::AlreadySigned { name, time: done.time });
        }
        if req.acknowledgements.is_empty() || req.acknowledgements.iter().any(|(_, ok)| !ok) {
            return Err(DayError::AcknowledgementsMissing);
        }
        req.signature.check()?;
        let late = !session.is_open();
        let late_briefed_by = req.late_briefed_by.filter(|b| !b.trim().is_empty());
        if late && late_briefed_by.is_none() {
            return Err(DayError::LateNeedsBriefer);
        }
        let person = Person { name: name.clone(), ..req.person };
        if req.walk_in {
            self.record(Event::WalkInAdded { session: req.session, person: person.clone() })?;
        }
        let record = self.record(Event::SignedIn {
            session: req.session,
            person,
            walk_in: req.walk_in,
            language: req.language,
            acknowledgements: req.acknowledgements.into_iter().map(|(text, _)| text).collect(),
            signature: req.signature,
            late_briefed_by: if late { late_briefed_by } else { None },
            on_behalf: req.on_behalf,
        })?;
        if let Some(text) = req.concern.filter(|c| !c.trim().is_empty()) {
            self.raise_concern(req.session, &name, &text)?;
        }
        Ok(record.seq)
    }

    pub fn raise_concern(&mut self, session: u64, by: &str, text: &str) -> Result<u64, DayError> {
        self.open_session(session)?;
        Ok(self.record(Event::ConcernRaised { session, by: by.to_owned(), text: text.trim().to_owned() })?.seq)
    }

    pub fn answer_concern(&mut self, concern: u64, by: &str, response: &str) -> Result<(), DayError> {
        if !self.state.open_concerns().any(|c| c.seq == concern) {
            return Err(DayError::NoSuchConcern(concern));
        }
        if response.trim().is_empty() {
            return Err(DayError::NoReason);
        }
        self.record(Event::ConcernAnswered { concern, by: by.to_owned(), response: response.trim().to_owned() })?;
        Ok(())
    }

    /// Who may give a sign-off as `role`: the people named for it in the briefing.
    pub fn holders_of(&self, role: Role) -> Vec<String> {
        self.briefing.people_in(role).map(|c| c.name.clone()).collect()
    }

    pub fn role_sign_off(&mut self, req: RoleSignOffRequest) -> Result<u64, DayError> {
        self.open_session(req.session)?;
        if !self.holders_of(req.role).iter().any(|n| same_person(n, &req.name)) {
            return Err(DayError::NotAuthorised { name: req.name, role: req.role });
        }
        let attestation = self
            .briefing
            .scene(&req.scene)
            .into_iter()
            .flat_map(|s| s.hazard_kinds())
            .filter_map(|k| k.info().attestation)
            .find(|a| a.roles.contains(&req.role))
            .ok_or_else(|| DayError::NothingToAttest { scene: req.scene.clone(), role: req.role })?;
        req.signature.check()?;
        let record = self.record(Event::RoleSignOff {
            session: req.session,
            scene: req.scene,
            role: req.role,
            name: req.name,
            attestation: attestation.text.en.to_owned(),
            signature: req.signature,
            on_behalf: req.on_behalf,
        })?;
        Ok(record.seq)
    }

    /// Voids a sign-in or role sign-off: a new record; the original stays.
    pub fn void(&mut self, target: u64, by: &str, reason: &str) -> Result<(), DayError> {
        if reason.trim().is_empty() {
            return Err(DayError::NoReason);
        }
        let voided = self
            .state
            .sign_ins
            .iter()
            .find(|s| s.seq == target)
            .map(|s| s.voided.is_some())
            .or_else(|| self.state.role_sign_offs.iter().find(|s| s.seq == target).map(|s| s.voided.is_some()));
        match voided {
            None => Err(DayError::NotVoidable(target)),
            Some(true) => Err(DayError::AlreadyVoided(target)),
            Some(false) => {
                self.record(Event::Voided { target, by: by.to_owned(), reason: reason.trim().to_owned() })?;
                Ok(())
            }
        }
    }

    pub fn import_roster(&mut self, source: &str, people: Vec<Person>) -> Result<(), DayError> {
        self.record(Event::RosterImported { source: source.to_owned(), people })?;
        Ok(())
    }
}

/// Writes a whole file so a crash leaves either the old or the new one, never half.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut file = atomic_write_file::AtomicWriteFile::open(path)?;
    file.write_all(bytes)?;
    file.commit()
}
