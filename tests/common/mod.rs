//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use setbrief::briefing::{Diagnostic, Loaded, parse_bytes};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn minimal() -> String {
    std::fs::read_to_string(repo().join("tests/fixtures/minimal.ron")).unwrap()
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

pub mod day;
