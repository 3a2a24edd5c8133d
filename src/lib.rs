//! setbrief: on-set safety briefings that cannot be skipped, are quick to run, and
//! can be proven afterwards.
//!
//! The domain core ([`briefing`]) has no GUI types in it, so the command line and
//! the tests use it directly; the egui app is a thin layer over it.

pub mod app;
pub mod attendance;
pub mod briefing;
pub mod cli;
pub mod deck;
pub mod present;
pub mod report;
