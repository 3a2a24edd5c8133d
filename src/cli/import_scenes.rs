//! `setbrief import-scenes SCRIPT --scenes 12,14,47A --into BRIEFING`: the day's scenes
//! from a Fountain or Final Draft script, each with the hazards its script suggests.
//!
//! Prints every scene and every suggestion with the line that made it. The scenes are
//! added (number, interior or exterior, set, cast in the presenter's notes); a
//! suggested hazard only with `--accept-all`, as the 1st AD accepts each in the editor.

use std::io::Write;
use std::path::PathBuf;

use setbrief_core::briefing::write::save;
use setbrief_core::script::{self, suggest::suggestions};

use super::{Outcome, exit};

#[derive(Debug, clap::Args)]
pub struct ImportScenesArgs {
    /// The script: Fountain (.fountain, plain text) or Final Draft (.fdx).
    pub script: PathBuf,
    /// The day's scene numbers, as the call sheet writes them: "12,14,47A".
    #[arg(long)]
    pub scenes: String,
    /// The briefing the scenes join.
    #[arg(long)]
    pub into: PathBuf,
    /// Add every suggested hazard too (without it, suggestions are only printed).
    #[arg(long)]
    pub accept_all: bool,
}

pub fn import_scenes(args: &ImportScenesArgs, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let scenes = match super::briefing_to_change::input(script::read_file(&args.script), err)? {
        Ok(scenes) => scenes,
        Err(code) => return Ok(code),
    };
    let (loaded, mut briefing) = match super::briefing_to_change::read(&args.into, err)? {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    let wanted = script::scene_numbers(&args.scenes);
    let (found, missing) = script::chosen(&scenes, &wanted);
    let mut added = 0;
    for scene in found {
        let number = scene.number.clone().unwrap_or_default();
        let suggested = suggestions(scene);
        writeln!(out, "scene {number}: {}", scene.heading())?;
        if !scene.cast.is_empty() {
            writeln!(out, "  cast: {}", scene.cast.join(", "))?;
        }
        for s in &suggested {
            let mark = if args.accept_all { "added" } else { "suggests" };
            writeln!(out, "  {mark} {}: \"{}\"", s.kind.info().name.en(), s.because)?;
        }
        if briefing.scene(&number).is_some() {
            writeln!(out, "  already in the briefing: not added again")?;
            continue;
        }
        let accepted: Vec<_> = if args.accept_all { suggested.iter().map(|s| s.kind).collect() } else { Vec::new() };
        briefing.scenes.push(scene.to_scene(&accepted));
        added += 1;
    }
    for number in &missing {
        writeln!(err, "setbrief: scene {number} is not in {}", args.script.display())?;
    }
    writeln!(out, "{added} scenes added, {} not in the script.", missing.len())?;
    if added > 0
        && let Err(e) = save(&args.into, &briefing, Some(&loaded.bytes))
    {
        writeln!(err, "setbrief: {e}")?;
        return Ok(exit::ERRORS);
    }
    Ok(if missing.is_empty() { exit::OK } else { exit::ERRORS })
}
