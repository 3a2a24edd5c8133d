//! `setbrief report` and `setbrief verify` on a real day folder.

use setbrief_report::export::CSV;
use setbrief_testkit::day::{main_session, open_day, request};

/// The date the test days are held on (their folders are named by it): today on the
/// set's clock.
static HELD: std::sync::LazyLock<String> = std::sync::LazyLock::new(setbrief_testkit::day::today_on_set);

/// A day with one session and three sign-ins, under `data`.
fn day_folder(data: &std::path::Path) {
    let mut day = open_day(data);
    let session = main_session(&mut day);
    for name in ["Zoë Marchetti", "Kim Aldana", "Tom Brennan"] {
        let req = request(&day, session, name);
        day.sign_in(req).unwrap();
    }
}

#[test]
fn the_command_line_exports_and_verifies() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    day_folder(data.path());
    let out = reports.path().join("cli-report");
    let bin = env!("CARGO_BIN_EXE_setbrief");
    let o = std::process::Command::new(bin)
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "report",
            "--date",
            HELD.as_str(),
            "--out",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let o = std::process::Command::new(bin).args(["verify", out.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("OK: report SB-2026-04-16-D12-"));
    let mut csv = std::fs::read(out.join(CSV)).unwrap();
    let last = csv.len() - 5;
    csv[last] = b'X';
    std::fs::write(out.join(CSV), csv).unwrap();
    let o = std::process::Command::new(bin).args(["verify", out.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("attendance.csv: ALTERED"));
}

#[test]
fn the_report_language_is_chosen_by_code_and_an_unknown_code_is_refused_with_the_known_ones() {
    let data = tempfile::tempdir().unwrap();
    let reports = tempfile::tempdir().unwrap();
    day_folder(data.path());
    let bin = env!("CARGO_BIN_EXE_setbrief");
    let export = |code: &str, out: &std::path::Path| {
        let (data, out) = (data.path().to_str().unwrap(), out.to_str().unwrap());
        std::process::Command::new(bin)
            .args(["--data-dir", data, "report", "--date", HELD.as_str(), "--out", out, "--language", code])
            .output()
            .unwrap()
    };
    let out = reports.path().join("informe");
    let o = export("es", &out);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("\"language\": \"es\""), "{manifest}");
    let o = std::process::Command::new(bin).args(["verify", out.to_str().unwrap()]).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));

    let o = export("pt", &reports.path().join("relatorio"));
    assert_eq!(o.status.code(), Some(2));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains("no words file for `pt`: it speaks en, es, fr"), "{said}");
    assert!(!reports.path().join("relatorio").exists());
}

/// Runs `setbrief ARGS` with its output going to a pipe nobody reads any more, as
/// `setbrief verify F | head -1` does once `head` has its line.
fn with_closed_pipe(args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    std::process::Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(args)
        .current_dir(setbrief_testkit::repo())
        .stdout(writer)
        .output()
        .unwrap()
}

#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    day_folder(data.path());
    let out = reports.path().join("pipe-report");
    let day = std::fs::read_dir(data.path().join("coyote-pass")).unwrap().next().unwrap().unwrap().path();
    let bin = env!("CARGO_BIN_EXE_setbrief");
    let o = std::process::Command::new(bin)
        .args(["report", "--day-folder", day.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    // A verify whose every problem line is a write: a damaged report, read by `head -1`.
    std::fs::write(out.join("attendance.csv"), "altered").unwrap();
    std::fs::write(out.join("added-1.txt"), "x").unwrap();
    std::fs::write(out.join("added-2.txt"), "x").unwrap();
    for args in [
        vec!["verify", out.to_str().unwrap()],
        vec!["validate", "briefings/coyote-pass-day-12.ron", "briefings/nightline-day-23.ron"],
    ] {
        let o = with_closed_pipe(&args);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} said something on a closed pipe: {stderr}");
    }
}

#[test]
fn verify_on_a_folder_that_does_not_exist_says_so_and_exits_two() {
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_setbrief"))
        .args(["verify", "/no/such/report"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("/no/such/report is not a folder"));
}
