//! A day shared between the screens and the phone server.
//!
//! Each caller holds the lock only for one check-and-record (or one frame's read):
//! the journal stays single-writer because every write goes through the one `Day`,
//! and nobody waits on the network while holding it.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::Day;

#[derive(Clone)]
pub struct SharedDay(Arc<Mutex<Day>>);

impl SharedDay {
    pub fn new(day: Day) -> Self {
        Self(Arc::new(Mutex::new(day)))
    }

    /// The day, for one check-and-record. A thread that panicked while holding it
    /// cannot have left a half-written record (the journal repairs its own tail), so a
    /// poisoned lock is taken over rather than refused.
    pub fn lock(&self) -> MutexGuard<'_, Day> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
