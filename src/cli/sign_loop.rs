//! Hidden: `setbrief sign-loop FILE` signs made-up people in a loop through the core
//! and prints `saved SEQ NAME` after each one is on disk. External crash tests kill it
//! at random and check that every printed sign-in is in the journal.

use std::io::Write;
use std::path::{Path, PathBuf};

use setbrief_core::attendance::{Day, Person, SessionKind, SignInRequest, Signature, Stroke};
use setbrief_core::briefing::{Lang, load_file};

use super::{Outcome, exit};

#[derive(Debug, clap::Args)]
pub struct SignLoop {
    pub file: PathBuf,
}

/// Signs until killed or until something fails; returns only then.
pub fn sign_loop(args: &SignLoop, data_dir: &Path, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let loaded = match load_file(&args.file) {
        Ok(l) => l,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::USAGE);
        }
    };
    let mut day = match Day::open(data_dir, &loaded) {
        Ok(d) => d,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let open = day.state.sessions.iter().find(|s| s.is_open()).map(|s| s.id);
    // A crash test, not a briefing: it runs on whatever day the machine's clock says.
    let other_day = day.other_day();
    let session = match open
        .map_or_else(|| day.start_session(SessionKind::Main, Vec::new(), "Crash Test", "0000", other_day), Ok)
    {
        Ok(id) => id,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let acks = day.acknowledgements(session, Lang::En).len();
    let points: Vec<[f32; 3]> =
        (0..120).map(|i| [10.0 + i as f32 * 3.0, 50.0 + (i as f32 / 5.0).sin() * 30.0, i as f32 * 8.0]).collect();
    for n in day.state.sign_ins.len().. {
        let name = format!("Crash Person {n:06}");
        let request = SignInRequest {
            session,
            person: Person { name: name.clone(), department: "Test".into(), role: "Test".into() },
            walk_in: true,
            not: None,
            language: Lang::En,
            acknowledged: vec![true; acks],
            signature: Signature { width: 400.0, height: 150.0, strokes: vec![Stroke { points: points.clone() }] },
            late_briefed_by: None,
            on_behalf: None,
            concern: None,
            device: None,
        };
        match day.sign_in(request) {
            Ok(receipt) => {
                writeln!(out, "saved {} {name}", receipt.record)?;
                out.flush()?;
            }
            Err(e) => {
                writeln!(err, "setbrief: {e}")?;
                return Ok(exit::ERRORS);
            }
        }
    }
    Ok(exit::OK)
}
