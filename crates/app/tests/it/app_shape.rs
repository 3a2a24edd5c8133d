//! The app's shape, as issue 23 set it: the screens own their state and the top level
//! only routes, so only `lib.rs` (the struct and its frame) and `routing.rs` (what
//! requests do) may add to `SetbriefApp`, and no file grows past what one person
//! reads in a sitting.

use std::path::Path;

/// Longer than this, a file holds more than one job.
const MOST_LINES: usize = 450;

fn app_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    setbrief_testkit::rust_files(&src)
        .into_iter()
        .map(|f| {
            let name = f.strip_prefix(&src).unwrap().display().to_string();
            (name, std::fs::read_to_string(&f).unwrap())
        })
        .collect()
}

#[test]
fn only_the_top_level_adds_to_the_app_and_screens_do_not_reach_into_it() {
    let sources = app_sources();
    assert!(sources.len() > 30, "the app's sources were not found");
    let reaching: Vec<&str> = sources
        .iter()
        .filter(|(name, _)| name != "lib.rs" && name != "routing.rs")
        .filter(|(_, text)| text.contains("impl SetbriefApp") || text.contains("SetbriefApp"))
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(reaching.is_empty(), "screens that reach into SetbriefApp instead of owning their state: {reaching:?}");
}

#[test]
fn no_app_file_is_longer_than_one_job() {
    let long: Vec<String> = app_sources()
        .iter()
        .filter(|(_, text)| text.lines().count() > MOST_LINES)
        .map(|(name, text)| format!("{name}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "files over {MOST_LINES} lines: {long:?}");
}
