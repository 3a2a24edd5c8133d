//! `setbrief new --from FILE [--date D] --out NEWFILE`: tomorrow's briefing.
//!
//! Made from today's (day + 1, the next date, the same people and emergency
//! information, open incidents carried, no scenes yet), written atomically, never over
//! an existing file.

use std::io::Write;
use std::path::PathBuf;

use setbrief_core::briefing::load_file;
use setbrief_core::briefing::write::{next_day, to_ron};
use setbrief_core::fs::write_atomically;

use super::{Outcome, exit};

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Today's briefing, to make the next day from.
    #[arg(long)]
    pub from: PathBuf,
    /// The new day's date, as YYYY-MM-DD (default: the day after).
    #[arg(long)]
    pub date: Option<jiff::civil::Date>,
    /// Where to write the new briefing; it must not exist yet.
    #[arg(long)]
    pub out: PathBuf,
}

pub fn new(args: &NewArgs, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let loaded = match load_file(&args.from) {
        Ok(loaded) => loaded,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::USAGE);
        }
    };
    let Some(today) = loaded.briefing else {
        writeln!(err, "setbrief: {} does not read as a briefing; `setbrief validate` says why", args.from.display())?;
        return Ok(exit::ERRORS);
    };
    if args.out.exists() {
        writeln!(err, "setbrief: {} exists; give a new file name", args.out.display())?;
        return Ok(exit::USAGE);
    }
    let tomorrow = next_day(&today, args.date);
    let text = match to_ron(&tomorrow) {
        Ok(text) => text,
        Err(e) => {
            writeln!(err, "setbrief: cannot write the briefing: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    if let Err(e) = write_atomically(&args.out, text.as_bytes()) {
        writeln!(err, "setbrief: cannot write {}: {e}", args.out.display())?;
        return Ok(exit::ERRORS);
    }
    let carried = tomorrow.incidents.len();
    writeln!(
        out,
        "Wrote {}: day {} on {}, {} contacts, {} crew, {carried} open incident{} carried, no scenes yet.",
        args.out.display(),
        tomorrow.day,
        tomorrow.date,
        tomorrow.contacts.len(),
        tomorrow.crew.len(),
        if carried == 1 { "" } else { "s" }
    )?;
    Ok(exit::OK)
}
