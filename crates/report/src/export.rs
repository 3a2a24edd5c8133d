//! Writing a report folder, atomically and reproducibly.
//!
//! Everything goes into a temporary folder beside the target, which is renamed into
//! place only when complete, so a failed export leaves nothing half-written. The same
//! day gives the same bytes.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use setbrief_core::attendance::chronology::{self, OutOfOrder};
use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::briefing::Lang;
use setbrief_core::digest::sha256_hex;
use setbrief_core::time::SetTime;

use super::csv_export::{CSV_FORMAT, attendance_csv};
use setbrief_core::attendance::laptop::{Laptop, keys_file, witness_message};

use super::pdf::{Paper, report_pdf};
use super::target::{self, Target};
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

/// The key that signs a report, named in its manifest so a signature by any other is
/// refused, and so `verify --key` can hold it to the fingerprint an office wrote down.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestSigner {
    pub algorithm: String,
    /// Hex.
    pub public_key: String,
    pub fingerprint: String,
}

/// The build and paper a report's PDF was drawn with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedBy {
    /// `setbrief 0.1.0`.
    pub setbrief: String,
    /// What else changes the PDF's bytes: the locked dependencies and the system font
    /// for Chinese, Japanese and Korean (see [`crate::pdf::rendering_id`]).
    pub build: String,
    pub paper: Paper,
    /// The language of the report's own words; absent (English) in reports from before
    /// a report could be exported in another, so their manifests read as they were.
    #[serde(default = "english", skip_serializing_if = "is_english")]
    pub language: Lang,
}

fn english() -> Lang {
    Lang::En
}

#[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_english(lang: &Lang) -> bool {
    *lang == Lang::En
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
    /// The laptop key every signature of this report must be made with; absent in a
    /// report exported unsigned on purpose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<ManifestSigner>,
    /// What drew the PDF: a re-render by the same build is byte-identical, so `verify`
    /// compares bytes; another build compares each page's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rendered_by: Option<RenderedBy>,
    /// The format `attendance.csv` was written in; absent (1) in reports from before
    /// formats were recorded.
    #[serde(default = "first_csv_format", skip_serializing_if = "is_first_csv_format")]
    pub csv_format: u32,
    /// SHA-256 of this manifest written with this field empty, so the manifest itself
    /// cannot be edited unnoticed.
    #[serde(default)]
    pub manifest_sha256: String,
}

fn first_csv_format() -> u32 {
    1
}

#[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
fn is_first_csv_format(format: &u32) -> bool {
    *format == 1
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
    /// Where a replaced report was left, when something not a report's appeared in it
    /// during the export (its own files were removed, the rest kept).
    pub old_report_kept_at: Option<PathBuf>,
    /// Records dated after the export: the laptop's clock was wrong, or the journal was
    /// made afterwards. Said at export; `verify` says it again.
    pub dated_after_export: Vec<String>,
}

/// A report's files in memory: (file name, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// A `.sig` file's bytes: `signer`'s Ed25519 signature of `bytes`, with its key.
pub fn signature_file(signer: &Laptop, bytes: &[u8]) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec_pretty(&ManifestSignature {
        algorithm: "ed25519".to_owned(),
        public_key: signer.public_key(),
        fingerprint: signer.fingerprint(),
        signature: signer.sign(bytes),
    })
}

/// The files a report's PDF carries inside it, in the order it attaches them: the
/// CSV, the journal, the briefing files, the manifest's signature and the manifest.
pub(crate) fn attachments(day: &DayRecord, csv: Vec<u8>, manifest: Vec<u8>, manifest_sig: Option<Vec<u8>>) -> Files {
    let mut files: Files = vec![(CSV.to_owned(), csv), (JOURNAL_FILE.to_owned(), day.journal.clone())];
    files.extend(day.briefing_files.iter().cloned());
    files.extend(manifest_sig.map(|sig| (MANIFEST_SIG.to_owned(), sig)));
    files.push((MANIFEST.to_owned(), manifest));
    files
}

/// Builds every file of the report in memory, its own words in `lang`, signed with
/// `signer` where given.
pub fn build(day: &DayRecord, paper: Paper, lang: Lang, signer: Option<&Laptop>) -> Result<Built, ReportError> {
    build_by(day, paper, lang, signer, &crate::pdf::rendering_id())
}

/// [`build`], as the build `build_id` would: what tests stand in for an earlier
/// setbrief with, to check that `verify` reads its reports (as text, page by page).
#[doc(hidden)]
pub fn build_by(
    day: &DayRecord,
    paper: Paper,
    lang: Lang,
    signer: Option<&Laptop>,
    build_id: &str,
) -> Result<Built, ReportError> {
    build_as(day, paper, lang, signer, build_id, CSV_FORMAT)
}

/// [`build_by`] with the CSV in `csv_format`: an earlier setbrief's report, for tests.
#[doc(hidden)]
pub fn build_as(
    day: &DayRecord,
    paper: Paper,
    lang: Lang,
    signer: Option<&Laptop>,
    build_id: &str,
    csv_format: u32,
) -> Result<Built, ReportError> {
    let manifest_err = |e: serde_json::Error| ReportError::Manifest(e.to_string());
    let csv = attendance_csv(day, csv_format)?;
    // The manifest lists the records; the PDF then carries them all inside.
    let listed = attachments(day, csv.clone(), Vec::new(), None);
    let mut manifest = Manifest {
        report_id: day.report_id(),
        production: day.briefing.production.clone(),
        date: day.briefing.date.to_string(),
        day: day.briefing.day,
        journal_records: day.read_back.records.len(),
        journal_final_hash: day.read_back.last_hash.clone(),
        files: listed
            .iter()
            .filter(|(name, _)| name != MANIFEST)
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
        signer: signer.map(|s| ManifestSigner {
            algorithm: "ed25519".to_owned(),
            public_key: s.public_key(),
            fingerprint: s.fingerprint(),
        }),
        rendered_by: Some(RenderedBy {
            setbrief: format!("setbrief {}", env!("CARGO_PKG_VERSION")),
            build: build_id.to_owned(),
            paper,
            language: lang,
        }),
        csv_format,
        manifest_sha256: String::new(),
    };
    let json = manifest.sealed_bytes().map_err(manifest_err)?;
    let sign = |bytes: &[u8]| signer.map(|s| signature_file(s, bytes));
    let manifest_sig = sign(&json).transpose().map_err(manifest_err)?;
    let records = attachments(day, csv, json, manifest_sig);
    let pdf = report_pdf(day, paper, lang, signer.map(Laptop::fingerprint).as_deref(), &records)?;
    let mut files = vec![(PDF.to_owned(), pdf.bytes)];
    files.extend(records);
    let sums: String = files.iter().map(|(name, bytes)| format!("{}  {name}\n", sha256_hex(bytes))).collect();
    if let Some(sig) = sign(sums.as_bytes()).transpose().map_err(manifest_err)? {
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

/// How a report is exported.
#[derive(Clone, Copy)]
pub struct ExportOptions<'a> {
    pub paper: Paper,
    /// The language of the report's own words; `None`: the briefing's first language,
    /// the one its crew is briefed in first (a Quebec production's report is in French).
    pub language: Option<Lang>,
    /// This laptop, which signs the report. `None` only when the person asked for an
    /// unsigned report: [`crate::verify`] then fails it unless told to allow that.
    pub signer: Option<&'a Laptop>,
    /// Replace an earlier setbrief report at the target (never anything else).
    pub replace: bool,
    /// The data folder in use, which no report may touch (besides the day's own).
    pub data_dir: Option<&'a Path>,
}

/// Exports the day in `day_dir` to `out` on the locale's paper, signed as the app does.
///
/// The key is the laptop key of the data folder the day lies in (two levels up). That
/// key exists once a session was started; this never makes one.
pub fn export(day_dir: &Path, out: &Path, replace: bool) -> Result<Exported, ReportError> {
    let data_dir = day_dir.parent().and_then(Path::parent).unwrap_or(Path::new("."));
    if !keys_file(data_dir).exists() {
        return Err(ReportError::CannotSign(format!("no laptop key in {}", data_dir.display())));
    }
    let laptop = Laptop::load_or_create(data_dir).map_err(|e| ReportError::CannotSign(e.to_string()))?;
    let options = ExportOptions {
        paper: Paper::from_locale(),
        language: None,
        signer: Some(&laptop),
        replace,
        data_dir: Some(data_dir),
    };
    export_with(day_dir, out, &options)
}

/// Exports the day in `day_dir` to the folder `out`.
///
/// `out` must be new (or empty), or an earlier setbrief report and nothing else, which
/// only `replace` lets it replace; it may never be, hold or lie inside a data or day
/// folder ([`crate::target`]). The new report is complete beside the old before the
/// two swap, and the old is removed last, file by file, so nothing but a report's own
/// files is ever deleted.
pub fn export_with(day_dir: &Path, out: &Path, options: &ExportOptions<'_>) -> Result<Exported, ReportError> {
    let records = target::records_of(day_dir, options.data_dir);
    let target = target::assess(out, &records).map_err(ReportError::Target)?;
    if matches!(target, Target::EarlierReport { .. }) && !options.replace {
        return Err(ReportError::Exists(out.to_owned()));
    }
    let day = DayRecord::read(day_dir)?;
    let now = day.read_back.records.first().map(|r| SetTime::now_on_clock_of(r.time));
    let dated_after_export = chronology::check(&day.read_back.records, now)
        .into_iter()
        .filter(|o| matches!(o, OutOfOrder::AfterNow { .. }))
        .map(|o| o.describe())
        .collect();
    let lang = options.language.unwrap_or_else(|| day.briefing.languages.first().copied().unwrap_or(Lang::En));
    let Built { files, manifest, unshown, system_font } = build(&day, options.paper, lang, options.signer)?;
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
    // Looked at again just before the swap: the folder may have changed while the PDF
    // was drawn, and what is there now is what would be removed.
    let old_files = match target::assess(out, &records).map_err(ReportError::Target)? {
        Target::EarlierReport { files } if options.replace => Some(files),
        Target::EarlierReport { .. } => return Err(ReportError::Exists(out.to_owned())),
        Target::New => None,
    };
    let aside = match &old_files {
        Some(_) => {
            let aside = tempfile::Builder::new()
                .prefix(&format!(".{name}.replaced-"))
                .tempdir_in(parent)
                .map_err(write_err(parent))?
                .keep();
            // The empty placeholder reserved a unique name; the old report takes it.
            std::fs::remove_dir(&aside).map_err(write_err(&aside))?;
            std::fs::rename(out, &aside).map_err(write_err(out))?;
            Some(aside)
        }
        None => None,
    };
    let temp = temp.keep();
    if let Err(source) = std::fs::rename(&temp, out) {
        // Put the old report back where it was; the error to report is the rename's.
        if let Some(aside) = &aside {
            std::fs::rename(aside, out).ok();
        }
        std::fs::remove_dir_all(&temp).ok();
        return Err(ReportError::Write { path: out.to_owned(), source });
    }
    std::fs::File::open(parent).and_then(|f| f.sync_all()).map_err(write_err(parent))?;
    let old_report_kept_at = match (aside, old_files) {
        (Some(aside), Some(files)) => remove_old_report(&aside, &files).err().map(|()| aside),
        _ => None,
    };
    Ok(Exported { folder: out.to_owned(), manifest, unshown, system_font, old_report_kept_at, dated_after_export })
}

/// Removes the replaced report's own files, then its folder; anything else found there
/// (put in since it was looked at) keeps the folder, which is then left where it is.
fn remove_old_report(aside: &Path, files: &[String]) -> Result<(), ()> {
    for file in files {
        std::fs::remove_file(aside.join(file)).ok();
    }
    std::fs::remove_dir(aside).map_err(drop)
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
