//! `setbrief verify FOLDER`: re-check an exported report, years later.

use std::io::Write;
use std::path::Path;

use setbrief_core::attendance::witness::Claim;
use setbrief_report::verify::{Verification, VerifyOptions, verify_folder_with_options};

use super::{Outcome, exit, exit_with};

/// Problems printed before "and N more": the first ones say what happened.
const SHOWN_PROBLEMS: usize = 20;

/// What `setbrief verify` was asked.
pub struct VerifyArgs<'a> {
    pub folder: &'a Path,
    pub witnesses: &'a [String],
    pub keys: &'a [String],
    pub allow_unsigned: bool,
}

/// Verifies the report in `folder`: 0 when intact, 1 naming what is not, 2 when there
/// is no such folder or a witness code is not one. The code holds also when the reader
/// of the output goes away early.
pub fn verify(args: &VerifyArgs<'_>, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    if !args.folder.is_dir() {
        writeln!(
            err,
            "setbrief: {} is not a folder: give the report folder `setbrief report` wrote",
            args.folder.display()
        )?;
        return Ok(exit::USAGE);
    }
    let mut witnesses = Vec::new();
    for typed in args.witnesses {
        match Claim::parse(typed) {
            Ok(claim) => witnesses.push(claim),
            Err(e) => {
                writeln!(err, "setbrief: {e}")?;
                return Ok(exit::USAGE);
            }
        }
    }
    let options = VerifyOptions { witnesses, keys: args.keys.to_vec(), allow_unsigned: args.allow_unsigned };
    let v = verify_folder_with_options(args.folder, &options);
    let code = if v.is_ok() { exit::OK } else { exit::ERRORS };
    exit_with(code, print(args.folder, &v, out))
}

fn print(folder: &Path, v: &Verification, out: &mut impl Write) -> std::io::Result<()> {
    if !v.is_ok() {
        writeln!(out, "FAILED: {} is not as exported:", folder.display())?;
        for p in v.problems.iter().take(SHOWN_PROBLEMS) {
            writeln!(out, "  {p}")?;
        }
        if v.problem_count() > SHOWN_PROBLEMS {
            writeln!(out, "  and {} more", v.problem_count() - SHOWN_PROBLEMS)?;
        }
        return Ok(());
    }
    if v.unsigned {
        writeln!(
            out,
            "OK, UNSIGNED (accepted with --allow-unsigned): report {} is consistent, but anyone holding its files could have made it",
            v.report_id
        )?;
    } else {
        writeln!(out, "OK: report {} intact", v.report_id)?;
    }
    writeln!(
        out,
        "  {} files match the manifest; the journal of {} records verifies",
        v.files_checked, v.journal_records
    )?;
    if let Some(signer) = &v.signer {
        writeln!(out, "  signed by laptop key {signer}: compare it with the fingerprint the office wrote down")?;
    }
    for line in &v.derived {
        writeln!(out, "  {line}")?;
    }
    for w in &v.witnesses_confirmed {
        writeln!(out, "  the journal passes through witness code {w}")?;
    }
    Ok(())
}
