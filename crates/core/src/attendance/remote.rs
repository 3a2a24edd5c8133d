//! A sign-in as a phone sends it: the JSON body, field for field, turned into the
//! [`SignInRequest`] every screen sends. No rule lives here; [`Day::sign_in`] judges
//! it like any other.
//!
//! [`Day::sign_in`]: super::Day::sign_in

use serde::Deserialize;

use crate::briefing::Lang;

use super::event::{Device, Person, Signature};
use super::sign_in::SignInRequest;

/// What a phone sends: the JSON body of a sign-in. Unknown fields are refused, so a
/// page and a server that disagree are noticed rather than half-understood.
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
    /// The person missed the briefing and read its slides on the phone first.
    #[serde(default)]
    pub read_on_phone: Option<super::event::PhoneReading>,
}

impl RemoteSignIn {
    /// The request for `session`, sent from network `address`.
    pub fn into_request(self, session: u64, address: &str) -> SignInRequest {
        SignInRequest {
            session,
            person: Person { name: self.name, department: self.department, role: self.role },
            walk_in: self.walk_in,
            not: Some(self.not).filter(|n| !n.is_empty()),
            language: self.language,
            acknowledged: self.acknowledged,
            signature: self.signature,
            late_briefed_by: None,
            on_behalf: None,
            concern: Some(self.concern).filter(|c| !c.is_empty()),
            device: Some(Device {
                address: address.to_owned(),
                browser: self.browser,
                submission: self.submission,
                read_on_phone: self.read_on_phone,
            }),
        }
    }
}
