//! The app crate's integration tests, in one binary so they link once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod ui_attendance;
mod ui_present;
