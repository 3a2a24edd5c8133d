//! The safety rules: what a briefing must hold beyond valid syntax, drawn from the
//! industry safety bulletins and from what failed on the *Rust* set.
//!
//! Each rule has a stable code listed in [`RULES`] and in `briefings/README.md`.

use std::collections::{HashMap, HashSet};

use super::diagnostic::{Diagnostic, Position, Severity};
use super::hazard::{HazardKind, NO_LIVE_AMMUNITION};
use super::model::{Briefing, Hazard, Scene};
use super::role::Role;
use super::text::{Lang, Text};
use crate::language::Words;
use crate::names::fold;

/// A rule's code and severity; what it checks is in the words files (`rule.SB001`).
#[derive(Clone, Copy, Debug)]
pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
}

impl RuleInfo {
    /// What the rule checks, in `lang`: for documentation, and for a 1st AD who reads
    /// another language than the diagnostics' English.
    pub fn summary(&self, lang: Lang) -> &'static str {
        Words::lookup(&format!("rule.{}", self.code), lang)
    }
}

/// The rule with `code`, if it is one.
pub fn rule_info(code: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.code == code)
}

const fn rule(code: &'static str, severity: Severity) -> RuleInfo {
    RuleInfo { code, severity }
}

use Severity::{Error as E, Warning as W};

pub const RULES: &[RuleInfo] = &[
    rule("SB001", E),
    rule("SB002", E),
    rule("SB003", E),
    rule("SB004", E),
    rule("SB005", E),
    rule("SB006", E),
    rule("SB007", W),
    rule("SB008", W),
    rule("SB009", E),
    rule("SB010", E),
    rule("SB011", E),
    rule("SB012", E),
    rule("SB013", E),
    rule("SB014", E),
    rule("SB015", E),
    rule("SB016", W),
    rule("SB017", E),
    rule("SB018", W),
    rule("SB019", E),
    rule("SB020", W),
    rule("SB021", W),
    rule("SB022", W),
    rule("SB023", W),
    rule("SB024", W),
    rule("SB025", E),
    rule("SB026", W),
    rule("SB027", W),
    rule("SB028", E),
    rule("SB029", W),
    rule("SB030", W),
    rule("SB031", E),
    rule("SB032", E),
    rule("SB033", W),
];

/// Runs every rule over a parsed briefing. `source` is the file's text, used only to
/// point diagnostics at a line and column.
pub fn check(b: &Briefing, source: &str) -> Vec<Diagnostic> {
    let at = Locator { text: source };
    let mut out = Vec::new();
    title(b, &at, &mut out);
    emergency(b, &at, &mut out);
    key_people(b, &at, &mut out);
    scenes(b, &at, &mut out);
    roster(b, &at, &mut out);
    incidents(b, &at, &mut out);
    translations(b, &at, &mut out);
    out.sort_by_key(|d| (d.position.is_none(), d.position, std::cmp::Reverse(d.severity)));
    out
}

fn missing(text: Option<&Text>) -> bool {
    text.is_none_or(Text::is_blank)
}

/// What the title slide, every page of the report and the crew's phones name the day by.
fn title(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    if b.production.trim().is_empty() {
        out.push(
            Diagnostic::error("SB031", "no production name")
                .at(at.key("production").or(Some(Position { line: 1, col: 1 })))
                .in_field("production")
                .with_help("add `production: \"...\"`: the title slide, the report and the phones name the day by it"),
        );
    }
    if b.location.is_blank() {
        out.push(
            Diagnostic::error("SB032", "no location")
                .at(at.key("location").or(Some(Position { line: 1, col: 1 })))
                .in_field("location")
                .with_help("add `location: \"...\"`: where the crew is today, on the title slide and in the report"),
        );
    }
}

fn emergency(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    let e = &b.emergency;
    let pos = at.key("emergency");
    match &e.hospital {
        None => out.push(
            Diagnostic::error("SB001", "no nearest hospital")
                .at(pos)
                .in_field("emergency.hospital")
                .with_help("add `hospital: (name: \"...\", address: \"...\", phone: \"...\")` to `emergency`; stunts and firearms briefings must say where it is"),
        ),
        Some(h) => {
            let blank: Vec<&str> = [("name", &h.name), ("address", &h.address), ("phone", &h.phone)]
                .into_iter()
                .filter(|(_, v)| v.trim().is_empty())
                .map(|(k, _)| k)
                .collect();
            if !blank.is_empty() {
                out.push(
                    Diagnostic::error("SB001", format!("the nearest hospital has no {}", blank.join(" or ")))
                        .at(at.key("hospital"))
                        .in_field("emergency.hospital")
                        .with_help("crew must be able to find and call the hospital; fill in name, address and phone"),
                );
            }
        }
    }
    if e.emergency_number.trim().is_empty() {
        out.push(
            Diagnostic::error("SB002", "no emergency number")
                .at(pos)
                .in_field("emergency.emergency_number")
                .with_help("add `emergency_number: \"911\"` (or the local number) to `emergency`"),
        );
    }
    if missing(e.muster_point.as_ref()) {
        out.push(
            Diagnostic::error("SB003", "no muster point")
                .at(pos)
                .in_field("emergency.muster_point")
                .with_help("add `muster_point: \"...\"`: where everyone gathers after an evacuation"),
        );
    }
    let absent: Vec<&str> = [
        ("first aid kit", e.first_aid.as_ref()),
        ("fire extinguishers", e.extinguishers.as_ref()),
        ("how to report an injury or a concern", e.report_injury.as_ref()),
    ]
    .into_iter()
    .filter(|(_, t)| missing(*t))
    .map(|(name, _)| name)
    .collect();
    if !absent.is_empty() {
        out.push(
            Diagnostic::warning("SB024", format!("emergency information does not say: {}", absent.join("; ")))
                .at(pos)
                .in_field("emergency")
                .with_help("fill in `first_aid`, `extinguishers` and `report_injury` (General Code of Safe Practices)"),
        );
    }
}

fn key_people(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    let contacts_pos = at.key("contacts");
    let first_ad = b.contact(Role::FirstAd);
    if first_ad.is_none() {
        out.push(Diagnostic::error("SB019", "no 1st AD named").at(contacts_pos).in_field("contacts").with_help(
            "add `(role: FirstAd, name: \"...\", phone: \"...\")`: the 1st AD runs the briefing and set safety",
        ));
    }
    if b.contact(Role::SetMedic).is_none() {
        out.push(
            Diagnostic::error("SB004", "no set medic named")
                .at(contacts_pos)
                .in_field("contacts")
                .with_help("add `(role: SetMedic, name: \"...\", phone: \"...\")`; crew must know who the medic is"),
        );
    }
    if b.contact(Role::SafetyRep).is_none() {
        out.push(
            Diagnostic::warning("SB020", "no safety representative named")
                .at(contacts_pos)
                .in_field("contacts")
                .with_help("add `(role: SafetyRep, ...)`: someone other than the 1st AD who can take a concern"),
        );
    }
    // Every safety representative against every 1st AD: a day may name several of each.
    for rep in b.people_in(Role::SafetyRep) {
        if let Some(ad) = b.people_in(Role::FirstAd).find(|ad| fold(&ad.name) == fold(&rep.name)) {
            out.push(
                Diagnostic::warning("SB008", format!("the 1st AD ({}) is also the safety representative", ad.name))
                    .at(at.string(&rep.name, 0))
                    .in_field("contacts")
                    .with_help("name a separate safety representative: on the Rust set the 1st AD was also the safety coordinator, and schedule pressure won"),
            );
        }
    }
    if b.hazard_kinds().contains(&HazardKind::Firearms) {
        // The armorer has no other duties while firearms are in use: any other key role,
        // the property master's included, and any other job on the roster count.
        for armorer in b.people_in(Role::Armorer) {
            let mut other: Vec<&str> = b
                .roles_of(&armorer.name)
                .into_iter()
                .filter(|r| *r != Role::Armorer)
                .map(|r| r.title().get(Lang::En))
                .collect();
            let armorer_folded = fold(&armorer.name);
            if let Some(member) = b.crew.iter().find(|c| fold(&c.name) == armorer_folded) {
                // "Armorer", "Key Armourer", "Armera", "Armurière": the title in any
                // language, or its stem, is the armorer's own job.
                let job = fold(&member.role);
                let titled = Lang::ALL.iter().any(|l| job.contains(&fold(Role::Armorer.title().get(*l))));
                if !(titled || ["armo", "armer", "armur"].iter().any(|stem| job.contains(stem))) {
                    other.push(member.role.as_str());
                }
            }
            other.sort_unstable();
            other.dedup();
            if !other.is_empty() {
                out.push(
                    Diagnostic::warning("SB007", format!("the armorer ({}) also holds another role today: {}", armorer.name, other.join(", ")))
                        .at(at.string(&armorer.name, 0))
                        .in_field("contacts")
                        .with_help("give the armorer no other duties while firearms are in use; on the Rust set the armorer was also assigned props work"),
                );
            }
        }
    }
    // Folded once each: folding is the costly part, and the editor checks on every edit.
    let on_roster: HashSet<String> = b.crew.iter().map(|c| fold(&c.name)).collect();
    for contact in &b.contacts {
        if !on_roster.contains(&fold(&contact.name)) {
            out.push(
                Diagnostic::warning(
                    "SB021",
                    format!("{} ({}) is not on the crew roster", contact.name, contact.role.title().get(Lang::En)),
                )
                .at(at.string(&contact.name, 0))
                .in_field("contacts")
                .with_help("add them to `crew` so they can sign the attendance and give their own sign-offs"),
            );
        }
    }
}

fn scenes(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    if b.scenes.is_empty() {
        out.push(
            Diagnostic::warning("SB026", "the briefing has no scenes")
                .at(at.key("scenes"))
                .with_help("add the day's scenes in shooting order so their hazards are briefed"),
        );
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for scene in &b.scenes {
        let nth = seen.entry(scene.number.as_str()).or_insert(0);
        let pos = at.scene(&scene.number, *nth);
        // Scenes by their number as people say it ("scene 31"), never as a list index.
        let field = format!("scene {}", scene.number);
        if *nth == 1 {
            out.push(
                Diagnostic::error("SB014", format!("scene {} appears twice", scene.number))
                    .at(pos)
                    .in_field(&field)
                    .with_help("give each scene its own number; a second setup of the same scene is written \"42A\" or \"42pt2\""),
            );
        }
        *nth += 1;
        if scene.number.trim().is_empty() || scene.number.chars().any(char::is_whitespace) {
            out.push(
                Diagnostic::error("SB025", format!("scene number `{}` is empty or has spaces", scene.number))
                    .at(pos)
                    .in_field(&field)
                    .with_help("write scene numbers as films do: \"42\", \"42A\", \"101pt\""),
            );
        }
        scene_rules(b, scene, pos, &field, out);
    }
}

fn scene_rules(b: &Briefing, scene: &Scene, pos: Option<Position>, field: &str, out: &mut Vec<Diagnostic>) {
    let n = &scene.number;
    if scene.hazards.is_empty() && scene.points.is_empty() {
        out.push(
            Diagnostic::warning("SB016", format!("scene {n} has no hazards and no points"))
                .at(pos)
                .in_field(field)
                .with_help(
                    "list its hazards, or add a point saying what crew should know (even \"no special hazards\")",
                ),
        );
    }
    let mut kinds: Vec<HazardKind> = scene.hazard_kinds().collect();
    kinds.sort_unstable();
    let listed = kinds.len();
    kinds.dedup();
    if kinds.len() < listed {
        out.push(
            Diagnostic::warning("SB027", format!("scene {n} lists the same hazard twice"))
                .at(pos)
                .in_field(format!("{field}, hazards"))
                .with_help("list each hazard once and put all its details in that one entry (e.g. every weapon under one `Firearms`)"),
        );
    }
    for kind in &kinds {
        let info = kind.info();
        let Some(required) = info.required_role else { continue };
        if !required.roles.iter().any(|r| b.contact(*r).is_some()) {
            let roles: Vec<&str> = required.roles.iter().map(|r| r.ident()).collect();
            out.push(
                Diagnostic::error(
                    required.code,
                    format!(
                        "scene {n} has {} but no {} is named for the day",
                        info.name.get(Lang::En).to_lowercase(),
                        required.roles.first().map_or("key person", |r| r.title().get(Lang::En)).to_lowercase()
                    ),
                )
                .at(pos)
                .in_field(format!("{field}, hazards"))
                .with_help(format!(
                    "add a contact with role {} ({})",
                    roles.join(" or "),
                    info.bulletin_reference()
                )),
            );
        }
    }
    if kinds.contains(&HazardKind::Firearms)
        && !HazardKind::Firearms.info().standard_points.iter().any(|p| p.id == NO_LIVE_AMMUNITION)
    {
        out.push(
            Diagnostic::error(
                "SB006",
                format!("scene {n} has firearms but its briefing would not state that no live ammunition is on set"),
            )
            .at(pos)
            .in_field(format!("{field}, points"))
            .with_help("the hazard table must carry the no-live-ammunition point (CSATF Safety Bulletin #1)"),
        );
    }
    firearms_named(scene, pos, field, out);
    for (weapon, phrase) in super::live_ammunition::in_weapons(scene) {
        out.push(
            Diagnostic::error(
                "SB028",
                format!("scene {n}: the weapon \"{weapon}\" is described with live ammunition (\"{phrase}\")"),
            )
            .at(pos)
            .in_field(format!("{field}, hazards, weapons"))
            .with_help(
                "no live ammunition is ever allowed on a set (CSATF Safety Bulletin #1): describe the weapon and \
                 give its loads as blanks, dummies or non-firing",
            ),
        );
    }
    if let Some(phrase) = super::live_ammunition::in_scene_words(scene) {
        out.push(
            Diagnostic::warning("SB029", format!("scene {n} mentions live ammunition (\"{phrase}\") in its own words"))
                .at(pos)
                .in_field(field)
                .with_help(
                    "read it before presenting: no live ammunition is ever allowed on a set (CSATF Safety Bulletin \
                     #1); the standard point already says so",
                ),
        );
    }
    if !kinds.is_empty() && missing(scene.abort_signal.as_ref()) {
        out.push(
            Diagnostic::warning("SB023", format!("scene {n} has hazards but no abort signal"))
                .at(pos)
                .in_field(format!("{field}, abort_signal"))
                .with_help("add `abort_signal: \"...\"`, e.g. \"Anyone calls CUT, CUT, CUT; the armorer calls HOLD\""),
        );
    }
}

/// A firearms hazard says which weapons, what they are loaded with and who handles
/// them: the crew are briefed on those, and each handler gives a sign-off. A scene
/// imported from a script arrives with the hazard alone, and must not look ready.
fn firearms_named(scene: &Scene, pos: Option<Position>, field: &str, out: &mut Vec<Diagnostic>) {
    for hazard in &scene.hazards {
        let Hazard::Firearms { weapons, loads, handlers } = hazard else { continue };
        let unsaid: Vec<&str> = [
            (weapons.is_empty(), "which weapons"),
            (loads.is_empty(), "what they are loaded with"),
            (handlers.is_empty(), "who handles them"),
        ]
        .into_iter()
        .filter_map(|(absent, what)| absent.then_some(what))
        .collect();
        if !unsaid.is_empty() {
            out.push(
                Diagnostic::warning(
                    "SB033",
                    format!("scene {} has firearms but does not say {}", scene.number, unsaid.join(", ")),
                )
                .at(pos)
                .in_field(format!("{field}, hazards"))
                .with_help(
                    "list each weapon, its loads (blanks, dummies, non-firing) and each person who handles it: \
                     the crew are briefed on them and each handler signs (CSATF Safety Bulletin #1)",
                ),
            );
        }
    }
}

fn roster(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    if b.crew.is_empty() {
        out.push(
            Diagnostic::error("SB017", "the crew roster is empty: nobody could sign")
                .at(at.key("crew").or(Some(Position { line: 1, col: 1 })))
                .in_field("crew")
                .with_help("add `crew: [(name: \"...\", department: \"...\", role: \"...\"), ...]`"),
        );
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for member in b.crew.iter().filter(|m| crate::names::has_lost_letters(&m.name)) {
        out.push(
            Diagnostic::warning("SB030", format!("{} has letters lost to an encoding (each became \"?\")", member.name))
                .at(at.string_after("crew", &member.name, 0))
                .in_field("crew")
                .with_help("the person cannot find their name to sign; write it as they do (a crew list saved as Excel's \"CSV (Comma delimited)\" loses letters outside Western European ones: import it again saved as \"CSV UTF-8\" or .xlsx)"),
        );
    }
    for member in &b.crew {
        let count = seen.entry(fold(&member.name)).or_insert(0);
        *count += 1;
        if *count == 2 {
            // The second entry as written, which may differ from the first by an accent.
            let written_before =
                b.crew.iter().take_while(|m| !std::ptr::eq(*m, member)).filter(|m| m.name == member.name);
            out.push(
                Diagnostic::error("SB015", format!("{} appears twice on the crew roster", member.name))
                    .at(at.string_after("crew", &member.name, written_before.count()))
                    .in_field("crew")
                    .with_help("each person signs once; tell two people apart with a middle initial or department, e.g. \"Maria Lopez (Grip)\""),
            );
        }
    }
}

fn incidents(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    for (i, incident) in b.incidents.iter().enumerate() {
        if missing(incident.corrective_action.as_ref()) {
            out.push(
                Diagnostic::warning("SB018", format!("the incident of {} has no corrective action", incident.date))
                    .at(at.string(&incident.date.to_string(), 0).or(at.key("incidents")))
                    .in_field(format!("incidents[{i}]"))
                    .with_help("it will be shown as OPEN on the day's first slide; add `corrective_action` once something is done about it"),
            );
        }
    }
}

fn translations(b: &Briefing, at: &Locator<'_>, out: &mut Vec<Diagnostic>) {
    if b.languages.len() < 2 {
        return;
    }
    let mut texts: Vec<(String, &Text)> = vec![("location".to_owned(), &b.location)];
    let e = &b.emergency;
    for (name, t) in [
        ("muster_point", &e.muster_point),
        ("first_aid", &e.first_aid),
        ("extinguishers", &e.extinguishers),
        ("exits", &e.exits),
        ("report_injury", &e.report_injury),
    ] {
        if let Some(t) = t {
            texts.push((format!("emergency.{name}"), t));
        }
    }
    texts.extend(e.hotline.iter().map(|t| ("emergency.hotline".to_owned(), t)));
    let distance = e.hospital.as_ref().and_then(|h| h.distance.as_ref());
    texts.extend(distance.map(|t| ("emergency.hospital.distance".to_owned(), t)));
    for scene in &b.scenes {
        let f = |what: &str| format!("scene {}, {what}", scene.number);
        texts.push((f("description"), &scene.description));
        texts.extend(scene.points.iter().map(|t| (f("points"), t)));
        texts.extend(scene.ppe.iter().map(|t| (f("ppe"), t)));
        texts.extend(scene.exclusion_zones.iter().map(|t| (f("exclusion_zones"), t)));
        texts.extend(scene.abort_signal.iter().map(|t| (f("abort_signal"), t)));
        for hazard in &scene.hazards {
            let (what, things): (&str, Vec<&Text>) = match hazard {
                Hazard::Firearms { weapons, .. } => ("weapons", weapons.iter().collect()),
                Hazard::Smoke { agent } => ("agent", agent.iter().collect()),
                Hazard::Animals { species } => ("species", species.iter().collect()),
                Hazard::EdgedWeapons { props } => ("props", props.iter().collect()),
                _ => ("details", hazard.details().into_iter().collect()),
            };
            texts.extend(things.into_iter().map(|t| (f(&format!("hazards, {what}")), t)));
        }
    }
    // Each text is pointed at where it is written: its first string, counting earlier
    // texts that hold the same words.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (field, text) in texts {
        let first = match text {
            Text::Plain(s) => s.as_str(),
            Text::Translated(items) => items.first().map_or("", |(_, s)| s.as_str()),
        };
        let nth = seen.entry(first).or_insert(0);
        let pos = at.string(first, *nth);
        *nth += 1;
        let lacking = text.missing_languages(&b.languages);
        if lacking.is_empty() || text.is_blank() {
            continue;
        }
        let names: Vec<&'static str> = lacking.iter().map(|l| l.endonym()).collect();
        let codes: Vec<String> = b.languages.iter().map(|l| format!("{}: \"...\"", l.code())).collect();
        out.push(
            Diagnostic::warning(
                "SB022",
                format!("{} has no {} version", super::edit::field_words(&field), names.join(" or ")),
            )
            .at(pos)
            .in_field(field)
            .with_help(format!(
                "the crew reads {}: give the text in each, ({})",
                b.languages.iter().map(|l| l.endonym()).collect::<Vec<_>>().join(" and "),
                codes.join(", ")
            )),
        );
    }
}

/// Finds where things are in the source text, so rule diagnostics can point at a
/// line. Rules work on the parsed briefing; this only adds positions for people.
struct Locator<'a> {
    text: &'a str,
}

impl Locator<'_> {
    /// The first `key:` written as a field name.
    fn key(&self, key: &str) -> Option<Position> {
        self.matches(key, |before, after| {
            !before.ends_with(|c: char| c.is_alphanumeric() || c == '_') && after.trim_start().starts_with(':')
        })
        .next()
    }

    /// The `nth` string literal equal to `value`.
    fn string(&self, value: &str, nth: usize) -> Option<Position> {
        self.matches(&format!("\"{value}\""), |_, _| true).nth(nth)
    }

    /// The `nth` string literal equal to `value` after the field `key:`.
    fn string_after(&self, key: &str, value: &str, nth: usize) -> Option<Position> {
        let start = self.key(key)?;
        self.matches(&format!("\"{value}\""), |_, _| true).filter(|p| *p > start).nth(nth)
    }

    /// The `nth` scene whose `number:` is `number`.
    fn scene(&self, number: &str, nth: usize) -> Option<Position> {
        self.matches(&format!("\"{number}\""), |before, _| {
            before.trim_end().strip_suffix(':').is_some_and(|b| b.trim_end().ends_with("number"))
        })
        .nth(nth)
    }

    fn matches<'s>(
        &'s self,
        needle: &'s str,
        accept: impl Fn(&str, &str) -> bool + 's,
    ) -> impl Iterator<Item = Position> + 's {
        self.text.match_indices(needle).filter_map(move |(i, _)| {
            let before = &self.text[..i];
            let line_start = before.rfind('\n').map_or(0, |p| p + 1);
            if before[line_start..].contains("//") {
                return None;
            }
            let after = &self.text[i + needle.len()..];
            accept(before, after).then(|| Position::of_offset(self.text, i))
        })
    }
}
