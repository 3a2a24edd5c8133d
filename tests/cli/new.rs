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
