//! `setbrief report`: export a day's report folder from the command line.

use std::io::Write;
use std::path::Path;

use setbrief_core::attendance::laptop::Laptop;
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
    pub paper: Paper,
}

/// Exports the day asked for to its report folder.
pub fn report(args: &ReportArgs<'_>, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let ReportArgs { data_dir, date, day_folder, out_folder, overwrite, paper } = *args;
    let day = match (day_folder, date) {
        (Some(folder), _) => folder.to_owned(),
        (None, Some(date)) => {
            let found = setbrief_report::export::find_day(data_dir, date);
            match found.as_slice() {
                [one] => one.clone(),
                [] => {
                    writeln!(err, "setbrief: no day {date} under {}", data_dir.display())?;
                    return Ok(exit::USAGE);
                }
                many => {
                    writeln!(err, "setbrief: several productions shot on {date}; pass --day-folder with one of:")?;
                    for m in many {
                        writeln!(err, "  {}", m.display())?;
                    }
                    return Ok(exit::USAGE);
                }
            }
        }
        (None, None) => {
            writeln!(err, "setbrief: give --date YYYY-MM-DD or --day-folder DIR")?;
            return Ok(exit::USAGE);
        }
    };
    let laptop = match Laptop::load_or_create(data_dir) {
        Ok(laptop) => Some(laptop),
        Err(e) => {
            writeln!(err, "setbrief: the report will not be signed: {e}")?;
            None
        }
    };
    match setbrief_report::export::export_on(&day, out_folder, overwrite, paper, laptop.as_ref()) {
        Ok(done) => {
            writeln!(out, "report {} written to {}", done.manifest.report_id, done.folder.display())?;
            for f in &done.manifest.files {
                writeln!(out, "  {}  {:>9} bytes  sha256 {}", f.name, f.bytes, f.sha256)?;
            }
            Ok(exit::OK)
        }
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            Ok(exit::ERRORS)
        }
    }
}
