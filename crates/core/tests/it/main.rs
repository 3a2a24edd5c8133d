//! The core crate's integration tests, in one binary so they link once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod attendance;
mod examples;
mod load_errors;
mod loader_never_panics;
mod pictograms;
mod rules;
