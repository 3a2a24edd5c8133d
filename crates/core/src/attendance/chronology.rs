//! Whether a journal's times run the way a day does.
//!
//! The hash chain shows the order records were written in, not that their times are
//! true: a sign-in at 06:21 written after a session that started at 07:14 chains as
//! well as any other. A clock set wrong, or a journal assembled after the fact, shows
//! up here; the report and `verify` print what is found.

use std::collections::HashMap;

use super::event::Event;
use super::journal::Record;
use crate::time::SetTime;

/// A record whose time does not fit where it is in the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutOfOrder {
    /// Dated before the record written before it.
    BeforePrevious { seq: u64, time: SetTime, previous: u64, previous_time: SetTime },
    /// A sign-in or sign-off dated before its session started.
    BeforeSession { seq: u64, time: SetTime, session: u64, started: SetTime },
    /// A sign-in dated after its session closed that does not say who briefed the
    /// person late (a late sign-in does).
    AfterClose { seq: u64, time: SetTime, session: u64, closed: SetTime },
    /// Dated after the moment of checking: the export, or the verification.
    AfterNow { seq: u64, time: SetTime, now: SetTime },
}

impl OutOfOrder {
    /// One line for a person, with times on the set's clock.
    pub fn describe(&self) -> String {
        let at = |t: &SetTime| format!("{} {}", t.date(), t.clock_seconds());
        match self {
            Self::BeforePrevious { seq, time, previous, previous_time } => format!(
                "record {seq} is dated {}, before record {previous} written ahead of it ({}): the clock was changed or the journal was put together afterwards",
                at(time),
                at(previous_time)
            ),
            Self::BeforeSession { seq, time, session, started } => format!(
                "record {seq} ({}) is dated before its session (record {session}) started at {}",
                at(time),
                at(started)
            ),
            Self::AfterClose { seq, time, session, closed } => format!(
                "record {seq} is a sign-in at {} after its session (record {session}) closed at {}, and does not say who briefed the person late",
                at(time),
                at(closed)
            ),
            Self::AfterNow { seq, time, now } => {
                format!("record {seq} is dated {}, after now ({})", at(time), at(now))
            }
        }
    }
}

/// Every record out of order in `records`, in journal order; `now` flags what is dated
/// after it (`None` where a result must not depend on when it is computed, as in the PDF).
pub fn check(records: &[Record], now: Option<SetTime>) -> Vec<OutOfOrder> {
    let mut found = Vec::new();
    let mut started: HashMap<u64, SetTime> = HashMap::new();
    let mut closed: HashMap<u64, SetTime> = HashMap::new();
    let mut previous: Option<&Record> = None;
    for record in records {
        let (seq, time) = (record.seq, record.time);
        if let Some(p) = previous
            && time.instant() < p.time.instant()
        {
            found.push(OutOfOrder::BeforePrevious { seq, time, previous: p.seq, previous_time: p.time });
        }
        previous = Some(record);
        if let Some(now) = now
            && time.instant() > now.instant()
        {
            found.push(OutOfOrder::AfterNow { seq, time, now });
        }
        let (session, late) = match &record.event {
            Event::SessionStarted { .. } => {
                started.insert(seq, time);
                continue;
            }
            Event::SessionClosed { session, .. } => {
                closed.insert(*session, time);
                continue;
            }
            Event::SignedIn { session, late_briefed_by, .. } => (*session, late_briefed_by.is_some()),
            Event::RoleSignOff { session, .. } | Event::WeaponShown { session, .. } => (*session, true),
            _ => continue,
        };
        if let Some(&start) = started.get(&session)
            && time.instant() < start.instant()
        {
            found.push(OutOfOrder::BeforeSession { seq, time, session, started: start });
        }
        if let Some(&end) = closed.get(&session)
            && !late
            && time.instant() > end.instant()
        {
            found.push(OutOfOrder::AfterClose { seq, time, session, closed: end });
        }
    }
    found
}
