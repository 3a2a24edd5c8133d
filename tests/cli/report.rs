//! `setbrief report` and `setbrief verify` on a real day folder.

use setbrief_report::export::CSV;
use setbrief_testkit::day::{main_session, open_day, request};

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
    day_folder(data.path());
    let out = data.path().join("cli-report");
    let bin = env!("CARGO_BIN_EXE_setbrief");
    let o = std::process::Command::new(bin)
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "report",
            "--date",
            "2026-04-16",
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
