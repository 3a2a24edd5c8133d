//! One writer per day.
//!
//! Two copies of setbrief appending to one journal would each chain from their own idea
//! of the last record, forking the chain; so whoever writes a day holds an exclusive
//! lock on its journal (`flock` on Linux, dropped by the OS when the process ends, so a
//! crash leaves no stale lock), and notes in `writer.json` beside it who they are, so a
//! second copy can say who has the day.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::time::SetTime;

/// The file beside the journal naming the process that holds it.
pub const WRITER_FILE: &str = "writer.json";

/// Who holds a day's journal for writing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Writer {
    pub pid: u32,
    /// When it took the day, on the set's clock.
    pub since: SetTime,
    /// The program and version, e.g. "setbrief 0.1.0".
    pub program: String,
}

impl Writer {
    pub fn this_process(since: SetTime) -> Self {
        Self { pid: std::process::id(), since, program: format!("setbrief {}", env!("CARGO_PKG_VERSION")) }
    }

    /// "since 07:12, process 4711"
    pub fn describe(&self) -> String {
        format!("since {}, process {}", self.since.clock(), self.pid)
    }
}

/// Records this process as the day's writer. Best effort: the lock is what keeps
/// writers apart; this file only lets the next one say who has the day.
pub fn note(dir: &Path, writer: &Writer) {
    if let Ok(json) = serde_json::to_vec_pretty(writer) {
        crate::fs::write_atomically(&dir.join(WRITER_FILE), &json).ok();
    }
}

/// Who the writer is, as they noted it (absent if they could not write the note).
pub fn read(dir: &Path) -> Option<Writer> {
    serde_json::from_slice(&std::fs::read(dir.join(WRITER_FILE)).ok()?).ok()
}
