//! Attendance: sessions, sign-ins, role sign-offs and concerns, kept in an
//! append-only, hash-chained journal that never loses a signature. No GUI types.

pub mod acknowledgements;
pub mod chronology;
pub mod concerns;
pub mod crew_list;
pub mod day;
pub mod event;
mod held_day;
pub mod journal;
pub mod laptop;
pub mod look_alikes;
pub mod phone_link;
pub mod phone_reading;
pub mod pin;
pub mod presented;
pub mod remote;
pub mod resume;
pub mod role_sign_off;
pub mod roster;
pub mod session;
pub mod session_kind;
pub mod shared;
pub mod sign_in;
pub mod state;
pub mod witness;
pub mod words;
pub mod writer;

pub use day::{Day, DayError};
pub use event::{Device, Event, OnBehalf, OtherDay, Person, PhoneReading, SessionKind, Signature, Stroke};
pub use role_sign_off::{PendingSignOff, RoleSignOffRequest};
pub use shared::{DayGuard, SharedDay};
pub use sign_in::{Receipt, Refusal, SignInRequest};
pub use state::{Counts, DayState};
