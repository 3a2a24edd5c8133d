//! This laptop's own secrets, kept outside every day folder so no report carries them.
//!
//! A secret mixed into PIN hashes, so a journal copied into a report cannot be used
//! to find a 4-digit PIN offline; and an Ed25519 key that signs each report's manifest
//! and witness codes, so a report shows which laptop made it.
//!
//! Created on first use in `<data dir>/keys/laptop.json`, readable by its owner only.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use rand_core::{OsRng, RngCore as _};
use serde::{Deserialize, Serialize};

use crate::digest::sha256_hex;

/// Where a data directory keeps the laptop's secrets.
pub fn keys_file(data_dir: &Path) -> PathBuf {
    data_dir.join("keys").join("laptop.json")
}

/// The laptop's secrets.
pub struct Laptop {
    pin_secret: [u8; 32],
    signing: SigningKey,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    pin_secret: String,
    ed25519_secret: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LaptopError {
    #[error("cannot read or create this laptop's keys at {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("this laptop's keys at {0} are damaged; move the file aside to make new ones")]
    Damaged(PathBuf),
    #[error("this laptop's keys at {path} are damaged ({source}); move the file aside to make new ones")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
}

impl Laptop {
    /// Loads this laptop's secrets under `data_dir`, creating them the first time.
    pub fn load_or_create(data_dir: &Path) -> Result<Self, LaptopError> {
        let path = keys_file(data_dir);
        let io = |source| LaptopError::Io { path: path.clone(), source };
        match std::fs::read(&path) {
            Ok(bytes) => {
                let stored: Stored = serde_json::from_slice(&bytes)
                    .map_err(|source| LaptopError::Unreadable { path: path.clone(), source })?;
                let pin_secret = from_hex(&stored.pin_secret).ok_or_else(|| LaptopError::Damaged(path.clone()))?;
                let signing = from_hex(&stored.ed25519_secret).ok_or_else(|| LaptopError::Damaged(path.clone()))?;
                Ok(Self { pin_secret, signing: SigningKey::from_bytes(&signing) })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut pin_secret = [0u8; 32];
                OsRng.fill_bytes(&mut pin_secret);
                let laptop = Self { pin_secret, signing: SigningKey::generate(&mut OsRng) };
                let stored = Stored {
                    pin_secret: to_hex(&laptop.pin_secret),
                    ed25519_secret: to_hex(&laptop.signing.to_bytes()),
                };
                let json = serde_json::to_vec_pretty(&stored).map_err(|e| io(std::io::Error::other(e)))?;
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(io)?;
                }
                write_private(&path, &json).map_err(io)?;
                Ok(laptop)
            }
            Err(e) => Err(io(e)),
        }
    }

    /// The secret mixed into PIN hashes.
    pub fn pin_secret(&self) -> &[u8] {
        &self.pin_secret
    }

    /// The public half of the signing key, as hex.
    pub fn public_key(&self) -> String {
        to_hex(self.signing.verifying_key().as_bytes())
    }

    /// A fingerprint of the public key people can compare: `SB-1A2B-3C4D-5E6F-7A8B-9C0D`.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.public_key())
    }

    /// Signs `message`; the signature as hex.
    pub fn sign(&self, message: &[u8]) -> String {
        to_hex(&self.signing.sign(message).to_bytes())
    }
}

/// A fingerprint of a public key (hex): `SB-1A2B-3C4D-5E6F-7A8B-9C0D`.
///
/// 80 bits of the key's SHA-256. An office writes it down once per production and
/// gives it to `verify --key`; at 80 bits nobody can make another key with the same
/// fingerprint.
pub fn fingerprint(public_key_hex: &str) -> String {
    let hash = sha256_hex(public_key_hex.as_bytes()).to_uppercase();
    let groups: Vec<&str> = (0..5).map(|i| hash.get(i * 4..i * 4 + 4).unwrap_or("")).collect();
    format!("SB-{}", groups.join("-"))
}

/// Whether `claimed` names the key `public_key_hex`.
///
/// It may be the fingerprint as [`fingerprint`] writes it (any case, with or without
/// dashes, spaces or the `SB-`), the 48-bit fingerprint earlier reports carried
/// (`SB-1A2B-3C4D-5E6F`), or the public key itself.
pub fn names_key(claimed: &str, public_key_hex: &str) -> bool {
    let upper = claimed.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_uppercase();
    // No hex digit is an S, so a leading "SB" can only be the prefix.
    let bare = upper.strip_prefix("SB").unwrap_or(&upper);
    let hash = sha256_hex(public_key_hex.as_bytes()).to_uppercase();
    match bare.len() {
        12 | 20 => hash.starts_with(bare),
        64 => bare.eq_ignore_ascii_case(public_key_hex),
        _ => false,
    }
}

/// Whether `signature_hex` is `public_key_hex`'s signature of `message` (strict
/// Ed25519 verification).
pub fn verify_signature(public_key_hex: &str, message: &[u8], signature_hex: &str) -> bool {
    let (Some(key), Some(sig)) = (from_hex::<32>(public_key_hex), from_hex::<64>(signature_hex)) else {
        return false;
    };
    VerifyingKey::from_bytes(&key).is_ok_and(|key| key.verify_strict(message, &Signature::from_bytes(&sig)).is_ok())
}

/// What a witness signature signs: a labelled message, never a bare hash.
pub fn witness_message(day: &str, seq: u64, hash: &str) -> Vec<u8> {
    format!("setbrief-head-v1\n{day}\n{seq}\n{hash}\n").into_bytes()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex<const N: usize>(hex: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    if hex.len() != N * 2 {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_made_once_kept_and_sign() {
        let dir = tempfile::tempdir().unwrap();
        let a = Laptop::load_or_create(dir.path()).unwrap();
        let b = Laptop::load_or_create(dir.path()).unwrap();
        assert_eq!(a.public_key(), b.public_key(), "the same laptop, the same key");
        assert_eq!(a.pin_secret(), b.pin_secret());
        let sig = a.sign(b"manifest");
        assert!(verify_signature(&a.public_key(), b"manifest", &sig));
        assert!(!verify_signature(&a.public_key(), b"manifesT", &sig));
        assert!(a.fingerprint().starts_with("SB-"));
        assert_eq!(a.fingerprint().len(), "SB-1A2B-3C4D-5E6F-7A8B-9C0D".len());
        assert!(names_key(&a.fingerprint(), &a.public_key()));
        assert!(names_key(&a.fingerprint().to_lowercase().replace('-', " "), &a.public_key()));
        assert!(names_key(&a.public_key(), &a.public_key()));
        let other = Laptop::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        assert!(!names_key(&other.fingerprint(), &a.public_key()), "another laptop's key is not this one");
        assert!(!names_key("SB-", &a.public_key()), "an empty fingerprint names no key");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(keys_file(dir.path())).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
