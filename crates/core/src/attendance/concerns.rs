//! Concerns a crew member raises, and the 1st AD's answer to each; voiding a
//! mistaken record. Both add records: nothing in the journal is ever changed.

use super::day::{Day, DayError};
use super::event::Event;

impl Day {
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
            .or_else(|| self.state.role_sign_offs.iter().find(|s| s.seq == target).map(|s| s.voided.is_some()))
            .or_else(|| self.state.weapon_checks.iter().find(|c| c.seq == target).map(|c| c.voided.is_some()));
        match voided {
            None => Err(DayError::NotVoidable(target)),
            Some(true) => Err(DayError::AlreadyVoided(target)),
            Some(false) => {
                self.record(Event::Voided { target, by: by.to_owned(), reason: reason.trim().to_owned() })?;
                Ok(())
            }
        }
    }
}
