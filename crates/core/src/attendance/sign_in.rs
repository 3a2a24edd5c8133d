//! Signing in: who may sign a session (each person once), what they must have
//! confirmed, and how a walk-in, a late arrival or a person signed for by someone
//! else is recorded.

use crate::briefing::Lang;

use super::day::{Day, DayError};
use super::event::{Device, Event, OnBehalf, Person, Signature};

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
    /// The phone it comes from; `None` on the laptop.
    pub device: Option<Device>,
}

/// What a crew member keeps of their sign-in: enough to show later that the record
/// existed, and to catch a journal rewritten after it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Receipt {
    pub name: String,
    /// On the set's clock, `07:12`.
    pub time: String,
    pub record: u64,
    /// The record's witness code (see [`super::witness`]).
    pub code: String,
    /// This receipt was given before: the phone sent the same submission again (its
    /// answer was lost, or the laptop restarted). Said to whoever counts sign-ins, never
    /// part of the receipt itself.
    #[serde(skip)]
    pub retry: bool,
}

impl Day {
    /// Whether `name` may sign `session` now: once per session, and not for a
    /// session that does not exist.
    pub fn may_sign(&self, session: u64, name: &str) -> Result<(), DayError> {
        self.open_session(session)?;
        match self.state.signed(session, name) {
            Some(done) => Err(DayError::AlreadySigned { name: done.person.name.clone(), time: done.time }),
            None => Ok(()),
        }
    }

    /// Records a sign-in (and its concern, if any). Returns the sign-in's sequence number.
    pub fn sign_in(&mut self, req: SignInRequest) -> Result<u64, DayError> {
        let session = self.open_session(req.session)?.clone();
        if let Some(done) = req.device.as_ref().and_then(|d| self.state.by_submission(req.session, &d.submission)) {
            return Ok(done.seq);
        }
        let name = req.person.name.trim().to_owned();
        if name.is_empty() {
            return Err(DayError::NoName);
        }
        self.may_sign(req.session, &name)?;
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
            device: req.device,
        })?;
        if let Some(text) = req.concern.filter(|c| !c.trim().is_empty()) {
            self.raise_concern(req.session, &name, &text)?;
        }
        Ok(record.seq)
    }

    /// The receipt of sign-in `seq`, if it is one.
    pub fn receipt(&self, seq: u64) -> Option<Receipt> {
        let done = self.state.sign_ins.iter().find(|s| s.seq == seq)?;
        Some(Receipt {
            name: done.person.name.clone(),
            time: done.time.clock(),
            record: done.seq,
            code: done.code.clone(),
            retry: false,
        })
    }
}
