//! What importing a crew list will do with each of its rows, decided once, before
//! anything changes.
//!
//! The preview lists it, its button counts it, `setbrief import-crew` prints it, and
//! the import adds exactly the rows it calls `Add`.

use crate::attendance::event::Person;
use crate::briefing::Lang;
use crate::language::Words;
use crate::names::{fold, has_lost_letters};

use super::{Import, Read, Skip};

/// What happens to one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    Add(Person),
    /// The name is on the roster already (accents and case aside).
    OnRoster(Person),
    /// The same name earlier in the file, on `first_line`.
    Repeated {
        person: Person,
        first_line: u64,
    },
    /// Letters of the name were lost on the way ("?ukasz Nowak"): an encoding that
    /// could not hold them replaced each by "?". Never added as written; `roster_name`
    /// is the roster's name it can only be, when there is one.
    LettersLost {
        person: Person,
        roster_name: Option<String>,
    },
    Skip(Skip),
}

/// A row of the file and what happens to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub line: u64,
    /// What the row holds, as the file writes it (see [`super::ImportRow::written`]).
    pub written: String,
    pub plan: Plan,
}

/// What to do with each row of `import` for a roster of `roster` names.
pub fn plan(import: &Import, roster: &[String]) -> Vec<Planned> {
    let on_roster: std::collections::HashSet<String> = roster.iter().map(|n| fold(n)).collect();
    let mut seen: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    import
        .rows
        .iter()
        .map(|row| {
            let plan = match &row.read {
                Read::Skipped(why) => Plan::Skip(why.clone()),
                Read::Person(person) if has_lost_letters(&person.name) => {
                    let roster_name = roster.iter().find(|r| same_but_lost(&person.name, r)).cloned();
                    Plan::LettersLost { person: person.clone(), roster_name }
                }
                Read::Person(person) => {
                    let key = fold(&person.name);
                    if on_roster.contains(&key) {
                        Plan::OnRoster(person.clone())
                    } else if let Some(first_line) = seen.get(&key) {
                        Plan::Repeated { person: person.clone(), first_line: *first_line }
                    } else {
                        seen.insert(key, row.line);
                        Plan::Add(person.clone())
                    }
                }
            };
            Planned { line: row.line, written: row.written.clone(), plan }
        })
        .collect()
}

/// The people `planned` adds, in the file's order.
pub fn to_add(planned: &[Planned]) -> Vec<Person> {
    planned
        .iter()
        .filter_map(|p| match &p.plan {
            Plan::Add(person) => Some(person.clone()),
            _ => None,
        })
        .collect()
}

/// Whether `damaged` is `candidate` with some letters replaced, one for one.
fn same_but_lost(damaged: &str, candidate: &str) -> bool {
    let (d, c): (Vec<char>, Vec<char>) = (damaged.chars().collect(), candidate.chars().collect());
    d.len() == c.len()
        && d.iter().zip(&c).all(|(d, c)| matches!(d, '?' | '\u{FFFD}') || d.to_lowercase().eq(c.to_lowercase()))
}

impl Plan {
    /// What happens to the row, in `lang`: "add", "on the roster already", why not.
    pub fn describe_in(&self, lang: Lang) -> String {
        let say = |key: &'static str| Words::new(key).get(lang).to_owned();
        match self {
            Self::Add(_) => say("import.plan.add"),
            Self::OnRoster(_) => say("import.already_on_list"),
            Self::Repeated { first_line, .. } => {
                Words::new("import.plan.repeated").fill(lang, &[("line", &first_line.to_string())])
            }
            Self::LettersLost { roster_name: Some(name), .. } => {
                Words::new("import.plan.letters_lost_match").fill(lang, &[("name", name)])
            }
            Self::LettersLost { roster_name: None, .. } => say("import.plan.letters_lost_short"),
            Self::Skip(why) => why.describe_in(lang),
        }
    }

    /// The person the row names, if it names one.
    pub fn person(&self) -> Option<&Person> {
        match self {
            Self::Add(p)
            | Self::OnRoster(p)
            | Self::Repeated { person: p, .. }
            | Self::LettersLost { person: p, .. } => Some(p),
            Self::Skip(_) => None,
        }
    }
}

/// How many rows each outcome has: (to add, on the roster, repeated, letters lost, skipped).
pub fn counts(planned: &[Planned]) -> [usize; 5] {
    let mut counts = [0; 5];
    for p in planned {
        let i = match p.plan {
            Plan::Add(_) => 0,
            Plan::OnRoster(_) => 1,
            Plan::Repeated { .. } => 2,
            Plan::LettersLost { .. } => 3,
            Plan::Skip(_) => 4,
        };
        if let Some(count) = counts.get_mut(i) {
            *count += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_whose_letters_excel_lost_is_matched_to_the_roster_never_added_beside_it() {
        let roster = vec!["Łukasz Nowak".to_owned(), "Antonín Dvořák".to_owned()];
        assert!(same_but_lost("?ukasz Nowak", "Łukasz Nowak"));
        assert!(same_but_lost("Anton\u{FFFD}n Dvo?\u{e1}k", "Antonín Dvořák"));
        assert!(!same_but_lost("?ukasz Nowak", "Lukasz Nowakowski"));
        let import =
            super::super::delimited::read(b"Name,Department\n?ukasz Nowak,Electric\nNguy?n V?n An,Camera\n").unwrap();
        let planned = plan(&import, &roster);
        assert_eq!(
            planned[0].plan,
            Plan::LettersLost {
                person: import.people().next().unwrap().clone(),
                roster_name: Some("Łukasz Nowak".to_owned())
            }
        );
        assert!(matches!(planned[1].plan, Plan::LettersLost { roster_name: None, .. }));
        assert!(to_add(&planned).is_empty(), "neither is added as written");
    }

    #[test]
    fn the_count_is_what_is_added_even_when_a_name_is_twice_in_the_file() {
        let import = super::super::delimited::read(
            b"Name,Department\nAna Ruiz,Grip\nBen Ode,Camera\nana ruiz,Grip\nKim Aldana,Sound\n",
        )
        .unwrap();
        let planned = plan(&import, &["Kim Aldana".to_owned()]);
        assert_eq!(counts(&planned), [2, 1, 1, 0, 0]);
        let again = Person { name: "ana ruiz".into(), department: "Grip".into(), role: String::new() };
        assert_eq!(planned[2].plan, Plan::Repeated { person: again, first_line: 2 });
        assert_eq!(to_add(&planned).len(), 2);
    }
}
