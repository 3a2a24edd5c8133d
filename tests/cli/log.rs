//! `setbrief log`: the production's safety log flags a firearms day never cleared and a
//! day whose briefing file was never presented.

use setbrief_core::attendance::Day;
use setbrief_testkit::day::{main_session, request};

#[test]
fn the_log_flags_days_and_scenes_with_a_missing_briefing_or_attestation() {
    let data = tempfile::tempdir().unwrap();
    let briefings = data.path().join("briefings");
    std::fs::create_dir_all(&briefings).unwrap();
    let western = std::fs::read_to_string(setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron")).unwrap();
    // Day 12 is briefed, but nobody gives the firearms attestation.
    std::fs::write(briefings.join("day12.ron"), &western).unwrap();
    let loaded = setbrief_core::briefing::load_file(&briefings.join("day12.ron")).unwrap();
    let mut day = Day::open(data.path(), &loaded).unwrap();
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    drop(day);
    // Day 13 has a briefing file and no session at all.
    let day13 = western.replace("day: 12,", "day: 13,").replace("date: \"2026-04-16\"", "date: \"2026-04-17\"");
    assert_ne!(day13, western);
    std::fs::write(briefings.join("day13.ron"), day13).unwrap();

    // `setbrief log` (in `language`, when given) on the days and briefings, into `out`.
    let log = |language: Option<&str>, out: &std::path::Path| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_setbrief"));
        command.args(["--data-dir", data.path().to_str().unwrap(), "log", "--briefings"]).arg(&briefings);
        if let Some(code) = language {
            command.args(["--language", code]);
        }
        command.arg("--out").arg(out).output().unwrap()
    };
    let out = data.path().join("log");
    let o = log(None, &out);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "a flagged day exits 1: {stdout}");
    assert!(stdout.contains("2026-04-16 · Day 12 · Coyote Pass"), "{stdout}");
    assert!(stdout.contains("scene 52 has firearms and was never cleared"), "{stdout}");
    assert!(stdout.contains("2026-04-17 · Day 13 · Coyote Pass"), "{stdout}");
    assert!(stdout.contains("NO BRIEFING RECORDED"), "{stdout}");
    let csv = std::fs::read_to_string(out.join("safety-log.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "a header and one row per day");
    let pdf = std::fs::read(out.join("safety-log.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Production safety log"));

    // The same log for a Quebec production office, in French.
    let out = data.path().join("registre");
    let o = log(Some("fr"), &out);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("la scène 52 comporte\u{a0}: armes à feu, et n'a jamais été autorisée"), "{stdout}");
    assert!(stdout.contains("AUCUNE RÉUNION CONSIGNÉE"), "{stdout}");
    assert!(!stdout.contains("never cleared") && !stdout.contains("NO BRIEFING"), "{stdout}");
    let pdf = std::fs::read(out.join("safety-log.pdf")).unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    assert!(text.contains("Registre de sécurité de la production"), "{text}");
}
