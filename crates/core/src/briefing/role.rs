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
        let key = match self {
            Self::FirstAd => "role.first_ad",
            Self::SecondAd => "role.second_ad",
            Self::SafetyRep => "role.safety_rep",
            Self::SetMedic => "role.set_medic",
            Self::Armorer => "role.armorer",
            Self::PropertyMaster => "role.property_master",
            Self::StuntCoordinator => "role.stunt_coordinator",
            Self::SfxCoordinator => "role.sfx_coordinator",
            Self::Pyrotechnician => "role.pyrotechnician",
            Self::FireSafetyOfficer => "role.fire_safety_officer",
            Self::AnimalHandler => "role.animal_handler",
            Self::MarineCoordinator => "role.marine_coordinator",
            Self::DiveSupervisor => "role.dive_supervisor",
            Self::WaterSafety => "role.water_safety",
            Self::AerialCoordinator => "role.aerial_coordinator",
            Self::PilotInCommand => "role.pilot_in_command",
            Self::DronePilot => "role.drone_pilot",
            Self::VisualObserver => "role.visual_observer",
            Self::TransportCoordinator => "role.transport_coordinator",
            Self::KeyGrip => "role.key_grip",
            Self::Gaffer => "role.gaffer",
            Self::LocationManager => "role.location_manager",
            Self::Director => "role.director",
            Self::ProductionManager => "role.production_manager",
        };
        StaticText::new(key)
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
