//! `setbrief log`: the production's safety log across shooting days.

use std::io::Write;
use std::path::{Path, PathBuf};

use setbrief_core::briefing::{Lang, load_file};
use setbrief_report::log::{LogDay, log_csv, production_log};
use setbrief_report::pdf::{Paper, log_pdf};

use super::{Outcome, exit, exit_with};

/// What `setbrief log` was asked.
pub struct LogArgs<'a> {
    pub data_dir: &'a Path,
    pub production: Option<&'a str>,
    /// Briefing files to check for days that were never briefed.
    pub briefings: Option<&'a Path>,
    /// Where to write `safety-log.pdf` and `safety-log.csv`.
    pub out_folder: Option<&'a Path>,
    pub paper: Paper,
    /// The log's words in this language (English by default).
    pub language: Lang,
}

/// Prints the log; exits 1 when any day is missing a briefing or an attestation.
pub fn log(args: &LogArgs<'_>, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let mut loaded = Vec::new();
    if let Some(dir) = args.briefings {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| std::io::Error::other(format!("cannot read {}: {e}", dir.display())))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        files.sort();
        for file in files {
            match load_file(&file) {
                Ok(l) => loaded.push(l),
                Err(e) => writeln!(err, "setbrief: {e}")?,
            }
        }
    }
    let days = production_log(args.data_dir, args.production, &loaded, args.language);
    if days.is_empty() {
        writeln!(err, "setbrief: no shooting day under {}", args.data_dir.display())?;
        return Ok(exit::USAGE);
    }
    let code = if days.iter().any(|d| !d.flags.is_empty()) { exit::ERRORS } else { exit::OK };
    // Written first: a reader that goes away from the printout must not stop them.
    if let Some(folder) = args.out_folder {
        let write = |name: &str, bytes: &[u8]| {
            std::fs::create_dir_all(folder)
                .and_then(|()| std::fs::write(folder.join(name), bytes))
                .map_err(|e| std::io::Error::other(format!("cannot write {}: {e}", folder.join(name).display())))
        };
        let pdf = log_pdf(&days, args.paper, args.language).map_err(std::io::Error::other)?;
        write("safety-log.pdf", &pdf)?;
        write("safety-log.csv", &log_csv(&days).map_err(std::io::Error::other)?)?;
    }
    exit_with(code, print(&days, args.out_folder, args.language, out))
}

fn print(days: &[LogDay], written_to: Option<&Path>, lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    let say = |key: &'static str| setbrief_core::language::Words::new(key);
    for d in days {
        let line = say("log.day_line")
            .fill(lang, &[("date", &d.date), ("day", &d.day.to_string()), ("production", &d.production)]);
        writeln!(out, "{line}")?;
        for s in d.sessions.iter().chain(d.hazard_scenes.iter().map(|h| &h.line)) {
            writeln!(out, "  {s}")?;
        }
        for f in &d.flags {
            writeln!(
                out,
                "  {}",
                say("punct.label_value").fill(lang, &[("label", say("log.flagged").get(lang)), ("value", f)])
            )?;
        }
    }
    if let Some(folder) = written_to {
        writeln!(out, "written to {}", folder.display())?;
    }
    Ok(())
}
