//! `setbrief fmt FILE... [--check]`: briefings rewritten in the editor's form, so a
//! team keeps its files tidy in version control and the editor's saves diff cleanly.

use std::io::Write;
use std::path::PathBuf;

use setbrief_core::briefing::load_file;
use setbrief_core::briefing::write::{rewrite, save};

use super::{Outcome, exit};

#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Briefing files to rewrite.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Change nothing; exit 1 if any file is not in the editor's form.
    #[arg(long)]
    pub check: bool,
}

pub fn fmt(args: &FmtArgs, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let mut code = exit::OK;
    for path in &args.files {
        let shown = path.display();
        let loaded = match load_file(path) {
            Ok(loaded) => loaded,
            Err(e) => {
                writeln!(err, "setbrief: {e}")?;
                code = exit::USAGE;
                continue;
            }
        };
        let Some(briefing) = &loaded.briefing else {
            writeln!(
                err,
                "setbrief: {shown} does not read as a briefing, so it is left as it is; `setbrief validate` says why"
            )?;
            code = code.max(exit::ERRORS);
            continue;
        };
        let original = String::from_utf8_lossy(&loaded.bytes);
        let tidy = match rewrite(&original, briefing) {
            Ok(tidy) => tidy,
            Err(e) => {
                writeln!(err, "setbrief: cannot write {shown} as RON: {e}")?;
                code = code.max(exit::ERRORS);
                continue;
            }
        };
        if tidy.text == original {
            continue;
        }
        if args.check {
            writeln!(out, "would rewrite {shown}")?;
            code = code.max(exit::ERRORS);
            continue;
        }
        match save(path, briefing, Some(&loaded.bytes)) {
            Ok(saved) => {
                writeln!(out, "rewrote {shown}")?;
                if let Some(backup) = saved.backup {
                    writeln!(
                        out,
                        "  its comments below the opening lines are not kept: the file as it was is {}",
                        backup.display()
                    )?;
                }
            }
            Err(e) => {
                writeln!(err, "setbrief: {e}")?;
                code = code.max(exit::ERRORS);
            }
        }
    }
    Ok(code)
}
