//! What the journal records: one [`Event`] per line, never edited afterwards.

use serde::{Deserialize, Serialize};

pub use super::session_kind::SessionKind;

use crate::briefing::{Lang, Role};

/// A person as they signed: name, department and role at the time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub department: String,
    pub role: String,
}

impl Person {
    /// Whether the crew list shows this person for a search already folded with
    /// [`crate::names::fold`] (see [`crate::names::matches`]).
    pub fn matches_search(&self, folded_query: &str) -> bool {
        crate::names::matches(&self.name, &self.department, folded_query)
    }
}

/// A signature as drawn: vector strokes with timing, never a bitmap.
///
/// Unknown fields are refused here and in [`Stroke`]: a phone's body is parsed into
/// these types, and its fields have never changed, so every journal reads.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The pad's size in points when it was drawn, so the strokes can be scaled.
    pub width: f32,
    pub height: f32,
    pub strokes: Vec<Stroke>,
}

/// One pen-down to pen-up movement: points as `[x, y, milliseconds since the first point]`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stroke {
    /// Stored as one string of `x,y,t` triples in whole tenths of a point and whole
    /// milliseconds, `"1012,603,0 1024,610,8 ..."`: finer than any pen, and read back
    /// ten times faster than a JSON array per point.
    #[serde(with = "compact_points")]
    pub points: Vec<[f32; 3]>,
}

mod compact_points {
    use std::fmt::Write as _;

    use serde::{Deserialize as _, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(points: &[[f32; 3]], s: S) -> Result<S::Ok, S::Error> {
        let mut out = String::with_capacity(points.len() * 14);
        for (i, [x, y, t]) in points.iter().enumerate() {
            let sep = if i == 0 { "" } else { " " };
            let (x, y, t) = ((x * 10.0).round() as i32, (y * 10.0).round() as i32, t.round() as i64);
            write!(out, "{sep}{x},{y},{t}").ok(); // a String cannot fail to grow
        }
        s.serialize_str(&out)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<[f32; 3]>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse(&text).ok_or_else(|| serde::de::Error::custom("bad signature points: expected `x,y,t x,y,t ...`"))
    }

    /// A hand-written scanner: a day's journal holds millions of these numbers, and
    /// `str::parse` per number (then a byte-at-a-time loop) was what made reading it slow.
    fn parse(text: &str) -> Option<Vec<[f32; 3]>> {
        let bytes = text.as_bytes();
        let mut points = Vec::with_capacity(bytes.len() / 12);
        let mut i = 0;
        while i < bytes.len() {
            while bytes.get(i) == Some(&b' ') {
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
            let mut triple = [0f32; 3];
            for (field, value) in triple.iter_mut().enumerate() {
                let negative = bytes.get(i) == Some(&b'-');
                i += usize::from(negative);
                let start = i;
                let mut n: i64 = 0;
                while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
                    n = n * 10 + i64::from(b - b'0');
                    i += 1;
                    if i - start > 12 {
                        return None;
                    }
                }
                if i == start {
                    return None;
                }
                *value = (if negative { -n } else { n }) as f32;
                let expected = if field < 2 { b',' } else { b' ' };
                match bytes.get(i) {
                    Some(&b) if b == expected => i += 1,
                    None if field == 2 => {}
                    _ => return None,
                }
            }
            points.push([triple[0] / 10.0, triple[1] / 10.0, triple[2]]);
        }
        Some(points)
    }

    #[cfg(test)]
    mod tests {
        #[test]
        fn round_trip_and_refusals() {
            assert_eq!(super::parse("1012,603,0 -5,20,8"), Some(vec![[101.2, 60.3, 0.0], [-0.5, 2.0, 8.0]]));
            assert_eq!(super::parse(""), Some(vec![]));
            for bad in ["1,2", "1,2,3,4", "1,,3", "a,1,2", "1,2,3x"] {
                assert_eq!(super::parse(bad), None, "{bad}");
            }
        }
    }
}

/// Why a drawing is not accepted as a signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureProblem {
    #[error("please sign: the pad is empty")]
    Empty,
    #[error("that is too small to be a signature: please sign across the pad")]
    TooSmall,
    #[error("the signature pad's size is not one a screen has")]
    ImpossiblePad,
    #[error("the signature has points outside its pad")]
    OutsidePad,
    #[error("the signature's timing runs backwards")]
    TimeRunsBackwards,
}

/// The smallest pad a signature is taken from, in points (CSS pixels on a phone): a
/// phone held upright gives about 300 x 160, the laptop's pads are larger.
pub const MIN_PAD: (f32, f32) = (160.0, 80.0);
/// The largest: beyond any screen.
pub const MAX_PAD: f32 = 4096.0;
/// Points are kept to a tenth of a point: one that far outside is the pad's own edge.
const EDGE: f32 = 0.5;

impl Signature {
    /// Whether this is a signature, judged on its own rather than on what its sender
    /// claims: a pad of a size screens have, every point on it, time that runs forward,
    /// and ink that spans a real part of the pad with some length, so a dot or a tick is
    /// refused. The laptop's pads and phones are held to the same measure.
    pub fn check(&self) -> Result<(), SignatureProblem> {
        let (w, h) = (self.width, self.height);
        let pad_ok = |v: f32, min: f32| v.is_finite() && (min..=MAX_PAD).contains(&v);
        if !pad_ok(w, MIN_PAD.0) || !pad_ok(h, MIN_PAD.1) {
            return Err(SignatureProblem::ImpossiblePad);
        }
        let points: Vec<[f32; 3]> = self.strokes.iter().flat_map(|s| s.points.iter().copied()).collect();
        if points.len() < 2 {
            return Err(SignatureProblem::Empty);
        }
        let on_pad = |[x, y, _]: &[f32; 3]| (-EDGE..=w + EDGE).contains(x) && (-EDGE..=h + EDGE).contains(y);
        if !points.iter().all(on_pad) {
            return Err(SignatureProblem::OutsidePad);
        }
        // Milliseconds from the first point, in the order drawn.
        if points.iter().any(|p| !(p[2].is_finite() && p[2] >= 0.0))
            || points.windows(2).any(|p| matches!(p, [a, b] if b[2] < a[2]))
        {
            return Err(SignatureProblem::TimeRunsBackwards);
        }
        let (mut min_x, mut max_x, mut min_y, mut max_y) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
        for [x, y, _] in &points {
            min_x = min_x.min(*x);
            max_x = max_x.max(*x);
            min_y = min_y.min(*y);
            max_y = max_y.max(*y);
        }
        let length: f32 = self
            .strokes
            .iter()
            .flat_map(|s| s.points.windows(2))
            .filter_map(|w| match w {
                [a, b] => Some((b[0] - a[0]).hypot(b[1] - a[1])),
                _ => None,
            })
            .sum();
        let wide_enough = max_x - min_x >= w * 0.25;
        let tall_enough = max_y - min_y >= h * 0.08;
        let long_enough = length >= w * 0.5;
        if wide_enough && tall_enough && long_enough { Ok(()) } else { Err(SignatureProblem::TooSmall) }
    }

    pub fn point_count(&self) -> usize {
        self.strokes.iter().map(|s| s.points.len()).sum()
    }
}

/// A briefing held on a day other than its own date, as confirmed when the session
/// started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherDay {
    /// The date written in the briefing.
    pub briefing_date: jiff::civil::Date,
    /// The day it was held, on the set's clock.
    pub held_on: jiff::civil::Date,
}

/// Someone who signs for a person who cannot sign alone (an interpreter, a guardian).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnBehalf {
    pub by: String,
    pub reason: String,
}

/// The phone a crew member signed on, when they did not sign on the laptop.
///
/// Kept with the sign-in so that one phone signing several people shows in the record,
/// and so that a phone that lost the network and sent its sign-in again gets back the
/// record it already made instead of a second one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// The network address the sign-in came from, as the laptop saw it.
    pub address: String,
    /// A random id the phone's browser keeps for itself: the same phone, page after page.
    pub browser: String,
    /// The phone's own id for this submission, the same on every retry of it.
    pub submission: String,
    /// The person missed the briefing and read its slides on this phone before signing,
    /// rather than hearing it: reports count them apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_on_phone: Option<PhoneReading>,
}

/// A late reader's reading: how many of the session's slides they went through on the
/// phone (every slide the room had seen when they signed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneReading {
    pub slides: u32,
}

/// Every event of a shooting day, in the order it happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Event {
    SessionStarted {
        kind: SessionKind,
        scenes: Vec<String>,
        run_by: String,
        /// SHA-256 of the briefing file exactly as loaded.
        briefing_sha256: String,
        /// The copy of that file kept beside the journal.
        briefing_file: String,
        /// The 1st AD's PIN for leaving sign-in mode, as a salted argon2 hash.
        pin_hash: String,
        /// The words presented, as this program generated them. Absent from journals
        /// written before it was recorded; their reports say so.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        presented: Option<Box<super::presented::Presented>>,
        /// Both dates, when the session was held on a day other than the briefing's
        /// and the person starting it confirmed that.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_day: Option<OtherDay>,
    },
    SessionClosed {
        session: u64,
        by: String,
    },
    WalkInAdded {
        session: u64,
        person: Person,
    },
    SignedIn {
        session: u64,
        person: Person,
        walk_in: bool,
        language: Lang,
        /// The exact text acknowledged, in the language chosen.
        acknowledgements: Vec<String>,
        signature: Signature,
        /// Signed after the session closed: who briefed them.
        late_briefed_by: Option<String>,
        on_behalf: Option<OnBehalf>,
        /// The phone it was given on; absent for a sign-in on the laptop (and from
        /// journals written before phones could sign).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        device: Option<Device>,
    },
    RoleSignOff {
        session: u64,
        scene: String,
        role: Role,
        name: String,
        attestation: String,
        signature: Signature,
        on_behalf: Option<OnBehalf>,
        /// The language the signer read the attestation in (absent in journals from
        /// before it was offered in each language: English).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<Lang>,
    },
    ConcernRaised {
        session: u64,
        by: String,
        text: String,
    },
    ConcernAnswered {
        /// The sequence number of the concern.
        concern: u64,
        by: String,
        response: String,
    },
    /// The 1st AD allowed, or stopped allowing, crew who missed a session's briefing
    /// to read it on their phones and sign; the default follows the session's kind.
    PhoneReading {
        session: u64,
        allowed: bool,
        by: String,
    },
    Voided {
        /// The sequence number of the voided sign-in or sign-off.
        target: u64,
        by: String,
        reason: String,
    },
    RosterImported {
        source: String,
        people: Vec<Person>,
    },
    /// A performer who handles a firearm in a scene acknowledges, in their own hand,
    /// that the armorer checked and showed them the weapon before handing it over.
    WeaponShown {
        session: u64,
        scene: String,
        handler: String,
        language: Lang,
        /// The exact words acknowledged, in the language chosen.
        statement: String,
        signature: Signature,
    },
    /// The briefing file changed on disk while the session was open, and the 1st AD
    /// chose to go on with the new version (kept beside the journal as `briefing_file`).
    BriefingChanged {
        session: u64,
        briefing_sha256: String,
        briefing_file: String,
    },
    /// Sign-in mode began: the crew have the laptop until the session's PIN.
    Locked {
        session: u64,
    },
    /// The session's PIN ended sign-in mode.
    Unlocked {
        session: u64,
    },
    /// A wrong PIN was tried in sign-in mode.
    WrongPin {
        session: u64,
    },
    /// The 1st AD (or the safety representative) signed the day's report: that the
    /// record is complete and true as far as they know.
    ReportSignedOff {
        role: Role,
        name: String,
        statement: String,
        signature: Signature,
    },
    /// The program was quit with the session open; it resumes at the next start.
    Stopped {
        session: u64,
    },
    /// The program started again with the session open: after a clean stop, or not
    /// (a crash, a kill, a power cut; `last_record` is the last thing on the record
    /// before it). `briefing_differs`: the briefing file was no longer the version the
    /// session recorded.
    Resumed {
        session: u64,
        unclean: bool,
        last_record: Option<u64>,
        last_record_at: Option<String>,
        briefing_differs: bool,
    },
    /// A torn last record (a power cut mid-write) was found on start and moved aside.
    TornTailSetAside {
        bytes: u64,
        saved_as: String,
    },
}
