//! `setbrief import-crew CREWFILE --into BRIEFING`: a crew list (CSV or TSV in any
//! encoding Excel writes, or an `.xlsx`/`.ods` workbook) added to a briefing's roster.
//!
//! Prints what it added and what it could not read. The briefing is rewritten in the
//! writer's form under its opening comments; comments elsewhere are kept in a copy
//! of the file as it was, made the first time.

use std::io::Write;
use std::path::PathBuf;

use setbrief_core::attendance::crew_list::add_crew;
use setbrief_core::attendance::crew_list::{self, plan};
use setbrief_core::briefing::Lang;
use setbrief_core::briefing::write::save;
use setbrief_core::language::Words;

use super::{Outcome, exit};

#[derive(Debug, clap::Args)]
pub struct ImportCrewArgs {
    /// The crew list: CSV or TSV (UTF-8, UTF-16 or Windows-1252), or .xlsx, .xls or .ods.
    pub crew_file: PathBuf,
    /// The briefing whose roster it joins.
    #[arg(long)]
    pub into: PathBuf,
}

pub fn import_crew(args: &ImportCrewArgs, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let import = match super::briefing_to_change::input(crew_list::read_file(&args.crew_file), err)? {
        Ok(import) => import,
        Err(code) => return Ok(code),
    };
    let (loaded, mut briefing) = match super::briefing_to_change::read(&args.into, err)? {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    // The plan the app's preview shows, line by line, in the same words.
    let roster: Vec<String> = briefing.crew.iter().map(|c| c.name.clone()).collect();
    let planned = plan::plan(&import, &roster);
    for row in &planned {
        let held = row.plan.person().map_or_else(|| row.written.clone(), |p| p.name.clone());
        let name = if held.is_empty() { String::new() } else { format!("{held}: ") };
        writeln!(out, "line {:>4}  {name}{}", row.line, row.plan.describe_in(Lang::En))?;
    }
    let added = add_crew(&mut briefing, &plan::to_add(&planned), &import.phones);
    let [_, on_roster, repeated, lost, skipped] = plan::counts(&planned);
    writeln!(
        out,
        "{} added, {on_roster} already on the roster, {repeated} twice in the file, {lost} with letters lost, {skipped} skipped.",
        added.len()
    )?;
    if planned.iter().any(|p| matches!(p.plan, plan::Plan::LettersLost { roster_name: None, .. })) {
        writeln!(err, "setbrief: {}", Words::new("import.plan.letters_lost").en())?;
    }
    if added.is_empty() {
        return Ok(exit::OK);
    }
    match save(&args.into, &briefing, Some(&loaded.bytes)) {
        Ok(saved) => {
            if let Some(backup) = saved.backup {
                writeln!(out, "The file as it was (with its comments) is kept as {}.", backup.display())?;
            }
        }
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    }
    Ok(exit::OK)
}
