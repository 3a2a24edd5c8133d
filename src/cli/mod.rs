//! The command line: `setbrief [FILE]` opens the app; the subcommands check briefing
//! files, export and verify reports. Each command writes to the stream it is given
//! and returns an exit code; a reader that goes away (`| head`) ends it quietly.

mod briefing_to_change;
mod close;
mod fmt;
mod import_crew;
mod import_scenes;
mod key;
mod log;
mod new;
mod report;
mod serve;
mod sign_loop;
mod validate;
mod verify;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use setbrief_core::briefing::Lang;

pub use close::{CloseArgs, close};
pub use fmt::{FmtArgs, fmt};
pub use import_crew::{ImportCrewArgs, import_crew};
pub use import_scenes::{ImportScenesArgs, import_scenes};
pub use key::key;
pub use log::{LogArgs, log};
pub use new::{NewArgs, new};
pub use report::{ReportArgs, report};
pub use serve::{ServeArgs, serve};
pub use sign_loop::{SignLoop, sign_loop};
pub use validate::validate;
pub use verify::{VerifyArgs, verify};

/// Exit codes, documented in the README.
pub mod exit {
    /// Every file is free of errors (warnings allowed).
    pub const OK: i32 = 0;
    /// At least one file has an error.
    pub const ERRORS: i32 = 1;
    /// Bad arguments, or a file that could not be read at all.
    pub const USAGE: i32 = 2;
}

#[derive(Debug, Parser)]
#[command(name = "setbrief", version, about = "On-set safety briefings: present, sign, report.")]
pub struct Cli {
    /// Briefing file to open in the app (default: the example Western day).
    pub file: Option<PathBuf>,
    /// Where shooting days' attendance is kept (default: the user's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// The address phone sign-in listens on in the app (default: every network the
    /// laptop is on); 127.0.0.1 keeps it on this machine.
    #[arg(long, value_name = "ADDR")]
    pub phone_bind: Option<std::net::IpAddr>,
    /// Open FILE in the briefing editor, to prepare the day in forms.
    #[arg(long)]
    pub edit: bool,
    /// Close as soon as the first frame is drawn (start-up benchmarks).
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check briefing files and print every diagnostic.
    Validate {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Briefing files (RON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a day's report (PDF, CSV, journal, manifest) to a new folder.
    Report {
        /// The day to report, as YYYY-MM-DD (looked up under --data-dir).
        #[arg(long, conflicts_with = "day_folder")]
        date: Option<String>,
        /// Or the day's folder itself.
        #[arg(long)]
        day_folder: Option<PathBuf>,
        /// The report folder to create.
        #[arg(long)]
        out: PathBuf,
        /// Replace the report folder if it holds an earlier setbrief report (never
        /// anything else: a data or day folder, or a folder with other files, is refused).
        #[arg(long)]
        overwrite: bool,
        /// Export without this laptop's signature, on purpose (when its key cannot be
        /// read); `verify` accepts such a report only with --allow-unsigned.
        #[arg(long)]
        unsigned: bool,
        /// The PDF's paper (default: the locale's: Letter in the US, A4 in most countries).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// The language of the report's own words, by code (`en`, `es`, `fr`; default:
        /// the briefing's first language). What was briefed stays in the languages it
        /// was briefed in.
        #[arg(long, value_name = "CODE", value_parser = language_code)]
        language: Option<Lang>,
    },
    /// Re-check an exported report folder: every file, the journal's hash chain.
    Verify {
        folder: PathBuf,
        /// A witness code taken on the day (`7KQ2-M9XD-4F`, or `42:7KQ2-M9XD-4F` with its
        /// record): the journal must pass through it. Repeat for each code.
        #[arg(long = "witness", value_name = "CODE")]
        witnesses: Vec<String>,
        /// The laptop key the report must be signed by, as `setbrief key` printed it
        /// (`SB-1A2B-3C4D-5E6F-7A8B-9C0D`) and the office wrote it down. Repeat for each
        /// laptop of the production.
        #[arg(long = "key", value_name = "FINGERPRINT")]
        keys: Vec<String>,
        /// Accept a report exported with --unsigned (anyone holding its files could
        /// have made it; the output says so first).
        #[arg(long)]
        allow_unsigned: bool,
    },
    /// Print this laptop's key fingerprint, to write down once per production, away
    /// from the laptop: `verify --key` then refuses any report not signed by it.
    Key,
    /// The production's safety log: every shooting day, what was briefed and signed,
    /// and where a briefing or an attestation is missing. Exits 1 when one is.
    Log {
        /// Only this production (its name or its folder under --data-dir).
        #[arg(long)]
        production: Option<String>,
        /// A folder of briefing files: days among them with no session are flagged.
        #[arg(long, value_name = "DIR")]
        briefings: Option<PathBuf>,
        /// Also write safety-log.pdf and safety-log.csv to this folder.
        #[arg(long, value_name = "FOLDER")]
        out: Option<PathBuf>,
        /// The PDF's paper (default: the locale's).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
        /// The log's words in this language, by code (`en`, `es`, `fr`; default `en`).
        #[arg(long, value_name = "CODE", value_parser = language_code)]
        language: Option<Lang>,
    },
    /// Serve the phone sign-in page for the day's open session, without a window.
    /// Prints the address and a QR code; Ctrl+C stops it.
    Serve(ServeArgs),
    /// Close the day's open session (as the app's console does) and print its witness
    /// code, with a QR code of it, to write down or photograph.
    Close(CloseArgs),
    /// Make the next shooting day's briefing from today's: day + 1, the next date, the
    /// same people and emergency information, open incidents carried, no scenes yet.
    New(NewArgs),
    /// Add a crew list (CSV or TSV in UTF-8, UTF-16 or Windows-1252; .xlsx, .xls, .ods) to a briefing's
    /// roster; prints what it added and what it could not read.
    ImportCrew(ImportCrewArgs),
    /// Add the day's scenes from a Fountain or Final Draft script, printing the hazards
    /// each one's script suggests (added only with --accept-all).
    ImportScenes(ImportScenesArgs),
    /// Rewrite briefings in the editor's form (opening comments kept); `--check`
    /// changes nothing and exits 1 if any file would change.
    Fmt(FmtArgs),
    #[command(hide = true)]
    SignLoop(SignLoop),
}

/// A language by its code, or why it is not one setbrief speaks.
fn language_code(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("setbrief has no words file for `{code}`: it speaks {}", known.join(", "))
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}

impl From<PaperArg> for setbrief_report::pdf::Paper {
    fn from(p: PaperArg) -> Self {
        match p {
            PaperArg::Letter => Self::Letter,
            PaperArg::A4 => Self::A4,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// A command's result: its exit code, or the output stream failing.
pub type Outcome = std::io::Result<i32>;

/// A command whose exit code is decided before it prints: a reader that goes away
/// (`setbrief verify F | head -1`) must not turn a failed check into success.
pub fn exit_with(code: i32, printed: std::io::Result<()>) -> Outcome {
    match printed {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        other => other.map(|()| code),
    }
}

/// The exit code for a command's outcome. A closed pipe (`setbrief verify F | head -3`)
/// is the reader's choice, not an error: the command ends quietly with what it had.
pub fn finish(outcome: Outcome, err: &mut impl Write) -> i32 {
    match outcome {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
        Err(e) => {
            writeln!(err, "setbrief: cannot write the output: {e}").ok();
            exit::ERRORS
        }
    }
}

/// A QR code in the terminal, two modules per character cell.
pub fn terminal_qr(text: &str) -> String {
    use qrcode::render::unicode::Dense1x2;
    qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).map_or_else(
        |_| String::new(),
        |code| code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).build(),
    )
}
