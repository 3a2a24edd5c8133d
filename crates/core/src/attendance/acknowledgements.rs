//! The lines a crew member confirms when signing, generated from what the session
//! covered, in the language they pick.

use crate::briefing::text::Lang;
use crate::briefing::{Briefing, HazardKind, Role};

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
        match lang {
            Lang::En => "the day's general safety points".to_owned(),
            Lang::Es => "los puntos generales de seguridad del día".to_owned(),
        }
    } else {
        match lang {
            Lang::En => format!("scenes {}", scenes.join(", ")),
            Lang::Es => format!("las escenas {}", scenes.join(", ")),
        }
    };
    let muster = briefing.emergency.muster_point.as_ref().map(|m| m.best(lang).to_owned()).unwrap_or_default();
    let medic = briefing.contact(Role::SetMedic).map(|c| c.name.clone()).unwrap_or_default();
    let mut lines = match lang {
        Lang::En => vec![
            format!("I attended this safety briefing on {date} covering {covered}."),
            format!("I know where the muster point ({muster}) and the set medic ({medic}) are."),
            "I understand I can and should stop work if something is unsafe.".to_owned(),
        ],
        Lang::Es => vec![
            format!("Asistí a esta reunión de seguridad el {date} sobre {covered}."),
            format!("Sé dónde están el punto de reunión ({muster}) y el paramédico ({medic})."),
            "Entiendo que puedo y debo detener el trabajo si algo es inseguro.".to_owned(),
        ],
    };
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
