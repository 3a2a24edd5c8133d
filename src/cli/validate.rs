//! `setbrief validate FILE...`: every diagnostic of every file, like a compiler, or
//! as JSON for editors and scripts.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;
use setbrief_core::briefing::diagnostic::count;
use setbrief_core::briefing::{Diagnostic, load_file};

use super::{Format, Outcome, exit};

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

/// Checks `files`; the exit code says whether any has errors or could not be read.
pub fn validate(files: &[PathBuf], format: Format, out: &mut impl Write) -> Outcome {
    let mut code = exit::OK;
    let mut unreadable = Vec::new();
    let mut loaded_all = Vec::new();
    for path in files {
        match load_file(path) {
            Ok(loaded) => loaded_all.push(loaded),
            Err(e) => {
                code = exit::USAGE;
                unreadable.push((path.display().to_string(), e.to_string()));
            }
        }
    }
    let mut json_files = Vec::new();
    for (path, err) in &unreadable {
        if format == Format::Human {
            writeln!(out, "{path}: error: {err}")?;
        }
        json_files.push(FileReport {
            path: path.clone(),
            read_error: Some(err.clone()),
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
                    writeln!(out, "{}", d.render(&name))?;
                }
                let verdict = if errors == 0 { "ok" } else { "FAILED" };
                writeln!(out, "{name}: {verdict}: {errors} error(s), {warnings} warning(s)")?;
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
        let json = serde_json::to_string_pretty(&serde_json::json!({ "files": json_files }))
            .map_err(|e| std::io::Error::other(format!("cannot encode JSON: {e}")))?;
        writeln!(out, "{json}")?;
    }
    Ok(code)
}
