//! Who is expected to sign: the briefing's crew list and any crew list imported
//! during the day.

use super::day::{Day, DayError};
use super::event::{Event, Person};

impl Day {
    /// The person on `session`'s roster a walk-in's typed name is, accents and case
    /// aside: "Pete Gurule" is asked "Are you Pete Gurulé?" rather than signed twice.
    /// A walk-in of this same session is not on its roster: a phone retrying after a
    /// crash that kept the walk-in but not the sign-in signs as the walk-in again.
    pub fn roster_match(&self, name: &str, session: u64) -> Option<Person> {
        let wanted = crate::names::fold(name);
        let crew = self.crew_by_fold(&wanted).and_then(|i| self.briefing.crew.get(i));
        crew.map(|c| Person { name: c.name.clone(), department: c.department.clone(), role: c.role.clone() })
            .or_else(|| self.state.known_beyond_crew(&wanted, session).cloned())
    }

    /// Someone a walk-in's typed name looks like without being the same name: a
    /// roster name, or a person who signed this session, written with look-alike letters
    /// or an invisible character ("Наl Sutter" with a Cyrillic Н for Hal Sutter). The
    /// person is asked "Are you Hal Sutter?"; if not, they sign as typed.
    pub fn look_alike(&self, name: &str, session: u64) -> Option<Person> {
        let folded = crate::names::fold(name);
        let crew = self.briefing.crew.iter().filter(|c| crate::names::looks_alike(&c.name, name)).map(|c| Person {
            name: c.name.clone(),
            department: c.department.clone(),
            role: c.role.clone(),
        });
        crew.chain(self.state.known_look_alikes(name, session).cloned()).find(|p| crate::names::fold(&p.name) != folded)
    }

    pub fn import_roster(&mut self, source: &str, people: Vec<Person>) -> Result<(), DayError> {
        self.record(Event::RosterImported { source: source.to_owned(), people })?;
        Ok(())
    }
}
