//! `setbrief key`: this laptop's key fingerprint, for an office to write down.

use std::io::Write;
use std::path::Path;

use setbrief_core::attendance::laptop::{Laptop, keys_file};

use super::{Outcome, exit};

/// Prints the fingerprint of this laptop's signing key (made on first use).
pub fn key(data_dir: &Path, out: &mut impl Write, err: &mut impl Write) -> Outcome {
    let laptop = match Laptop::load_or_create(data_dir) {
        Ok(laptop) => laptop,
        Err(e) => {
            writeln!(err, "setbrief: {e}")?;
            return Ok(exit::ERRORS);
        }
    };
    writeln!(out, "This laptop's key: {}", laptop.fingerprint())?;
    writeln!(out, "  public key {}", laptop.public_key())?;
    writeln!(out, "  kept in {}", keys_file(data_dir).display())?;
    writeln!(
        out,
        "Write the fingerprint down once per production, on paper kept away from this laptop. \
         `setbrief verify FOLDER --key {}` then fails any report this laptop did not sign.",
        laptop.fingerprint()
    )?;
    Ok(exit::OK)
}
