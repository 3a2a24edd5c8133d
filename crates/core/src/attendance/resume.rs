//! A restart on the record.
//!
//! The program says in the journal when it is quit with a session open ([`Day::stopped`]); at the next start, a day whose open session has no
//! such word was stopped uncleanly (a crash, a kill, a power cut), and the journal says
//! that too, with the last record before it, and whether the briefing file is still
//! the version the session recorded.

use super::day::{Day, DayError};
use super::event::Event;

/// What a start found about the day's open session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resumption {
    pub session: u64,
    /// The program was not quit cleanly: a crash, a kill or a power cut.
    pub unclean: bool,
    /// The briefing file now differs from the version the session recorded: the 1st
    /// AD chooses, as when it changes while the program runs.
    pub briefing_differs: bool,
}

impl Day {
    /// The program is being quit with `session` open: said, so the next start knows
    /// the stop was clean.
    pub fn stopped(&mut self, session: u64) -> Result<(), DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        self.record(Event::Stopped { session })?;
        Ok(())
    }

    /// At the program's start: records that the day's open session resumes, cleanly or
    /// not, and whether the briefing file differs from the session's version. Nothing
    /// when no session is open or the day is someone else's to write.
    pub fn resume(&mut self) -> Result<Option<Resumption>, DayError> {
        let Some(session) = self.state.open_session() else { return Ok(None) };
        if self.is_read_only() {
            return Ok(None);
        }
        let unclean = !self.state.stopped_cleanly;
        let last = self.state.last_record;
        let briefing_differs = self.differs_from_session(session);
        self.record(Event::Resumed {
            session,
            unclean,
            last_record: last.map(|(seq, _)| seq),
            last_record_at: last.map(|(_, time)| time.to_string()),
            briefing_differs,
        })?;
        Ok(Some(Resumption { session, unclean, briefing_differs }))
    }

    /// Whether the briefing open now is not the version `session` goes on with.
    pub fn differs_from_session(&self, session: u64) -> bool {
        self.state.session(session).is_some_and(|s| s.current_sha256() != self.briefing_sha256)
    }
}
