//! Which hazards a scene's script suggests.
//!
//! Words in its action lines ("he fires the revolver", "the car skids") and its
//! breakdown tags ("Weapons: revolver"), each suggestion with the line that made it. A suggestion is only that: the 1st AD accepts
//! or leaves each one, and nothing the script says removes a hazard.

use crate::briefing::HazardKind;
use crate::names::fold;

use super::{ScriptScene, Suggestion};

/// Words (folded: lower case, no accents) that suggest each hazard, in English, Spanish
/// and French scripts. A word matches at the start of a word of the line ("fires",
/// "firing" by "fir"... so stems are chosen not to catch "firm").
const WORDS: &[(HazardKind, &[&str])] = &[
    (
        HazardKind::Firearms,
        &[
            "gun",
            "guns",
            "gunfire",
            "gunshot",
            "pistol",
            "revolver",
            "rifle",
            "shotgun",
            "carbine",
            "winchester",
            "fires at",
            "fires a",
            "fires the",
            "shoots",
            "shot rings",
            "muzzle",
            "holster",
            "blank",
            "pistola",
            "escopeta",
            "dispara",
            "disparo",
            "fusil",
            "carabine",
            "tire sur",
            "coup de feu",
        ],
    ),
    (
        HazardKind::Stunts,
        &[
            "falls",
            "fall from",
            "tumbles",
            "leaps",
            "jumps from",
            "dives",
            "punches",
            "fight",
            "brawl",
            "tackles",
            "thrown",
            "crashes through",
            "stunt",
            "cae",
            "salta",
            "pelea",
            "golpea",
            "tombe",
            "saute",
            "bagarre",
            "cascade",
        ],
    ),
    (HazardKind::Pyrotechnics, &["explosion", "explodes", "blast", "squib", "detonat", "explota", "explose"]),
    (HazardKind::Smoke, &["smoke", "fog", "haze", "mist", "humo", "niebla", "fumee", "brouillard"]),
    (
        HazardKind::OpenFlame,
        // "fire " whole: "fires at" is a gun.
        &["fire ", "flame", "burning", "torch", "campfire", "candle", "fuego", "llamas", "feu ", "flammes"],
    ),
    (
        HazardKind::Vehicles,
        &[
            "car ",
            "cars",
            "truck",
            "drives",
            "speeds",
            "skids",
            "motorcycle",
            "wagon",
            "stagecoach",
            "coche",
            "camion",
            "conduce",
            "voiture",
            "moto",
        ],
    ),
    (
        HazardKind::Water,
        &[
            "lake",
            "river",
            "pool",
            "ocean",
            "swims",
            "underwater",
            "rowing boat",
            "boat",
            "lago",
            "rio",
            "barca",
            "lac",
            "barque",
            "chaloupe",
        ],
    ),
    (
        HazardKind::Heights,
        &["roof", "ledge", "cliff", "ladder", "scaffold", "balcony", "tejado", "acantilado", "toit", "falaise"],
    ),
    (
        HazardKind::Animals,
        &[
            "horse", "horses", "dog", "cattle", "herd", "snake", "caballo", "perro", "ganado", "cheval", "chevaux",
            "chien",
        ],
    ),
    (HazardKind::Aircraft, &["helicopter", "plane", "airplane", "aircraft", "helicoptero", "avion", "helicoptere"]),
    (HazardKind::Drones, &["drone", "dron"]),
    (
        HazardKind::EdgedWeapons,
        &["knife", "sword", "blade", "machete", "dagger", "cuchillo", "espada", "couteau", "epee"],
    ),
    (HazardKind::Weather, &["storm", "lightning", "thunder", "blizzard", "tormenta", "rayo", "orage", "foudre"]),
];

/// Breakdown categories (folded) and the hazard a tag in them suggests; `None`: the
/// tag's own words decide (special effects may be smoke, fire or an explosion).
const CATEGORIES: &[(&str, Option<HazardKind>)] = &[
    ("weapons", Some(HazardKind::Firearms)),
    ("stunts", Some(HazardKind::Stunts)),
    ("special effects", None),
    ("mechanical effects", None),
    ("explosives", Some(HazardKind::Pyrotechnics)),
    ("pyrotechnics", Some(HazardKind::Pyrotechnics)),
    ("animals", Some(HazardKind::Animals)),
    ("livestock", Some(HazardKind::Animals)),
    ("animal handler", Some(HazardKind::Animals)),
    ("vehicles", Some(HazardKind::Vehicles)),
    ("picture vehicles", Some(HazardKind::Vehicles)),
    ("water", Some(HazardKind::Water)),
    ("heights", Some(HazardKind::Heights)),
    ("fire", Some(HazardKind::OpenFlame)),
    ("smoke", Some(HazardKind::Smoke)),
];

/// The hazards `scene` suggests, each once, with the first line that suggested it.
pub fn suggestions(scene: &ScriptScene) -> Vec<Suggestion> {
    let mut found: Vec<Suggestion> = Vec::new();
    let mut add = |kind: HazardKind, because: String| {
        if !found.iter().any(|s| s.kind == kind) {
            found.push(Suggestion { kind, because });
        }
    };
    for (category, item) in &scene.tags {
        let folded = fold(category);
        let Some((_, kind)) = CATEGORIES.iter().find(|(c, _)| *c == folded) else { continue };
        let because = format!("{category}: {item}");
        let named = kinds_in(item);
        match kind {
            // A knife tagged as a weapon is an edged weapon, not a firearm.
            Some(HazardKind::Firearms) if named.contains(&HazardKind::EdgedWeapons) => {
                add(HazardKind::EdgedWeapons, because);
            }
            // The category's hazard, and what the item itself names ("Rowing boat"
            // under Vehicles is on the water too).
            Some(kind) => {
                add(*kind, because.clone());
                for named in named {
                    add(named, because.clone());
                }
            }
            None => {
                for kind in named {
                    add(kind, because.clone());
                }
            }
        }
    }
    for line in &scene.action {
        for kind in kinds_in(line) {
            add(kind, line.clone());
        }
    }
    found
}

/// The hazards whose words `text` holds.
fn kinds_in(text: &str) -> Vec<HazardKind> {
    // Words start after a space: "a gun" matches "gun", "begun" does not.
    let folded = format!(" {} ", fold(text).replace(|c: char| !c.is_alphanumeric(), " "));
    WORDS
        .iter()
        .filter(|(_, words)| words.iter().any(|w| folded.contains(&format!(" {w}"))))
        .map(|(kind, _)| *kind)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scene(action: &[&str], tags: &[(&str, &str)]) -> ScriptScene {
        ScriptScene {
            action: action.iter().map(|s| (*s).to_owned()).collect(),
            tags: tags.iter().map(|(c, i)| ((*c).to_owned(), (*i).to_owned())).collect(),
            ..ScriptScene::default()
        }
    }

    #[test]
    fn action_lines_suggest_hazards_with_the_line_that_did() {
        let s = scene(&["Luc cocks the Winchester and fires at the lake.", "He has begun to firm up."], &[]);
        let found = suggestions(&s);
        let kinds: Vec<HazardKind> = found.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [HazardKind::Firearms, HazardKind::Water]);
        assert_eq!(found[0].because, "Luc cocks the Winchester and fires at the lake.");
    }

    #[test]
    fn breakdown_tags_suggest_by_category_and_special_effects_by_their_words() {
        let s = scene(
            &[],
            &[
                ("Weapons", "revolver"),
                ("Weapons", "Bowie knife"),
                ("Special Effects", "smoke machine"),
                ("Wardrobe", "hat"),
            ],
        );
        let kinds: Vec<HazardKind> = suggestions(&s).iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [HazardKind::Firearms, HazardKind::EdgedWeapons, HazardKind::Smoke]);
    }

    #[test]
    fn spanish_and_french_action_is_read_too() {
        let kinds = |line: &str| kinds_in(line);
        assert_eq!(kinds("Sergio dispara la escopeta."), [HazardKind::Firearms]);
        assert_eq!(kinds("Claire s'enfuit en chaloupe."), [HazardKind::Water]);
        assert!(kinds("A quiet breakfast.").is_empty());
    }
}
