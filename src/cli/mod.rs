//! The command line: `setbrief [FILE]` opens the app; `setbrief validate FILE...`
//! checks briefing files for scripts and editors.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use setbrief_core::briefing::diagnostic::count;
use setbrief_core::briefing::{Diagnostic, load_file};

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
        /// Replace the report folder if it exists.
        #[arg(long)]
        overwrite: bool,
    },
    /// Re-check an exported report folder: every file, the journal's hash chain.
    Verify { folder: PathBuf },
    #[command(hide = true)]
    SignLoop(SignLoop),
}

/// Hidden: signs made-up people in a loop through the core API and prints
/// `saved SEQ NAME` after each one is on disk. The crash test kills it at random.
#[derive(Debug, clap::Args)]
pub struct SignLoop {
    pub file: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Serialize)]
struct FileReport<'a> {
    path: String,
    /// Present when the file could not be read at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    read_error: Option<String>,
    errors: usize,
    warnings: usize,
    diagnostics: &'a [Diagnostic],
}

/// Runs `validate` and returns the exit code.
pub fn validate(files: &[PathBuf], format: Format, out: &mut impl std::io::Write) -> i32 {
    let mut code = exit::OK;
    let mut reports = Vec::new();
    let mut loaded_all = Vec::new();
    for path in files {
        match load_file(path) {
            Ok(loaded) => loaded_all.push(loaded),
            Err(e) => {
                code = exit::USAGE;
                reports.push((path.display().to_string(), Some(e.to_string())));
            }
        }
    }
    let mut json_files = Vec::new();
    for (path, err) in &reports {
        if format == Format::Human {
            let _ = writeln!(out, "{path}: error: {}", err.as_deref().unwrap_or_default());
        }
        json_files.push(FileReport {
            path: path.clone(),
            read_error: err.clone(),
            errors: 1,
            warnings: 0,
            diagnostics: &[],
        });
    }
    for loaded in &loaded_all {
        let name = loaded.display_path();
        let (errors, warnings) = count(&loaded.diagnostics);
        if errors > 0 && code == exit::OK {
            code = exit::ERRORS;
        }
        match format {
            Format::Human => {
                for d in &loaded.diagnostics {
                    let _ = writeln!(out, "{}", d.render(&name));
                }
                let verdict = if errors == 0 { "ok" } else { "FAILED" };
                let _ = writeln!(out, "{name}: {verdict}: {errors} error(s), {warnings} warning(s)");
            }
            Format::Json => json_files.push(FileReport {
                path: name,
                read_error: None,
                errors,
                warnings,
                diagnostics: &loaded.diagnostics,
            }),
        }
    }
    if format == Format::Json {
        match serde_json::to_string_pretty(&serde_json::json!({ "files": json_files })) {
            Ok(s) => {
                let _ = writeln!(out, "{s}");
            }
            Err(e) => {
                let _ = writeln!(out, "error: cannot encode JSON: {e}");
                return exit::USAGE;
            }
        }
    }
    code
}

/// Runs the hidden `sign-loop` command; returns only on an error.
pub fn sign_loop(args: &SignLoop, data_dir: &std::path::Path) -> i32 {
    use std::io::Write as _;

    use setbrief_core::attendance::{Day, Person, SessionKind, SignInRequest, Signature, Stroke, acknowledgements};
    use setbrief_core::briefing::Lang;

    let loaded = match load_file(&args.file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return exit::USAGE;
        }
    };
    let mut day = match Day::open(data_dir, &loaded) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return exit::ERRORS;
        }
    };
    let session = match day.state.sessions.iter().find(|s| s.is_open()).map(|s| s.id) {
        Some(id) => id,
        None => match day.start_session(SessionKind::Main, Vec::new(), "Crash Test", "0000") {
            Ok(id) => id,
            Err(e) => {
                eprintln!("{e}");
                return exit::ERRORS;
            }
        },
    };
    let acks = acknowledgements::for_session(&day.briefing, &[], Lang::En);
    let points: Vec<[f32; 3]> =
        (0..120).map(|i| [10.0 + i as f32 * 3.0, 50.0 + (i as f32 / 5.0).sin() * 30.0, i as f32 * 8.0]).collect();
    let mut out = std::io::stdout().lock();
    for n in day.state.sign_ins.len().. {
        let name = format!("Crash Person {n:06}");
        let request = SignInRequest {
            session,
            person: Person { name: name.clone(), department: "Test".into(), role: "Test".into() },
            walk_in: true,
            language: Lang::En,
            acknowledgements: acks.iter().map(|a| (a.clone(), true)).collect(),
            signature: Signature { width: 400.0, height: 150.0, strokes: vec![Stroke { points: points.clone() }] },
            late_briefed_by: None,
            on_behalf: None,
            concern: None,
        };
        match day.sign_in(request) {
            Ok(seq) => {
                if writeln!(out, "saved {seq} {name}").and_then(|()| out.flush()).is_err() {
                    return exit::OK;
                }
            }
            Err(e) => {
                eprintln!("{e}");
                return exit::ERRORS;
            }
        }
    }
    exit::OK
}

/// Runs `report`; returns the exit code.
pub fn report(
    data_dir: &std::path::Path,
    date: Option<&str>,
    day_folder: Option<&std::path::Path>,
    out: &std::path::Path,
    overwrite: bool,
) -> i32 {
    let day = match (day_folder, date) {
        (Some(folder), _) => folder.to_owned(),
        (None, Some(date)) => {
            let found = setbrief_report::export::find_day(data_dir, date);
            match found.as_slice() {
                [one] => one.clone(),
                [] => {
                    eprintln!("setbrief: no day {date} under {}", data_dir.display());
                    return exit::USAGE;
                }
                many => {
                    eprintln!("setbrief: several productions shot on {date}; pass --day-folder with one of:");
                    for m in many {
                        eprintln!("  {}", m.display());
                    }
                    return exit::USAGE;
                }
            }
        }
        (None, None) => {
            eprintln!("setbrief: give --date YYYY-MM-DD or --day-folder DIR");
            return exit::USAGE;
        }
    };
    match setbrief_report::export::export(&day, out, overwrite) {
        Ok(done) => {
            println!("report {} written to {}", done.manifest.report_id, done.folder.display());
            for f in &done.manifest.files {
                println!("  {}  {:>9} bytes  sha256 {}", f.name, f.bytes, f.sha256);
            }
            exit::OK
        }
        Err(e) => {
            eprintln!("setbrief: {e}");
            exit::ERRORS
        }
    }
}

/// Runs `verify`; returns the exit code.
pub fn verify(folder: &std::path::Path) -> i32 {
    let v = setbrief_report::verify::verify_folder(folder);
    if v.is_ok() {
        println!(
            "OK: report {} intact: {} files match the manifest, journal of {} records verifies",
            v.report_id, v.files_checked, v.journal_records
        );
        exit::OK
    } else {
        println!("FAILED: {} is not as exported:", folder.display());
        for p in &v.problems {
            println!("  {p}");
        }
        exit::ERRORS
    }
}
