//! `setbrief validate`, run as a user runs it: the real binary on real files.

use std::process::{Command, Output};

use setbrief_testkit::{edit, minimal, repo};

fn setbrief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_setbrief")).args(args).current_dir(repo()).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn clean_examples_exit_zero() {
    let o = setbrief(&[
        "validate",
        "briefings/coyote-pass-day-12.ron",
        "briefings/nightline-day-23.ron",
        "briefings/kitchen-table-day-05.ron",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o).matches(": ok: 0 error(s), 0 warning(s)").count(), 3);
}

#[test]
fn a_broken_file_exits_one_with_file_line_col() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("day12.ron");
    std::fs::write(&path, edit(&minimal(), r#"points: ["Cables under mats."],"#, "hazards: [Firarms()],")).unwrap();
    let o = setbrief(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with(&format!("{}:", path.display())), "{first}");
    assert!(first.ends_with(": error[unknown-variant]: unknown hazard `Firarms`"), "{first}");
    assert!(out.lines().nth(1).unwrap().starts_with("  help: did you mean `Firearms`?"));
}

#[test]
fn warnings_alone_exit_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warn.ron");
    std::fs::write(&path, edit(&minimal(), r#"first_aid: "Stage door","#, "")).unwrap();
    let o = setbrief(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("warning[SB024]"));
}

#[test]
fn unreadable_file_and_bad_usage_exit_two() {
    let o = setbrief(&["validate", "briefings/coyote-pass-day-12.ron", "no-such-file.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("no-such-file.ron: error: cannot read"));
    assert_eq!(setbrief(&["validate"]).status.code(), Some(2));
    assert_eq!(setbrief(&["validate", "--format", "xml", "x.ron"]).status.code(), Some(2));
}

#[test]
fn json_output_is_machine_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, edit(&minimal(), r#"muster_point: "Car park","#, "")).unwrap();
    let o = setbrief(&["validate", "--format", "json", path.to_str().unwrap(), "briefings/kitchen-table-day-05.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["errors"], 1);
    let d = &files[0]["diagnostics"][0];
    assert_eq!(d["code"], "SB003");
    assert_eq!(d["severity"], "error");
    assert!(d["position"]["line"].as_u64().unwrap() > 0);
    assert_eq!(files[1]["errors"], 0);
}

#[test]
fn garbage_never_crashes_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let inputs: Vec<Vec<u8>> = vec![
        vec![],
        vec![0xff; 100],
        b"\xEF\xBB\xBF".to_vec(),
        "[".repeat(300_000).into_bytes(),
        (0..=255u8).cycle().take(10_000).collect(),
    ];
    for (i, bytes) in inputs.into_iter().enumerate() {
        let path = dir.path().join(format!("g{i}.ron"));
        std::fs::write(&path, bytes).unwrap();
        let o = setbrief(&["validate", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "input {i}: {}", stdout(&o));
    }
}
