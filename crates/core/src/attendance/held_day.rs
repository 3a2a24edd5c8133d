//! Which folder a day's record goes in: the date its sessions are held.
//!
//! A briefing file reused on a later day without being edited starts that day's own
//! record (`2026-04-17-day12`) instead of adding its sessions to the record of the day
//! it was written for, so a report of day 12 never holds what was briefed on the 17th.
//! A night shoot that runs past midnight stays in one folder: a session started within
//! a shooting day's length of the folder's first belongs to the same day.

use std::path::PathBuf;

use jiff::civil::Date;

use super::day::{Day, DayError, JOURNAL_FILE, day_folder_on};
use super::journal::GENESIS;
use super::state::DayState;

/// The longest a shooting day runs from its first session, in hours: past it, a
/// session belongs to another day (a 12-hour day and its overtime fit; a day's rest
/// between two days does not).
const SHOOTING_DAY_HOURS: i64 = 16;

impl Day {
    /// The folder of the day `loaded` is opened for, when a session held today on
    /// another date than the briefing's has already started one: that folder.
    pub(super) fn held_today_folder(&self) -> Option<PathBuf> {
        let other = self.other_day()?;
        let folder = day_folder_on(self.data_dir(), &self.briefing, other.held_on);
        folder.join(JOURNAL_FILE).exists().then_some(folder)
    }

    /// Before a session held on `held_on` starts: the record moves to that date's
    /// folder, unless the shooting day recorded here is still running.
    pub(super) fn follow_held_day(&mut self, held_on: Date) -> Result<(), DayError> {
        let folder = day_folder_on(self.data_dir(), &self.briefing, held_on);
        if self.dir == folder || self.shooting_day_running() {
            return Ok(());
        }
        self.reopen_in(folder)
    }

    /// Whether this folder's first session started less than a shooting day ago.
    fn shooting_day_running(&self) -> bool {
        let now = self.now().instant();
        self.state.sessions.first().is_some_and(|s| within_a_shooting_day(s.started.instant(), now))
    }

    /// This day, opened on the record in `dir` instead (its journal read, and locked
    /// once something is recorded); the journal here is let go.
    fn reopen_in(&mut self, dir: PathBuf) -> Result<(), DayError> {
        self.release_journal();
        self.dir = dir;
        self.state = DayState::default();
        self.problems.clear();
        self.torn_saved_as = None;
        self.reset_head(GENESIS);
        if self.dir.join(JOURNAL_FILE).exists() {
            self.ensure_writer()?;
        }
        Ok(())
    }
}

/// Whether `now` is within a shooting day of `first` (a night shoot past midnight is).
fn within_a_shooting_day(first: jiff::Timestamp, now: jiff::Timestamp) -> bool {
    now.duration_since(first).as_hours() < SHOOTING_DAY_HOURS
}

#[cfg(test)]
mod tests {
    use super::within_a_shooting_day;

    #[test]
    fn a_night_shoot_past_midnight_is_one_day_and_the_next_morning_is_another() {
        let at = |t: &str| t.parse::<jiff::Timestamp>().unwrap();
        let call = at("2026-04-16T18:00:00-06:00");
        assert!(within_a_shooting_day(call, at("2026-04-17T01:30:00-06:00")), "a scene briefing at 01:30");
        assert!(within_a_shooting_day(call, at("2026-04-17T09:59:00-06:00")));
        assert!(!within_a_shooting_day(call, at("2026-04-17T18:00:00-06:00")), "the next day's call");
        let morning = at("2026-04-16T06:30:00-06:00");
        assert!(!within_a_shooting_day(morning, at("2026-04-17T06:30:00-06:00")), "a file reused the next morning");
    }
}
