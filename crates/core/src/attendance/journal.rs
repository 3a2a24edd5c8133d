//! The journal: one file per shooting day, one JSON record per line, each carrying the
//! SHA-256 of the record before it and of itself.
//!
//! A record is on disk (fsync) before anyone is told it is saved; nothing is ever
//! rewritten in place.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::event::Event;
use crate::time::SetTime;

/// The `prev` of the first record.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

use crate::digest::sha256_hex;

/// One line of the journal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub seq: u64,
    /// When, on the set's clock; written `2026-04-16T06:41:07.250-06:00`.
    pub time: SetTime,
    pub prev: String,
    pub event: Event,
    /// SHA-256 of this line up to (not including) `,"hash":`, closed with `}`.
    pub hash: String,
}

impl Record {
    /// The record's line as this version of setbrief writes it. For a record read
    /// from a journal, this is the line read: the format never changes under a journal.
    pub fn encoded(&self) -> Result<String, serde_json::Error> {
        encode(self.seq, self.time, &self.prev, &self.event).map(|(line, _)| line)
    }
}

#[derive(Serialize)]
struct Body<'a> {
    seq: u64,
    time: SetTime,
    prev: &'a str,
    event: &'a Event,
}

const HASH_SUFFIX_LEN: usize = r#","hash":""}"#.len() + 64;

/// The exact line for a record, and its hash.
fn encode(seq: u64, time: SetTime, prev: &str, event: &Event) -> Result<(String, String), serde_json::Error> {
    let body = serde_json::to_string(&Body { seq, time, prev, event })?;
    let hash = sha256_hex(body.as_bytes());
    let open = body.strip_suffix('}').unwrap_or(&body);
    Ok((format!("{open},\"hash\":\"{hash}\"}}\n"), hash))
}

/// Something wrong found while reading a journal back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Problem {
    /// The last record has no end: the write was cut short. Set aside, not trusted.
    TornTail { offset: u64, bytes: u64 },
    /// A line that is not a record at all.
    Unreadable { line: usize, offset: u64, error: String },
    /// The record's own hash does not match its content: it was altered.
    Altered { line: usize, seq: u64, offset: u64 },
    /// The record does not chain to the one before it: a record was altered, removed or inserted.
    BrokenChain { line: usize, seq: u64, offset: u64 },
    /// Sequence numbers skip or repeat.
    BadSequence { line: usize, seq: u64, expected: u64 },
}

impl Problem {
    /// One line for a person: what and where.
    pub fn describe(&self) -> String {
        match self {
            Self::TornTail { offset, bytes } => {
                format!("the last record was cut short ({bytes} bytes at byte {offset}): a write was interrupted")
            }
            Self::Unreadable { line, offset, error } => format!("line {line} (byte {offset}) is not a record: {error}"),
            Self::Altered { line, seq, offset } => {
                format!("record {seq} on line {line} (byte {offset}) was altered: its hash does not match its content")
            }
            Self::BrokenChain { line, seq, offset } => format!(
                "record {seq} on line {line} (byte {offset}) does not chain to the record before it: a record was altered, removed or inserted"
            ),
            Self::BadSequence { line, seq, expected } => {
                format!("record on line {line} is numbered {seq}, expected {expected}")
            }
        }
    }

    /// A torn tail is an expected consequence of a power cut; everything else is tampering or damage.
    pub fn is_tampering(&self) -> bool {
        !matches!(self, Self::TornTail { .. })
    }
}

/// A journal as read back and checked.
#[derive(Clone, Debug, Default)]
pub struct ReadBack {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
    /// Hash of the last complete record: the next record's `prev`.
    pub last_hash: String,
    pub next_seq: u64,
    /// Length of the journal up to the end of its last complete line.
    pub good_len: u64,
    /// Problems found past the first [`KEPT_PROBLEMS`], only counted.
    pub more_problems: usize,
}

impl ReadBack {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }

    /// Whether the journal holds no record and nothing else either: a day never
    /// started, as opposed to one whose journal was emptied or is junk.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.problems.is_empty() && self.good_len == 0
    }
}

/// How many problems a read-back keeps; past it they are only counted. A journal of
/// junk has a problem a line, and millions of them tell no one more than the first.
pub const KEPT_PROBLEMS: usize = 1000;

/// Lines checked at a time: the memory a check takes stays the same whatever the
/// journal's length, beyond the journal itself.
const BATCH: usize = 8192;

impl ReadBack {
    fn note(&mut self, problem: Problem) {
        if self.problems.len() < KEPT_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.more_problems += 1;
        }
    }
}

/// Checks journal bytes: every line parses, hashes to itself and chains to the one before.
pub fn verify(bytes: &[u8]) -> ReadBack {
    let mut out = ReadBack { last_hash: GENESIS.to_owned(), next_seq: 1, ..ReadBack::default() };
    let mut batch: Vec<(usize, &[u8])> = Vec::with_capacity(BATCH);
    let mut line_no = 0usize;
    let mut offset = 0usize;
    let mut torn = None;
    while offset < bytes.len() {
        // memchr: a day's journal can be tens of megabytes, and a byte loop showed up in profiles.
        let rest = bytes.get(offset..).unwrap_or_default();
        let Some(end) = memchr::memchr(b'\n', rest).map(|i| offset + i) else {
            // A tail without its newline is a torn write, reported where it is: last.
            torn = Some(Problem::TornTail { offset: offset as u64, bytes: (bytes.len() - offset) as u64 });
            break;
        };
        batch.push((offset, bytes.get(offset..end).unwrap_or_default()));
        offset = end + 1;
        if batch.len() == BATCH {
            check_batch(&mut out, &batch, &mut line_no);
            batch.clear();
        }
    }
    check_batch(&mut out, &batch, &mut line_no);
    out.good_len = offset as u64;
    if let Some(torn) = torn {
        out.problems.push(torn);
    }
    out
}

fn check_batch(out: &mut ReadBack, lines: &[(usize, &[u8])], line_no: &mut usize) {
    // Parsing and hashing each line is independent: spread it over the cores.
    let parsed = parse_lines_in_parallel(lines);
    for ((at, line), parsed) in lines.iter().zip(parsed) {
        *line_no += 1;
        let (line_no, at) = (*line_no, *at as u64);
        let record = match parsed {
            Ok((record, self_hash_ok)) => {
                if !self_hash_ok {
                    out.note(Problem::Altered { line: line_no, seq: record.seq, offset: at });
                }
                record
            }
            Err(error) => {
                out.note(Problem::Unreadable { line: line_no, offset: at, error });
                // Chain on from whatever is there, so one bad line is reported once.
                out.last_hash = sha256_hex(line);
                continue;
            }
        };
        if record.prev != out.last_hash {
            out.note(Problem::BrokenChain { line: line_no, seq: record.seq, offset: at });
        }
        if record.seq != out.next_seq {
            out.note(Problem::BadSequence { line: line_no, seq: record.seq, expected: out.next_seq });
        }
        out.last_hash = record.hash.clone();
        out.next_seq = record.seq.max(out.next_seq) + 1;
        out.records.push(record);
    }
}

/// A line parsed into a record, and whether the record's own hash matches its content.
type Parsed = Result<(Record, bool), String>;

fn parse_line(line: &[u8]) -> Parsed {
    // serde_json checks the UTF-8 itself; no separate pass over the line.
    let record = serde_json::from_slice::<Record>(line).map_err(|e| e.to_string())?;
    let own = line.len().checked_sub(HASH_SUFFIX_LEN).and_then(|cut| line.get(..cut)).map(|body| {
        let mut hasher = Sha256::new();
        hasher.update(body);
        hasher.update(b"}");
        format!("{:x}", hasher.finalize())
    });
    let ok = own.as_deref() == Some(record.hash.as_str());
    Ok((record, ok))
}

fn parse_lines_in_parallel(lines: &[(usize, &[u8])]) -> Vec<Parsed> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).min(8);
    if threads < 2 || lines.len() < 256 {
        return lines.iter().map(|(_, l)| parse_line(l)).collect();
    }
    let chunk = lines.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = lines
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|(_, l)| parse_line(l)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|_| vec![Err("the checker thread failed".to_owned()); chunk]))
            .collect()
    })
}

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("cannot open the journal {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not save to {path}: {source}. Nothing was recorded; check the disk and try again")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the journal {path} is being written by another setbrief")]
    Busy { path: PathBuf },
    #[error("cannot encode the record: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("the journal {path} could not be repaired after a failed write; restart setbrief to recover it")]
    Poisoned { path: PathBuf },
}

/// An open journal, ready to append.
pub struct Journal {
    path: PathBuf,
    file: File,
    len: u64,
    /// How much of the file is known to be on disk.
    synced_len: u64,
    last_hash: String,
    next_seq: u64,
    poisoned: bool,
}

/// What opening a journal found.
pub struct Opened {
    pub journal: Journal,
    pub read_back: ReadBack,
    /// Where a torn tail was moved, if there was one.
    pub torn_saved_as: Option<PathBuf>,
}

impl Journal {
    /// Opens (or creates) the journal at `path` for writing, holding its lock (see
    /// [`super::writer`]), checks it, and moves a torn last record aside into
    /// `<path>.torn-<offset>` so new records start on a clean line.
    pub fn open(path: &Path) -> Result<Opened, JournalError> {
        let err = |source| JournalError::Open { path: path.to_owned(), source };
        let existed = path.exists();
        // Read as well as append: Windows refuses to lock a file opened only for append.
        let file = OpenOptions::new().create(true).read(true).append(true).open(path).map_err(err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Err(JournalError::Busy { path: path.to_owned() }),
            Err(std::fs::TryLockError::Error(source)) => return Err(err(source)),
        }
        if !existed {
            sync_dir(path).map_err(err)?;
        }
        // Read only after the lock is held: a writer that was mid-append is done.
        let bytes = read_regular(path).map_err(err)?;
        let read_back = verify(&bytes);
        let torn_saved_as = match read_back.problems.last() {
            Some(Problem::TornTail { offset, .. }) => {
                let aside = path.with_extension(format!("jsonl.torn-{offset}"));
                let torn = bytes.get(usize::try_from(read_back.good_len).unwrap_or(usize::MAX)..).unwrap_or_default();
                std::fs::write(&aside, torn).map_err(err)?;
                File::open(&aside).and_then(|f| f.sync_all()).map_err(err)?;
                file.set_len(read_back.good_len).map_err(err)?;
                file.sync_all().map_err(err)?;
                Some(aside)
            }
            _ => None,
        };
        let journal = Self {
            path: path.to_owned(),
            file,
            len: read_back.good_len,
            synced_len: read_back.good_len,
            last_hash: read_back.last_hash.clone(),
            next_seq: read_back.next_seq,
            poisoned: false,
        };
        Ok(Opened { journal, read_back, torn_saved_as })
    }

    /// Reads and checks a journal without writing or locking it: what a read-only
    /// window shows while another holds the day. A journal not yet created is empty.
    pub fn read(path: &Path) -> Result<ReadBack, JournalError> {
        match read_regular(path) {
            Ok(bytes) => Ok(verify(&bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(verify(&[])),
            Err(source) => Err(JournalError::Open { path: path.to_owned(), source }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn last_hash(&self) -> &str {
        &self.last_hash
    }

    /// Appends `event` at `time` and returns the record once it is on disk. On a
    /// failed write the file is cut back to where it was, so nothing half-written stays.
    pub fn append(&mut self, time: SetTime, event: Event) -> Result<Record, JournalError> {
        let record = self.append_unsynced(time, event)?;
        self.sync()?;
        Ok(record)
    }

    /// Appends `event` without waiting for the disk: only for a batch that calls
    /// [`Self::sync`] before anyone is told its records are saved (many phones
    /// submitting at once then share one fsync).
    pub fn append_unsynced(&mut self, time: SetTime, event: Event) -> Result<Record, JournalError> {
        if self.poisoned {
            return Err(JournalError::Poisoned { path: self.path.clone() });
        }
        let seq = self.next_seq;
        let (line, hash) = encode(seq, time, &self.last_hash, &event)?;
        let written = self.file.write_all(line.as_bytes());
        if let Err(source) = written {
            let repaired = self.file.set_len(self.len).and_then(|()| self.file.sync_data());
            if repaired.is_err() {
                self.poisoned = true;
            }
            return Err(JournalError::Write { path: self.path.clone(), source });
        }
        let record = Record { seq, time, prev: std::mem::take(&mut self.last_hash), event, hash };
        self.last_hash = record.hash.clone();
        self.len += line.len() as u64;
        self.next_seq += 1;
        Ok(record)
    }

    /// Puts every record appended so far on disk. If that fails, what was appended
    /// since the last sync may be lost, so the journal refuses further writes.
    pub fn sync(&mut self) -> Result<(), JournalError> {
        if self.synced_len == self.len {
            return Ok(());
        }
        if let Err(source) = self.file.sync_data() {
            self.poisoned = true;
            return Err(JournalError::Write { path: self.path.clone(), source });
        }
        self.synced_len = self.len;
        Ok(())
    }

    /// What has been appended but is not yet known to be on disk, as a handle that
    /// can be synced without holding the day (the screens keep drawing meanwhile).
    pub fn pending_sync(&self) -> Result<Option<PendingSync>, JournalError> {
        if self.synced_len == self.len {
            return Ok(None);
        }
        let file = self.file.try_clone().map_err(|source| JournalError::Write { path: self.path.clone(), source })?;
        Ok(Some(PendingSync { file, path: self.path.clone(), len: self.len }))
    }

    /// Takes note of how a [`PendingSync`] went: on failure nothing more is written.
    pub fn synced(&mut self, pending: &PendingSync, result: &Result<(), JournalError>) {
        match result {
            Ok(()) => self.synced_len = self.synced_len.max(pending.len),
            Err(_) => self.poisoned = true,
        }
    }
}

/// Records appended without waiting for the disk, to put on disk with [`Self::sync`].
pub struct PendingSync {
    file: File,
    path: PathBuf,
    len: u64,
}

impl PendingSync {
    pub fn sync(&self) -> Result<(), JournalError> {
        self.file.sync_data().map_err(|source| JournalError::Write { path: self.path.clone(), source })
    }
}

/// Reads a journal within [`crate::files::JOURNAL_LIMIT`], no further than the length
/// it reports. A FIFO, a socket or a folder in its place is refused at once (opening or
/// reading one would block); a device reads as the nothing its length says, and fails
/// the first write as a full disk does (the full-disk test stands `/dev/full` there).
fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let kind = meta.file_type();
        if kind.is_fifo() || kind.is_socket() || kind.is_dir() {
            return Err(std::io::Error::other("it is not a file"));
        }
    }
    if meta.len() > crate::files::JOURNAL_LIMIT {
        return Err(std::io::Error::other(format!("it is larger than {} MB", crate::files::JOURNAL_LIMIT >> 20)));
    }
    let file = File::open(path)?;
    let len = file.metadata()?.len().min(crate::files::JOURNAL_LIMIT);
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(len).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Makes a new file's directory entry durable.
fn sync_dir(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => File::open(dir)?.sync_all(),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(n: u64) -> Event {
        Event::SessionClosed { session: n, by: "Ada".into() }
    }

    #[test]
    fn encoded_lines_verify_and_chain() {
        let t = SetTime::parse("2026-04-16T06:41:07.250-06:00").unwrap();
        let (l1, h1) = encode(1, t, GENESIS, &event(1)).unwrap();
        let (l2, _) = encode(2, t, &h1, &event(2)).unwrap();
        let rb = verify(format!("{l1}{l2}").as_bytes());
        assert!(rb.is_intact(), "{:?}", rb.problems);
        assert_eq!(rb.records.len(), 2);
        assert_eq!(rb.next_seq, 3);
    }
}
