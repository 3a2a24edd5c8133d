//! The record from the command line, as a careless user and as someone holding the
//! laptop would try it: an export pointed at the records themselves, files that are
//! not files, damaged days in the log, a day closed from a script.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use setbrief_testkit::day::{main_session, open_day, request};

/// The date the test days are held on (their folders are named by it): today on the
/// set's clock.
static HELD: std::sync::LazyLock<String> = std::sync::LazyLock::new(setbrief_testkit::day::today_on_set);

fn setbrief(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_setbrief")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn said(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// A day with a session and two sign-ins under `data`; its folder.
fn day(data: &Path, close: bool) -> PathBuf {
    let mut day = open_day(data);
    let s = main_session(&mut day);
    for name in ["Kim Aldana", "Tom Brennan"] {
        day.sign_in(request(&day, s, name)).unwrap();
    }
    if close {
        day.close_session(s, "Dana Whitfield").unwrap();
    }
    day.dir.clone()
}

/// Every file under `dir`, with its bytes: what must survive a refused export.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { files.push((p.clone(), std::fs::read(&p).unwrap())) }
        }
    }
    files.sort();
    files
}

#[test]
fn an_export_pointed_at_the_records_deletes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let dir = day(&data, true);
    std::fs::write(root.path().join("my-notes.txt"), "the office's").unwrap();
    let before = snapshot(root.path());
    let d = data.to_str().unwrap();
    let day_dir = dir.to_str().unwrap();
    let inside = data.join("reports").join("day12");
    let attempts: [(&[&str], &str); 5] = [
        (&["report", "--date", HELD.as_str(), "--out", d, "--overwrite"], "is the data folder"),
        (&["report", "--day-folder", day_dir, "--out", day_dir, "--overwrite"], "is the day folder"),
        (&["report", "--date", HELD.as_str(), "--out", inside.to_str().unwrap()], "lies inside the data folder"),
        // The home folder of this test: it holds the data folder.
        (
            &["report", "--date", HELD.as_str(), "--out", root.path().to_str().unwrap(), "--overwrite"],
            "holds the data folder",
        ),
        (
            &["report", "--date", HELD.as_str(), "--out", &format!("{d}/../data/coyote-pass/.."), "--overwrite"],
            "data folder",
        ),
    ];
    for (args, why) in attempts {
        let o = setbrief(&data, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", said(&o));
        assert!(said(&o).contains(why), "{args:?} says {why}: {}", said(&o));
        assert_eq!(snapshot(root.path()), before, "{args:?} changed a file");
    }
    // A folder with one file a report does not have.
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("budget.xlsx"), "x").unwrap();
    let o =
        setbrief(&data, &["report", "--date", HELD.as_str(), "--out", other.path().to_str().unwrap(), "--overwrite"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains("budget.xlsx"), "{}", said(&o));
    assert!(other.path().join("budget.xlsx").exists());
}

#[test]
fn a_report_replaces_only_an_earlier_report_and_verifies() {
    let data = tempfile::tempdir().unwrap();
    day(data.path(), true);
    let reports = tempfile::tempdir().unwrap();
    let out = reports.path().join("day12");
    let args = ["report", "--date", HELD.as_str(), "--out", out.to_str().unwrap()];
    assert_eq!(setbrief(data.path(), &args).status.code(), Some(0));
    let o = setbrief(data.path(), &args);
    assert_eq!(o.status.code(), Some(1), "an existing report needs --overwrite: {}", said(&o));
    let o = setbrief(data.path(), &[&args[..], &["--overwrite"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    // The key printed for the office is the one the report is held to.
    let key = setbrief(data.path(), &["key"]);
    let fingerprint =
        String::from_utf8_lossy(&key.stdout).split_whitespace().find(|w| w.starts_with("SB-")).unwrap().to_owned();
    assert!(said(&o).contains(&fingerprint), "{}", said(&o));
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap(), "--key", &fingerprint]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap(), "--key", "SB-0000-0000-0000-0000-0000"]);
    assert_eq!(o.status.code(), Some(1), "{}", said(&o));
    assert!(said(&o).contains("not the key given"));
}

#[test]
fn verify_keeps_its_exit_code_when_its_reader_goes_away() {
    let data = tempfile::tempdir().unwrap();
    day(data.path(), true);
    let reports = tempfile::tempdir().unwrap();
    let out = reports.path().join("day12");
    assert_eq!(
        setbrief(data.path(), &["report", "--date", HELD.as_str(), "--out", out.to_str().unwrap()]).status.code(),
        Some(0)
    );
    std::fs::write(out.join("attendance.csv"), "painted").unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let o = Command::new(env!("CARGO_BIN_EXE_setbrief")).arg("verify").arg(&out).stdout(writer).output().unwrap();
    assert_eq!(o.status.code(), Some(1), "a failed check exits 1 through `| head -1` too");
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap(), "--witness", "hello"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(said(&o).contains("not a witness code"), "{}", said(&o));
}

#[cfg(unix)]
#[test]
fn a_journal_that_is_a_fifo_or_a_device_is_refused_at_once() {
    let data = tempfile::tempdir().unwrap();
    let dir = day(data.path(), true);
    let reports = tempfile::tempdir().unwrap();
    let out = reports.path().join("day12");
    assert_eq!(
        setbrief(data.path(), &["report", "--date", HELD.as_str(), "--out", out.to_str().unwrap()]).status.code(),
        Some(0)
    );
    for folder in [&dir, &out] {
        let journal = folder.join("journal.jsonl");
        std::fs::remove_file(&journal).unwrap();
        assert!(Command::new("mkfifo").arg(&journal).status().unwrap().success());
    }
    let started = Instant::now();
    for (args, code) in [
        (vec!["verify", out.to_str().unwrap()], 1),
        (vec!["log"], 1),
        (vec!["report", "--date", HELD.as_str(), "--out", reports.path().join("again").to_str().unwrap()], 1),
    ] {
        let o = setbrief(data.path(), &args);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", said(&o));
        assert!(said(&o).contains("FIFO"), "{args:?} says what the journal is: {}", said(&o));
    }
    assert!(started.elapsed() < Duration::from_secs(20), "nothing waited on the FIFO");
    let journal = out.join("journal.jsonl");
    std::fs::remove_file(&journal).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &journal).unwrap();
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains("journal.jsonl: cannot read: it is a device, not a file"), "{}", said(&o));
}

#[test]
fn the_log_accounts_for_a_damaged_day_and_flags_what_is_missing() {
    let data = tempfile::tempdir().unwrap();
    let dir = day(data.path(), false);
    // Day 12: its session never closed, and only 2 of the roster signed.
    let o = setbrief(data.path(), &["log"]);
    assert_eq!(o.status.code(), Some(1), "{}", said(&o));
    assert!(said(&o).contains("was never closed"), "{}", said(&o));
    assert!(said(&o).contains("fewer than half"), "{}", said(&o));
    // Emptied, then filled with junk: the day is still there, DAMAGED with the reason.
    std::fs::write(dir.join("journal.jsonl"), "").unwrap();
    let o = setbrief(data.path(), &["log"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains(&format!("{} · Day 12 · coyote-pass", *HELD)), "{}", said(&o));
    assert!(said(&o).contains("DAMAGED: its journal is EMPTY"), "{}", said(&o));
    std::fs::write(dir.join("journal.jsonl"), "junk\nmore junk\n").unwrap();
    let o = setbrief(data.path(), &["log"]);
    assert!(said(&o).contains("DAMAGED: its journal (15 bytes) holds no session"), "{}", said(&o));
    std::fs::remove_file(dir.join("journal.jsonl")).unwrap();
    let o = setbrief(data.path(), &["log"]);
    assert!(said(&o).contains("DAMAGED: its journal is MISSING"), "{}", said(&o));
}

#[test]
fn a_day_closed_from_the_command_line_has_a_witness_code_the_report_and_verify_know() {
    let data = tempfile::tempdir().unwrap();
    let dir = day(data.path(), false);
    let o = setbrief(data.path(), &["close", "--day-folder", dir.to_str().unwrap(), "--by", "Dana Whitfield"]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let printed = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(printed.contains("closed by Dana Whitfield"), "{printed}");
    let line = printed.lines().find(|l| l.starts_with("Witness code: ")).unwrap();
    let code = line.split_whitespace().nth(2).unwrap().to_owned();
    assert_eq!(code.matches('-').count(), 2, "the code keeps its dashes: {code}");
    let again = setbrief(data.path(), &["close", "--date", HELD.as_str(), "--by", "Dana Whitfield"]);
    assert_eq!(again.status.code(), Some(2), "nothing left open: {}", said(&again));
    assert!(said(&again).contains(&code), "the head is still printed: {}", said(&again));

    let reports = tempfile::tempdir().unwrap();
    let out = reports.path().join("day12");
    assert_eq!(
        setbrief(data.path(), &["report", "--date", HELD.as_str(), "--out", out.to_str().unwrap()]).status.code(),
        Some(0)
    );
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap(), "--witness", &code]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(out.join("report.pdf")).unwrap()).unwrap();
    assert!(text.contains(&code), "the PDF prints the close code");
    // A code miscopied by one character is called that, not a rewrite.
    let slip: String =
        code.chars().enumerate().map(|(i, c)| if i == 0 { if c == '7' { '8' } else { '7' } } else { c }).collect();
    let o = setbrief(data.path(), &["verify", out.to_str().unwrap(), "--witness", &slip]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains("probably miscopied"), "{}", said(&o));
}
