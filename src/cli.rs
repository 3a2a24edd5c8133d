//! The command line: `setbrief [FILE]` opens the app; `setbrief validate FILE...`
//! checks briefing files for scripts and editors.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::briefing::diagnostic::count;
use crate::briefing::{Diagnostic, load_file};

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
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Briefing file to open in the app (default: the example Western day).
    pub file: Option<PathBuf>,
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
