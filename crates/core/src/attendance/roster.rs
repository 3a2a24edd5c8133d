//! Who is expected to sign: the briefing's crew list and any crew list imported
//! during the day.

use super::day::{Day, DayError};
use super::event::{Event, Person};

impl Day {
    /// The person on the roster a walk-in's typed name is, accents and case aside:
    /// "Pete Gurule" is asked "Are you Pete Gurulé?" rather than signed twice.
    pub fn roster_match(&self, name: &str) -> Option<Person> {
        self.state.roster(&self.briefing).into_iter().find(|p| crate::names::same_person(&p.name, name))
    }

    pub fn import_roster(&mut self, source: &str, people: Vec<Person>) -> Result<(), DayError> {
        self.record(Event::RosterImported { source: source.to_owned(), people })?;
        Ok(())
    }
}
