//! `setbrief close`: closes a day's open session from the command line, as the app's
//! console does, and prints the witness code to write down.
//!
//! Days run with `setbrief serve` or from scripts had no way to close, so they had no
//! witness code: the one thing that pins a journal against whoever holds the laptop.

use std::io::Write;
use std::path::{Path, PathBuf};

use setbrief_core::attendance::Day;
use setbrief_core::attendance::day::DayError;
use setbrief_core::attendance::journal::Journal;
use setbrief_core::attendance::state::DayState;
use setbrief_core::attendance::witness::Witness;
use setbrief_core::briefing::load_file;

use super::{Outcome, exit, terminal_qr};

#[derive(Debug, clap::Args)]
pub struct CloseArgs {
    /// The day, as YYYY-MM-DD (looked up under --data-dir).
    #[arg(long, conflicts_with = "day_folder", required_unless_present = "day_folder")]
    pub date: Option<String>,
    /// Or the day's folder itself.
    #[arg(long)]
    pub day_folder: Option<PathBuf>,
    /// Who closes the session (the 1st AD), recorded with it.
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

/// Closes the day's open sessions; prints each one's witness code and a QR code of it.
pub fn close(args: &CloseArgs, data_dir: &Path, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    if args.by.trim().is_empty() {
        writeln!(err, "setbrief: --by needs the name of the person closing the session")?;
        return Ok(exit::USAGE);
    }
    let folder = match super::report::day_folder_of(data_dir, args.date.as_deref(), args.day_folder.as_deref(), err)? {
        Ok(folder) => folder,
        Err(code) => return Ok(code),
    };
    let read_back = match Journal::read(&folder.join(setbrief_core::attendance::day::JOURNAL_FILE)) {
        Ok(rb) => rb,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let state = DayState::replay(&read_back.records);
    let Some(last) = state.sessions.last() else {
        writeln!(err, "setbrief: {} has no session to close", folder.display())?;
        return Ok(exit::USAGE);
    };
    // The day is opened from the briefing its last session presented, kept beside the
    // journal: the same file, so the same day folder, whatever the briefings folder holds now.
    let loaded = match load_file(&folder.join(&last.briefing_file)) {
        Ok(loaded) => loaded,
        Err(e) => {
            writeln!(err, "setbrief: the day's briefing copy cannot be read: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let day_data_dir = folder.parent().and_then(Path::parent).unwrap_or(data_dir);
    let mut day = match Day::open(day_data_dir, &loaded) {
        Ok(day) if same_folder(&day.dir, &folder) => day,
        Ok(day) => {
            writeln!(
                err,
                "setbrief: {} is not where setbrief keeps this day ({}): give the day's own folder",
                folder.display(),
                day.dir.display()
            )?;
            return Ok(exit::USAGE);
        }
        Err(e @ DayError::OpenElsewhere { .. }) => {
            writeln!(
                err,
                "setbrief: {e}. Stop it first (Ctrl+C in `setbrief serve`, or close the session in the app's console), then run this again"
            )?;
            return Ok(exit::ERRORS);
        }
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let open: Vec<u64> = day.state.sessions.iter().filter(|s| s.is_open()).map(|s| s.id).collect();
    if open.is_empty() {
        writeln!(err, "setbrief: no session of this day is open")?;
        if let Some(head) = day.head() {
            writeln!(out, "The journal's head: witness code {}", head.describe())?;
        }
        return Ok(exit::USAGE);
    }
    for session in open {
        if let Err(e) = day.close_session(session, args.by.trim()) {
            writeln!(err, "setbrief: cannot close session {}: {e}", day.state.session_number(session))?;
            return Ok(exit::ERRORS);
        }
        let Some(head) = day.head().cloned() else { continue };
        print_code(&day, session, &head, out)?;
    }
    Ok(exit::OK)
}

fn print_code(day: &Day, session: u64, head: &Witness, out: &mut impl Write) -> std::io::Result<()> {
    let b = &day.briefing;
    writeln!(
        out,
        "Session {} of {} day {} ({}) closed by {} at {}.",
        day.state.session_number(session),
        b.production,
        b.day,
        b.date,
        day.state.session(session).and_then(|s| s.closed.as_ref()).map_or("", |(_, by)| by.as_str()),
        head.time.clock()
    )?;
    writeln!(out, "Witness code: {}  (record {})", head.code, head.seq)?;
    writeln!(out, "{}", terminal_qr(&format!("{}:{}", head.seq, head.code)))?;
    writeln!(
        out,
        "Write it on the production report or photograph it now; `setbrief verify REPORT --witness {}:{}` checks a report against it.",
        head.seq, head.code
    )
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
