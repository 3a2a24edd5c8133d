//! Signing in, the one path for every screen.
//!
//! Who may sign a session (each person once), what they must have confirmed, what a
//! signature and a typed text must be, and how a walk-in, a late arrival or a person
//! signed for by someone else is recorded.
//!
//! The laptop's screens and the phone server both build a [`SignInRequest`] and call
//! [`Day::sign_in`]; a refusal is a [`Refusal`], worded for the crew by
//! [`super::words::refusal`]. A phone's request came off the network and a laptop's was
//! typed in a hurry, so every field is bounded and every text is refused rather than
//! repaired when it holds what no name or concern holds (control characters, markup).

use crate::briefing::Lang;
use crate::time::SetTime;

use super::day::{Day, DayError};
use super::event::{Device, Event, OnBehalf, Person, Signature, SignatureProblem};

/// More than any hand signs in a few seconds; a signature is a few hundred points.
pub const MAX_SIGNATURE_POINTS: usize = 5_000;
pub const MAX_STROKES: usize = 200;
const MAX_NAME_CHARS: usize = 120;
const MAX_CONCERN_CHARS: usize = 2_000;
const MAX_ID_CHARS: usize = 64;

/// What a crew member gives when signing, on the laptop or on a phone.
#[derive(Clone, Debug)]
pub struct SignInRequest {
    pub session: u64,
    /// A roster name (its department and role are the roster's), or a walk-in as typed.
    pub person: Person,
    pub walk_in: bool,
    /// The name a walk-in said they are not, when asked "Are you ...?" about a name
    /// theirs looks like.
    pub not: Option<String>,
    pub language: Lang,
    /// One tick per line of [`Day::acknowledgements`] of the session in `language`,
    /// in order.
    pub acknowledged: Vec<bool>,
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

/// Why a sign-in is refused. Nothing is written for any of them but
/// [`Refusal::ConcernKept`], whose concern is.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("the {field} is empty, too long, or holds characters a {field} never has")]
    BadText { field: &'static str },
    #[error("{name} is not on the crew list: add yourself as a walk-in")]
    NotOnRoster { name: String },
    #[error("that is the name of {name}, who is on the crew list")]
    OnRosterAs { name: String },
    #[error("that name looks like {name}'s: are you {name}?")]
    LooksLike { name: String },
    #[error("every acknowledgement must be confirmed")]
    AcknowledgementsMissing,
    #[error("the signature has too many points")]
    SignatureTooLarge,
    #[error("{0}")]
    Signature(#[from] SignatureProblem),
    #[error("{name} already signed this session at {}", time.clock())]
    AlreadySigned { name: String, time: SetTime },
    /// Already signed; the concern sent with the sign-in was recorded all the same.
    #[error("{name} already signed at {}; the concern was recorded for the 1st AD", time.clock())]
    ConcernKept { name: String, time: SetTime },
    #[error("the session is closed: a late sign-in must say who briefed the person")]
    LateNeedsBriefer,
    /// Read on a phone, for a session whose briefing must be heard in person.
    #[error("this session's briefing must be heard in person: see the 1st AD")]
    MustBePresent,
    #[error("this briefing is not given in {}", .0.endonym())]
    LanguageNotOffered(Lang),
    #[error(transparent)]
    Day(#[from] DayError),
}

impl Refusal {
    /// A stable name for programs, and the key of the crew's words for it (the phone
    /// page and the laptop word it the same way).
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadText { .. } | Self::Day(DayError::NoName) => "bad_text",
            Self::NotOnRoster { .. } => "not_on_roster",
            Self::OnRosterAs { .. } => "on_roster_as",
            Self::LooksLike { .. } => "looks_like",
            Self::AcknowledgementsMissing => "acknowledgements_missing",
            Self::SignatureTooLarge | Self::Signature(_) => "signature_refused",
            Self::AlreadySigned { .. } => "already_signed",
            Self::ConcernKept { .. } => "already_signed_concern_kept",
            Self::LateNeedsBriefer => "late_needs_briefer",
            Self::LanguageNotOffered(_) => "language_not_offered",
            Self::MustBePresent => "must_be_present",
            Self::Day(DayError::NoSuchSession(_) | DayError::AlreadyClosed) => "session_closed",
            Self::Day(_) => "not_saved",
        }
    }

    /// The person the refusal is about, for words such as "{name} already signed".
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::NotOnRoster { name }
            | Self::OnRosterAs { name }
            | Self::LooksLike { name }
            | Self::AlreadySigned { name, .. }
            | Self::ConcernKept { name, .. } => Some(name),
            _ => None,
        }
    }

    /// When the person signed, for the refusals about an earlier sign-in.
    pub fn signed_at(&self) -> Option<SetTime> {
        match self {
            Self::AlreadySigned { time, .. } | Self::ConcernKept { time, .. } => Some(*time),
            _ => None,
        }
    }
}

/// `text` trimmed, if it is within `max` characters and holds no control characters
/// (but line breaks where `multiline`) and no markup brackets.
fn clean(text: &str, field: &'static str, max: usize, multiline: bool) -> Result<String, Refusal> {
    let text = text.trim();
    let allowed = |c: char| !(c.is_control() && !(multiline && (c == '\n' || c == '\t'))) && c != '<' && c != '>';
    if text.chars().count() > max || !text.chars().all(allowed) {
        return Err(Refusal::BadText { field });
    }
    Ok(text.to_owned())
}

/// `text` cleaned, refused when empty.
fn required(text: &str, field: &'static str, max: usize) -> Result<String, Refusal> {
    let text = clean(text, field, max, false)?;
    if text.is_empty() {
        return Err(Refusal::BadText { field });
    }
    Ok(text)
}

impl Day {
    /// Records a sign-in (and its concern, if any) and returns its receipt. A phone's
    /// submission already recorded returns its receipt again, marked as a retry.
    pub fn sign_in(&mut self, req: SignInRequest) -> Result<Receipt, Refusal> {
        let open = self.open_session(req.session)?.is_open();
        let device = match &req.device {
            Some(device) => Some(Device {
                // Each said on its own: a page that lost its ids is not told its name is wrong.
                browser: required(&device.browser, "phone id", MAX_ID_CHARS)?,
                submission: required(&device.submission, "submission id", MAX_ID_CHARS)?,
                address: device.address.clone(),
                read_on_phone: device.read_on_phone,
            }),
            None => None,
        };
        if let Some(done) = device.as_ref().and_then(|d| self.state.by_submission(req.session, &d.submission)) {
            let receipt = self.receipt(done.seq).ok_or(DayError::NoSuchSession(req.session))?;
            return Ok(Receipt { retry: true, ..receipt });
        }
        // A phone's link dies with the session; a late sign-in is given on the laptop,
        // by the person who briefed them.
        if !open && device.is_some() {
            return Err(DayError::AlreadyClosed.into());
        }
        if device.as_ref().is_some_and(|d| d.read_on_phone.is_some()) && !self.state.phone_reading_allowed(req.session)
        {
            return Err(Refusal::MustBePresent);
        }
        if !self.languages().contains(&req.language) {
            return Err(Refusal::LanguageNotOffered(req.language));
        }
        let person = self.signer(req.session, &req.person, req.walk_in, req.not.as_deref())?;
        let texts = self.acknowledgements(req.session, req.language);
        if texts.is_empty() || texts.len() != req.acknowledged.len() || req.acknowledged.contains(&false) {
            return Err(Refusal::AcknowledgementsMissing);
        }
        if req.signature.point_count() > MAX_SIGNATURE_POINTS || req.signature.strokes.len() > MAX_STROKES {
            return Err(Refusal::SignatureTooLarge);
        }
        req.signature.check()?;
        let late_briefed_by = if open {
            None
        } else {
            let by = clean(
                req.late_briefed_by.as_deref().unwrap_or_default(),
                "name of who briefed",
                MAX_NAME_CHARS,
                false,
            )?;
            if by.is_empty() {
                return Err(Refusal::LateNeedsBriefer);
            }
            Some(by)
        };
        let on_behalf = match &req.on_behalf {
            Some(b) => Some(OnBehalf {
                by: required(&b.by, "name of who signs", MAX_NAME_CHARS)?,
                reason: required(&b.reason, "reason", MAX_CONCERN_CHARS)?,
            }),
            None => None,
        };
        let concern = clean(req.concern.as_deref().unwrap_or_default(), "concern", MAX_CONCERN_CHARS, true)?;
        if let Some(done) = self.state.signed(req.session, &person.name) {
            let (name, time) = (done.person.name.clone(), done.time);
            // What they wrote is still a concern from them, and the 1st AD must see it.
            if !concern.is_empty() {
                self.raise_concern(req.session, &person.name, &concern)?;
                return Err(Refusal::ConcernKept { name, time });
            }
            return Err(Refusal::AlreadySigned { name, time });
        }
        if req.walk_in {
            self.record(Event::WalkInAdded { session: req.session, person: person.clone() })?;
        }
        let name = person.name.clone();
        let record = self.record(Event::SignedIn {
            session: req.session,
            person,
            walk_in: req.walk_in,
            language: req.language,
            acknowledgements: texts,
            signature: req.signature,
            late_briefed_by,
            on_behalf,
            device,
        })?;
        if !concern.is_empty() {
            self.raise_concern(req.session, &name, &concern)?;
        }
        Ok(self.receipt(record.seq).ok_or(DayError::NoSuchSession(req.session))?)
    }

    /// Who signs: the roster's entry for a roster name, or the walk-in as typed once
    /// it is neither a roster name nor one that looks like it (unless they said they
    /// are `not` that person). A screen asks this before the person confirms and signs,
    /// so they are told at the field they typed.
    pub fn signer(&self, session: u64, person: &Person, walk_in: bool, not: Option<&str>) -> Result<Person, Refusal> {
        let name = required(&person.name, "name", MAX_NAME_CHARS)?;
        if !walk_in {
            return self.roster_match(&name, session).ok_or(Refusal::NotOnRoster { name });
        }
        // Two people of one name cannot both sign one session: the second tells
        // themselves apart (a middle name, an initial).
        if let Some(on_roster) = self.roster_match(&name, session) {
            return Err(Refusal::OnRosterAs { name: on_roster.name });
        }
        // Asked until they say who they are not; the name is kept as typed.
        if let Some(alike) = self.look_alike(&name, session)
            && !crate::names::same_person(not.unwrap_or_default(), &alike.name)
        {
            return Err(Refusal::LooksLike { name: alike.name });
        }
        Ok(Person {
            name,
            department: clean(&person.department, "department", MAX_NAME_CHARS, false)?,
            role: clean(&person.role, "role", MAX_NAME_CHARS, false)?,
        })
    }

    /// The languages a crew member may sign in: the briefing's, as the 1st AD declared
    /// them (English when it declares none). The acknowledgements quote the briefing's
    /// own words, which exist in those languages only.
    pub fn languages(&self) -> Vec<Lang> {
        if self.briefing.languages.is_empty() { vec![Lang::En] } else { self.briefing.languages.clone() }
    }

    /// The receipt of sign-in `seq`, if it is one.
    pub fn receipt(&self, seq: u64) -> Option<Receipt> {
        let done = self.state.sign_ins.iter().rev().find(|s| s.seq == seq)?;
        Some(Receipt {
            name: done.person.name.clone(),
            time: done.time.clock(),
            record: done.seq,
            code: done.code.clone(),
            retry: false,
        })
    }
}
