//! `setbrief verify FOLDER`: re-checks an exported report years later.
//!
//! Every file against the manifest, the journal's hash chain, and the journal against
//! the manifest's final hash. Says exactly what was altered.

use std::path::Path;

use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::journal::{sha256_hex, verify as verify_journal};

use setbrief_core::attendance::witness::{Claim, code};

use setbrief_core::attendance::laptop::{fingerprint, verify_signature, witness_message};

use super::export::{MANIFEST, MANIFEST_SIG, Manifest, ManifestSignature, SHA256SUMS, SHA256SUMS_SIG};

/// `manifest.sig`, where the export wrote one: the laptop's signature of the manifest,
/// and of each witness code in it.
fn check_signature(dir: &Path, manifest: &Manifest, v: &mut Verification) {
    let Ok(sig) = std::fs::read(dir.join(MANIFEST_SIG)) else { return };
    let Ok(sig) = serde_json::from_slice::<ManifestSignature>(&sig) else {
        v.problems.push(format!("{MANIFEST_SIG}: ALTERED or damaged: it does not parse"));
        return;
    };
    let bytes = std::fs::read(dir.join(MANIFEST)).unwrap_or_default();
    if !verify_signature(&sig.public_key, &bytes, &sig.signature) || fingerprint(&sig.public_key) != sig.fingerprint {
        v.problems.push(format!("{MANIFEST_SIG}: the signature does not match {MANIFEST}: one of them was altered"));
        return;
    }
    for w in manifest.witnesses.iter().filter(|w| !w.signature.is_empty()) {
        let day = crate::day_id(&manifest.production, &manifest.date, manifest.day);
        let message = witness_message(&day, w.record, &w.hash);
        if !verify_signature(&sig.public_key, &message, &w.signature) {
            v.problems.push(format!("{MANIFEST}: the witness at record {} is not signed by the same laptop", w.record));
        }
    }
    v.signer = Some(sig.fingerprint);
}

/// `SHA256SUMS`, where the export wrote one: every line's file as it says.
/// `SHA256SUMS`, where the export wrote one: every line's file as it says. It is the
/// only list that covers `report.pdf` (the PDF carries the manifest inside it), so when
/// its signature holds a mismatch is the file's fault; without one, either may be.
fn check_sums(dir: &Path, manifest: &Manifest, signed: bool, v: &mut Verification) -> Vec<String> {
    let Ok(sums) = std::fs::read_to_string(dir.join(SHA256SUMS)) else { return Vec::new() };
    let mut listed = Vec::new();
    for line in sums.lines() {
        let Some((hash, name)) = line.split_once("  ") else {
            v.problems.push(format!("{SHA256SUMS}: ALTERED: a line is not `HASH  FILE`: {line}"));
            continue;
        };
        listed.push(name.to_owned());
        let Ok(bytes) = std::fs::read(dir.join(name)) else {
            v.problems.push(format!("{SHA256SUMS}: lists {name}, which is MISSING"));
            continue;
        };
        let actual = sha256_hex(&bytes);
        if actual == hash {
            if !manifest.files.iter().any(|f| f.name == name) {
                v.files_checked += 1;
            }
            continue;
        }
        let matches_manifest = manifest.files.iter().any(|f| f.name == name && f.sha256 == actual);
        if signed {
            v.problems.push(format!("{name}: ALTERED (SHA-256 {actual}; the signed {SHA256SUMS} says {hash})"));
        } else if matches_manifest {
            v.problems
                .push(format!("{SHA256SUMS}: ALTERED: its line for {name} does not match the file or the manifest"));
        } else {
            v.problems.push(format!("{name}: ALTERED, or its line in {SHA256SUMS} was: they do not match"));
            v.problems.push(format!("{SHA256SUMS}: ALTERED, or {name} was: they do not match"));
        }
    }
    listed
}

/// `SHA256SUMS.sig`, where the export wrote one: whether the sums are the laptop's.
fn sums_signed(dir: &Path, v: &mut Verification) -> bool {
    let Ok(sig) = std::fs::read(dir.join(SHA256SUMS_SIG)) else { return false };
    let sums = std::fs::read(dir.join(SHA256SUMS)).unwrap_or_default();
    let holds = serde_json::from_slice::<ManifestSignature>(&sig).is_ok_and(|s| {
        verify_signature(&s.public_key, &sums, &s.signature) && fingerprint(&s.public_key) == s.fingerprint
    });
    if !holds {
        v.problems
            .push(format!("{SHA256SUMS_SIG}: the signature does not match {SHA256SUMS}: one of them was altered"));
    }
    holds
}

#[derive(Debug, Default)]
pub struct Verification {
    /// What is wrong, one line each; empty means the folder is intact.
    pub problems: Vec<String>,
    pub files_checked: usize,
    pub journal_records: usize,
    pub report_id: String,
    /// The witness codes given, each with where the journal passes through it.
    pub witnesses_confirmed: Vec<String>,
    /// The fingerprint of the laptop key that signed the manifest, when it was signed
    /// and the signature holds.
    pub signer: Option<String>,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Verifies a report folder on its own.
pub fn verify_folder(dir: &Path) -> Verification {
    verify_folder_with(dir, &[])
}

/// Verifies a report folder, and that its journal passes through each witness code
/// people took on the day: a journal rewritten after a code was taken fails, however
/// self-consistent its own hashes are.
pub fn verify_folder_with(dir: &Path, witnesses: &[Claim]) -> Verification {
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
    let signed = sums_signed(dir, &mut v);
    let listed = check_sums(dir, &manifest, signed, &mut v);
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let outside_manifest = [MANIFEST, SHA256SUMS, MANIFEST_SIG, SHA256SUMS_SIG].contains(&name.as_str());
        if !outside_manifest && !manifest.files.iter().any(|f| f.name == name) && !listed.contains(&name) {
            v.problems.push(format!("{name}: not part of the report (added afterwards)"));
        }
    }
    check_signature(dir, &manifest, &mut v);
    if let Ok(bytes) = std::fs::read(dir.join(JOURNAL_FILE)) {
        let rb = verify_journal(&bytes);
        for claim in witnesses {
            let taken = claim.seq.map(|s| format!(" (taken at record {s})")).unwrap_or_default();
            match claim.find(&rb.records) {
                Some(r) => v.witnesses_confirmed.push(format!("{} at record {}, {}", code(&r.hash), r.seq, r.time)),
                None => v.problems.push(format!(
                    "witness code {}{taken} is not in this journal: it was rewritten after the code was taken",
                    claim.code
                )),
            }
        }
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
