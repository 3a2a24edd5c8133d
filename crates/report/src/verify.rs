//! `setbrief verify FOLDER`: re-checks an exported report years later.
//!
//! Every file against the manifest, the journal's hash chain, and the journal against
//! the manifest's final hash. Says exactly what was altered.

use std::path::Path;

use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::journal::{sha256_hex, verify as verify_journal};

use super::export::{MANIFEST, Manifest};

#[derive(Debug, Default)]
pub struct Verification {
    /// What is wrong, one line each; empty means the folder is intact.
    pub problems: Vec<String>,
    pub files_checked: usize,
    pub journal_records: usize,
    pub report_id: String,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub fn verify_folder(dir: &Path) -> Verification {
    let mut v = Verification::default();
    let manifest: Manifest = match std::fs::read(dir.join(MANIFEST)) {
        Err(e) => {
            v.problems.push(format!("{MANIFEST}: cannot be read ({e})"));
            return v;
        }
        Ok(bytes) => match serde_json::from_slice::<Manifest>(&bytes) {
            Ok(m) => {
                if !m.is_sealed(&bytes) {
                    v.problems.push(format!("{MANIFEST}: ALTERED: it does not match its own SHA-256 seal"));
                }
                m
            }
            Err(e) => {
                v.problems.push(format!("{MANIFEST}: ALTERED or damaged, it does not parse ({e})"));
                return v;
            }
        },
    };
    v.report_id = manifest.report_id.clone();
    for f in &manifest.files {
        match std::fs::read(dir.join(&f.name)) {
            Err(_) => v.problems.push(format!("{}: MISSING", f.name)),
            Ok(bytes) => {
                v.files_checked += 1;
                let hash = sha256_hex(&bytes);
                if hash != f.sha256 {
                    v.problems.push(format!(
                        "{}: ALTERED, or its entry in {MANIFEST} was (SHA-256 {hash}, {MANIFEST} says {})",
                        f.name, f.sha256
                    ));
                }
            }
        }
    }
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != MANIFEST && !manifest.files.iter().any(|f| f.name == name) {
            v.problems.push(format!("{name}: not part of the report (added afterwards)"));
        }
    }
    if let Ok(bytes) = std::fs::read(dir.join(JOURNAL_FILE)) {
        let rb = verify_journal(&bytes);
        v.journal_records = rb.records.len();
        for p in &rb.problems {
            v.problems.push(format!("{JOURNAL_FILE}: {}", p.describe()));
        }
        if rb.last_hash != manifest.journal_final_hash {
            v.problems.push(format!(
                "{JOURNAL_FILE}: its final hash {} is not the one in {MANIFEST} ({}): records were altered, added or removed",
                rb.last_hash, manifest.journal_final_hash
            ));
        }
        if rb.records.len() != manifest.journal_records {
            v.problems.push(format!(
                "{JOURNAL_FILE}: {} records, {MANIFEST} says {}",
                rb.records.len(),
                manifest.journal_records
            ));
        }
    }
    v
}
