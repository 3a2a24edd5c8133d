//! Helpers shared by setbrief's tests, benchmarks and examples. They fail loudly
//! (unwrap, assert): a broken fixture should stop the test that uses it, at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use setbrief_core::briefing::{Diagnostic, Loaded, parse_bytes};

pub mod day;

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

/// The workspace's top folder, where `briefings/` and `assets/` are.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
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
