//! The command line, run as a real binary on real files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod crash;
mod report;
mod two_writers;
mod validate;
