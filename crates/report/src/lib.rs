//! The day's report: a PDF for people, a CSV and the journal for machines, and a
//! manifest of SHA-256 hashes that `setbrief verify` checks years later. No GUI types.

mod compare;
pub mod csv_export;
mod embedded;
pub mod export;
pub mod log;
pub mod pdf;
pub mod target;
pub mod verify;

use std::path::{Path, PathBuf};

use setbrief_core::attendance::Event;
use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::journal::{ReadBack, verify as verify_journal};
use setbrief_core::attendance::state::{DayState, Session};
use setbrief_core::attendance::witness::Witness;
use setbrief_core::briefing::{Briefing, parse_bytes};

/// A shooting day as witness signatures name it: `Coyote Pass|2026-04-16|day12`.
pub fn day_id(production: &str, date: &str, day: u32) -> String {
    format!("{production}|{date}|day{day:02}")
}

/// The journal's head when each session closed: (session number, witness). These are
/// the codes the 1st AD read out or wrote down; the PDF and the manifest print them.
pub fn session_witnesses(day: &DayRecord) -> Vec<(usize, Witness)> {
    day.read_back
        .records
        .iter()
        .filter_map(|r| match r.event {
            Event::SessionClosed { session, .. } => Some((day.state.session_number(session), Witness::of(r))),
            _ => None,
        })
        .collect()
}

/// Everything a report is made from, read from a day folder.
pub struct DayRecord {
    pub dir: PathBuf,
    /// The briefing of the day's last session: the day's production, date and roster.
    pub briefing: Briefing,
    /// Every briefing presented that day, parsed: (file name, briefing).
    pub briefings: Vec<(String, Briefing)>,
    /// Every briefing file presented that day: (file name, bytes).
    pub briefing_files: Vec<(String, Vec<u8>)>,
    pub journal: Vec<u8>,
    pub read_back: ReadBack,
    pub state: DayState,
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    File(#[from] setbrief_core::files::FileError),
    #[error("{0} has no journal: no session was ever started for that day")]
    NoJournal(PathBuf),
    #[error("the journal has no session, so there is nothing to report")]
    NoSessions,
    #[error("the briefing file {0} kept with the day no longer reads as a briefing")]
    BadBriefing(String),
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
    #[error("cannot write the CSV: {0}")]
    Csv(String),
    #[error("cannot write the manifest or its signature: {0}")]
    Manifest(String),
    #[error("{0} holds an earlier report; choose another folder or confirm replacing it (--overwrite)")]
    Exists(PathBuf),
    #[error("{0}")]
    Target(target::Refusal),
    #[error(
        "the report cannot be signed: {0}. Fix this laptop's key, or export an unsigned report on purpose (--unsigned), which `setbrief verify` accepts only with --allow-unsigned"
    )]
    CannotSign(String),
    #[error("cannot write the report to {path}: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl DayRecord {
    /// Reads a day folder (`journal.jsonl` and `briefing-*.ron`).
    pub fn read(dir: &Path) -> Result<Self, ReportError> {
        use setbrief_core::files::{JOURNAL_LIMIT, TEXT_LIMIT, read_regular};
        let read = |path: &Path| read_regular(path, TEXT_LIMIT).map_err(ReportError::File);
        let journal_path = dir.join(JOURNAL_FILE);
        if !journal_path.exists() {
            return Err(ReportError::NoJournal(dir.to_owned()));
        }
        let journal = read_regular(&journal_path, JOURNAL_LIMIT)?;
        let read_back = verify_journal(&journal);
        let state = DayState::replay(&read_back.records);
        let last = state.sessions.last().ok_or(ReportError::NoSessions)?;
        let mut names: Vec<String> = state
            .sessions
            .iter()
            .flat_map(|s| std::iter::once(s.briefing_file.clone()).chain(s.changed_to.iter().map(|c| c.1.clone())))
            .collect();
        names.dedup();
        let mut briefing_files = Vec::new();
        for name in names {
            if !briefing_files.iter().any(|(n, _): &(String, Vec<u8>)| *n == name) {
                let bytes = read(&dir.join(&name))?;
                briefing_files.push((name, bytes));
            }
        }
        let mut briefings = Vec::new();
        for (name, bytes) in &briefing_files {
            let parsed = parse_bytes(Path::new(name), bytes.clone()).briefing;
            briefings.push((name.clone(), parsed.ok_or_else(|| ReportError::BadBriefing(name.clone()))?));
        }
        let briefing = briefings
            .iter()
            .find(|(n, _)| *n == last.briefing_file)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| ReportError::BadBriefing(last.briefing_file.clone()))?;
        Ok(Self { dir: dir.to_owned(), briefing, briefings, briefing_files, journal, read_back, state })
    }

    /// The briefing `session` presented: its own file, kept beside the journal when it
    /// started, not whatever the day's file says now.
    pub fn briefing_of(&self, session: &Session) -> &Briefing {
        self.briefings.iter().find(|(n, _)| *n == session.briefing_file).map_or(&self.briefing, |(_, b)| b)
    }

    /// The day as witness signatures name it.
    pub fn day_id(&self) -> String {
        day_id(&self.briefing.production, &self.briefing.date.to_string(), self.briefing.day)
    }

    /// The report's identifier: the day and the start of the journal's final hash, so
    /// two reports of the same journal carry the same id.
    pub fn report_id(&self) -> String {
        format!("SB-{}-D{:02}-{}", self.briefing.date, self.briefing.day, &self.read_back.last_hash[..12])
    }
}
