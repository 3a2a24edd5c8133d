//! `setbrief report`: export a day's report folder from the command line.

use std::io::Write;
use std::path::Path;

use setbrief_core::attendance::laptop::Laptop;
use setbrief_core::briefing::Lang;
use setbrief_report::export::ExportOptions;
use setbrief_report::pdf::Paper;

use super::{Outcome, exit};

/// What `setbrief report` was asked.
pub struct ReportArgs<'a> {
    pub data_dir: &'a Path,
    /// The day, by date under `data_dir`...
    pub date: Option<&'a str>,
    /// ...or by its folder.
    pub day_folder: Option<&'a Path>,
    pub out_folder: &'a Path,
    pub overwrite: bool,
    /// Export without this laptop's signature, on purpose.
    pub unsigned: bool,
    pub paper: Paper,
    /// The report's own words in this language; `None`: the briefing's first.
    pub language: Option<Lang>,
}

/// Exports the day asked for to its report folder.
pub fn report(args: &ReportArgs<'_>, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let ReportArgs { data_dir, date, day_folder, out_folder, overwrite, unsigned, paper, language } = *args;
    let day = match day_folder_of(data_dir, date, day_folder, err)? {
        Ok(day) => day,
        Err(code) => return Ok(code),
    };
    let laptop = if unsigned {
        writeln!(
            err,
            "setbrief: exporting an UNSIGNED report, as asked: `verify` accepts it only with --allow-unsigned"
        )?;
        None
    } else {
        match Laptop::load_or_create(data_dir) {
            Ok(laptop) => Some(laptop),
            Err(e) => {
                writeln!(err, "setbrief: {}", setbrief_report::ReportError::CannotSign(e.to_string()))?;
                return Ok(exit::ERRORS);
            }
        }
    };
    let options =
        ExportOptions { paper, language, signer: laptop.as_ref(), replace: overwrite, data_dir: Some(data_dir) };
    match setbrief_report::export::export_with(&day, out_folder, &options) {
        Ok(done) => {
            writeln!(out, "report {} written to {}", done.manifest.report_id, done.folder.display())?;
            let mut written: Vec<_> = std::fs::read_dir(&done.folder).into_iter().flatten().flatten().collect();
            written.sort_by_key(std::fs::DirEntry::file_name);
            for f in written {
                let bytes = f.metadata().map_or(0, |m| m.len());
                writeln!(out, "  {:<28} {bytes:>9} bytes", f.file_name().to_string_lossy())?;
            }
            for late in &done.dated_after_export {
                writeln!(err, "setbrief: OUT OF ORDER: {late}")?;
            }
            if let Some(kept) = &done.old_report_kept_at {
                writeln!(
                    err,
                    "setbrief: the replaced report was kept at {}: something other than a report's files appeared in it",
                    kept.display()
                )?;
            }
            if !done.unshown.is_empty() {
                let codes: Vec<String> = done.unshown.iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
                writeln!(
                    err,
                    "setbrief: no font on this machine shows {}; they are printed as their codes",
                    codes.join(", ")
                )?;
            }
            Ok(exit::OK)
        }
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            Ok(exit::ERRORS)
        }
    }
}

/// The day folder a command names, by `--day-folder` or by `--date` under `data_dir`;
/// the exit code, having said why, when it names none or several.
pub(super) fn day_folder_of(
    data_dir: &Path,
    date: Option<&str>,
    day_folder: Option<&Path>,
    err: &mut impl Write,
) -> std::io::Result<Result<std::path::PathBuf, i32>> {
    Ok(Ok(match (day_folder, date) {
        (Some(folder), _) => folder.to_owned(),
        (None, Some(date)) => {
            let found = setbrief_report::export::find_day(data_dir, date);
            match found.as_slice() {
                [one] => one.clone(),
                [] => {
                    writeln!(err, "setbrief: no day {date} under {}", data_dir.display())?;
                    return Ok(Err(exit::USAGE));
                }
                many => {
                    writeln!(err, "setbrief: several productions shot on {date}; pass --day-folder with one of:")?;
                    for m in many {
                        writeln!(err, "  {}", m.display())?;
                    }
                    return Ok(Err(exit::USAGE));
                }
            }
        }
        (None, None) => {
            writeln!(err, "setbrief: give --date YYYY-MM-DD or --day-folder DIR")?;
            return Ok(Err(exit::USAGE));
        }
    }))
}
