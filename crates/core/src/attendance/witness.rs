//! Witness codes: the journal's head, short enough to read aloud.
//!
//! A hash chain shows that nothing changed only to someone who trusts the laptop:
//! whoever holds the files could rewrite the journal and recompute every hash. A
//! witness code taken when a session closes (written on the production report,
//! photographed, read to the producer) leaves the room; a journal rewritten after
//! it no longer passes through that code, however self-consistent its hashes.
//!
//! The code is the first 50 bits of a record's SHA-256 in Crockford's base 32 (no I,
//! L, O or U, so it cannot be misread), in groups: `7KQ2-M9XD-4F`.

use super::journal::Record;
use crate::briefing::Lang;
use crate::time::SetTime;

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters in a code (5 bits each).
const LENGTH: usize = 10;

/// The witness code of a record's hash (64 hex digits), e.g. `7KQ2-M9XD-4F`.
pub fn code(hash_hex: &str) -> String {
    let mut bits: u64 = 0;
    for c in hash_hex.chars().take(13) {
        bits = (bits << 4) | u64::from(c.to_digit(16).unwrap_or(0));
    }
    // 13 hex digits are 52 bits; the code keeps the first 50.
    bits >>= 2;
    let chars: String = (0..LENGTH)
        .rev()
        .map(|i| {
            let index = usize::try_from((bits >> (i * 5)) & 31).unwrap_or(0);
            char::from(*ALPHABET.get(index).unwrap_or(&b'0'))
        })
        .collect();
    format!("{}-{}-{}", chars.get(..4).unwrap_or(""), chars.get(4..8).unwrap_or(""), chars.get(8..).unwrap_or(""))
}

/// A code as typed back: case, spaces and dashes aside, and the letters people
/// confuse with digits read as those digits (O as 0, I and L as 1).
pub fn normalise(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// The head of the journal at one record: what a person writes down.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Witness {
    /// The record's sequence number: the journal's length at that moment.
    pub seq: u64,
    pub time: SetTime,
    pub hash: String,
    pub code: String,
}

impl Witness {
    pub fn of(record: &Record) -> Self {
        Self { seq: record.seq, time: record.time, hash: record.hash.clone(), code: code(&record.hash) }
    }

    /// "7KQ2-M9XD-4F at record 42, 07:41"
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`Self::describe`] in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        crate::language::Words::new("witness.describe")
            .fill(lang, &[("code", &self.code), ("seq", &self.seq.to_string()), ("time", &self.time.clock())])
    }
}

/// A witness code to check, as given on the command line: `7KQ2-M9XD-4F`, or with the
/// record it was taken at, `42:7KQ2-M9XD-4F`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub seq: Option<u64>,
    pub code: String,
}

impl Claim {
    /// Reads a code as typed; refuses what cannot be one (the wrong length, or a
    /// character a code never has), so a slip is not taken for a rewritten journal.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (seq, typed) = match text.split_once(':') {
            Some((seq, code)) => match seq.trim().parse::<u64>() {
                Ok(seq) => (Some(seq), code),
                Err(_) => {
                    return Err(format!("{text:?} is not a witness code: the part before ':' must be a record number"));
                }
            },
            None => (None, text),
        };
        let code = normalise(typed);
        if code.len() != LENGTH || !code.bytes().all(|b| ALPHABET.contains(&b)) {
            return Err(format!(
                "{typed:?} is not a witness code: a code is 10 letters and digits, as 7KQ2-M9XD-4F (no U)"
            ));
        }
        Ok(Self { seq, code })
    }

    /// The code as people write it, with its dashes: `7KQ2-M9XD-4F`.
    pub fn shown(&self) -> String {
        let c = &self.code;
        format!("{}-{}-{}", c.get(..4).unwrap_or(""), c.get(4..8).unwrap_or(""), c.get(8..).unwrap_or(""))
    }

    /// The record this claim names in `records`, if the journal passes through it.
    pub fn find<'a>(&self, records: &'a [Record]) -> Option<&'a Record> {
        records
            .iter()
            .filter(|r| self.seq.is_none_or(|seq| seq == r.seq))
            .find(|r| normalise(&code(&r.hash)) == self.code)
    }

    /// Why the journal does not pass through this code, in words: a code one or two
    /// characters from a record's is a slip of the pen; any other is a rewrite.
    pub fn why_not_found(&self, records: &[Record]) -> String {
        let taken = self.seq.map(|s| format!(" (taken at record {s})")).unwrap_or_default();
        let near = records.iter().filter(|r| self.seq.is_none_or(|seq| seq == r.seq)).find_map(|r| {
            let theirs = normalise(&code(&r.hash));
            let differ = theirs.bytes().zip(self.code.bytes()).filter(|(a, b)| a != b).count();
            (differ <= 2).then_some((r.seq, differ))
        });
        match near {
            Some((seq, differ)) => format!(
                "witness code {}{taken} is not in this journal, but record {seq}'s code differs from it in only {differ} character{}: probably miscopied; check it against what was written down",
                self.shown(),
                if differ == 1 { "" } else { "s" }
            ),
            None => format!(
                "witness code {}{taken} is not in this journal: it was rewritten after the code was taken (or the code belongs to another day)",
                self.shown()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_short_grouped_and_unambiguous() {
        let hash = "7364038f51e99f962f6d8f15ecd5d3c7850cd2f7f0c213f8023257e3f7eeb5dd";
        let c = code(hash);
        assert_eq!(c.len(), 12);
        assert_eq!(c.matches('-').count(), 2);
        assert!(!c.contains(['I', 'L', 'O', 'U']));
        assert_eq!(code(hash), c, "the same hash, the same code");
        assert_ne!(code("8364038f51e99f962f6d8f15ecd5d3c7850cd2f7f0c213f8023257e3f7eeb5dd"), c);
    }

    #[test]
    fn a_code_read_back_by_a_person_still_matches() {
        let c = code("00000000000000000000000000000000000000000000000000000000000000aa");
        assert_eq!(c, "0000-0000-00");
        assert_eq!(normalise("oooo oooo oo"), normalise(&c));
        assert_eq!(Claim::parse("42: 7kq2-m9xd-4f"), Ok(Claim { seq: Some(42), code: "7KQ2M9XD4F".into() }));
        assert_eq!(Claim::parse("7KQ2M9XD4F").map(|c| c.seq), Ok(None));
        assert_eq!(Claim::parse("7kq2 m9xd 4f").map(|c| c.shown()), Ok("7KQ2-M9XD-4F".to_owned()));
        for not_a_code in ["hello", "7KQ2-M9XD", "7KQ2-M9XD-4U", "x:7KQ2-M9XD-4F"] {
            assert!(Claim::parse(not_a_code).is_err_and(|e| e.contains("not a witness code")), "{not_a_code}");
        }
    }
}
