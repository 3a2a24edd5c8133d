//! `setbrief verify FOLDER`: re-checks an exported report years later, also against
//! someone who holds the files and the laptop.
//!
//! In turn: every file against the manifest and `SHA256SUMS`; every signature, all
//! made with the one key the manifest names (and the key an office wrote down, when
//! given); the journal's hash chain, its head against the manifest and the witness
//! codes people took; then every derived part against the journal: the CSV and the PDF
//! are made again from the journal and the briefing files and compared. Says exactly
//! what was altered.

use std::path::Path;

use setbrief_core::attendance::chronology;
use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::journal::verify as verify_journal;
use setbrief_core::attendance::laptop::{fingerprint, names_key, verify_signature, witness_message};
use setbrief_core::attendance::witness::{Claim, code};
use setbrief_core::digest::sha256_hex;
use setbrief_core::files::{FileError, JOURNAL_LIMIT, PDF_LIMIT, TEXT_LIMIT, read_regular};
use setbrief_core::time::SetTime;

use super::export::{
    CSV, MANIFEST, MANIFEST_SIG, Manifest, ManifestSignature, ManifestSigner, PDF, SHA256SUMS, SHA256SUMS_SIG,
};
use crate::compare;

/// What a verification is told besides the folder.
#[derive(Clone, Debug, Default)]
pub struct VerifyOptions {
    /// Witness codes taken on the day: the journal must pass through each.
    pub witnesses: Vec<Claim>,
    /// The laptop keys the report may be signed by (fingerprints or public keys), as an
    /// office wrote them down; empty accepts the key the manifest names.
    pub keys: Vec<String>,
    /// Accept a report that carries no signature at all (exported with `--unsigned`).
    pub allow_unsigned: bool,
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
    /// The fingerprint of the laptop key that signed the report, when every signature
    /// holds and is made with it.
    pub signer: Option<String>,
    /// The report carries no signature, and that was allowed.
    pub unsigned: bool,
    /// How the derived parts were compared with the journal, one line each.
    pub derived: Vec<String>,
    /// Problems found past those listed (a journal of junk has one a line), only counted.
    pub more_problems: usize,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// Every problem found, listed or only counted.
    pub fn problem_count(&self) -> usize {
        self.problems.len() + self.more_problems
    }
}

/// Verifies a report folder on its own.
pub fn verify_folder(dir: &Path) -> Verification {
    verify_folder_with_options(dir, &VerifyOptions::default())
}

/// Verifies a report folder, and that its journal passes through each witness code
/// people took on the day: a journal rewritten after a code was taken fails, however
/// self-consistent its own hashes are.
pub fn verify_folder_with(dir: &Path, witnesses: &[Claim]) -> Verification {
    verify_folder_with_options(dir, &VerifyOptions { witnesses: witnesses.to_vec(), ..VerifyOptions::default() })
}

/// Reads a file of the report: what is wrong with it, in words, when it cannot be read.
pub(crate) fn read(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
    let limit = match name {
        JOURNAL_FILE => JOURNAL_LIMIT,
        PDF => PDF_LIMIT,
        _ => TEXT_LIMIT,
    };
    read_regular(&dir.join(name), limit).map_err(|e: FileError| {
        if e.is_missing() { format!("{name}: MISSING") } else { format!("{name}: cannot read: {}", e.reason()) }
    })
}

/// Verifies a report folder with everything an office may hold beside it.
pub fn verify_folder_with_options(dir: &Path, options: &VerifyOptions) -> Verification {
    let mut v = Verification::default();
    let manifest_bytes = match read(dir, MANIFEST) {
        Ok(bytes) => bytes,
        Err(problem) => {
            v.problems.push(problem);
            return v;
        }
    };
    let manifest = match serde_json::from_slice::<Manifest>(&manifest_bytes) {
        Ok(m) => m,
        Err(e) => {
            v.problems.push(format!("{MANIFEST}: ALTERED or damaged, it does not parse ({e})"));
            return v;
        }
    };
    if !manifest.is_sealed(&manifest_bytes) {
        v.problems.push(format!("{MANIFEST}: ALTERED: it does not match its own SHA-256 seal"));
    }
    v.report_id = manifest.report_id.clone();
    for f in &manifest.files {
        match read(dir, &f.name) {
            Err(problem) => v.problems.push(problem),
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
    let key = signatures::check(dir, &manifest, &manifest_bytes, options, &mut v);
    let listed = check_sums(dir, &manifest, key.is_some(), &mut v);
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let outside_manifest = [MANIFEST, SHA256SUMS, MANIFEST_SIG, SHA256SUMS_SIG].contains(&name.as_str());
        if !outside_manifest && !manifest.files.iter().any(|f| f.name == name) && !listed.contains(&name) {
            v.problems.push(format!("{name}: not part of the report (added afterwards)"));
        }
    }
    let journal_intact = check_journal(dir, &manifest, options, &mut v);
    if journal_intact {
        compare::derived_parts(dir, &manifest, &manifest_bytes, key.as_ref(), &mut v);
    } else {
        v.derived.push(format!("{CSV} and {PDF} not compared: the journal they come from does not verify"));
    }
    v
}

/// The journal: its chain, its head against the manifest and the witness codes, and
/// its times. Whether it is intact, so the derived parts can be compared with it.
fn check_journal(dir: &Path, manifest: &Manifest, options: &VerifyOptions, v: &mut Verification) -> bool {
    let bytes = match read(dir, JOURNAL_FILE) {
        Ok(bytes) => bytes,
        Err(problem) => {
            // A missing journal is already named by the manifest's list.
            if !v.problems.contains(&problem) {
                v.problems.push(problem);
            }
            return false;
        }
    };
    let rb = verify_journal(&bytes);
    for claim in &options.witnesses {
        match claim.find(&rb.records) {
            Some(r) => v.witnesses_confirmed.push(format!("{} at record {}, {}", code(&r.hash), r.seq, r.time)),
            None => v.problems.push(claim.why_not_found(&rb.records)),
        }
    }
    v.journal_records = rb.records.len();
    let problems_before = v.problems.len();
    for p in &rb.problems {
        v.problems.push(format!("{JOURNAL_FILE}: {}", p.describe()));
    }
    v.more_problems += rb.more_problems;
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
    let now = rb.records.first().map(|r| SetTime::now_on_clock_of(r.time));
    for found in chronology::check(&rb.records, now) {
        v.problems.push(format!("{JOURNAL_FILE}: OUT OF ORDER: {}", found.describe()));
    }
    v.problems.len() == problems_before
}

/// `SHA256SUMS`: every line's file as it says. It is the only list that covers
/// `report.pdf` (the PDF carries the manifest inside it), so when its signature holds
/// a mismatch is the file's fault; without one, either may be.
fn check_sums(dir: &Path, manifest: &Manifest, signed: bool, v: &mut Verification) -> Vec<String> {
    let sums = match read(dir, SHA256SUMS).map(|b| String::from_utf8_lossy(&b).into_owned()) {
        Ok(sums) => sums,
        Err(problem) => {
            v.problems.push(problem);
            return Vec::new();
        }
    };
    let mut listed = Vec::new();
    for line in sums.lines() {
        let Some((hash, name)) = line.split_once("  ") else {
            v.problems.push(format!("{SHA256SUMS}: ALTERED: a line is not `HASH  FILE`: {line}"));
            continue;
        };
        listed.push(name.to_owned());
        let bytes = match read(dir, name) {
            Ok(bytes) => bytes,
            Err(problem) => {
                v.problems.push(format!("{SHA256SUMS} lists {problem}"));
                continue;
            }
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
    if !listed.iter().any(|n| n == PDF) {
        v.problems.push(format!("{SHA256SUMS}: does not list {PDF}"));
    }
    listed
}

/// The report's signatures: each there, each made with the one key the manifest names.
mod signatures {
    use super::{
        MANIFEST, MANIFEST_SIG, Manifest, ManifestSignature, ManifestSigner, Path, SHA256SUMS, SHA256SUMS_SIG,
        Verification, VerifyOptions, fingerprint, names_key, read, verify_signature, witness_message,
    };

    /// Checks every signature; the key they are all made with when they hold.
    pub(super) fn check(
        dir: &Path,
        manifest: &Manifest,
        manifest_bytes: &[u8],
        options: &VerifyOptions,
        v: &mut Verification,
    ) -> Option<ManifestSigner> {
        let manifest_sig = signature_file(dir, MANIFEST_SIG);
        let sums_sig = signature_file(dir, SHA256SUMS_SIG);
        // The manifest names its key; a report from before it did is held to the key
        // its manifest's signature names.
        let key = manifest.signer.clone().or_else(|| {
            manifest_sig.as_ref().and_then(|s| s.as_ref().ok()).map(|s| ManifestSigner {
                algorithm: s.algorithm.clone(),
                public_key: s.public_key.clone(),
                fingerprint: s.fingerprint.clone(),
            })
        });
        let Some(key) = key else {
            return unsigned(manifest_sig.is_some() || sums_sig.is_some(), options, v);
        };
        let before = v.problems.len();
        if !names_key(&key.fingerprint, &key.public_key) {
            v.problems.push(format!(
                "{MANIFEST}: ALTERED: the key's fingerprint {} is not that of its public key ({})",
                key.fingerprint,
                fingerprint(&key.public_key)
            ));
        }
        let sums = read(dir, SHA256SUMS).unwrap_or_default();
        for (file, signed, sig) in [(MANIFEST_SIG, MANIFEST, manifest_sig), (SHA256SUMS_SIG, SHA256SUMS, sums_sig)] {
            let bytes = if signed == MANIFEST { manifest_bytes } else { sums.as_slice() };
            match sig {
                None => v.problems.push(format!(
                    "{file}: MISSING: a signed report carries it; without it anyone could have rewritten {signed}"
                )),
                Some(Err(problem)) => v.problems.push(problem),
                Some(Ok(sig)) if sig.algorithm != "ed25519" || !names_key(&sig.fingerprint, &sig.public_key) => {
                    v.problems.push(format!("{file}: ALTERED: its algorithm or fingerprint is not its key's"));
                }
                Some(Ok(sig)) if sig.public_key != key.public_key => v.problems.push(format!(
                    "{file}: signed with another key ({}), not the laptop key {MANIFEST} names ({})",
                    fingerprint(&sig.public_key),
                    key.fingerprint
                )),
                Some(Ok(sig)) if !verify_signature(&key.public_key, bytes, &sig.signature) => {
                    v.problems.push(format!("{file}: the signature does not match {signed}: one of them was altered"));
                }
                Some(Ok(_)) => {}
            }
        }
        let day = crate::day_id(&manifest.production, &manifest.date, manifest.day);
        for w in &manifest.witnesses {
            if !verify_signature(&key.public_key, &witness_message(&day, w.record, &w.hash), &w.signature) {
                v.problems.push(format!(
                    "{MANIFEST}: the witness code {} at record {} is not signed by the report's key",
                    w.code, w.record
                ));
            }
        }
        if !options.keys.is_empty() && !options.keys.iter().any(|k| names_key(k, &key.public_key)) {
            v.problems.push(format!(
                "signed by laptop key {}, which is not the key given ({}): this report was not made on that laptop",
                key.fingerprint,
                options.keys.join(", ")
            ));
        }
        if v.problems.len() > before {
            return None;
        }
        v.signer = Some(key.fingerprint.clone());
        Some(key)
    }

    /// A report with no key named anywhere: refused unless allowed.
    fn unsigned(has_signature_files: bool, options: &VerifyOptions, v: &mut Verification) -> Option<ManifestSigner> {
        if has_signature_files {
            v.problems.push(format!("{MANIFEST}: names no signing key, yet the folder holds signatures"));
        } else if !options.keys.is_empty() {
            v.problems.push(format!(
                "the report is not signed, so it cannot be by the key given ({})",
                options.keys.join(", ")
            ));
        } else if options.allow_unsigned {
            v.unsigned = true;
        } else {
            v.problems.push(format!(
                "the report is NOT SIGNED ({MANIFEST_SIG} and {SHA256SUMS_SIG} are absent): anyone holding the files could have rewritten it and its hashes. Verify it with --allow-unsigned only if it was exported unsigned on purpose"
            ));
        }
        None
    }

    /// A signature file: `None` when absent, the problem when it cannot be used.
    fn signature_file(dir: &Path, name: &str) -> Option<Result<ManifestSignature, String>> {
        match read(dir, name) {
            Err(problem) if problem.ends_with("MISSING") => None,
            Err(problem) => Some(Err(problem)),
            Ok(bytes) => Some(
                serde_json::from_slice::<ManifestSignature>(&bytes)
                    .map_err(|e| format!("{name}: ALTERED or damaged: it does not parse ({e})")),
            ),
        }
    }
}
