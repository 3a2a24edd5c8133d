//! Two copies of setbrief on one day: the second is refused, plainly, and never
//! writes; once the first is gone (even killed), the day opens again.

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use setbrief_core::attendance::journal::verify;

fn sign_loop(data: &std::path::Path, briefing: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_setbrief"));
    c.args(["--data-dir", data.to_str().unwrap(), "sign-loop", briefing.to_str().unwrap()]);
    c
}

/// Starts a sign-loop and returns once it has saved its first sign-in.
#[allow(clippy::zombie_processes)] // the caller kills and waits for the child it gets back
fn first_writer(data: &std::path::Path, briefing: &std::path::Path) -> Child {
    let mut child = sign_loop(data, briefing).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if lines.next().is_some_and(|l| l.is_ok_and(|l| l.starts_with("saved "))) {
            // Keep draining so the writer never blocks on a full pipe.
            std::thread::spawn(move || lines.for_each(drop));
            return child;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the first writer never saved a sign-in");
}

#[test]
fn a_second_writer_is_refused_and_the_day_reopens_once_the_first_is_gone() {
    let data = tempfile::tempdir().unwrap();
    let briefing = setbrief_testkit::repo().join("briefings/kitchen-table-day-05.ron");
    let mut first = first_writer(data.path(), &briefing);

    let second = sign_loop(data.path(), &briefing).output().unwrap();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("this day is open in another setbrief window or command (since "), "{stderr}");
    assert!(stderr.contains(&format!("process {})", first.id())), "{stderr}");
    assert!(second.stdout.is_empty(), "the second copy saved nothing");

    first.kill().unwrap();
    first.wait().unwrap();
    let mut third = first_writer(data.path(), &briefing);
    third.kill().unwrap();
    third.wait().unwrap();

    let folder = setbrief_testkit::day::held_today_folder(data.path(), &briefing);
    let journal = std::fs::read(folder.join("journal.jsonl")).unwrap();
    let rb = verify(&journal);
    assert!(rb.problems.iter().all(|p| !p.is_tampering()), "one chain, never forked: {:?}", rb.problems);
}
