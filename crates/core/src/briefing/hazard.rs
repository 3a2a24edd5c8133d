//! The hazard table: what the program knows about each kind of hazard.
//!
//! For each kind: the industry bulletins behind it, the standard briefing points the
//! program adds to every scene that has it, who must be named for the day, and what
//! crew and key roles acknowledge.
//!
//! This is the one place that holds that knowledge; slides, rules, sign-off and the
//! report all read it from here. Bulletin numbers are those of the Industry-Wide
//! Labor-Management Safety Committee (published by CSATF), cited only where a
//! published index confirms them; the rest say "see the CSATF index".

use serde::{Deserialize, Serialize};

use super::role::Role;
use super::text::StaticText;

/// Every kind of hazard a scene can carry. The closed set from the domain reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum HazardKind {
    Firearms,
    Stunts,
    Pyrotechnics,
    Smoke,
    OpenFlame,
    Vehicles,
    Water,
    Aircraft,
    Drones,
    Animals,
    EdgedWeapons,
    Heights,
    Gimbals,
    Electrical,
    Weather,
}

/// The identifier that marks the point no firearms briefing may lose.
pub const NO_LIVE_AMMUNITION: &str = "no-live-ammunition";

/// A briefing point the program supplies for a hazard.
#[derive(Clone, Copy, Debug)]
pub struct StandardPoint {
    /// Stable identifier, so rules and records can refer to a point.
    pub id: &'static str,
    pub text: StaticText,
}

/// What a key role attests before a scene with this hazard is cleared.
#[derive(Clone, Copy, Debug)]
pub struct Attestation {
    /// Any one of these roles may give it.
    pub roles: &'static [Role],
    /// What can be attested before the scene's own briefing (at crew call, say): the
    /// plan and the checks still to come, never a rehearsal that has not happened.
    pub plan: StaticText,
    /// What is attested at the scene's own briefing, when the check is done then.
    pub text: StaticText,
}

impl Attestation {
    /// The words for a session held `at_the_scene` (its own briefing) or before it.
    pub fn words(&self, at_the_scene: bool) -> StaticText {
        if at_the_scene { self.text } else { self.plan }
    }
}

/// The rule that fires when a scene has this hazard but nobody holds a role for it.
#[derive(Clone, Copy, Debug)]
pub struct RequiredRole {
    pub code: &'static str,
    /// Any one of these roles satisfies the rule.
    pub roles: &'static [Role],
}

/// One row of the hazard table.
#[derive(Clone, Copy, Debug)]
pub struct HazardInfo {
    pub kind: HazardKind,
    pub name: StaticText,
    /// Bulletin numbers confirmed by a published index; empty when none is.
    pub bulletins: &'static [&'static str],
    pub standard_points: &'static [StandardPoint],
    pub required_role: Option<RequiredRole>,
    /// The line each crew member acknowledges when they sign.
    pub acknowledgement: StaticText,
    /// The sign-off a key role gives before the scene is cleared.
    pub attestation: Option<Attestation>,
}

impl HazardInfo {
    /// "CSATF Safety Bulletin #1, #2", or a pointer to the index where no number is
    /// confirmed: in English, as the record and the checks quote it.
    pub fn bulletin_reference(&self) -> String {
        self.bulletin_reference_in(super::Lang::En)
    }

    /// [`Self::bulletin_reference`] in `lang`, for the slides.
    pub fn bulletin_reference_in(&self, lang: super::Lang) -> String {
        if self.bulletins.is_empty() {
            StaticText::new("slide.bulletin_index").get(lang).to_owned()
        } else {
            StaticText::new("slide.bulletin").fill(lang, &[("bulletins", &self.bulletins.join(", "))])
        }
    }
}

const fn t(key: &'static str) -> StaticText {
    StaticText::new(key)
}

const fn p(id: &'static str, key: &'static str) -> StandardPoint {
    StandardPoint { id, text: t(key) }
}

const ARMS: &[Role] = &[Role::Armorer, Role::PropertyMaster];
const STUNTS: &[Role] = &[Role::StuntCoordinator];
const PYRO: &[Role] = &[Role::Pyrotechnician];
const AIR: &[Role] = &[Role::PilotInCommand, Role::AerialCoordinator];
const UAS: &[Role] = &[Role::DronePilot, Role::PilotInCommand];
const ANIMALS: &[Role] = &[Role::AnimalHandler];
const WATER: &[Role] = &[Role::WaterSafety, Role::MarineCoordinator, Role::DiveSupervisor];

/// The daily points every briefing covers, whatever the scenes (General Code of Safe
/// Practices and Bulletin #5, Safety Awareness).
pub const GENERAL_BULLETINS: &[&str] = &["GCSP", "#5"];

// One row per kind, so `HazardKind::info` can index it (a unit test checks the order).
const _: () = assert!(HAZARD_TABLE.len() == HazardKind::ALL.len());

/// The table itself, one row per [`HazardKind`], in the order slides list hazards.
pub const HAZARD_TABLE: &[HazardInfo] = &[
    HazardInfo {
        kind: HazardKind::Firearms,
        name: t("hazard.firearms.name"),
        bulletins: &["#1", "#2"],
        standard_points: &[
            p(NO_LIVE_AMMUNITION, "point.no-live-ammunition"),
            p("blanks-can-kill", "point.blanks-can-kill"),
            p("armorer-checks", "point.armorer-checks"),
            p("never-point", "point.never-point"),
            p("return-to-armorer", "point.return-to-armorer"),
            p("no-impromptu", "point.no-impromptu"),
            p("blank-fire-ppe", "point.blank-fire-ppe"),
            p("no-pressure", "point.no-pressure"),
        ],
        required_role: Some(RequiredRole { code: "SB005", roles: ARMS }),
        acknowledgement: t("hazard.firearms.acknowledgement"),
        attestation: Some(Attestation {
            roles: ARMS,
            plan: t("hazard.firearms.plan"),
            text: t("hazard.firearms.text"),
        }),
    },
    HazardInfo {
        kind: HazardKind::Stunts,
        name: t("hazard.stunts.name"),
        bulletins: &["#4"],
        standard_points: &[
            p("stunt-walkthrough", "point.stunt-walkthrough"),
            p("stunt-rehearsal", "point.stunt-rehearsal"),
            p("stunt-clear-area", "point.stunt-clear-area"),
            p("stunt-medic", "point.stunt-medic"),
            p("stunt-questions", "point.stunt-questions"),
        ],
        required_role: Some(RequiredRole { code: "SB009", roles: STUNTS }),
        acknowledgement: t("hazard.stunts.acknowledgement"),
        attestation: Some(Attestation { roles: STUNTS, plan: t("hazard.stunts.plan"), text: t("hazard.stunts.text") }),
    },
    HazardInfo {
        kind: HazardKind::Pyrotechnics,
        name: t("hazard.pyrotechnics.name"),
        bulletins: &["#16"],
        standard_points: &[
            p("pyro-licensed", "point.pyro-licensed"),
            p("pyro-fire-suppression", "point.pyro-fire-suppression"),
            p("pyro-all-clear", "point.pyro-all-clear"),
            p("pyro-ppe", "point.pyro-ppe"),
        ],
        required_role: Some(RequiredRole { code: "SB010", roles: PYRO }),
        acknowledgement: t("hazard.pyrotechnics.acknowledgement"),
        attestation: Some(Attestation {
            roles: PYRO,
            plan: t("hazard.pyrotechnics.plan"),
            text: t("hazard.pyrotechnics.text"),
        }),
    },
    HazardInfo {
        kind: HazardKind::Smoke,
        name: t("hazard.smoke.name"),
        bulletins: &["#10"],
        standard_points: &[
            p("smoke-agent", "point.smoke-agent"),
            p("smoke-breathing", "point.smoke-breathing"),
            p("smoke-visibility", "point.smoke-visibility"),
        ],
        required_role: None,
        acknowledgement: t("hazard.smoke.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::OpenFlame,
        name: t("hazard.open_flame.name"),
        bulletins: &["#19", "#13"],
        standard_points: &[
            p("flame-extinguishers", "point.flame-extinguishers"),
            p("flame-fuel", "point.flame-fuel"),
            p("flame-wardrobe", "point.flame-wardrobe"),
        ],
        required_role: None,
        acknowledgement: t("hazard.open_flame.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Vehicles,
        name: t("hazard.vehicles.name"),
        bulletins: &["#8", "#8A", "#8B", "#8C", "#20"],
        standard_points: &[
            p("vehicle-riding", "point.vehicle-riding"),
            p("vehicle-speeds-route", "point.vehicle-speeds-route"),
            p("vehicle-track", "point.vehicle-track"),
            p("vehicle-power-lines", "point.vehicle-power-lines"),
        ],
        required_role: None,
        acknowledgement: t("hazard.vehicles.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Water,
        name: t("hazard.water.name"),
        bulletins: &["#17", "#7", "#15"],
        standard_points: &[
            p("water-pfd", "point.water-pfd"),
            p("water-safety-crew", "point.water-safety-crew"),
            p("water-footing", "point.water-footing"),
        ],
        required_role: Some(RequiredRole { code: "SB013", roles: WATER }),
        acknowledgement: t("hazard.water.acknowledgement"),
        attestation: Some(Attestation { roles: WATER, plan: t("hazard.water.plan"), text: t("hazard.water.text") }),
    },
    HazardInfo {
        kind: HazardKind::Aircraft,
        name: t("hazard.aircraft.name"),
        bulletins: &["#3", "#3A", "#11", "#11A"],
        standard_points: &[
            p("aircraft-pic-authority", "point.aircraft-pic-authority"),
            p("aircraft-approach", "point.aircraft-approach"),
            p("aircraft-comms", "point.aircraft-comms"),
        ],
        required_role: Some(RequiredRole { code: "SB011", roles: AIR }),
        acknowledgement: t("hazard.aircraft.acknowledgement"),
        attestation: Some(Attestation { roles: AIR, plan: t("hazard.aircraft.plan"), text: t("hazard.aircraft.text") }),
    },
    HazardInfo {
        kind: HazardKind::Drones,
        name: t("hazard.drones.name"),
        bulletins: &["#36"],
        standard_points: &[
            p("drone-flight-plan", "point.drone-flight-plan"),
            p("drone-observer", "point.drone-observer"),
            p("drone-safe-zone", "point.drone-safe-zone"),
        ],
        required_role: Some(RequiredRole { code: "SB011", roles: UAS }),
        acknowledgement: t("hazard.drones.acknowledgement"),
        attestation: Some(Attestation { roles: UAS, plan: t("hazard.drones.plan"), text: t("hazard.drones.text") }),
    },
    HazardInfo {
        kind: HazardKind::Animals,
        name: t("hazard.animals.name"),
        bulletins: &["#6", "#12"],
        standard_points: &[
            p("animals-handler", "point.animals-handler"),
            p("animals-quiet", "point.animals-quiet"),
            p("animals-approach", "point.animals-approach"),
        ],
        required_role: Some(RequiredRole { code: "SB012", roles: ANIMALS }),
        acknowledgement: t("hazard.animals.acknowledgement"),
        attestation: Some(Attestation {
            roles: ANIMALS,
            plan: t("hazard.animals.plan"),
            text: t("hazard.animals.text"),
        }),
    },
    HazardInfo {
        kind: HazardKind::EdgedWeapons,
        name: t("hazard.edged_weapons.name"),
        bulletins: &["#30"],
        standard_points: &[p("edged-blunted", "point.edged-blunted"), p("edged-supervised", "point.edged-supervised")],
        required_role: None,
        acknowledgement: t("hazard.edged_weapons.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Heights,
        name: t("hazard.heights.name"),
        bulletins: &[],
        standard_points: &[
            p("heights-fall-protection", "point.heights-fall-protection"),
            p("heights-exclusion", "point.heights-exclusion"),
        ],
        required_role: None,
        acknowledgement: t("hazard.heights.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Gimbals,
        name: t("hazard.gimbals.name"),
        bulletins: &[],
        standard_points: &[
            p("gimbal-responsible", "point.gimbal-responsible"),
            p("gimbal-exclusion", "point.gimbal-exclusion"),
        ],
        required_role: None,
        acknowledgement: t("hazard.gimbals.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Electrical,
        name: t("hazard.electrical.name"),
        bulletins: &[],
        standard_points: &[
            p("electric-dept-only", "point.electric-dept-only"),
            p("electric-wet", "point.electric-wet"),
        ],
        required_role: None,
        acknowledgement: t("hazard.electrical.acknowledgement"),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Weather,
        name: t("hazard.weather.name"),
        bulletins: &[],
        standard_points: &[
            p("weather-lightning", "point.weather-lightning"),
            p("weather-hydration", "point.weather-hydration"),
        ],
        required_role: None,
        acknowledgement: t("hazard.weather.acknowledgement"),
        attestation: None,
    },
];

impl HazardKind {
    pub const ALL: [Self; 15] = [
        Self::Firearms,
        Self::Stunts,
        Self::Pyrotechnics,
        Self::Smoke,
        Self::OpenFlame,
        Self::Vehicles,
        Self::Water,
        Self::Aircraft,
        Self::Drones,
        Self::Animals,
        Self::EdgedWeapons,
        Self::Heights,
        Self::Gimbals,
        Self::Electrical,
        Self::Weather,
    ];

    /// This hazard's row of the table.
    #[expect(clippy::indexing_slicing, reason = "the table has one row per kind, in order: checked at compile time")]
    pub fn info(self) -> &'static HazardInfo {
        &HAZARD_TABLE[self as usize]
    }

    /// The identifier written in briefing files.
    pub fn ident(self) -> &'static str {
        match self {
            Self::Firearms => "Firearms",
            Self::Stunts => "Stunts",
            Self::Pyrotechnics => "Pyrotechnics",
            Self::Smoke => "Smoke",
            Self::OpenFlame => "OpenFlame",
            Self::Vehicles => "Vehicles",
            Self::Water => "Water",
            Self::Aircraft => "Aircraft",
            Self::Drones => "Drones",
            Self::Animals => "Animals",
            Self::EdgedWeapons => "EdgedWeapons",
            Self::Heights => "Heights",
            Self::Gimbals => "Gimbals",
            Self::Electrical => "Electrical",
            Self::Weather => "Weather",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_one_row_per_kind_in_order() {
        assert_eq!(HAZARD_TABLE.len(), HazardKind::ALL.len());
        for (i, kind) in HazardKind::ALL.into_iter().enumerate() {
            assert_eq!(HAZARD_TABLE[i].kind, kind, "row {i}");
            assert_eq!(kind as usize, i);
        }
    }

    #[test]
    fn firearms_always_carry_the_no_live_ammunition_point_first() {
        let points = HazardKind::Firearms.info().standard_points;
        assert_eq!(points[0].id, NO_LIVE_AMMUNITION);
        assert!(points[0].text.en().contains("No live ammunition"));
    }

    #[test]
    fn point_ids_are_unique() {
        let mut ids: Vec<_> = HAZARD_TABLE.iter().flat_map(|h| h.standard_points).map(|p| p.id).collect();
        let before = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), before);
    }
}
