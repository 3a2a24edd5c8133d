//! Briefings written back as RON, and tomorrow's made from today's.
//!
//! The form written is the one the loader reads: field names, `Some` left implicit,
//! four-space indents, so a file written here diffs cleanly and reads like the
//! examples.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;

use super::model::Briefing;

/// `briefing` as RON text, in a stable, readable form.
pub fn to_ron(briefing: &Briefing) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .indentor("    ".to_owned())
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .new_line("\n".to_owned());
    let mut text = ron::ser::to_string_pretty(briefing, config)?;
    text.push('\n');
    Ok(text)
}

/// The next shooting day, made from `today`.
///
/// Day number + 1, `date` (or the next calendar day), the same contacts, emergency
/// information and crew, the incidents still open carried (closed ones dropped: they
/// were briefed), and no scenes yet.
pub fn next_day(today: &Briefing, date: Option<jiff::civil::Date>) -> Briefing {
    let date = date.or_else(|| today.date.tomorrow().ok()).unwrap_or(today.date);
    Briefing {
        day: today.day.saturating_add(1),
        date,
        incidents: today.incidents.iter().filter(|i| i.corrective_action.is_none()).cloned().collect(),
        scenes: Vec::new(),
        ..today.clone()
    }
}

/// Adds `people` to `briefing`'s crew, each once: a name already on the roster (after
/// accent and case folding) is left as it is. Returns the names added.
pub fn add_crew(briefing: &mut Briefing, people: &[crate::attendance::Person]) -> Vec<String> {
    let mut known: std::collections::HashSet<String> =
        briefing.crew.iter().map(|c| crate::names::fold(&c.name)).collect();
    let mut added = Vec::new();
    for p in people {
        if known.insert(crate::names::fold(&p.name)) {
            briefing.crew.push(super::model::CrewMember {
                name: p.name.clone(),
                department: p.department.clone(),
                role: p.role.clone(),
                phone: None,
            });
            added.push(p.name.clone());
        }
    }
    added
}

/// Where a hand-written file is kept before it is first rewritten: comments and layout
/// the writer does not keep survive there.
pub fn backup_path(path: &std::path::Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".before-setbrief");
    path.with_file_name(name)
}
