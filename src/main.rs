//! `setbrief`: opens the app, or runs one command. Parses the command line and hands
//! over; the work is in the crates.

mod cli;

use std::path::{Path, PathBuf};

use clap::Parser as _;
use cli::{Cli, Command, exit};
use setbrief_core::attendance::day::default_data_dir;

/// The example day the app opens when no file is given.
const DEFAULT_BRIEFING: &str = "briefings/coyote-pass-day-12.ron";

/// Where the default briefing is: beside the working directory when run from a
/// checkout (`cargo run`), else beside the sources it was built from.
fn default_briefing_path() -> PathBuf {
    let here = PathBuf::from(DEFAULT_BRIEFING);
    if here.exists() { here } else { Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_BRIEFING) }
}

fn main() {
    let cli = Cli::parse();
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    let outcome = match cli.command {
        Some(Command::Validate { format, files }) => cli::validate(&files, format, &mut out),
        Some(Command::Report { date, day_folder, out: folder, overwrite, unsigned, paper, language }) => {
            let args = cli::ReportArgs {
                data_dir: &data_dir,
                date: date.as_deref(),
                day_folder: day_folder.as_deref(),
                out_folder: &folder,
                overwrite,
                unsigned,
                paper: paper.map_or_else(setbrief_report::pdf::Paper::from_locale, Into::into),
                language,
            };
            cli::report(&args, &mut out, &mut err)
        }
        Some(Command::Verify { folder, witnesses, keys, allow_unsigned }) => {
            let args = cli::VerifyArgs { folder: &folder, witnesses: &witnesses, keys: &keys, allow_unsigned };
            cli::verify(&args, &mut out, &mut err)
        }
        Some(Command::Key) => cli::key(&data_dir, &mut out, &mut err),
        Some(Command::Log { production, briefings, out: folder, paper, language }) => {
            let args = cli::LogArgs {
                data_dir: &data_dir,
                production: production.as_deref(),
                briefings: briefings.as_deref(),
                out_folder: folder.as_deref(),
                paper: paper.map_or_else(setbrief_report::pdf::Paper::from_locale, Into::into),
                language: language.unwrap_or(setbrief_core::briefing::Lang::En),
            };
            cli::log(&args, &mut out, &mut err)
        }
        Some(Command::Serve(args)) => cli::serve(&args, &data_dir, &mut out, &mut err),
        Some(Command::Close(args)) => cli::close(&args, &data_dir, &mut out, &mut err),
        Some(Command::New(args)) => cli::new(&args, &mut out, &mut err),
        Some(Command::ImportCrew(args)) => cli::import_crew(&args, &mut out, &mut err),
        Some(Command::ImportScenes(args)) => cli::import_scenes(&args, &mut out, &mut err),
        Some(Command::Fmt(args)) => cli::fmt(&args, &mut out, &mut err),
        Some(Command::SignLoop(args)) => cli::sign_loop(&args, &data_dir, &mut out, &mut err),
        None => {
            let path = cli.file.unwrap_or_else(default_briefing_path);
            let options = setbrief_app::RunOptions {
                path,
                data_dir,
                exit_after_first_frame: cli.exit_after_first_frame,
                phone_bind: cli.phone_bind,
                edit: cli.edit,
            };
            Ok(match setbrief_app::run(options) {
                Ok(()) => exit::OK,
                Err(e) => {
                    eprintln!("setbrief: cannot open a window: {e}");
                    exit::USAGE
                }
            })
        }
    };
    let code = cli::finish(outcome, &mut err);
    std::process::exit(code);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_default_briefing_exists_and_can_be_presented() {
        let loaded = setbrief_core::briefing::load_file(&super::default_briefing_path());
        assert!(loaded.is_ok_and(|l| l.presentable().is_some()));
    }
}
