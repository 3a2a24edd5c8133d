//! `setbrief new --from FILE --out NEWFILE`: tomorrow's briefing from today's.

use std::process::Command;

use setbrief_testkit::repo;

#[test]
fn new_day_from_today_writes_a_briefing_that_loads_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("coyote-pass-day-13.ron");
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_setbrief"))
            .args(["new", "--from", "briefings/coyote-pass-day-12.ron", "--out", out.to_str().unwrap()])
            .args(extra)
            .current_dir(repo())
            .output()
            .unwrap()
    };
    let o = run(&["--date", "2026-04-18"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("day 13 on 2026-04-18") && said.contains("no scenes yet"), "{said}");
    let loaded = setbrief_core::briefing::load_file(&out).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let b = loaded.briefing.unwrap();
    assert_eq!((b.day, b.date.to_string(), b.scenes.len()), (13, "2026-04-18".to_owned(), 0));
    assert_eq!(b.crew.len(), setbrief_testkit::day::western().briefing.unwrap().crew.len());
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(2), "an existing file is never overwritten");
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists"));
}

#[test]
fn import_crew_adds_a_windows_1252_list_keeps_the_opening_comments_and_says_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let briefing = dir.path().join("day12.ron");
    std::fs::copy(repo().join("briefings/coyote-pass-day-12.ron"), &briefing).unwrap();
    let crew = dir.path().join("crew.csv");
    let mut bytes = b"Coyote Pass crew list\r\n\r\nName,Dept.,Position\r\n".to_vec();
    bytes.extend_from_slice(
        b"Ren\xe9e Okafor,Production,Safety Representative\r\n\"Pe\xf1a, In\xe9s\",Hair,Stylist\r\n,Grip,Grip\r\n",
    );
    std::fs::write(&crew, bytes).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["import-crew", crew.to_str().unwrap(), "--into", briefing.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("line    5  Inés Peña: add"), "{said}");
    assert!(said.contains("line    4  Renée Okafor: already on the list"), "{said}");
    assert!(said.contains("line    6  Grip · Grip: skipped: no name"), "what the row held, and why");
    let summary = "1 added, 1 already on the roster, 0 twice in the file, 0 with letters lost, 1 skipped.";
    assert!(said.contains(summary), "{said}");
    let b = setbrief_core::briefing::load_file(&briefing).unwrap().briefing.unwrap();
    assert!(b.crew.iter().any(|c| c.name == "Inés Peña" && c.department == "Hair"));
    let written = std::fs::read_to_string(&briefing).unwrap();
    assert!(written.starts_with("// Coyote Pass: shooting day 12."), "the opening comments are kept");
    let kept = setbrief_core::briefing::write::backup_path(&briefing);
    assert!(!kept.exists(), "nothing was lost, so no copy is needed");
}

#[test]
fn fmt_tidies_a_hand_written_file_keeps_a_copy_when_comments_would_be_lost_and_check_says_what_would_change() {
    let dir = tempfile::tempdir().unwrap();
    let messy = dir.path().join("day12.ron");
    let original = std::fs::read_to_string(repo().join("briefings/coyote-pass-day-12.ron")).unwrap();
    let hand_written = original
        .replace("    day: 12,\n", "  day:12,   // moved up from day 11\n")
        .replace("crew_call: \"06:30\"", "crew_call: \"06:30:00\"");
    std::fs::write(&messy, &hand_written).unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Briefing(production: \"X\"").unwrap();
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_setbrief")).args(args).output().unwrap();
    let path = messy.to_str().unwrap();

    let check = run(&["fmt", "--check", path]);
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("would rewrite"));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), hand_written, "--check changes nothing");

    let tidy = run(&["fmt", path, broken.to_str().unwrap()]);
    assert_eq!(tidy.status.code(), Some(1), "the broken file is an error and is left as it is");
    assert!(String::from_utf8_lossy(&tidy.stdout).contains("the file as it was is"));
    assert_eq!(std::fs::read_to_string(&messy).unwrap(), original, "the canonical form is the examples' own");
    let kept = setbrief_core::briefing::write::backup_path(&messy);
    assert_eq!(std::fs::read_to_string(kept).unwrap(), hand_written, "the comment survives in the copy");
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), "Briefing(production: \"X\"");

    let again = run(&["fmt", "--check", path]);
    assert_eq!(again.status.code(), Some(0), "fmt is idempotent");
}

#[test]
fn import_scenes_adds_the_days_scenes_from_a_script_and_prints_each_suggestion_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let briefing = dir.path().join("day13.ron");
    std::fs::copy(repo().join("briefings/kitchen-table-day-05.ron"), &briefing).unwrap();
    let script = repo().join("crates/core/tests/fixtures/scripts/coyote-pass.fountain");
    let run = |scenes: &str, accept: bool| {
        let mut args = vec!["import-scenes", script.to_str().unwrap(), "--scenes", scenes, "--into"];
        args.push(briefing.to_str().unwrap());
        if accept {
            args.push("--accept-all");
        }
        Command::new(env!("CARGO_BIN_EXE_setbrief")).args(&args).output().unwrap()
    };
    let o = run("60, 61pt", false);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("scene 60: INT./EXT. STAGECOACH - MOVING - DAY"), "{said}");
    assert!(
        said.contains("  suggests Vehicles and camera cars: \"The stagecoach speeds along the ridge road.\""),
        "{said}"
    );
    assert!(said.contains("2 scenes added, 0 not in the script."), "{said}");
    let b = setbrief_core::briefing::load_file(&briefing).unwrap().briefing.unwrap();
    let sixty = b.scene("60").unwrap();
    assert!(sixty.hazards.is_empty(), "a suggestion is not accepted unasked");
    assert_eq!(sixty.notes.as_deref(), Some("Cast: McCLANE"));

    let o = run("52A 99", true);
    assert_eq!(o.status.code(), Some(1), "a scene the script lacks is an error");
    assert!(String::from_utf8_lossy(&o.stderr).contains("scene 99 is not in"));
    let b = setbrief_core::briefing::load_file(&briefing).unwrap().briefing.unwrap();
    let kinds: Vec<_> = b.scene("52A").unwrap().hazard_kinds().collect();
    assert_eq!(kinds, [setbrief_core::briefing::HazardKind::Stunts, setbrief_core::briefing::HazardKind::Heights]);
}
