//! A day shared between the screens and the phone server.
//!
//! Each caller holds the lock only for one check-and-record (or one frame's look):
//! the journal stays single-writer because every write goes through the one `Day`,
//! and nobody waits on the network while holding it.
//!
//! The lock is fair (`parking_lot`'s `FairMutex`): with std's mutex the phone writer,
//! recording 250 sign-ins back to back, re-took the lock before the waiting window
//! woke, and a frame waited for the whole burst (p99 32 ms). Fair hand-off bounds the
//! window's wait to one sign-in.

use std::sync::Arc;

use parking_lot::{FairMutex, FairMutexGuard};

use super::Day;

/// The day, locked for one check-and-record or one frame.
pub type DayGuard<'a> = FairMutexGuard<'a, Day>;

#[derive(Clone)]
pub struct SharedDay(Arc<FairMutex<Day>>);

impl SharedDay {
    pub fn new(day: Day) -> Self {
        Self(Arc::new(FairMutex::new(day)))
    }

    /// The day, for one check-and-record. A thread that panicked while holding it
    /// cannot have left a half-written record (the journal repairs its own tail), so
    /// the lock has no poisoning to refuse.
    pub fn lock(&self) -> DayGuard<'_> {
        self.0.lock()
    }
}
