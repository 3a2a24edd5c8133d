//! The key roles a briefing names, and what the crew calls them.

use serde::{Deserialize, Serialize};

use super::text::StaticText;

/// A key safety role on the day. Crew members keep their free-text job titles in
/// the roster; these are the roles the safety rules and role sign-offs reason about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    FirstAd,
    SecondAd,
    SafetyRep,
    SetMedic,
    Armorer,
    PropertyMaster,
    StuntCoordinator,
    SfxCoordinator,
    Pyrotechnician,
    FireSafetyOfficer,
    AnimalHandler,
    MarineCoordinator,
    DiveSupervisor,
    WaterSafety,
    AerialCoordinator,
    PilotInCommand,
    DronePilot,
    VisualObserver,
    TransportCoordinator,
    KeyGrip,
    Gaffer,
    LocationManager,
    Director,
    ProductionManager,
}

impl Role {
    pub const ALL: [Self; 24] = [
        Self::FirstAd,
        Self::SecondAd,
        Self::SafetyRep,
        Self::SetMedic,
        Self::Armorer,
        Self::PropertyMaster,
        Self::StuntCoordinator,
        Self::SfxCoordinator,
        Self::Pyrotechnician,
        Self::FireSafetyOfficer,
        Self::AnimalHandler,
        Self::MarineCoordinator,
        Self::DiveSupervisor,
        Self::WaterSafety,
        Self::AerialCoordinator,
        Self::PilotInCommand,
        Self::DronePilot,
        Self::VisualObserver,
        Self::TransportCoordinator,
        Self::KeyGrip,
        Self::Gaffer,
        Self::LocationManager,
        Self::Director,
        Self::ProductionManager,
    ];

    /// What the crew calls the role, in each language.
    pub fn title(self) -> StaticText {
        let (en, es) = match self {
            Self::FirstAd => ("1st Assistant Director", "Primer asistente de dirección"),
            Self::SecondAd => ("2nd Assistant Director", "Segundo asistente de dirección"),
            Self::SafetyRep => ("Safety Representative", "Representante de seguridad"),
            Self::SetMedic => ("Set Medic", "Paramédico de set"),
            Self::Armorer => ("Armorer", "Armero"),
            Self::PropertyMaster => ("Property Master", "Jefe de utilería"),
            Self::StuntCoordinator => ("Stunt Coordinator", "Coordinador de dobles"),
            Self::SfxCoordinator => ("SFX Coordinator", "Coordinador de efectos especiales"),
            Self::Pyrotechnician => ("Licensed Pyrotechnician", "Pirotécnico con licencia"),
            Self::FireSafetyOfficer => ("Fire Safety Officer", "Oficial de seguridad contra incendios"),
            Self::AnimalHandler => ("Animal Handler", "Entrenador de animales"),
            Self::MarineCoordinator => ("Marine Coordinator", "Coordinador marítimo"),
            Self::DiveSupervisor => ("Dive Supervisor", "Supervisor de buceo"),
            Self::WaterSafety => ("Water Safety", "Seguridad acuática"),
            Self::AerialCoordinator => ("Aerial Coordinator", "Coordinador aéreo"),
            Self::PilotInCommand => ("Pilot in Command", "Piloto al mando"),
            Self::DronePilot => ("Drone Pilot in Command", "Piloto de dron al mando"),
            Self::VisualObserver => ("Drone Visual Observer", "Observador visual del dron"),
            Self::TransportCoordinator => ("Transportation Coordinator", "Coordinador de transporte"),
            Self::KeyGrip => ("Key Grip", "Jefe de maquinistas"),
            Self::Gaffer => ("Gaffer", "Jefe de eléctricos"),
            Self::LocationManager => ("Location Manager", "Gerente de locaciones"),
            Self::Director => ("Director", "Director"),
            Self::ProductionManager => ("Unit Production Manager", "Gerente de producción"),
        };
        StaticText { en, es }
    }

    /// The identifier written in briefing files.
    pub fn ident(self) -> &'static str {
        match self {
            Self::FirstAd => "FirstAd",
            Self::SecondAd => "SecondAd",
            Self::SafetyRep => "SafetyRep",
            Self::SetMedic => "SetMedic",
            Self::Armorer => "Armorer",
            Self::PropertyMaster => "PropertyMaster",
            Self::StuntCoordinator => "StuntCoordinator",
            Self::SfxCoordinator => "SfxCoordinator",
            Self::Pyrotechnician => "Pyrotechnician",
            Self::FireSafetyOfficer => "FireSafetyOfficer",
            Self::AnimalHandler => "AnimalHandler",
            Self::MarineCoordinator => "MarineCoordinator",
            Self::DiveSupervisor => "DiveSupervisor",
            Self::WaterSafety => "WaterSafety",
            Self::AerialCoordinator => "AerialCoordinator",
            Self::PilotInCommand => "PilotInCommand",
            Self::DronePilot => "DronePilot",
            Self::VisualObserver => "VisualObserver",
            Self::TransportCoordinator => "TransportCoordinator",
            Self::KeyGrip => "KeyGrip",
            Self::Gaffer => "Gaffer",
            Self::LocationManager => "LocationManager",
            Self::Director => "Director",
            Self::ProductionManager => "ProductionManager",
        }
    }
}
