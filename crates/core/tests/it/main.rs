//! The core crate's integration tests, in one binary so they link once.
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

mod attendance;
mod crew_lists;
mod examples;
mod load_errors;
mod loader_never_panics;
mod module_shape;
mod pictograms;
mod rules;
mod scripts;
