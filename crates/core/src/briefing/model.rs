//! What a briefing is: the types a briefing file (RON) is read into.
//!
//! Fields the safety rules check (hospital, muster point, medic...) are optional
//! here on purpose: a missing one is reported by its rule, with a code and a help
//! line that explains why it matters, instead of as a bare parse error.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::hazard::{HazardInfo, HazardKind};
use super::role::Role;
use super::text::{Lang, StaticText, Text};

/// One shooting day's briefing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub production: String,
    /// Shooting day number ("Day 12 of 40").
    pub day: u32,
    pub date: jiff::civil::Date,
    pub location: Text,
    pub crew_call: jiff::civil::Time,
    /// The local offset from UTC on that day, e.g. "-06:00" for New Mexico in summer.
    pub utc_offset: UtcOffset,
    /// The languages the crew reads, first is the briefing's own. Defaults to English.
    #[serde(default = "default_languages")]
    pub languages: Vec<Lang>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub emergency: Emergency,
    #[serde(default)]
    pub crew: Vec<CrewMember>,
    #[serde(default)]
    pub incidents: Vec<Incident>,
    #[serde(default)]
    pub scenes: Vec<Scene>,
}

fn default_languages() -> Vec<Lang> {
    vec![Lang::En]
}

/// A key person for the day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub role: Role,
    pub name: String,
    #[serde(default)]
    pub phone: String,
}

/// What everyone must know if something goes wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    #[serde(default)]
    pub hospital: Option<Hospital>,
    /// The number to call, "911" in the US.
    #[serde(default)]
    pub emergency_number: String,
    #[serde(default)]
    pub muster_point: Option<Text>,
    #[serde(default)]
    pub first_aid: Option<Text>,
    #[serde(default)]
    pub extinguishers: Option<Text>,
    #[serde(default)]
    pub exits: Option<Text>,
    /// How to report an injury or a concern.
    #[serde(default)]
    pub report_injury: Option<Text>,
    /// An anonymous safety hotline, if the production has one.
    #[serde(default)]
    pub hotline: Option<Text>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hospital {
    pub name: String,
    pub address: String,
    pub phone: String,
    /// How far, or how long a drive, e.g. "22 min by road".
    #[serde(default)]
    pub distance: Option<Text>,
}

/// Someone expected to sign the attendance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrewMember {
    pub name: String,
    pub department: String,
    pub role: String,
    #[serde(default)]
    pub phone: Option<String>,
}

/// An incident or near-miss from an earlier day, carried into every briefing until closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub date: jiff::civil::Date,
    pub what: Text,
    /// What was done about it; absent while the incident is open.
    #[serde(default)]
    pub corrective_action: Option<Text>,
}

/// Interior, exterior, or both, as a scene heading writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IntExt {
    Int,
    Ext,
    IntExt,
}

impl IntExt {
    pub fn label(self) -> &'static str {
        match self {
            Self::Int => "INT.",
            Self::Ext => "EXT.",
            Self::IntExt => "INT./EXT.",
        }
    }
}

/// One scene in shooting order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scene {
    /// As films write it: "42", "42A", "101pt".
    pub number: String,
    pub int_ext: IntExt,
    /// The set, e.g. "MAIN STREET - DAY".
    pub set: String,
    /// What happens in the scene, in a sentence or two.
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub hazards: Vec<Hazard>,
    /// The scene's own points, beyond the standard ones the hazard table adds.
    #[serde(default)]
    pub points: Vec<Text>,
    #[serde(default)]
    pub ppe: Vec<Text>,
    #[serde(default)]
    pub exclusion_zones: Vec<Text>,
    /// Names of the people responsible for the scene's safety.
    #[serde(default)]
    pub responsible: Vec<String>,
    #[serde(default)]
    pub abort_signal: Option<Text>,
    /// For the 1st AD's eyes only: shown in the presenter view, never to the crew.
    #[serde(default)]
    pub notes: Option<String>,
}

impl Scene {
    pub fn hazard_kinds(&self) -> impl Iterator<Item = HazardKind> + '_ {
        self.hazards.iter().map(Hazard::kind)
    }

    pub fn has(&self, kind: HazardKind) -> bool {
        self.hazard_kinds().any(|k| k == kind)
    }

    /// "EXT. MAIN STREET - DAY"
    pub fn heading(&self) -> String {
        format!("{} {}", self.int_ext.label(), self.set)
    }
}

/// What a firearm is loaded with in the scene.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Load {
    Blanks,
    Dummies,
    NonFiring,
}

impl Load {
    pub fn label(self) -> StaticText {
        match self {
            Self::Blanks => StaticText::new("load.blanks"),
            Self::Dummies => StaticText::new("load.dummies"),
            Self::NonFiring => StaticText::new("load.non_firing"),
        }
    }
}

/// The labels of hazard detail lines.
mod words {
    use super::StaticText;

    pub const WEAPONS: StaticText = StaticText::new("detail.weapons");
    pub const LOADS: StaticText = StaticText::new("detail.loads");
    pub const HANDLED_BY: StaticText = StaticText::new("detail.handled_by");
    pub const PERFORMERS: StaticText = StaticText::new("detail.performers");
    pub const AGENT: StaticText = StaticText::new("detail.agent");
    pub const TOP_SPEED: StaticText = StaticText::new("detail.top_speed");
    pub const CAMERA_CAR: StaticText = StaticText::new("detail.camera_car");
    pub const ANIMALS: StaticText = StaticText::new("detail.animals");
    pub const PROPS: StaticText = StaticText::new("detail.props");
}

/// A hazard present in a scene, with the details the briefing needs for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Hazard {
    Firearms {
        /// Which weapons, e.g. "2x Colt SAA .45 (blank-adapted)".
        #[serde(default)]
        weapons: Vec<Text>,
        #[serde(default)]
        loads: Vec<Load>,
        /// Who handles them in the scene.
        #[serde(default)]
        handlers: Vec<String>,
    },
    Stunts {
        #[serde(default)]
        details: Option<Text>,
        #[serde(default)]
        performers: Vec<String>,
    },
    Pyrotechnics {
        #[serde(default)]
        details: Option<Text>,
    },
    Smoke {
        /// The agent used, e.g. "glycol fog", "mineral oil haze".
        #[serde(default)]
        agent: Option<Text>,
    },
    OpenFlame {
        #[serde(default)]
        details: Option<Text>,
    },
    Vehicles {
        #[serde(default)]
        details: Option<Text>,
        #[serde(default)]
        max_speed_mph: Option<u32>,
        #[serde(default)]
        camera_car: bool,
    },
    Water {
        #[serde(default)]
        details: Option<Text>,
    },
    Aircraft {
        #[serde(default)]
        details: Option<Text>,
    },
    Drones {
        #[serde(default)]
        details: Option<Text>,
    },
    Animals {
        /// e.g. "6 horses".
        #[serde(default)]
        species: Vec<Text>,
    },
    EdgedWeapons {
        #[serde(default)]
        props: Vec<Text>,
    },
    Heights {
        #[serde(default)]
        details: Option<Text>,
    },
    Gimbals {
        #[serde(default)]
        details: Option<Text>,
    },
    Electrical {
        #[serde(default)]
        details: Option<Text>,
    },
    Weather {
        #[serde(default)]
        details: Option<Text>,
    },
}

impl Hazard {
    pub fn kind(&self) -> HazardKind {
        match self {
            Self::Firearms { .. } => HazardKind::Firearms,
            Self::Stunts { .. } => HazardKind::Stunts,
            Self::Pyrotechnics { .. } => HazardKind::Pyrotechnics,
            Self::Smoke { .. } => HazardKind::Smoke,
            Self::OpenFlame { .. } => HazardKind::OpenFlame,
            Self::Vehicles { .. } => HazardKind::Vehicles,
            Self::Water { .. } => HazardKind::Water,
            Self::Aircraft { .. } => HazardKind::Aircraft,
            Self::Drones { .. } => HazardKind::Drones,
            Self::Animals { .. } => HazardKind::Animals,
            Self::EdgedWeapons { .. } => HazardKind::EdgedWeapons,
            Self::Heights { .. } => HazardKind::Heights,
            Self::Gimbals { .. } => HazardKind::Gimbals,
            Self::Electrical { .. } => HazardKind::Electrical,
            Self::Weather { .. } => HazardKind::Weather,
        }
    }

    pub fn info(&self) -> &'static HazardInfo {
        self.kind().info()
    }

    /// The details the 1st AD gave, as short lines in every language (the labels are
    /// translated, things in the language the file gives them, names as written), for
    /// slides and the record.
    pub fn detail_lines(&self) -> Vec<Text> {
        let names = |label: StaticText, items: &[String]| {
            (!items.is_empty()).then(|| Text::each(|lang| label.fill_in(lang, &items.join(", "))))
        };
        let things = |label: StaticText, items: &[Text]| {
            (!items.is_empty()).then(|| {
                Text::each(|lang| {
                    let said: Vec<&str> = items.iter().map(|t| t.best(lang)).collect();
                    label.fill_in(lang, &said.join(", "))
                })
            })
        };
        match self {
            Self::Firearms { weapons, loads, handlers } => {
                let loads = (!loads.is_empty()).then(|| {
                    Text::each(|lang| {
                        let named: Vec<&str> = loads.iter().map(|l| l.label().get(lang)).collect();
                        words::LOADS.fill_in(lang, &named.join(", "))
                    })
                });
                [things(words::WEAPONS, weapons), loads, names(words::HANDLED_BY, handlers)]
                    .into_iter()
                    .flatten()
                    .collect()
            }
            Self::Stunts { performers, .. } => names(words::PERFORMERS, performers).into_iter().collect(),
            Self::Smoke { agent } => {
                agent.iter().map(|a| Text::each(|lang| words::AGENT.fill_in(lang, a.best(lang)))).collect()
            }
            Self::Vehicles { max_speed_mph, camera_car, .. } => {
                let mut lines = Vec::new();
                if let Some(mph) = max_speed_mph {
                    lines.push(Text::each(|lang| words::TOP_SPEED.fill_in(lang, &format!("{mph} mph"))));
                }
                if *camera_car {
                    lines.push(words::CAMERA_CAR.into());
                }
                lines
            }
            Self::Animals { species } => things(words::ANIMALS, species).into_iter().collect(),
            Self::EdgedWeapons { props } => things(words::PROPS, props).into_iter().collect(),
            _ => Vec::new(),
        }
    }

    /// Free-text details in the crew's languages, where the variant has them.
    pub fn details(&self) -> Option<&Text> {
        match self {
            Self::Stunts { details, .. }
            | Self::Pyrotechnics { details }
            | Self::OpenFlame { details }
            | Self::Vehicles { details, .. }
            | Self::Water { details }
            | Self::Aircraft { details }
            | Self::Drones { details }
            | Self::Heights { details }
            | Self::Gimbals { details }
            | Self::Electrical { details }
            | Self::Weather { details } => details.as_ref(),
            Self::Firearms { .. } | Self::Smoke { .. } | Self::Animals { .. } | Self::EdgedWeapons { .. } => None,
        }
    }
}

/// An offset from UTC such as "-06:00" or "+01:00".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub struct UtcOffset {
    minutes: i32,
}

impl UtcOffset {
    pub const UTC: Self = Self { minutes: 0 };

    pub fn minutes(self) -> i32 {
        self.minutes
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("invalid UTC offset `{s}`: write it as +HH:MM or -HH:MM, e.g. \"-06:00\"");
        let (sign, rest) = match s.as_bytes().first() {
            Some(b'+') => (1, &s[1..]),
            Some(b'-') => (-1, &s[1..]),
            _ => return Err(bad()),
        };
        let (h, m) = rest.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let (Ok(h), Ok(m)) = (h.parse::<i32>(), m.parse::<i32>()) else { return Err(bad()) };
        if h > 14 || m > 59 {
            return Err(bad());
        }
        Ok(Self { minutes: sign * (h * 60 + m) })
    }
}

impl fmt::Display for UtcOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let abs = self.minutes.abs();
        write!(f, "{sign}{:02}:{:02}", abs / 60, abs % 60)
    }
}

impl From<UtcOffset> for String {
    fn from(o: UtcOffset) -> Self {
        o.to_string()
    }
}

impl<'de> Deserialize<'de> for UtcOffset {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Briefing {
    /// Everyone named for `role` that day.
    pub fn people_in(&self, role: Role) -> impl Iterator<Item = &Contact> + '_ {
        self.contacts.iter().filter(move |c| c.role == role)
    }

    /// The first person named for `role`.
    pub fn contact(&self, role: Role) -> Option<&Contact> {
        self.people_in(role).next()
    }

    /// The roles a person holds that day, by name.
    pub fn roles_of(&self, name: &str) -> Vec<Role> {
        self.contacts.iter().filter(|c| crate::names::same_person(&c.name, name)).map(|c| c.role).collect()
    }

    /// The hazards present anywhere in the day, each once, in table order.
    pub fn hazard_kinds(&self) -> Vec<HazardKind> {
        let mut kinds: Vec<HazardKind> = self.scenes.iter().flat_map(Scene::hazard_kinds).collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds
    }

    pub fn scene(&self, number: &str) -> Option<&Scene> {
        self.scenes.iter().find(|s| s.number == number)
    }
}
