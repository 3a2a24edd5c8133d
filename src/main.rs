//! `setbrief`: parses the command line and hands over to the library.

use clap::Parser as _;
use setbrief::attendance::day::default_data_dir;
use setbrief::cli::{Cli, Command, report, sign_loop, validate, verify};

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Validate { format, files }) => validate(&files, format, &mut std::io::stdout().lock()),
        Some(Command::Report { date, day_folder, out, overwrite }) => report(
            &cli.data_dir.clone().unwrap_or_else(default_data_dir),
            date.as_deref(),
            day_folder.as_deref(),
            &out,
            overwrite,
        ),
        Some(Command::Verify { folder }) => verify(&folder),
        Some(Command::SignLoop(args)) => sign_loop(&args, &cli.data_dir.unwrap_or_else(default_data_dir)),
        None => setbrief::app::run(cli.file, cli.data_dir.unwrap_or_else(default_data_dir), cli.exit_after_first_frame),
    };
    std::process::exit(code);
}
