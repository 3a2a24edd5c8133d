//! Role sign-offs: which key person attests what for a hazardous scene (the armorer
//! for firearms, the stunt coordinator for stunts...), and that nobody else can.

use crate::briefing::hazard::Attestation;
use crate::briefing::{Briefing, HazardKind, Lang, Role};
use crate::names::same_person;

use super::day::{Day, DayError};
use super::event::{Event, OnBehalf, SessionKind, Signature};

#[derive(Clone, Debug)]
pub struct RoleSignOffRequest {
    pub session: u64,
    pub scene: String,
    pub role: Role,
    pub name: String,
    pub signature: Signature,
    pub on_behalf: Option<OnBehalf>,
    /// The language the signer reads the attestation in.
    pub language: Lang,
}

/// What `role` attests for scene `number`, if one of its hazards asks that role.
pub fn attestation_for(briefing: &Briefing, number: &str, role: Role) -> Option<Attestation> {
    briefing
        .scene(number)
        .into_iter()
        .flat_map(|s| s.hazard_kinds())
        .filter_map(|k| k.info().attestation)
        .find(|a| a.roles.contains(&role))
}

/// The words `role` attests for scene `number` in a session of `kind`, in `lang`.
pub fn attestation_words(
    briefing: &Briefing,
    kind: SessionKind,
    number: &str,
    role: Role,
    lang: Lang,
) -> Option<String> {
    attestation_for(briefing, number, role).map(|a| a.words(kind.is_at_the_scene()).get(lang).to_owned())
}

/// A sign-off a scene still needs: the hazard, the role asked for it (one that
/// somebody holds that day, where one does), and who holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingSignOff {
    pub hazard: HazardKind,
    pub role: Role,
    pub holders: Vec<String>,
}

impl Day {
    /// Who may give a sign-off as `role`: the people named for it in the briefing.
    pub fn holders_of(&self, role: Role) -> Vec<String> {
        self.briefing.people_in(role).map(|c| c.name.clone()).collect()
    }

    pub fn role_sign_off(&mut self, req: RoleSignOffRequest) -> Result<u64, DayError> {
        self.open_session(req.session)?;
        if !self.holders_of(req.role).iter().any(|n| same_person(n, &req.name)) {
            return Err(DayError::NotAuthorised { name: req.name, role: req.role });
        }
        let nothing = || DayError::NothingToAttest { scene: req.scene.clone(), role: req.role };
        let words = self.attestation_in(req.session, &req.scene, req.role, req.language).ok_or_else(nothing)?;
        req.signature.check()?;
        let record = self.record(Event::RoleSignOff {
            session: req.session,
            scene: req.scene,
            role: req.role,
            name: req.name,
            attestation: words,
            signature: req.signature,
            on_behalf: req.on_behalf,
            language: Some(req.language),
        })?;
        Ok(record.seq)
    }

    /// A handler's own acknowledgement, in `language`, that the armorer checked and
    /// showed them the weapon: only a performer named to handle a firearm in the scene
    /// can give it, and only for themselves.
    pub fn weapon_shown(
        &mut self,
        session: u64,
        scene: &str,
        handler: &str,
        language: Lang,
        signature: Signature,
    ) -> Result<u64, DayError> {
        self.open_session(session)?;
        let named = self.briefing.scene(scene).is_some_and(|s| {
            s.hazards.iter().any(|h| match h {
                crate::briefing::Hazard::Firearms { handlers, .. } => handlers.iter().any(|n| same_person(n, handler)),
                _ => false,
            })
        });
        if !named {
            return Err(DayError::NotAHandler { name: handler.to_owned(), scene: scene.to_owned() });
        }
        signature.check()?;
        let record = self.record(Event::WeaponShown {
            session,
            scene: scene.to_owned(),
            handler: handler.trim().to_owned(),
            language,
            statement: super::words::WEAPON_SHOWN.get(language).to_owned(),
            signature,
        })?;
        Ok(record.seq)
    }

    /// The words `role` attests for scene `number` in `session`: those the session
    /// presented, where it kept them; else this program's, for the session's kind.
    pub fn attestation(&self, session: u64, number: &str, role: Role) -> Option<String> {
        self.attestation_in(session, number, role, Lang::En)
    }

    /// [`Self::attestation`] in `lang`, as the signer reads it.
    pub fn attestation_in(&self, session: u64, number: &str, role: Role, lang: Lang) -> Option<String> {
        let session = self.state.session(session);
        if let Some(p) = session.and_then(|s| s.presented.as_ref()) {
            return p.attestation(number, role).map(|a| a.text.best(lang).to_owned());
        }
        let kind = session.map_or(SessionKind::Scene, |s| s.kind);
        attestation_words(&self.briefing, kind, number, role, lang)
    }

    /// The sign-offs scene `number` still needs in `session`, each with who can give it.
    pub fn pending_sign_offs(&self, session: u64, number: &str) -> Vec<PendingSignOff> {
        self.state
            .missing_role_sign_offs(&self.briefing, session, number)
            .into_iter()
            .filter_map(|(hazard, roles)| {
                let held = roles.iter().copied().find(|r| !self.holders_of(*r).is_empty());
                let role = held.or_else(|| roles.first().copied())?;
                Some(PendingSignOff { hazard, role, holders: self.holders_of(role) })
            })
            .collect()
    }
}
