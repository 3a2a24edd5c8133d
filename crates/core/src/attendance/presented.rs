//! What a session presented, word for word, recorded in the journal when it starts.
//!
//! The briefing file says what the 1st AD wrote; the words the program adds (each
//! hazard's standard points and details, the acknowledgements, the key roles'
//! attestations) come from the hazard table compiled into the setbrief that ran the
//! session. A later setbrief, or a briefing edited between two sessions, must not
//! change what a report says was presented: so those words are kept with the session,
//! with the version (SHA-256) of the hazard table they came from.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::acknowledgements;
use super::session_kind::SessionKind;
use crate::briefing::hazard::{HAZARD_TABLE, NO_LIVE_AMMUNITION};
use crate::briefing::{Briefing, HazardKind, Lang, Role, Text};

/// The words a session put in front of the crew and the key roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presented {
    /// SHA-256 of the hazard table the words came from (see [`hazard_table_version`]).
    pub hazard_table: String,
    /// The program that presented them, e.g. "setbrief 0.1.0".
    pub program: String,
    /// The briefing's languages, as presented.
    pub languages: Vec<Lang>,
    pub scenes: Vec<PresentedScene>,
    /// What each crew member confirms, in every language they could choose.
    pub acknowledgements: Vec<Lines>,
    /// What each key role attests for each scene that asks it.
    pub attestations: Vec<PresentedAttestation>,
}

/// Lines in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lines {
    pub lang: Lang,
    pub lines: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentedScene {
    pub number: String,
    pub hazards: Vec<PresentedHazard>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentedHazard {
    pub kind: HazardKind,
    pub name: Text,
    /// "CSATF Safety Bulletin #1, #2"
    pub reference: String,
    /// The details the 1st AD gave ("Loads: blanks"), in every language.
    pub details: Vec<Text>,
    pub points: Vec<PresentedPoint>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentedPoint {
    pub id: String,
    pub text: Text,
    /// A life-safety line (no live ammunition), shown as such.
    pub danger: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentedAttestation {
    pub scene: String,
    pub hazard: HazardKind,
    /// Any one of these roles may give it.
    pub roles: Vec<Role>,
    pub text: Text,
}

impl Presented {
    /// The words a session of `kind` covering `scenes`, held on `held_on`, presents,
    /// from this program's hazard table.
    pub fn for_session(
        briefing: &Briefing,
        session_kind: SessionKind,
        scenes: &[String],
        held_on: jiff::civil::Date,
    ) -> Self {
        let covered = briefing.scenes.iter().filter(|s| scenes.contains(&s.number));
        let scenes: Vec<PresentedScene> = covered
            .map(|scene| PresentedScene {
                number: scene.number.clone(),
                hazards: scene
                    .hazards
                    .iter()
                    .map(|hazard| {
                        let info = hazard.info();
                        PresentedHazard {
                            kind: info.kind,
                            name: info.name.into(),
                            reference: info.bulletin_reference(),
                            details: hazard.detail_lines(),
                            points: info
                                .standard_points
                                .iter()
                                .map(|p| PresentedPoint {
                                    id: p.id.to_owned(),
                                    text: p.text.into(),
                                    danger: p.id == NO_LIVE_AMMUNITION,
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect();
        let attestations = scenes
            .iter()
            .flat_map(|scene| {
                let mut kinds: Vec<HazardKind> = scene.hazards.iter().map(|h| h.kind).collect();
                kinds.dedup();
                kinds.into_iter().filter_map(|kind| {
                    kind.info().attestation.map(|a| PresentedAttestation {
                        scene: scene.number.clone(),
                        hazard: kind,
                        roles: a.roles.to_vec(),
                        text: a.words(session_kind.is_at_the_scene()).into(),
                    })
                })
            })
            .collect();
        let numbers: Vec<String> = scenes.iter().map(|s| s.number.clone()).collect();
        Self {
            hazard_table: hazard_table_version().to_owned(),
            program: format!("setbrief {}", env!("CARGO_PKG_VERSION")),
            languages: briefing.languages.clone(),
            acknowledgements: Lang::ALL
                .iter()
                .map(|&lang| Lines { lang, lines: acknowledgements::for_session_on(briefing, &numbers, held_on, lang) })
                .collect(),
            scenes,
            attestations,
        }
    }

    pub fn scene(&self, number: &str) -> Option<&PresentedScene> {
        self.scenes.iter().find(|s| s.number == number)
    }

    /// What `role` attests for scene `number` in this session.
    pub fn attestation(&self, number: &str, role: Role) -> Option<&PresentedAttestation> {
        self.attestations.iter().find(|a| a.scene == number && a.roles.contains(&role))
    }
}

/// SHA-256 of the hazard table compiled into this program.
///
/// It covers every kind's name, bulletins, standard points, acknowledgement and
/// attestation, in every language: two versions of setbrief that present the same
/// words give the same hash.
pub fn hazard_table_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let every =
            |words: crate::briefing::text::StaticText| -> String { Lang::ALL.map(|lang| words.get(lang)).join("\n") };
        let mut text = String::new();
        for row in HAZARD_TABLE {
            text.push_str(&format!("{}\n{}\n", row.kind.ident(), every(row.name)));
            text.push_str(&row.bulletins.join(","));
            text.push('\n');
            for p in row.standard_points {
                text.push_str(&format!("{}\n{}\n", p.id, every(p.text)));
            }
            text.push_str(&format!("{}\n", every(row.acknowledgement)));
            if let Some(a) = row.attestation {
                let roles: Vec<&str> = a.roles.iter().map(|r| r.ident()).collect();
                text.push_str(&format!("{}\n{}\n", roles.join(","), every(a.plan)));
                text.push_str(&format!("{}\n", every(a.text)));
            }
        }
        crate::digest::sha256_hex(text.as_bytes())
    })
}
