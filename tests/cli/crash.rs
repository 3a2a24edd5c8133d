//! Kill a signing process with SIGKILL at random moments, many times: every sign-in it
//! reported as saved must be in the journal, and the journal must verify.

#![cfg(unix)]

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use setbrief_core::attendance::Event;
use setbrief_core::attendance::journal::{Problem, verify};

/// Kills and sign-ins, printed for the issue note: `cargo test --test crash -- --nocapture`.
const KILLS: u32 = 40;

#[test]
fn sigkill_never_loses_a_saved_sign_in() {
    let data = tempfile::tempdir().unwrap();
    let briefing = setbrief_testkit::repo().join("briefings/kitchen-table-day-05.ron");
    let mut reported: Vec<String> = Vec::new();
    // A small deterministic generator keeps the kill times varied but repeatable.
    let mut seed: u64 = 0x5E7B_81EF;
    let mut journal = None;
    for _ in 0..KILLS {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let after = Duration::from_millis(40 + (seed >> 33) % 160);
        let mut child = Command::new(env!("CARGO_BIN_EXE_setbrief"))
            .args(["--data-dir", data.path().to_str().unwrap(), "sign-loop", briefing.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader =
            std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<_>>());
        let start = Instant::now();
        while start.elapsed() < after {
            std::thread::sleep(Duration::from_millis(5));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            if let Some(rest) = line.strip_prefix("saved ") {
                reported.push(rest.split_once(' ').unwrap().1.to_owned());
            }
        }
        // On a loaded machine the first child may die before it has created anything.
        let journal_path = std::fs::read_dir(data.path())
            .ok()
            .and_then(|mut d| d.next())
            .and_then(Result::ok)
            .and_then(|production| std::fs::read_dir(production.path()).ok()?.next()?.ok())
            .map(|day| day.path().join("journal.jsonl"))
            .filter(|p| p.exists());
        let Some(journal_path) = journal_path else {
            assert!(reported.is_empty(), "sign-ins were reported saved but there is no journal");
            continue;
        };
        let rb = verify(&std::fs::read(&journal_path).unwrap());
        assert!(rb.problems.iter().all(|p| matches!(p, Problem::TornTail { .. })), "{:?}", rb.problems);
        let saved: std::collections::HashSet<&str> = rb
            .records
            .iter()
            .filter_map(|r| match &r.event {
                Event::SignedIn { person, .. } => Some(person.name.as_str()),
                _ => None,
            })
            .collect();
        for name in &reported {
            assert!(saved.contains(name.as_str()), "{name} was reported saved but is not in the journal");
        }
        journal = Some(journal_path);
    }
    let records = verify(&std::fs::read(journal.unwrap()).unwrap()).records.len();
    println!(
        "crash test: {KILLS} kills, {} sign-ins reported saved, {records} records in the journal, all present",
        reported.len()
    );
    assert!(reported.len() > usize::try_from(KILLS).unwrap(), "the child should sign several people between kills");
}
