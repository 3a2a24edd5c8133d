//! Crew who missed a session's briefing reading it on their phones before they sign.
//!
//! Whether that is enough is the 1st AD's call, session by session, and on the record:
//! by default a day's briefing, a location move or new crew allow it, while a scene's
//! own briefing (a hazardous scene about to be shot, or a changed plan) needs the person
//! there, as the Rust set's rehearsal showed (SAFETY.md: scene-level briefings).

use super::event::Event;
use super::state::DayState;
use super::{Day, DayError};

impl DayState {
    /// Whether a crew member who missed `session`'s briefing may read it on a phone
    /// and sign.
    pub fn phone_reading_allowed(&self, session: u64) -> bool {
        self.phone_reading
            .get(&session)
            .copied()
            .unwrap_or_else(|| self.session(session).is_some_and(|s| !s.kind.is_at_the_scene()))
    }

    pub(super) fn apply_phone_reading(&mut self, session: u64, allowed: bool) {
        self.phone_reading.insert(session, allowed);
    }
}

impl Day {
    /// The 1st AD `by` allows (or stops allowing) reading `session`'s briefing on a
    /// phone in place of hearing it. Recorded only when it changes.
    pub fn allow_phone_reading(&mut self, session: u64, allowed: bool, by: &str) -> Result<(), DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        if self.state.phone_reading_allowed(session) != allowed {
            self.record(Event::PhoneReading { session, allowed, by: by.to_owned() })?;
        }
        Ok(())
    }
}
