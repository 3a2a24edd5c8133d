//! Everyone the day has met beyond the briefing's crew list, by what their names look like.
//!
//! A walk-in is compared with the few names that look like theirs rather than with
//! everyone who signed: the check costs the same with 750 signed as with none (a burst
//! of phones waits on it under the day's lock).

use std::collections::HashMap;

use crate::names::look_alike_key_pair;

use super::event::Person;

/// How the day came to know a person, which decides the sessions they count in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Known {
    /// From an imported crew list: on every session's roster.
    Imported,
    /// A walk-in of this session: on the roster of every later one.
    WalkIn(u64),
    /// Signed this session.
    Signed(u64),
}

impl Known {
    /// Whether a walk-in of `session` could be this person.
    fn counts_in(self, session: u64) -> bool {
        match self {
            Self::Imported => true,
            Self::WalkIn(from) => from < session,
            Self::Signed(at) => at == session,
        }
    }
}

/// People by look-alike key. Each of a name's two keys is a separate entry, tagged so
/// the two kinds never meet (see [`crate::names::looks_alike`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LookAlikes {
    people: Vec<(Known, Person)>,
    /// Key to indexes in `people`, in the order met.
    by_key: HashMap<(u8, String), Vec<usize>>,
}

impl LookAlikes {
    pub fn imported(&mut self, person: &Person) {
        self.add(Known::Imported, person);
    }

    pub fn walked_in(&mut self, session: u64, person: &Person) {
        self.add(Known::WalkIn(session), person);
    }

    pub fn signed(&mut self, session: u64, person: &Person) {
        self.add(Known::Signed(session), person);
    }

    fn add(&mut self, known: Known, person: &Person) {
        let keys = look_alike_key_pair(&person.name);
        for key in [(0, keys.0.clone()), (1, keys.1.clone())] {
            self.by_key.entry(key).or_default().push(self.people.len());
        }
        self.people.push((known, person.clone()));
    }

    /// People who count in `session` and whose names look like `name`, imported crew
    /// and earlier walk-ins before this session's signers, each once, in the order met.
    pub fn like<'a>(&'a self, name: &str, session: u64) -> impl Iterator<Item = &'a Person> + 'a {
        let keys = look_alike_key_pair(name);
        let mut found: Vec<usize> = [(0, keys.0.clone()), (1, keys.1.clone())]
            .iter()
            .filter_map(|key| self.by_key.get(key))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        let mut found: Vec<&(Known, Person)> = found
            .into_iter()
            .filter_map(|i| self.people.get(i))
            .filter(|(known, _)| known.counts_in(session))
            .collect();
        found.sort_by_key(|(known, _)| matches!(known, Known::Signed(_)));
        found.into_iter().map(|(_, person)| person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Person {
        Person { name: name.into(), department: String::new(), role: String::new() }
    }

    fn like(people: &LookAlikes, name: &str, session: u64) -> Vec<String> {
        people.like(name, session).map(|p| p.name.clone()).collect()
    }

    #[test]
    fn each_person_counts_in_the_sessions_they_belong_to() {
        let mut people = LookAlikes::default();
        people.imported(&person("Hal Sutter"));
        people.walked_in(5, &person("Dee Walker"));
        people.signed(5, &person("Kim Aldana"));
        let cyrillic_hal = "\u{41d}\u{430}l Sutter";
        assert_eq!(like(&people, cyrillic_hal, 1), ["Hal Sutter"], "imported: every session");
        assert!(like(&people, "Dee\u{200b}Walker", 5).is_empty(), "a walk-in is on later sessions' rosters");
        assert_eq!(like(&people, "Dee\u{200b}Walker", 9), ["Dee Walker"]);
        assert_eq!(like(&people, "K\u{131}m Aldana", 5), ["Kim Aldana"], "a signer of this session");
        assert!(like(&people, "K\u{131}m Aldana", 9).is_empty(), "but not of another");
        assert!(like(&people, "Ximena Ortiz", 5).is_empty());
    }
}
