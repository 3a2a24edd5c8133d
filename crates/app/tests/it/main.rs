//! The app crate's integration tests, in one binary so they link once.
// Tests fail loudly and throw results away on purpose.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::let_underscore_must_use,
    clippy::let_underscore_untyped,
    clippy::unnecessary_wraps
)]

mod app_shape;
mod phones_follow;
mod ui_attendance;
mod ui_crew_import;
mod ui_day_13;
mod ui_editor;
mod ui_editor_traps;
mod ui_fonts;
mod ui_languages;
mod ui_present;
