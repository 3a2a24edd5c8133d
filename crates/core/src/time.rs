//! Moments on the set's clock.
//!
//! The laptop may be set to another zone (a crew flown in from Los Angeles to New
//! Mexico), so every time is kept with the set's UTC offset from the briefing, and
//! shown as the crew's watches show it.

use std::fmt;

use jiff::tz::Offset;
use jiff::{Timestamp, civil};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::briefing::model::UtcOffset;

/// How a [`SetTime`] is written in the journal: RFC 3339 with milliseconds and the
/// set's offset, `2026-04-16T06:41:07.250-06:00`. Journals written since the first
/// version use exactly this form, so their bytes (and hashes) never change.
const FORMAT: &str = "%Y-%m-%dT%H:%M:%S%.3f%:z";

/// An instant and the set's UTC offset at the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetTime {
    instant: Timestamp,
    offset: Offset,
}

/// A time that is not in the journal's form.
#[derive(Debug, thiserror::Error)]
#[error("`{text}` is not a time such as 2026-04-16T06:41:07.250-06:00: {reason}")]
pub struct TimeError {
    text: String,
    reason: String,
}

impl SetTime {
    /// Now, on the clock of a set at `offset`.
    pub fn now(offset: UtcOffset) -> Self {
        Self::at(Timestamp::now(), offset)
    }

    /// `instant` on the clock of a set at `offset`, to the millisecond (the journal's
    /// precision, so a time read back equals the time written).
    pub fn at(instant: Timestamp, offset: UtcOffset) -> Self {
        let offset = Offset::from_seconds(offset.minutes() * 60).unwrap_or(Offset::UTC);
        let millis = Timestamp::from_millisecond(instant.as_millisecond()).unwrap_or(instant);
        Self { instant: millis, offset }
    }

    /// Now, on the same clock as `other` (a record's), to compare and show beside it.
    pub fn now_on_clock_of(other: Self) -> Self {
        let now = Timestamp::now();
        Self { instant: Timestamp::from_millisecond(now.as_millisecond()).unwrap_or(now), offset: other.offset }
    }

    pub fn parse(text: &str) -> Result<Self, TimeError> {
        let error = |reason: String| TimeError { text: text.to_owned(), reason };
        let parsed = jiff::fmt::strtime::parse(FORMAT, text).map_err(|e| error(e.to_string()))?;
        let instant = parsed.to_timestamp().map_err(|e| error(e.to_string()))?;
        let offset = parsed.offset().ok_or_else(|| error("it has no UTC offset".to_owned()))?;
        Ok(Self { instant, offset })
    }

    pub fn instant(self) -> Timestamp {
        self.instant
    }

    /// The date and time as the set's clocks showed it.
    pub fn local(self) -> civil::DateTime {
        self.offset.to_datetime(self.instant)
    }

    pub fn date(self) -> civil::Date {
        self.local().date()
    }

    /// "07:12", as a crew member would say it.
    pub fn clock(self) -> String {
        self.local().strftime("%H:%M").to_string()
    }

    /// "07:12:30", for records where seconds matter.
    pub fn clock_seconds(self) -> String {
        self.local().strftime("%H:%M:%S").to_string()
    }

    /// The offset from UTC in seconds.
    pub fn offset_seconds(self) -> i32 {
        self.offset.seconds()
    }
}

impl fmt::Display for SetTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.instant.to_zoned(self.offset.to_time_zone()).strftime(FORMAT))
    }
}

impl Serialize for SetTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SetTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_as_the_journal_always_wrote_it() {
        for text in ["2026-04-16T06:41:07.250-06:00", "2026-11-25T23:59:59.999+05:30", "2026-01-01T00:00:00.000+00:00"]
        {
            let t = SetTime::parse(text).unwrap();
            assert_eq!(t.to_string(), text);
        }
    }

    #[test]
    fn the_clock_is_the_sets_not_the_laptops() {
        let t = SetTime::parse("2026-04-16T06:41:07.250-06:00").unwrap();
        assert_eq!(t.clock(), "06:41");
        assert_eq!(t.date(), civil::date(2026, 4, 16));
        let offset = UtcOffset::parse("+01:00").unwrap();
        assert_eq!(SetTime::at(t.instant(), offset).clock(), "13:41");
    }

    #[test]
    fn a_time_without_offset_or_milliseconds_is_refused() {
        for bad in ["2026-04-16T06:41:07.250", "07:12", "", "2026-04-16 06:41"] {
            assert!(SetTime::parse(bad).is_err(), "{bad}");
        }
    }
}
