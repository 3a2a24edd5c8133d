//! The lines a crew member confirms when signing, generated from what the session
//! covered, in the language they pick.

use crate::briefing::text::Lang;
use crate::briefing::{Briefing, HazardKind, Role};
use crate::language::Words;

/// The acknowledgements for a session covering `scenes` held on the briefing's date,
/// in `lang`.
pub fn for_session(briefing: &Briefing, scenes: &[String], lang: Lang) -> Vec<String> {
    for_session_on(briefing, scenes, briefing.date, lang)
}

/// The acknowledgements for a session covering `scenes` held on `held_on`, in `lang`:
/// crew confirm the day they attended, which is not always the briefing's date.
pub fn for_session_on(briefing: &Briefing, scenes: &[String], held_on: jiff::civil::Date, lang: Lang) -> Vec<String> {
    let date = held_on.to_string();
    let covered = if scenes.is_empty() {
        Words::new("ack.covered_general").get(lang).to_owned()
    } else {
        Words::new("ack.covered_scenes").fill(lang, &[("scenes", &scenes.join(", "))])
    };
    let muster = briefing.emergency.muster_point.as_ref().map(|m| m.best(lang).to_owned()).unwrap_or_default();
    let medic = briefing.contact(Role::SetMedic).map(|c| c.name.clone()).unwrap_or_default();
    let mut lines = vec![
        Words::new("ack.attended").fill(lang, &[("date", &date), ("covered", &covered)]),
        Words::new("ack.muster").fill(lang, &[("muster", &muster), ("medic", &medic)]),
        Words::new("ack.stop_work").get(lang).to_owned(),
    ];
    lines.extend(hazards(briefing, scenes).into_iter().map(|k| k.info().acknowledgement.get(lang).to_owned()));
    lines
}

/// The hazards present in the covered scenes, each once, in table order.
pub fn hazards(briefing: &Briefing, scenes: &[String]) -> Vec<HazardKind> {
    let mut kinds: Vec<HazardKind> =
        briefing.scenes.iter().filter(|s| scenes.contains(&s.number)).flat_map(|s| s.hazard_kinds()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}
