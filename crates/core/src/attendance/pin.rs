//! The 1st AD's PIN that unlocks sign-in mode: stored only as a salted argon2 hash,
//! and each wrong try after the third makes the next one wait longer.

use std::time::{Duration, Instant};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// The shortest PIN accepted.
pub const MIN_PIN_DIGITS: usize = 4;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("the PIN must be at least {MIN_PIN_DIGITS} digits")]
    TooShort,
    #[error("the PIN must be digits only")]
    NotDigits,
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

/// Argon2 keyed with this laptop's secret (see [`super::laptop`]): a hash copied out
/// in a report cannot be tested against the 10,000 four-digit PINs anywhere else.
fn keyed(secret: &[u8]) -> Result<Argon2<'_>, PinError> {
    Argon2::new_with_secret(secret, Algorithm::default(), Version::default(), Params::default())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Hashes a new PIN for storing in the session record, keyed with `secret`.
pub fn hash_pin(pin: &str, secret: &[u8]) -> Result<String, PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if pin.len() < MIN_PIN_DIGITS {
        return Err(PinError::TooShort);
    }
    let salt = SaltString::generate(&mut OsRng);
    keyed(secret)?
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Whether `pin` is the one hashed, with this laptop's `secret` or, for sessions
/// recorded before PINs were keyed, without it.
pub fn pin_matches(pin: &str, hash: &str, secret: &[u8]) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else { return false };
    let keyed_ok = keyed(secret).is_ok_and(|a| a.verify_password(pin.as_bytes(), &parsed).is_ok());
    keyed_ok || Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok()
}

/// What happened to an unlock attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    Unlocked,
    Wrong,
    /// Too many wrong tries: wait this long before the next.
    Wait(Duration),
}

/// Counts wrong PINs and enforces the growing wait.
#[derive(Clone, Debug, Default)]
pub struct PinGate {
    failures: u32,
    locked_until: Option<Instant>,
}

impl PinGate {
    /// Wait before the next try after `failures` wrong ones: none for the first three,
    /// then 2, 4, 8 ... seconds, at most five minutes.
    pub fn delay_after(failures: u32) -> Duration {
        if failures < 3 { Duration::ZERO } else { Duration::from_secs((1u64 << (failures - 2).min(8)).min(300)) }
    }

    pub fn try_pin(&mut self, pin: &str, hash: &str, secret: &[u8], now: Instant) -> Attempt {
        if let Some(until) = self.locked_until.filter(|u| *u > now) {
            return Attempt::Wait(until - now);
        }
        if pin_matches(pin, hash, secret) {
            *self = Self::default();
            return Attempt::Unlocked;
        }
        self.failures += 1;
        let delay = Self::delay_after(self.failures);
        if delay > Duration::ZERO {
            self.locked_until = Some(now + delay);
            Attempt::Wait(delay)
        } else {
            Attempt::Wrong
        }
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"a laptop secret of thirty-two by";

    #[test]
    fn the_hash_is_salted_and_verifies() {
        let a = hash_pin("2468", SECRET).unwrap();
        let b = hash_pin("2468", SECRET).unwrap();
        assert_ne!(a, b, "salted");
        assert!(!a.contains("2468"));
        assert!(pin_matches("2468", &a, SECRET));
        assert!(!pin_matches("2468", &a, b"another laptop's secret"), "useless off the laptop");
        assert!(!pin_matches("2469", &a, SECRET));
        assert_eq!(hash_pin("12", SECRET), Err(PinError::TooShort));
        assert_eq!(hash_pin("12a4", SECRET), Err(PinError::NotDigits));
    }

    #[test]
    fn wrong_pins_slow_down() {
        let hash = hash_pin("2468", SECRET).unwrap();
        let mut gate = PinGate::default();
        let t0 = Instant::now();
        assert_eq!(gate.try_pin("0000", &hash, SECRET, t0), Attempt::Wrong);
        assert_eq!(gate.try_pin("0000", &hash, SECRET, t0), Attempt::Wrong);
        assert_eq!(gate.try_pin("0000", &hash, SECRET, t0), Attempt::Wait(Duration::from_secs(2)));
        // Even the right PIN waits out the delay.
        assert!(matches!(gate.try_pin("2468", &hash, SECRET, t0 + Duration::from_secs(1)), Attempt::Wait(_)));
        assert_eq!(
            gate.try_pin("0000", &hash, SECRET, t0 + Duration::from_secs(3)),
            Attempt::Wait(Duration::from_secs(4))
        );
        assert_eq!(gate.try_pin("2468", &hash, SECRET, t0 + Duration::from_secs(8)), Attempt::Unlocked);
        assert_eq!(gate.failures(), 0);
    }
}
