//! Attendance: sessions, sign-ins, role sign-offs and concerns, kept in an
//! append-only, hash-chained journal that never loses a signature. No GUI types.

pub mod acknowledgements;
pub mod day;
pub mod event;
pub mod journal;
pub mod pin;
pub mod roster_csv;
pub mod state;
pub mod writer;

pub use day::{Day, DayError, RoleSignOffRequest, SignInRequest};
pub use event::{Event, OnBehalf, Person, SessionKind, Signature, Stroke};
pub use state::{Counts, DayState};
