//! Where a report may be written: a new folder, or an earlier setbrief report it
//! replaces, and nothing else.
//!
//! An export used to remove whatever folder it was pointed at: a mistyped `--out` took
//! a data folder's every journal and this laptop's key with it, and a day folder's
//! journal while phones were still signing into it. The rule here is the only one the
//! command line and the app use, so both refuse the same targets in the same words.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use setbrief_core::attendance::day::JOURNAL_FILE;
use setbrief_core::attendance::laptop::keys_file;

use crate::export::{CSV, MANIFEST, MANIFEST_SIG, Manifest, PDF, SHA256SUMS, SHA256SUMS_SIG};

/// What is at the target now, once it is allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing there (or an empty folder): the report is written as a new folder.
    New,
    /// An earlier setbrief report: the files it holds, each one a report's.
    EarlierReport { files: Vec<String> },
}

/// Why a folder cannot receive a report. Each says what the folder is, so the person
/// can tell a slip of the keyboard from a real choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The target is, or lies inside, a folder setbrief keeps records in.
    InsideRecords { target: PathBuf, records: PathBuf, what: &'static str },
    /// The target holds a folder setbrief keeps records in.
    HoldsRecords { target: PathBuf, records: PathBuf, what: &'static str },
    /// The target exists and holds something no report has.
    ForeignFile { target: PathBuf, file: String },
    /// The target exists and is not a folder.
    NotAFolder(PathBuf),
    /// The target could not be looked at.
    Unreadable { target: PathBuf, error: String },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InsideRecords { target, records, what } if target == records => write!(
                f,
                "{} is {what}: a report never replaces it, since that would delete the records it keeps; \
                 choose a new folder",
                target.display()
            ),
            Self::InsideRecords { target, records, what } => write!(
                f,
                "{} lies inside {what} {}: reports go outside the folders setbrief keeps its records in; \
                 choose a new folder elsewhere",
                target.display(),
                records.display()
            ),
            Self::HoldsRecords { target, records, what } => write!(
                f,
                "{} holds {what} {}: a report never replaces a folder that keeps records; choose a new folder",
                target.display(),
                records.display()
            ),
            Self::ForeignFile { target, file } => write!(
                f,
                "{} is not an earlier setbrief report: it holds {file}, which no report has; \
                 choose a new folder (setbrief replaces only a report folder it wrote)",
                target.display()
            ),
            Self::NotAFolder(target) => {
                write!(f, "{} exists and is not a folder: choose a new folder for the report", target.display())
            }
            Self::Unreadable { target, error } => write!(f, "cannot look at {}: {error}", target.display()),
        }
    }
}

/// The folders of records a report must stay out of, for a day in `day_dir`:
/// the day folder, its data folder (two levels up, where it keeps `keys/`), and any
/// data folder named on the command line.
pub fn records_of(day_dir: &Path, data_dir: Option<&Path>) -> Vec<PathBuf> {
    let mut records = vec![day_dir.to_owned()];
    let by_layout = day_dir.parent().and_then(Path::parent);
    records.extend(by_layout.filter(|d| keys_file(d).exists()).map(Path::to_owned));
    records.extend(data_dir.map(Path::to_owned));
    records
}

/// Whether `target` may receive a report, given the folders of records to stay out of.
pub fn assess(target: &Path, records: &[PathBuf]) -> Result<Target, Refusal> {
    let resolved =
        resolve(target).map_err(|e| Refusal::Unreadable { target: target.to_owned(), error: e.to_string() })?;
    let records: Vec<PathBuf> = records.iter().filter_map(|r| resolve(r).ok()).collect();
    // Inside first: a day folder is also held by its data folder, and "lies inside the
    // day folder" is the more useful thing to say.
    if let Some(record) = records.iter().filter(|r| resolved.starts_with(r)).max_by_key(|r| r.components().count()) {
        let what = kind_of(record);
        return Err(Refusal::InsideRecords { target: target.to_owned(), records: record.clone(), what });
    }
    if let Some(record) = records.iter().filter(|r| r.starts_with(&resolved)).min_by_key(|r| r.components().count()) {
        let what = kind_of(record);
        return Err(Refusal::HoldsRecords { target: target.to_owned(), records: record.clone(), what });
    }
    let meta = match std::fs::symlink_metadata(target) {
        Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory) => {
            return Ok(Target::New);
        }
        Err(e) => return Err(Refusal::Unreadable { target: target.to_owned(), error: e.to_string() }),
        Ok(meta) => meta,
    };
    if !meta.is_dir() {
        return Err(Refusal::NotAFolder(target.to_owned()));
    }
    earlier_report(target)
}

/// A folder that exists: empty, or a report setbrief wrote and nothing else.
fn earlier_report(target: &Path) -> Result<Target, Refusal> {
    let unreadable = |e: std::io::Error| Refusal::Unreadable { target: target.to_owned(), error: e.to_string() };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(target).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().map_err(unreadable)?.is_file() {
            return Err(Refusal::ForeignFile { target: target.to_owned(), file: format!("{name} (not a plain file)") });
        }
        names.push(name);
    }
    if names.is_empty() {
        return Ok(Target::New);
    }
    names.sort();
    let manifest = setbrief_core::files::read_regular(&target.join(MANIFEST), setbrief_core::files::TEXT_LIMIT)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok());
    let Some(manifest) = manifest else {
        let file = names.first().cloned().unwrap_or_default();
        let file =
            if names.iter().any(|n| n == MANIFEST) { format!("{MANIFEST}, which is not a report's") } else { file };
        return Err(Refusal::ForeignFile { target: target.to_owned(), file });
    };
    let fixed = [PDF, CSV, JOURNAL_FILE, MANIFEST, MANIFEST_SIG, SHA256SUMS, SHA256SUMS_SIG];
    let belongs = |name: &str| fixed.contains(&name) || manifest.files.iter().any(|f| f.name == name);
    if let Some(foreign) = names.iter().find(|n| !belongs(n)) {
        return Err(Refusal::ForeignFile { target: target.to_owned(), file: foreign.clone() });
    }
    Ok(Target::EarlierReport { files: names })
}

fn kind_of(folder: &Path) -> &'static str {
    if folder.join(JOURNAL_FILE).exists() && !folder.join(MANIFEST).exists() {
        "the day folder"
    } else {
        "the data folder"
    }
}

/// `path` made absolute with every link resolved, also where its last parts do not
/// exist yet (a new report folder): the nearest existing ancestor is resolved and the
/// rest appended, so `../x`, links and `.` cannot slip a target past the rule.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let absolute = std::path::absolute(path)?;
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        match existing.canonicalize() {
            Ok(found) => {
                let mut out = found;
                for part in rest.iter().rev() {
                    out.push(part);
                }
                return Ok(normalise(&out));
            }
            // A file where a folder of the path should be: the export will say it
            // cannot write there; for the rule, the rest of the path does not exist.
            Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory) => {
                let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
                    return Ok(normalise(&absolute));
                };
                rest.push(name.to_owned());
                existing = parent;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Removes `.` and folds `..` in a path whose existing part is already resolved.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_folder_beside_the_records_is_allowed_and_one_inside_is_not() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        let day = data.join("coyote-pass").join("2026-04-16-day12");
        std::fs::create_dir_all(&day).unwrap();
        std::fs::write(day.join(JOURNAL_FILE), b"").unwrap();
        let records = vec![day.clone(), data.clone()];
        assert_eq!(assess(&root.path().join("reports/day12"), &records), Ok(Target::New));
        for inside in [data.join("x"), day.join("report"), day.clone(), data.clone(), day.join("../../x/../")] {
            assert!(matches!(assess(&inside, &records), Err(Refusal::InsideRecords { .. })), "{}", inside.display());
        }
        assert!(matches!(assess(root.path(), &records), Err(Refusal::HoldsRecords { .. })));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_records_is_seen_through() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        std::os::unix::fs::symlink(&data, root.path().join("innocent")).unwrap();
        let refused = assess(&root.path().join("innocent"), std::slice::from_ref(&data));
        assert!(matches!(refused, Err(Refusal::InsideRecords { .. })), "{refused:?}");
    }

    #[test]
    fn an_empty_folder_is_new_and_a_folder_with_anything_else_is_refused() {
        let root = tempfile::tempdir().unwrap();
        assert_eq!(assess(root.path(), &[]), Ok(Target::New));
        std::fs::write(root.path().join("notes.txt"), b"mine").unwrap();
        let refused = assess(root.path(), &[]).unwrap_err();
        assert!(refused.to_string().contains("notes.txt"), "{refused}");
    }
}
