//! Reading a record's files as what they claim to be: plain files of a bounded size.
//!
//! A record is read years later by whoever is handed the folder, so a file in it may be
//! anything: a FIFO (opening it waits for a writer that never comes), a link to
//! `/dev/zero` (never ends), a socket, a journal of junk as large as the disk. Each is
//! refused at once or read within a cap, with a message that says which.

use std::fmt;
use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// A day's journal: about 20 KB a sign-in with its signature, so 256 MiB is tens of
/// thousands of sign-ins, far past any day, and still readable on a laptop.
pub const JOURNAL_LIMIT: u64 = 256 << 20;
/// A briefing file, a manifest, a CSV: text a person or this program wrote.
pub const TEXT_LIMIT: u64 = 64 << 20;
/// A report's PDF, with every signature drawn and the whole record inside it.
pub const PDF_LIMIT: u64 = 1 << 30;

/// Why a file of a record could not be read.
#[derive(Debug)]
pub enum FileError {
    /// Not a plain file: `what` it is instead.
    NotAFile {
        path: PathBuf,
        what: &'static str,
    },
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl FileError {
    pub fn path(&self) -> &Path {
        match self {
            Self::NotAFile { path, .. } | Self::TooLarge { path, .. } | Self::Io { path, .. } => path,
        }
    }

    /// Whether the file is simply not there.
    pub fn is_missing(&self) -> bool {
        matches!(self, Self::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }

    /// What is wrong, without the path: "permission denied", "a FIFO, not a file".
    pub fn reason(&self) -> String {
        match self {
            Self::NotAFile { what, .. } => format!("it is {what}, not a file"),
            Self::TooLarge { bytes, limit, .. } => {
                format!("it is {} MB, more than the {} MB a record's file may be", bytes >> 20, limit >> 20)
            }
            Self::Io { source, .. } => io_reason(source),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path().display(), self.reason())
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// An I/O error in a person's words: "permission denied", not "Permission denied (os error 13)".
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "there is no such file".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::IsADirectory => "it is a folder, not a file".to_owned(),
        ErrorKind::InvalidData => "it is not text".to_owned(),
        _ => e.to_string(),
    }
}

/// Opens `path` as a plain file no larger than `limit`, following links, and refusing
/// anything else before a read can block.
pub fn open_regular(path: &Path, limit: u64) -> Result<(File, u64), FileError> {
    let io = |source| FileError::Io { path: path.to_owned(), source };
    // Looked at before opening: opening a FIFO for reading waits for a writer.
    let meta = std::fs::metadata(path).map_err(io)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(FileError::NotAFile { path: path.to_owned(), what });
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        // Swapped for a FIFO between the look and the open, it still does not wait.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(FileError::NotAFile { path: path.to_owned(), what });
    }
    if meta.len() > limit {
        return Err(FileError::TooLarge { path: path.to_owned(), bytes: meta.len(), limit });
    }
    Ok((file, meta.len()))
}

/// Reads `path` whole, as a plain file no larger than `limit` (see [`open_regular`]).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let (file, len) = open_regular(path, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // Only as much as the file held when opened, and never past the cap: a file that
    // grows while read is read as it was.
    file.take(len.min(limit))
        .read_to_end(&mut bytes)
        .map_err(|source| FileError::Io { path: path.to_owned(), source })?;
    Ok(bytes)
}

/// [`read_regular`], then as UTF-8 text.
pub fn read_regular_text(path: &Path, limit: u64) -> Result<String, FileError> {
    let bytes = read_regular(path, limit)?;
    String::from_utf8(bytes).map_err(|e| FileError::Io {
        path: path.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
    })
}

fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return Some("a FIFO (a pipe)");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a plain file")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_file_is_read_and_a_large_one_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.jsonl");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_regular(&path, 5).unwrap(), b"12345");
        let refused = read_regular(&path, 4).unwrap_err();
        assert!(matches!(refused, FileError::TooLarge { .. }), "{refused}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_and_a_link_to_it_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("journal.jsonl");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let refused = read_regular(&link, JOURNAL_LIMIT).unwrap_err();
        assert!(refused.to_string().contains("a device, not a file"), "{refused}");
        let folder = read_regular(dir.path(), JOURNAL_LIMIT).unwrap_err();
        assert!(folder.to_string().contains("a folder"), "{folder}");
    }

    #[test]
    fn a_missing_file_says_so_in_words() {
        let refused = read_regular(Path::new("/nonexistent/journal.jsonl"), 10).unwrap_err();
        assert!(refused.is_missing());
        assert_eq!(refused.to_string(), "cannot read /nonexistent/journal.jsonl: there is no such file");
    }
}
