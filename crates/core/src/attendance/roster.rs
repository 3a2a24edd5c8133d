//! Who is expected to sign: the briefing's crew list and any crew list imported
//! during the day.

use super::day::{Day, DayError};
use super::event::{Event, Person};

impl Day {
    pub fn import_roster(&mut self, source: &str, people: Vec<Person>) -> Result<(), DayError> {
        self.record(Event::RosterImported { source: source.to_owned(), people })?;
        Ok(())
    }
}
