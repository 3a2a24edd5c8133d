//! `setbrief serve BRIEFING`: the phone sign-in server without a window, for a laptop
//! on a table (or a test). Serves the day's open session, or starts one with
//! `--run-by NAME --pin PIN`, prints the page's address and a QR code, and stops
//! cleanly on Ctrl+C.

use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, PoisonError};

use setbrief_core::attendance::{Day, Receipt, SessionKind, SharedDay};
use setbrief_core::briefing::load_file;
use setbrief_phone::{Config, DEFAULT_PORT, Flag, Listener, PhoneServer};

use super::{Outcome, exit, terminal_qr};

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The day's briefing file.
    pub briefing: PathBuf,
    /// The port phones connect to.
    #[arg(long, default_value_t = DEFAULT_PORT)]
    pub port: u16,
    /// The address to listen on: every network the laptop is on by default; give
    /// 127.0.0.1 to keep it on this machine (tests).
    #[arg(long, default_value = "0.0.0.0")]
    pub bind: IpAddr,
    /// Start a main briefing session run by NAME if none is open.
    #[arg(long, value_name = "NAME", requires = "pin")]
    pub run_by: Option<String>,
    /// The new session's PIN (with --run-by).
    #[arg(long, requires = "run_by")]
    pub pin: Option<String>,
    /// Today's date, confirming that a briefing dated another day is held today
    /// (with --run-by).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "run_by")]
    pub held_on: Option<jiff::civil::Date>,
}

/// What the command prints while serving, in order, from the thread that owns stdout.
enum Line {
    Text(String),
    Stop(std::io::Result<()>),
}

/// Hands each sign-in and each flag to the printing thread, one line each.
struct Printer(Mutex<Sender<Line>>);

impl Printer {
    fn say(&self, text: String) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).send(Line::Text(text)).ok();
    }
}

impl Listener for Printer {
    fn saved(&self, r: &Receipt) {
        // A retry is the same sign-in answered again, not another person.
        let what = if r.retry { "retry" } else { "saved" };
        self.say(format!("{}  {what}  {}  record {}  {}", r.time, r.name, r.record, r.code));
    }
    fn flagged(&self, flag: &Flag) {
        self.say(format!("{}  CHECK  {}", flag.time, flag.text));
    }
}

pub fn serve(args: &ServeArgs, data_dir: &Path, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let loaded = match load_file(&args.briefing) {
        Ok(loaded) => loaded,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::USAGE);
        }
    };
    let mut day = match Day::open(data_dir, &loaded) {
        Ok(day) => day,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let session = match session_to_serve(&mut day, args, out, err)? {
        Ok(session) => session,
        Err(code) => return Ok(code),
    };
    let title = format!(
        "{} day {}, session {} ({})",
        day.briefing.production,
        day.briefing.day,
        day.state.session_number(session),
        day.state.session(session).map_or("", |s| s.kind.label())
    );
    let day_dir = day.dir.clone();
    // The same link as before a restart, while the session is open: phones keep theirs.
    let token = match day.phone_token(session) {
        Ok(token) => token,
        Err(e) => {
            writeln!(err, "setbrief: phone sign-in cannot start: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    let day = SharedDay::new(day);
    let config = Config { bind: args.bind, port: args.port };
    let (lines, printed) = std::sync::mpsc::channel();
    let printer = Printer(Mutex::new(lines.clone()));
    let server = match PhoneServer::start(day.clone(), session, token, config, Arc::new(printer)) {
        Ok(server) => server,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    writeln!(out, "Phone sign-in for {title}")?;
    print_addresses(&server, out)?;
    let close_hint = close_hint(data_dir, &day_dir);
    writeln!(out, "Press Ctrl+C to stop.")?;
    writeln!(out, "{close_hint}")?;
    out.flush()?;
    server.on_ctrl_c(move |result| {
        lines.send(Line::Stop(result)).ok();
    });
    for line in printed {
        match line {
            Line::Text(text) => {
                writeln!(out, "{text}")?;
                out.flush()?;
            }
            Line::Stop(Ok(())) => break,
            Line::Stop(Err(e)) => {
                writeln!(err, "setbrief: cannot wait for Ctrl+C ({e}); stopping")?;
                break;
            }
        }
    }
    let saved = server.activity().saved();
    server.stop();
    // A clean stop, said: the next start (the app's or this command's) does not take it
    // for a crash.
    if let Err(e) = day.lock().stopped(session) {
        writeln!(err, "setbrief: the stop is not on the record: {e}")?;
    }
    writeln!(out, "Stopped. {saved} sign-ins from phones. The session is still open.")?;
    writeln!(out, "{close_hint}")?;
    Ok(exit::OK)
}

/// Where phones find the page: the address, and a QR code of the first one.
fn print_addresses(server: &PhoneServer, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "Listening on {}", server.local_addr())?;
    let addresses = server.addresses();
    if addresses.is_empty() {
        writeln!(out, "{}", setbrief_phone::addresses::NO_NETWORK)?;
    }
    for (i, host) in addresses.iter().enumerate() {
        if i == 0 {
            writeln!(out, "{}", terminal_qr(&server.url(*host)))?;
        }
        writeln!(out, "Open on a phone: {}", server.url(*host))?;
    }
    Ok(())
}

/// How to close the session once serving stops: `serve` cannot close it itself (Ctrl+C
/// may come from a crash as well as from a person done with the day).
fn close_hint(data_dir: &Path, day_dir: &Path) -> String {
    let data_dir_flag = if data_dir == setbrief_core::attendance::day::default_data_dir() {
        String::new()
    } else {
        format!(" --data-dir {}", data_dir.display())
    };
    format!(
        "To close the session and take its witness code: stop with Ctrl+C, then run\n  setbrief{data_dir_flag} close --day-folder {} --by NAME",
        day_dir.display()
    )
}

/// The session phones sign into: the day's open one (a restart, on the record), or a
/// main briefing started here with `--run-by` and `--pin`. `Err` is the exit code.
fn session_to_serve(
    day: &mut Day,
    args: &ServeArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<Result<u64, i32>> {
    let open = day.state.open_session();
    let session = match (open, &args.run_by, &args.pin) {
        (Some(id), _, _) => {
            // Serving a session left open is a restart, on the record like the app's.
            match day.resume() {
                Ok(Some(r)) if r.unclean => {
                    writeln!(
                        out,
                        "Session resumed after an unclean stop (a crash, a kill or a power cut): on the record."
                    )?;
                }
                Ok(_) => {}
                Err(e) => writeln!(err, "setbrief: the restart is not on the record: {e}")?,
            }
            id
        }
        (None, Some(run_by), Some(pin)) => {
            let scenes = day.briefing.scenes.iter().map(|s| s.number.clone()).collect();
            // Only the date the person typed confirms: a mismatch is refused below.
            let confirmed = day.other_day().filter(|d| Some(d.held_on) == args.held_on);
            if let (Some(other), None) = (day.other_day(), confirmed) {
                writeln!(
                    err,
                    "setbrief: this briefing is dated {}, and today on the set's clock is {}: \
                     to hold it today, add --held-on {}",
                    other.briefing_date, other.held_on, other.held_on
                )?;
                return Ok(Err(exit::USAGE));
            }
            match day.start_session(SessionKind::Main, scenes, run_by, pin, confirmed) {
                Ok(id) => id,
                Err(e) => {
                    writeln!(err, "setbrief: cannot start a session: {e}")?;
                    return Ok(Err(exit::ERRORS));
                }
            }
        }
        _ => {
            writeln!(
                err,
                "setbrief: no session is open for this day: start one in the app, or give --run-by NAME --pin PIN"
            )?;
            return Ok(Err(exit::USAGE));
        }
    };
    Ok(Ok(session))
}
