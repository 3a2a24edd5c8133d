//! The command line, run as a real binary on real files.
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

mod crash;
mod log;
mod new;
mod record;
mod report;
mod serve;
mod two_writers;
mod validate;
