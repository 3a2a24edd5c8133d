//! A sign-in that arrives from a crew member's phone: checked here, by the same rules
//! as the laptop's screens, before it becomes a [`SignInRequest`].
//!
//! Everything in a [`RemoteSignIn`] came off the network, so every field is bounded
//! and every text is refused rather than repaired when it holds what no name or
//! concern holds (control characters, markup).

use serde::Deserialize;

use crate::briefing::Lang;

use super::day::{Day, DayError};
use super::event::{Device, Person, Signature};
use super::sign_in::{Receipt, SignInRequest};

/// More than any hand signs in a few seconds; a signature is a few hundred points.
pub const MAX_SIGNATURE_POINTS: usize = 5_000;
pub const MAX_STROKES: usize = 200;
const MAX_NAME_CHARS: usize = 120;
const MAX_CONCERN_CHARS: usize = 2_000;
const MAX_ID_CHARS: usize = 64;

/// What a phone sends: the JSON body of a sign-in, field for field.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RemoteSignIn {
    /// A name from the session's roster, or a walk-in's name.
    pub name: String,
    #[serde(default)]
    pub walk_in: bool,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub role: String,
    pub language: Lang,
    /// One tick per acknowledgement of the session in `language`, in order.
    pub acknowledged: Vec<bool>,
    pub signature: Signature,
    #[serde(default)]
    pub concern: String,
    /// The phone's own id, kept in its browser.
    pub browser: String,
    /// This submission's id, the same on every retry of it.
    pub submission: String,
    /// The name a walk-in said they are not, when asked "Are you ...?" about a name
    /// theirs looks like.
    #[serde(default)]
    pub not: String,
}

/// Why a phone's sign-in is refused. Nothing is written for any of them.
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
    /// Already signed; the concern sent with the sign-in was recorded all the same.
    #[error("{name} already signed at {}; the concern was recorded for the 1st AD", time.clock())]
    ConcernKept { name: String, time: crate::time::SetTime },
    #[error(transparent)]
    Day(#[from] DayError),
}

impl Refusal {
    /// A stable name for programs (and the phone page, which words it for the crew).
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadText { .. } | Self::Day(DayError::NoName) => "bad_text",
            Self::NotOnRoster { .. } => "not_on_roster",
            Self::OnRosterAs { .. } => "on_roster_as",
            Self::LooksLike { .. } => "looks_like",
            Self::AcknowledgementsMissing | Self::Day(DayError::AcknowledgementsMissing) => "acknowledgements_missing",
            Self::SignatureTooLarge | Self::Day(DayError::Signature(_)) => "signature_refused",
            Self::Day(DayError::AlreadySigned { .. }) => "already_signed",
            Self::ConcernKept { .. } => "already_signed_concern_kept",
            Self::Day(DayError::NoSuchSession(_) | DayError::AlreadyClosed) => "session_closed",
            Self::Day(_) => "not_saved",
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

impl Day {
    /// Records a sign-in sent from a phone at network `address`, by the laptop's rules,
    /// and returns its receipt. A submission already recorded returns its receipt again.
    pub fn remote_sign_in(&mut self, session: u64, sent: RemoteSignIn, address: &str) -> Result<Receipt, Refusal> {
        let open = self.open_session(session)?.is_open();
        let browser = clean(&sent.browser, "phone id", MAX_ID_CHARS, false)?;
        let submission = clean(&sent.submission, "submission id", MAX_ID_CHARS, false)?;
        // Each said on its own: a page that lost its ids is not told its name is wrong.
        if browser.is_empty() {
            return Err(Refusal::BadText { field: "phone id" });
        }
        if submission.is_empty() {
            return Err(Refusal::BadText { field: "submission id" });
        }
        if let Some(done) = self.state.by_submission(session, &submission) {
            let receipt = self.receipt(done.seq).ok_or(Refusal::Day(DayError::NoSuchSession(session)))?;
            return Ok(Receipt { retry: true, ..receipt });
        }
        if !open {
            return Err(DayError::AlreadyClosed.into());
        }
        let name = clean(&sent.name, "name", MAX_NAME_CHARS, false)?;
        if name.is_empty() {
            return Err(Refusal::BadText { field: "name" });
        }
        let person = if sent.walk_in {
            if let Some(on_roster) = self.roster_match(&name, session) {
                return Err(Refusal::OnRosterAs { name: on_roster.name });
            }
            // Asked until the phone says who they are not; the name is kept as typed.
            if let Some(alike) = self.look_alike(&name, session)
                && !crate::names::same_person(&sent.not, &alike.name)
            {
                return Err(Refusal::LooksLike { name: alike.name });
            }
            Person {
                name,
                department: clean(&sent.department, "department", MAX_NAME_CHARS, false)?,
                role: clean(&sent.role, "role", MAX_NAME_CHARS, false)?,
            }
        } else {
            let wanted = crate::names::fold(&name);
            self.state
                .roster_for(&self.briefing, session)
                .into_iter()
                .find(|p| crate::names::fold(&p.name) == wanted)
                .ok_or(Refusal::NotOnRoster { name })?
        };
        let texts = self.acknowledgements(session, sent.language);
        if texts.len() != sent.acknowledged.len() || sent.acknowledged.contains(&false) {
            return Err(Refusal::AcknowledgementsMissing);
        }
        if sent.signature.point_count() > MAX_SIGNATURE_POINTS || sent.signature.strokes.len() > MAX_STROKES {
            return Err(Refusal::SignatureTooLarge);
        }
        let concern = clean(&sent.concern, "concern", MAX_CONCERN_CHARS, true)?;
        let name = person.name.clone();
        let signed = self.sign_in(SignInRequest {
            session,
            person,
            walk_in: sent.walk_in,
            language: sent.language,
            acknowledgements: texts.into_iter().map(|t| (t, true)).collect(),
            signature: sent.signature,
            late_briefed_by: None,
            on_behalf: None,
            concern: Some(concern.clone()),
            device: Some(Device { address: address.to_owned(), browser, submission }),
        });
        match signed {
            Ok(seq) => self.receipt(seq).ok_or(Refusal::Day(DayError::NoSuchSession(session))),
            // Refused because they signed already: what they wrote is still a concern
            // from them, and the 1st AD must see it.
            Err(DayError::AlreadySigned { name: signed_as, time }) if !concern.is_empty() => {
                self.raise_concern(session, &name, &concern)?;
                Err(Refusal::ConcernKept { name: signed_as, time })
            }
            Err(e) => Err(e.into()),
        }
    }
}
