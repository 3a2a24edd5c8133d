//! Sessions: a briefing held at a moment of the day (crew call, a scene, a changed
//! plan), what it asks the crew to confirm, and when signing for it is late.

use crate::briefing::Lang;

use super::acknowledgements;
use super::day::{Day, DayError};
use super::event::{Event, OtherDay, SessionKind};
use super::pin::hash_pin;
use super::presented::Presented;

impl Day {
    /// Starts a session covering `scenes`, run by `run_by`, with the PIN that unlocks
    /// sign-in mode. Returns the session's id.
    ///
    /// On a day other than the briefing's, `confirmed` must be [`Day::other_day`] as
    /// shown to the person starting it: both dates go on the record.
    pub fn start_session(
        &mut self,
        kind: SessionKind,
        scenes: Vec<String>,
        run_by: &str,
        pin: &str,
        confirmed: Option<OtherDay>,
    ) -> Result<u64, DayError> {
        if run_by.trim().is_empty() {
            return Err(DayError::NoName);
        }
        let other_day = self.other_day();
        if let Some(needed) = other_day
            && confirmed != Some(needed)
        {
            return Err(DayError::NotTheBriefingDate { briefing_date: needed.briefing_date, today: needed.held_on });
        }
        let secret = self.laptop()?.pin_secret().to_vec();
        let pin_hash = hash_pin(pin, &secret)?;
        if let Some(other) = other_day {
            self.follow_held_day(other.held_on)?;
        }
        self.ensure_writer()?;
        self.keep_briefing_copy()?;
        let held_on = other_day.map_or(self.briefing.date, |d| d.held_on);
        let presented = Presented::for_session(&self.briefing, kind, &scenes, held_on);
        let record = self.record(Event::SessionStarted {
            kind,
            scenes,
            presented: Some(Box::new(presented)),
            run_by: run_by.trim().to_owned(),
            briefing_sha256: self.briefing_sha256.clone(),
            briefing_file: self.briefing_file.clone(),
            pin_hash,
            other_day,
        })?;
        Ok(record.seq)
    }

    /// The briefing file changed on disk under open `session`, and this day was opened
    /// on the new version: the session goes on with it, on the record, with a copy of
    /// the new file beside the journal.
    pub fn continue_on_this_version(&mut self, session: u64) -> Result<(), DayError> {
        let s = self.open_session(session)?;
        if !s.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        if s.current_sha256() == self.briefing_sha256 {
            return Ok(());
        }
        self.ensure_writer()?;
        self.keep_briefing_copy()?;
        self.record(Event::BriefingChanged {
            session,
            briefing_sha256: self.briefing_sha256.clone(),
            briefing_file: self.briefing_file.clone(),
        })?;
        Ok(())
    }

    pub fn close_session(&mut self, session: u64, by: &str) -> Result<(), DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        self.record(Event::SessionClosed { session, by: by.to_owned() })?;
        self.forget_phone_link(session);
        Ok(())
    }

    /// Hands the laptop to the crew: sign-in mode for `session`, on the record, so a
    /// restart comes back to it.
    pub fn lock(&mut self, session: u64) -> Result<(), DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        self.record(Event::Locked { session })?;
        Ok(())
    }

    /// The session's PIN ended sign-in mode.
    pub fn unlock(&mut self, session: u64) -> Result<(), DayError> {
        self.record(Event::Unlocked { session })?;
        Ok(())
    }

    /// A wrong PIN was tried: on the record, so repeated tries show in the report.
    pub fn wrong_pin(&mut self, session: u64) -> Result<(), DayError> {
        self.record(Event::WrongPin { session })?;
        Ok(())
    }

    /// What a crew member confirms when signing for `session`, in `lang`.
    pub fn acknowledgements(&self, session: u64, lang: Lang) -> Vec<String> {
        let Some(session) = self.state.session(session) else {
            return acknowledgements::for_session(&self.briefing, &[], lang);
        };
        acknowledgements::for_session_on(&self.briefing, &session.scenes, session.held_on(&self.briefing), lang)
    }

    /// Whether signing for `session` now is late: it has closed, so the person must
    /// say who briefed them.
    pub fn is_late(&self, session: u64) -> bool {
        self.state.session(session).is_some_and(|s| !s.is_open())
    }
}

/// What the 1st AD (or the safety representative) states in signing the day's report,
/// in the language they read it in.
pub fn report_statement(lang: Lang) -> &'static str {
    crate::language::Words::new("report.sign_statement").get(lang)
}

impl Day {
    /// The day's report signed by `name` as `role` (the 1st AD or a safety
    /// representative named for the day), who read its statement in `lang`.
    pub fn sign_report(
        &mut self,
        role: crate::briefing::Role,
        name: &str,
        lang: Lang,
        signature: super::event::Signature,
    ) -> Result<u64, DayError> {
        use crate::briefing::Role;
        if !matches!(role, Role::FirstAd | Role::SafetyRep) {
            return Err(DayError::NotAuthorised { name: name.to_owned(), role });
        }
        if !self.holders_of(role).iter().any(|n| crate::names::same_person(n, name)) {
            return Err(DayError::NotAuthorised { name: name.to_owned(), role });
        }
        signature.check()?;
        let record = self.record(Event::ReportSignedOff {
            role,
            name: name.trim().to_owned(),
            statement: report_statement(lang).to_owned(),
            signature,
        })?;
        Ok(record.seq)
    }
}
