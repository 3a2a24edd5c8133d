//! setbrief's domain, with no GUI and no server types, so every front end (the egui
//! app, the command line, the phone page) calls the same rules:
//!
//! - [`briefing`]: what a briefing file holds, how it is read, the hazard table and
//!   the safety rules;
//! - [`attendance`]: a shooting day's sessions and sign-ins, who may sign what, and
//!   the hash-chained journal they are stored in;
//! - [`deck`]: the slides generated from a briefing and their pagination;
//! - [`present`]: moving through the deck;
//! - [`names`]: how people's names are searched and compared;
//! - [`files`]: reading a record's files as plain files of a bounded size.

pub mod attendance;
pub mod briefing;
pub mod deck;
pub mod digest;
pub mod files;
pub mod fs;
pub mod language;
pub mod names;
pub mod present;
pub mod script;
pub mod time;
pub mod typed_path;
