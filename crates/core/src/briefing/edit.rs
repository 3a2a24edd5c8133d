//! What the editor does to a briefing.
//!
//! Kept out of the screens so every front end and the tests share it: a day started
//! from nothing, scenes added and duplicated, text edited one language at a time, and
//! where a diagnostic's field is.

use super::hazard::HazardKind;
use super::model::{Briefing, Emergency, Hazard, IntExt, Scene, UtcOffset};
use super::text::{Lang, Text};

/// A day started from nothing: what the 1st AD must fill in is empty, and the checks
/// say so.
pub fn blank(date: jiff::civil::Date, utc_offset: UtcOffset) -> Briefing {
    Briefing {
        production: String::new(),
        day: 1,
        date,
        location: Text::default(),
        crew_call: jiff::civil::time(7, 0, 0, 0),
        utc_offset,
        languages: vec![Lang::En],
        contacts: Vec::new(),
        emergency: Emergency { emergency_number: "911".into(), ..Emergency::default() },
        crew: Vec::new(),
        incidents: Vec::new(),
        scenes: Vec::new(),
    }
}

/// The offset of the laptop's clock now, for a day started from nothing.
pub fn local_offset() -> UtcOffset {
    let minutes = jiff::Zoned::now().offset().seconds() / 60;
    let sign = if minutes < 0 { '-' } else { '+' };
    let text = format!("{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60);
    UtcOffset::parse(&text).unwrap_or(UtcOffset::UTC)
}

/// A new scene at the end, numbered after the last one.
pub fn add_scene(briefing: &mut Briefing) -> usize {
    let last = briefing.scenes.iter().filter_map(|s| s.number.parse::<u32>().ok()).max().unwrap_or(0);
    let number = free_number(briefing, &(last + 1).to_string());
    briefing.scenes.push(Scene {
        number,
        int_ext: IntExt::Int,
        set: String::new(),
        description: Text::default(),
        hazards: Vec::new(),
        points: Vec::new(),
        ppe: Vec::new(),
        exclusion_zones: Vec::new(),
        responsible: Vec::new(),
        abort_signal: None,
        notes: None,
    });
    briefing.scenes.len() - 1
}

/// A copy of scene `index` just after it, numbered as films number added scenes
/// ("47" → "47A"). Returns the copy's index.
pub fn duplicate_scene(briefing: &mut Briefing, index: usize) -> Option<usize> {
    let mut copy = briefing.scenes.get(index)?.clone();
    copy.number = free_number(briefing, &format!("{}A", copy.number));
    briefing.scenes.insert(index + 1, copy);
    Some(index + 1)
}

/// `wanted`, or the first of `wantedB`, `wantedC`... no scene has yet.
fn free_number(briefing: &Briefing, wanted: &str) -> String {
    let taken = |n: &str| briefing.scenes.iter().any(|s| s.number == n);
    if !taken(wanted) {
        return wanted.to_owned();
    }
    let stem = wanted.trim_end_matches(|c: char| c.is_ascii_uppercase());
    ('B'..='Z').map(|c| format!("{stem}{c}")).find(|n| !taken(n)).unwrap_or_else(|| format!("{stem}-copy"))
}

/// Moves item `from` to `to` (both in range; otherwise nothing moves).
pub fn move_item<T>(items: &mut Vec<T>, from: usize, to: usize) {
    if from < items.len() && to < items.len() && from != to {
        let item = items.remove(from);
        items.insert(to, item);
    }
}

/// A hazard of `kind` with no details yet.
pub fn hazard_of(kind: HazardKind) -> Hazard {
    match kind {
        HazardKind::Firearms => Hazard::Firearms { weapons: Vec::new(), loads: Vec::new(), handlers: Vec::new() },
        HazardKind::Stunts => Hazard::Stunts { details: None, performers: Vec::new() },
        HazardKind::Pyrotechnics => Hazard::Pyrotechnics { details: None },
        HazardKind::Smoke => Hazard::Smoke { agent: None },
        HazardKind::OpenFlame => Hazard::OpenFlame { details: None },
        HazardKind::Vehicles => Hazard::Vehicles { details: None, max_speed_mph: None, camera_car: false },
        HazardKind::Water => Hazard::Water { details: None },
        HazardKind::Aircraft => Hazard::Aircraft { details: None },
        HazardKind::Drones => Hazard::Drones { details: None },
        HazardKind::Animals => Hazard::Animals { species: Vec::new() },
        HazardKind::EdgedWeapons => Hazard::EdgedWeapons { props: Vec::new() },
        HazardKind::Heights => Hazard::Heights { details: None },
        HazardKind::Gimbals => Hazard::Gimbals { details: None },
        HazardKind::Electrical => Hazard::Electrical { details: None },
        HazardKind::Weather => Hazard::Weather { details: None },
    }
}

/// What `text` says in `lang`, in a briefing written in `languages`: plain text is in
/// the briefing's own (first) language.
pub fn text_in<'t>(text: &'t Text, lang: Lang, languages: &[Lang]) -> &'t str {
    match text {
        Text::Plain(s) if languages.first().is_none_or(|first| *first == lang) => s,
        Text::Plain(_) => "",
        Text::Translated(_) => text.get(lang).unwrap_or(""),
    }
}

/// `text` with its `lang` version set to `value`. A one-language briefing keeps plain
/// text; a bilingual one keeps each language it has, so one left empty is missing and
/// the checks say so.
pub fn set_text(text: &mut Text, lang: Lang, value: &str, languages: &[Lang]) {
    if languages.len() <= 1 {
        *text = Text::Plain(value.to_owned());
        return;
    }
    let items: Vec<(Lang, String)> = languages
        .iter()
        .map(|&l| (l, if l == lang { value.to_owned() } else { text_in(text, l, languages).to_owned() }))
        .filter(|(_, s)| !s.is_empty())
        .collect();
    *text = if items.is_empty() { Text::default() } else { Text::Translated(items) };
}

/// Where in a briefing a diagnostic's field is, as the editor's sections divide it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Day,
    Contacts,
    Emergency,
    Crew,
    Incident(usize),
    Scenes,
    /// A scene by its number, and which of its fields (`hazards`, `abort_signal`...).
    Scene {
        number: String,
        part: Option<String>,
    },
}

/// The place a diagnostic's `field` (`emergency.muster_point`, `scene 31, hazards`,
/// `incidents[2]`) names.
pub fn place_of(field: Option<&str>) -> Place {
    let Some(field) = field else { return Place::Day };
    if let Some(scene) = field.strip_prefix("scene ") {
        let (number, part) = match scene.split_once(", ") {
            Some((number, part)) => (number, Some(part.to_owned())),
            None => (scene, None),
        };
        return Place::Scene { number: number.to_owned(), part };
    }
    if let Some(i) = field.strip_prefix("incidents[").and_then(|r| r.strip_suffix(']')) {
        return i.parse().map_or(Place::Day, Place::Incident);
    }
    match field.split('.').next().unwrap_or_default() {
        "emergency" => Place::Emergency,
        "contacts" => Place::Contacts,
        "crew" => Place::Crew,
        "scenes" => Place::Scenes,
        _ => Place::Day,
    }
}

/// A diagnostic's field in the words of the editor's forms: `emergency.muster_point`
/// is "Emergency: muster point", `scene 52, abort_signal` is "Scene 52: abort signal".
pub fn field_words(field: &str) -> String {
    let words = |s: &str| s.replace(['_', '.'], " ");
    if let Some(scene) = field.strip_prefix("scene ") {
        return match scene.split_once(", ") {
            Some((number, part)) => {
                // A hazard's field is named by what it holds ("weapons"), as its form is.
                format!("Scene {number}: {}", words(part.strip_prefix("hazards, ").unwrap_or(part)))
            }
            None => format!("Scene {scene}"),
        };
    }
    if let Some(i) =
        field.strip_prefix("incidents[").and_then(|r| r.strip_suffix(']')).and_then(|i| i.parse::<usize>().ok())
    {
        return format!("Incident {}", i + 1);
    }
    match field.split_once('.') {
        Some(("emergency", part)) => format!("Emergency: {}", words(part)),
        _ => match field {
            "contacts" => "Key people".to_owned(),
            "crew" => "Crew list".to_owned(),
            "emergency" => "Emergency".to_owned(),
            other => {
                let mut w = words(other);
                if let Some(first) = w.get(..1) {
                    w.replace_range(..1, &first.to_uppercase());
                }
                w
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_as_the_forms_name_them() {
        assert_eq!(field_words("emergency.muster_point"), "Emergency: muster point");
        assert_eq!(field_words("scene 52A, abort_signal"), "Scene 52A: abort signal");
        assert_eq!(field_words("incidents[0]"), "Incident 1");
        assert_eq!(field_words("contacts"), "Key people");
        assert_eq!(field_words("location"), "Location");
    }

    #[test]
    fn text_is_edited_one_language_at_a_time_and_a_missing_one_stays_missing() {
        let both = [Lang::En, Lang::Es];
        let mut t = Text::Plain("Stay behind the line".into());
        assert_eq!(text_in(&t, Lang::En, &both), "Stay behind the line");
        assert_eq!(text_in(&t, Lang::Es, &both), "");
        set_text(&mut t, Lang::Es, "Quédese detrás de la línea", &both);
        assert_eq!(t.get(Lang::En), Some("Stay behind the line"));
        assert_eq!(t.get(Lang::Es), Some("Quédese detrás de la línea"));
        set_text(&mut t, Lang::Es, "", &both);
        assert_eq!(t.missing_languages(&both), vec![Lang::Es]);
        set_text(&mut t, Lang::En, "Only English", &[Lang::En]);
        assert_eq!(t, Text::Plain("Only English".into()));
    }

    #[test]
    fn scenes_added_and_duplicated_get_numbers_no_other_scene_has() {
        let mut b = blank(jiff::civil::date(2026, 4, 16), UtcOffset::UTC);
        assert_eq!(add_scene(&mut b), 0);
        add_scene(&mut b);
        assert_eq!(duplicate_scene(&mut b, 0), Some(1));
        assert_eq!(duplicate_scene(&mut b, 0), Some(1));
        let numbers: Vec<&str> = b.scenes.iter().map(|s| s.number.as_str()).collect();
        assert_eq!(numbers, ["1", "1B", "1A", "2"]);
        move_item(&mut b.scenes, 3, 0);
        assert_eq!(b.scenes[0].number, "2");
    }

    #[test]
    fn a_diagnostic_field_names_its_place() {
        assert_eq!(place_of(Some("emergency.muster_point")), Place::Emergency);
        assert_eq!(
            place_of(Some("scene 52A, abort_signal")),
            Place::Scene { number: "52A".into(), part: Some("abort_signal".into()) }
        );
        assert_eq!(place_of(Some("scene 7")), Place::Scene { number: "7".into(), part: None });
        assert_eq!(place_of(Some("incidents[1]")), Place::Incident(1));
        assert_eq!(place_of(Some("location")), Place::Day);
    }
}

/// The file name for the day after the one in `stem` ("coyote-pass-day-12" →
/// "coyote-pass-day-13.ron"), or `stem` with the day added.
pub fn next_day_file_name(stem: &str, day: u32, next: u32) -> String {
    let today = format!("day-{day}");
    match stem.rfind(&today) {
        Some(at) if !stem[at + today.len()..].starts_with(|c: char| c.is_ascii_digit()) => {
            format!("{}day-{next}{}.ron", &stem[..at], &stem[at + today.len()..])
        }
        _ => format!("{stem}-day-{next}.ron"),
    }
}

#[cfg(test)]
mod file_name_tests {
    use super::next_day_file_name;

    #[test]
    fn the_next_day_is_named_after_this_one() {
        assert_eq!(next_day_file_name("coyote-pass-day-12", 12, 13), "coyote-pass-day-13.ron");
        assert_eq!(next_day_file_name("day-1", 1, 2), "day-2.ron");
        assert_eq!(next_day_file_name("day-12", 1, 2), "day-12-day-2.ron");
        assert_eq!(next_day_file_name("western", 4, 5), "western-day-5.ron");
    }
}
