//! Writing a report folder, atomically and reproducibly.
//!
//! Everything goes into a temporary folder beside the target, which is renamed into
//! place only when complete, so a failed export leaves nothing half-written. The same
//! day gives the same bytes.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::journal::sha256_hex;

use super::csv_export::attendance_csv;
use setbrief_core::attendance::laptop::{Laptop, witness_message};

use super::pdf::{Paper, report_pdf};
use super::{DayRecord, ReportError};

pub const MANIFEST: &str = "manifest.json";
pub const PDF: &str = "report.pdf";
pub const CSV: &str = "attendance.csv";
/// Every file's SHA-256 in the form `sha256sum -c` reads, so a report can be checked
/// without setbrief.
pub const SHA256SUMS: &str = "SHA256SUMS";
pub const MANIFEST_SIG: &str = "manifest.sig";
/// The laptop's signature of `SHA256SUMS`, which covers `report.pdf`.
pub const SHA256SUMS_SIG: &str = "SHA256SUMS.sig";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

/// A witness code in the manifest: the head when a session closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestWitness {
    /// The session's number in the day.
    pub session: usize,
    pub record: u64,
    pub time: String,
    pub code: String,
    /// The record's full hash, which the code abbreviates.
    #[serde(default)]
    pub hash: String,
    /// This laptop's Ed25519 signature of `setbrief-head-v1\n{day}\n{record}\n{hash}\n`,
    /// the day written `{production}|{date}|day{NN}`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
}

/// `manifest.sig`: the laptop's signature of `manifest.json`'s exact bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestSignature {
    pub algorithm: String,
    /// The laptop's public key, hex.
    pub public_key: String,
    /// The key's short form, printed on the PDF: `SB-1A2B-3C4D-5E6F`.
    pub fingerprint: String,
    pub signature: String,
}

/// What was exported, with a hash of each file, for `setbrief verify`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub report_id: String,
    pub production: String,
    pub date: String,
    pub day: u32,
    pub journal_records: usize,
    /// The hash of the journal's last record: the whole day hangs from it.
    pub journal_final_hash: String,
    pub files: Vec<ManifestFile>,
    /// The journal's head when each session closed, as the witness codes people took.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub witnesses: Vec<ManifestWitness>,
    /// SHA-256 of this manifest written with this field empty, so the manifest itself
    /// cannot be edited unnoticed.
    #[serde(default)]
    pub manifest_sha256: String,
}

impl Manifest {
    /// The manifest's bytes as written, with its self-hash filled in.
    pub fn sealed_bytes(&mut self) -> Result<Vec<u8>, serde_json::Error> {
        self.manifest_sha256.clear();
        self.manifest_sha256 = sha256_hex(&serde_json::to_vec_pretty(self)?);
        serde_json::to_vec_pretty(self)
    }

    /// Whether `bytes` are exactly what [`Self::sealed_bytes`] wrote for this manifest.
    pub fn is_sealed(&self, bytes: &[u8]) -> bool {
        let mut copy = self.clone();
        copy.sealed_bytes().is_ok_and(|b| b == bytes && copy.manifest_sha256 == self.manifest_sha256)
    }
}

#[derive(Clone, Debug)]
pub struct Exported {
    pub folder: PathBuf,
    pub manifest: Manifest,
    /// Characters no font on this machine could show (printed as their code points).
    pub unshown: Vec<char>,
    /// The system font used for Chinese, Japanese and Korean, if one was found.
    pub system_font: Option<String>,
}

/// A report's files in memory: (file name, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// Builds every file of the report in memory, signed with `signer` where given.
pub fn build(day: &DayRecord, paper: Paper, signer: Option<&Laptop>) -> Result<Built, ReportError> {
    let csv_err = |e: serde_json::Error| ReportError::Csv(e.to_string());
    // The records first: the manifest lists them, and the PDF carries them all inside.
    let mut records: Files =
        vec![(CSV.to_owned(), attendance_csv(day)?), (JOURNAL_FILE.to_owned(), day.journal.clone())];
    records.extend(day.briefing_files.iter().cloned());
    let mut manifest = Manifest {
        report_id: day.report_id(),
        production: day.briefing.production.clone(),
        date: day.briefing.date.to_string(),
        day: day.briefing.day,
        journal_records: day.read_back.records.len(),
        journal_final_hash: day.read_back.last_hash.clone(),
        files: records
            .iter()
            .map(|(name, bytes)| ManifestFile {
                name: name.clone(),
                bytes: bytes.len() as u64,
                sha256: sha256_hex(bytes),
            })
            .collect(),
        witnesses: crate::session_witnesses(day)
            .into_iter()
            .map(|(session, w)| ManifestWitness {
                session,
                record: w.seq,
                time: w.time.to_string(),
                signature: signer.map(|s| s.sign(&witness_message(&day.day_id(), w.seq, &w.hash))).unwrap_or_default(),
                hash: w.hash,
                code: w.code,
            })
            .collect(),
        manifest_sha256: String::new(),
    };
    let json = manifest.sealed_bytes().map_err(csv_err)?;
    let sign = |bytes: &[u8]| {
        signer.map(|s| {
            serde_json::to_vec_pretty(&ManifestSignature {
                algorithm: "ed25519".to_owned(),
                public_key: s.public_key(),
                fingerprint: s.fingerprint(),
                signature: s.sign(bytes),
            })
        })
    };
    if let Some(sig) = sign(&json).transpose().map_err(csv_err)? {
        records.push((MANIFEST_SIG.to_owned(), sig));
    }
    records.push((MANIFEST.to_owned(), json));
    let pdf = report_pdf(day, paper, signer.map(Laptop::fingerprint).as_deref(), &records)?;
    let mut files = vec![(PDF.to_owned(), pdf.bytes)];
    files.extend(records);
    let sums: String = files.iter().map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes))).collect();
    if let Some(sig) = sign(sums.as_bytes()).transpose().map_err(csv_err)? {
        files.push((SHA256SUMS_SIG.to_owned(), sig));
    }
    files.push((SHA256SUMS.to_owned(), sums.into_bytes()));
    Ok(Built { files, manifest, unshown: pdf.unshown, system_font: pdf.cjk })
}

/// A report built in memory.
pub struct Built {
    pub files: Files,
    pub manifest: Manifest,
    /// Characters no font on this machine could show: printed as their code points.
    pub unshown: Vec<char>,
    /// The system font used for Chinese, Japanese and Korean, if one was found.
    pub system_font: Option<String>,
}

/// Exports the day in `day_dir` to `out` on the locale's paper; see [`export_on`].
pub fn export(day_dir: &Path, out: &Path, overwrite: bool) -> Result<Exported, ReportError> {
    export_on(day_dir, out, overwrite, Paper::from_locale(), None)
}

/// Exports the day in `day_dir` to the folder `out`, the PDF on `paper`, signed by
/// this laptop where `signer` is given. Refuses an
/// existing `out` unless `overwrite`; either way nothing is half-written.
pub fn export_on(
    day_dir: &Path,
    out: &Path,
    overwrite: bool,
    paper: Paper,
    signer: Option<&Laptop>,
) -> Result<Exported, ReportError> {
    let day = DayRecord::read(day_dir)?;
    let Built { files, manifest, unshown, system_font } = build(&day, paper, signer)?;
    if out.exists() && !overwrite {
        return Err(ReportError::Exists(out.to_owned()));
    }
    let write_err = |path: &Path| {
        let path = path.to_owned();
        move |source| ReportError::Write { path, source }
    };
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(write_err(parent))?;
    let name = out.file_name().map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let temp =
        tempfile::Builder::new().prefix(&format!(".{name}.partial-")).tempdir_in(parent).map_err(write_err(parent))?;
    for (file, bytes) in &files {
        let path = temp.path().join(file);
        std::fs::write(&path, bytes).map_err(write_err(&path))?;
        std::fs::File::open(&path).and_then(|f| f.sync_all()).map_err(write_err(&path))?;
    }
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(write_err(out))?;
    }
    let temp = temp.keep();
    if let Err(source) = std::fs::rename(&temp, out) {
        // Best effort: the rename failed, and that error is the one to report.
        std::fs::remove_dir_all(&temp).ok();
        return Err(ReportError::Write { path: out.to_owned(), source });
    }
    std::fs::File::open(parent).and_then(|f| f.sync_all()).map_err(write_err(parent))?;
    Ok(Exported { folder: out.to_owned(), manifest, unshown, system_font })
}

/// The day folder for `date` under `data_dir` (any production), for the command line.
pub fn find_day(data_dir: &Path, date: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for production in std::fs::read_dir(data_dir).into_iter().flatten().flatten() {
        for day in std::fs::read_dir(production.path()).into_iter().flatten().flatten() {
            if day.file_name().to_string_lossy().starts_with(date) && day.path().join(JOURNAL_FILE).exists() {
                found.push(day.path());
            }
        }
    }
    found.sort();
    found
}
