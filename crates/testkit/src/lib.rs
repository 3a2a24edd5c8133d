//! Helpers shared by setbrief's tests, benchmarks and examples. They fail loudly
//! (unwrap, assert): a broken fixture should stop the test that uses it, at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use setbrief_core::briefing::{Diagnostic, Loaded, parse_bytes};

pub mod day;
pub mod http;
pub mod languages;
pub mod webdriver;

/// A crew from everywhere: a name in each script a report must print and a screen show.
pub const EVERY_SCRIPT: [&str; 10] = [
    "Zoë Núñez-Łukasiewicz",
    "Αλέξανδρος Παπαδόπουλος",
    "Ольга Петрова",
    "שרה לוי",
    "محمد عبد الله",
    "अनिल कुमार",
    "สมชาย ใจดี",
    "李明华",
    "佐藤さくら",
    "김민준",
];

/// The names of [`EVERY_SCRIPT`] this machine can be asked to show.
///
/// That depends on whether Noto Sans CJK is installed (`fonts-noto-cjk`). CI installs it and always checks
/// Chinese, Japanese and Korean; elsewhere they are left out, with a word, when it is
/// missing, so `cargo test` passes on a fresh machine.
pub fn every_script_names(cjk_installed: bool) -> Vec<&'static str> {
    if cjk_installed || std::env::var_os("CI").is_some() {
        return EVERY_SCRIPT.to_vec();
    }
    eprintln!("fonts-noto-cjk is not installed: Chinese, Japanese and Korean names are not checked");
    let cjk = |c: char| ('\u{3040}'..='\u{D7AF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c);
    EVERY_SCRIPT.iter().copied().filter(|n| !n.chars().any(cjk)).collect()
}

/// The workspace's top folder, where `briefings/` and `assets/` are.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Every `.rs` file under `dir`, for the tests that keep the code's shape.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The core's test fixtures.
pub fn fixtures() -> PathBuf {
    repo().join("crates/core/tests/fixtures")
}

/// The smallest briefing that validates clean; rule tests edit it.
pub fn minimal() -> String {
    std::fs::read_to_string(fixtures().join("minimal.ron")).unwrap()
}

pub fn parse(text: &str) -> Loaded {
    parse_bytes(Path::new("test.ron"), text.as_bytes().to_vec())
}

pub fn codes(text: &str) -> Vec<&'static str> {
    parse(text).diagnostics.iter().map(|d| d.code).collect()
}

/// Replaces `from` with `to` once, failing loudly if the fixture no longer has `from`.
pub fn edit(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture lacks {from:?}");
    text.replacen(from, to, 1)
}

pub fn only(loaded: &Loaded) -> &Diagnostic {
    assert_eq!(loaded.diagnostics.len(), 1, "{:#?}", loaded.diagnostics);
    &loaded.diagnostics[0]
}
