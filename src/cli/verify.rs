//! `setbrief verify FOLDER`: re-check an exported report, years later.

use std::io::Write;
use std::path::Path;

use setbrief_core::attendance::witness::Claim;

use super::{Outcome, exit};

/// Verifies the report in `folder`: 0 when intact, 1 naming what is not, 2 when
/// there is no such folder.
pub fn verify(folder: &Path, witnesses: &[String], out: &mut impl Write, err: &mut impl Write) -> Outcome {
    if !folder.is_dir() {
        writeln!(
            err,
            "setbrief: {} is not a folder: give the report folder `setbrief report` wrote",
            folder.display()
        )?;
        return Ok(exit::USAGE);
    }
    let claims: Vec<Claim> = witnesses.iter().map(|w| Claim::parse(w)).collect();
    let v = setbrief_report::verify::verify_folder_with(folder, &claims);
    if v.is_ok() {
        writeln!(
            out,
            "OK: report {} intact: {} files match the manifest, journal of {} records verifies",
            v.report_id, v.files_checked, v.journal_records
        )?;
        if let Some(signer) = &v.signer {
            writeln!(out, "  signed by laptop key {signer}")?;
        }
        for w in &v.witnesses_confirmed {
            writeln!(out, "  the journal passes through witness code {w}")?;
        }
        Ok(exit::OK)
    } else {
        writeln!(out, "FAILED: {} is not as exported:", folder.display())?;
        for p in &v.problems {
            writeln!(out, "  {p}")?;
        }
        Ok(exit::ERRORS)
    }
}
