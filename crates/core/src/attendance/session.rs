//! Sessions: a briefing held at a moment of the day (crew call, a scene, a changed
//! plan), what it asks the crew to confirm, and when signing for it is late.

use crate::briefing::Lang;

use super::acknowledgements;
use super::day::{Day, DayError};
use super::event::{Event, SessionKind};
use super::pin::hash_pin;

impl Day {
    /// Starts a session covering `scenes`, run by `run_by`, with the PIN that unlocks
    /// sign-in mode. Returns the session's id.
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
        self.ensure_writer()?;
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

    /// What a crew member confirms when signing for `session`, in `lang`.
    pub fn acknowledgements(&self, session: u64, lang: Lang) -> Vec<String> {
        let scenes = self.state.session(session).map(|s| s.scenes.as_slice()).unwrap_or_default();
        acknowledgements::for_session(&self.briefing, scenes, lang)
    }

    /// Whether signing for `session` now is late: it has closed, so the person must
    /// say who briefed them.
    pub fn is_late(&self, session: u64) -> bool {
        self.state.session(session).is_some_and(|s| !s.is_open())
    }
}
