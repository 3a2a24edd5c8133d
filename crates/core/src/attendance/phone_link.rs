//! The secret in the phone link, kept with the day while its session is open.
//!
//! A phone holds the link it scanned. When the laptop restarts (a crash, a flat
//! battery, `serve` stopped and started), a link made anew would turn every phone's
//! "Try again" into a 403, and a sign-in written but not answered would never get its
//! receipt. So the secret is kept beside the journal, readable by this user only, in no
//! exported file, and the same while the session is open; closing the session ends it.

use std::io::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::day::{Day, DayError};

/// In the day folder, never in a report.
pub const PHONE_LINK_FILE: &str = "phone-link.json";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    session: u64,
    token: String,
}

impl Day {
    /// The phone link's secret for `session`: the one kept with the day if it is this
    /// session's, else a new one, kept before it is returned.
    pub fn phone_token(&mut self, session: u64) -> Result<String, DayError> {
        if !self.open_session(session)?.is_open() {
            return Err(DayError::AlreadyClosed);
        }
        self.ensure_writer()?;
        let path = self.dir.join(PHONE_LINK_FILE);
        let kept = crate::files::read_regular(&path, 4096)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .filter(|s| s.session == session && is_token(&s.token));
        if let Some(kept) = kept {
            return Ok(kept.token);
        }
        let stored = Stored { session, token: new_token() };
        let json = serde_json::to_vec(&stored).map_err(|e| folder_error(&self.dir, std::io::Error::other(e)))?;
        write_private(&path, &json).map_err(|e| folder_error(&self.dir, e))?;
        Ok(stored.token)
    }

    /// Ends the phone link of `session` (its session closed): best effort, since the
    /// server refuses a closed session's requests whatever the file says.
    pub(super) fn forget_phone_link(&self, session: u64) {
        let path = self.dir.join(PHONE_LINK_FILE);
        let kept = crate::files::read_regular(&path, 4096).ok().and_then(|b| serde_json::from_slice::<Stored>(&b).ok());
        if kept.is_some_and(|k| k.session == session) {
            std::fs::remove_file(&path).ok();
        }
    }
}

fn folder_error(dir: &Path, source: std::io::Error) -> DayError {
    DayError::Folder { path: dir.to_owned(), source }
}

/// 24 hex digits, as [`new_token`] makes them (and the page's address carries).
fn is_token(token: &str) -> bool {
    token.len() == 24 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// 96 random bits, hex: unguessable within a session's hours at the server's rate
/// limit, and short enough for a QR code with large modules.
fn new_token() -> String {
    use rand_core::RngCore as _;
    let mut bytes = [0u8; 12];
    rand_core::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` whole (a temporary file renamed over it), readable by this
/// user only.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = path.with_extension(format!("json.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(&temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&temp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_24_hex_digits_and_differ() {
        let (a, b) = (new_token(), new_token());
        assert!(is_token(&a) && is_token(&b) && a != b);
        assert!(!is_token("../../etc/passwd") && !is_token(""));
    }
}
