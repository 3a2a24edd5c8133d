//! The briefing a command changes (`import-crew`, `import-scenes`) and the file it takes
//! from: read, or why not.

use std::io::Write;
use std::path::Path;

use setbrief_core::briefing::{Briefing, Loaded, load_file};

use super::exit;

/// What `reading` made of the command's input file; or, once the reason is written to
/// `err`, the exit code to end with.
pub fn input<T, E: std::fmt::Display>(reading: Result<T, E>, err: &mut impl Write) -> std::io::Result<Result<T, i32>> {
    match reading {
        Ok(read) => Ok(Ok(read)),
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            Ok(Err(exit::USAGE))
        }
    }
}

/// The briefing at `path` as read (its bytes keep its comments when it is saved) and
/// parsed; or, once the reason is written to `err`, the exit code to end with.
pub fn read(path: &Path, err: &mut impl Write) -> std::io::Result<Result<(Loaded, Briefing), i32>> {
    let loaded = match load_file(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(Err(exit::USAGE));
        }
    };
    let Some(briefing) = loaded.briefing.clone() else {
        writeln!(err, "setbrief: {} does not read as a briefing; `setbrief validate` says why", path.display())?;
        return Ok(Err(exit::ERRORS));
    };
    Ok(Ok((loaded, briefing)))
}
