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
    /// "CSATF Safety Bulletin #1, #2", or a pointer to the index where no number is confirmed.
    pub fn bulletin_reference(&self) -> String {
        if self.bulletins.is_empty() {
            "Bulletin: see the CSATF index".to_owned()
        } else {
            format!("CSATF Safety Bulletin {}", self.bulletins.join(", "))
        }
    }
}

const fn t(en: &'static str, es: &'static str) -> StaticText {
    StaticText { en, es }
}

const fn p(id: &'static str, en: &'static str, es: &'static str) -> StandardPoint {
    StandardPoint { id, text: t(en, es) }
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
        name: t("Firearms", "Armas de fuego"),
        bulletins: &["#1", "#2"],
        standard_points: &[
            p(
                NO_LIVE_AMMUNITION,
                "No live ammunition on set, on the lot or at the location. Ever.",
                "No se permite munición real en el set, en el estudio ni en la locación. Nunca.",
            ),
            p(
                "blanks-can-kill",
                "Blanks can kill. Treat every firearm as loaded.",
                "Los cartuchos de fogueo pueden matar. Trate toda arma como cargada.",
            ),
            p(
                "armorer-checks",
                "Only the armorer declares a weapon safe. It is checked and shown to the actor, the 1st AD and camera before every hand-off.",
                "Solo el armero declara un arma segura. Se revisa y se muestra al actor, al 1er AD y a cámara antes de cada entrega.",
            ),
            p(
                "never-point",
                "Never point a firearm at anyone. Finger off the trigger until the armorer says the shot is ready.",
                "Nunca apunte un arma a nadie. Dedo fuera del gatillo hasta que el armero diga que la toma está lista.",
            ),
            p(
                "return-to-armorer",
                "Weapons go back to the armorer after every take and are never left unattended.",
                "Las armas vuelven al armero después de cada toma y nunca se dejan sin vigilancia.",
            ),
            p(
                "no-impromptu",
                "No rehearsal or blocking with a weapon unless the armorer is there. A change of plan means a new briefing.",
                "No se ensaya con un arma sin el armero presente. Un cambio de plan significa una nueva reunión de seguridad.",
            ),
            p(
                "blank-fire-ppe",
                "Near blank fire: eye and ear protection, shields, and the stand-off distance the armorer sets.",
                "Cerca de disparos de fogueo: protección de ojos y oídos, escudos y la distancia que fije el armero.",
            ),
            p(
                "no-pressure",
                "Nobody is pressured to handle a firearm. Speak up if anything looks wrong.",
                "Nadie está obligado a manejar un arma. Hable si algo parece incorrecto.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB005", roles: ARMS }),
        acknowledgement: t(
            "No live ammunition is allowed on set; I will not handle a firearm unless the armorer hands it to me.",
            "No se permite munición real en el set; no manejaré un arma a menos que el armero me la entregue.",
        ),
        attestation: Some(Attestation {
            roles: ARMS,
            plan: t(
                "This morning's check: all firearms inspected, no live ammunition on set, dummies checked, inventory reconciled. Weapons stay under my control, and I check and show each one again at its scene's own briefing.",
                "Revisión de esta mañana: todas las armas inspeccionadas, sin munición real en el set, cartuchos falsos revisados, inventario conciliado. Las armas quedan bajo mi control y revisaré y mostraré cada una otra vez en la reunión de su escena.",
            ),
            text: t(
                "All firearms inspected, no live ammunition on set, dummies checked, inventory reconciled, weapons under my control between setups.",
                "Todas las armas inspeccionadas, sin munición real en el set, cartuchos falsos revisados, inventario conciliado, armas bajo mi control entre tomas.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Stunts,
        name: t("Stunts", "Escenas de riesgo"),
        bulletins: &["#4"],
        standard_points: &[
            p(
                "stunt-walkthrough",
                "The stunt coordinator walks everyone involved through the stunt step by step.",
                "El coordinador de dobles explica el stunt paso a paso a todos los involucrados.",
            ),
            p(
                "stunt-rehearsal",
                "Rehearse and dry-run before the take. Any change means a new briefing from the start.",
                "Se ensaya antes de la toma. Cualquier cambio significa una nueva reunión desde el principio.",
            ),
            p(
                "stunt-clear-area",
                "Non-essential people stay clear of the stunt area.",
                "El personal no esencial se mantiene fuera del área del stunt.",
            ),
            p(
                "stunt-medic",
                "The medic is in position and everyone knows the way to the hospital.",
                "El paramédico está en posición y todos conocen el camino al hospital.",
            ),
            p(
                "stunt-questions",
                "Every question is answered before we go.",
                "Se responden todas las preguntas antes de empezar.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB009", roles: STUNTS }),
        acknowledgement: t(
            "I heard the stunt walk-through, I know the abort signal, and I will stay clear unless I am part of it.",
            "Escuché la explicación del stunt, conozco la señal de aborto y me mantendré alejado si no participo.",
        ),
        attestation: Some(Attestation {
            roles: STUNTS,
            plan: t(
                "The stunt plan is reviewed. A step-by-step walk-through and rehearsal with everyone involved is scheduled before the scene; rigging, pads and the medic are checked at the scene's own briefing.",
                "El plan del stunt está revisado. Antes de la escena habrá un ensayo paso a paso con todos los involucrados; aparejos, colchonetas y paramédico se revisan en la reunión de la escena.",
            ),
            text: t(
                "The stunt was walked through and rehearsed with everyone involved; rigging and pads checked; medic in position.",
                "El stunt fue explicado y ensayado con todos los involucrados; aparejos y colchonetas revisados; paramédico en posición.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Pyrotechnics,
        name: t("Pyrotechnics", "Pirotecnia"),
        bulletins: &["#16"],
        standard_points: &[
            p(
                "pyro-licensed",
                "Only the licensed pyrotechnician handles, arms and fires effects. Permits are in place.",
                "Solo el pirotécnico con licencia maneja, arma y dispara los efectos. Los permisos están en regla.",
            ),
            p(
                "pyro-fire-suppression",
                "Fire suppression equipment and people stand by at every effect.",
                "Equipo y personal contra incendios listos en cada efecto.",
            ),
            p(
                "pyro-all-clear",
                "Nobody enters the effects area until the pyrotechnician calls all clear.",
                "Nadie entra al área de efectos hasta que el pirotécnico declare todo despejado.",
            ),
            p(
                "pyro-ppe",
                "Wear the PPE decided for this effect.",
                "Use el equipo de protección definido para este efecto.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB010", roles: PYRO }),
        acknowledgement: t(
            "I know where the effects are, I will stay outside the marked area and wait for the all clear.",
            "Sé dónde están los efectos, me quedaré fuera del área marcada y esperaré la señal de despejado.",
        ),
        attestation: Some(Attestation {
            roles: PYRO,
            plan: t(
                "Permits and licences in place. Charges are checked and secured, and fire suppression stands by, before the scene's own briefing.",
                "Permisos y licencias en regla. Las cargas se revisan y aseguran, y el equipo contra incendios queda listo, antes de la reunión de la escena.",
            ),
            text: t(
                "Permits and licences in place, charges checked and secured, fire suppression standing by.",
                "Permisos y licencias en regla, cargas revisadas y aseguradas, equipo contra incendios listo.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Smoke,
        name: t("Smoke and atmospherics", "Humo y atmósferas"),
        bulletins: &["#10"],
        standard_points: &[
            p(
                "smoke-agent",
                "SFX will name the agent used. Ventilate between takes.",
                "Efectos especiales dirá qué agente se usa. Ventilar entre tomas.",
            ),
            p(
                "smoke-breathing",
                "Asthma or trouble breathing: tell the medic or the 1st AD now.",
                "Asma o dificultad para respirar: avise ahora al paramédico o al 1er AD.",
            ),
            p(
                "smoke-visibility",
                "Visibility drops: move slowly and keep exits and walkways clear.",
                "La visibilidad baja: muévase despacio y mantenga libres salidas y pasillos.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I know an atmosphere is used and I will tell the medic if I have trouble breathing.",
            "Sé que se usa una atmósfera y avisaré al paramédico si tengo dificultad para respirar.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::OpenFlame,
        name: t("Open flame", "Fuego abierto"),
        bulletins: &["#19", "#13"],
        standard_points: &[
            p(
                "flame-extinguishers",
                "Extinguishers and the fire safety officer are at every flame.",
                "Hay extintores y un oficial de seguridad contra incendios en cada llama.",
            ),
            p(
                "flame-fuel",
                "Fuel is stored away from the set; only SFX refuels.",
                "El combustible se guarda lejos del set; solo efectos especiales recarga.",
            ),
            p(
                "flame-wardrobe",
                "Check wardrobe and hair for flammability near flame.",
                "Revise vestuario y cabello por riesgo de inflamarse cerca del fuego.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I know where the extinguishers are and will keep clear of open flame.",
            "Sé dónde están los extintores y me mantendré lejos del fuego abierto.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Vehicles,
        name: t("Vehicles and camera cars", "Vehículos y autos de cámara"),
        bulletins: &["#8", "#8A", "#8B", "#8C", "#20"],
        standard_points: &[
            p(
                "vehicle-riding",
                "Ride only in the assigned positions, secured. Equipment is rigged by grips.",
                "Viaje solo en las posiciones asignadas y asegurado. El equipo lo montan los maquinistas.",
            ),
            p(
                "vehicle-speeds-route",
                "Speeds, route and road closures are set before we roll and never changed on the fly.",
                "Velocidades, ruta y cierres de calle se fijan antes de rodar y no se cambian sobre la marcha.",
            ),
            p(
                "vehicle-track",
                "Never cross the picture vehicles' path while rolling. Stay behind the marked line.",
                "Nunca cruce el camino de los vehículos mientras se rueda. Quédese detrás de la línea marcada.",
            ),
            p(
                "vehicle-power-lines",
                "Camera cranes and booms keep their distance from power lines.",
                "Grúas y brazos de cámara mantienen su distancia de las líneas eléctricas.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I know the vehicle route and speeds, and I will stay out of the vehicles' path.",
            "Conozco la ruta y velocidades de los vehículos y me mantendré fuera de su camino.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Water,
        name: t("Water", "Agua"),
        bulletins: &["#17", "#7", "#15"],
        standard_points: &[
            p(
                "water-pfd",
                "Personal flotation devices on for everyone working on or near the water.",
                "Chaleco salvavidas para todos los que trabajan en o cerca del agua.",
            ),
            p(
                "water-safety-crew",
                "Water safety is in position; follow their calls.",
                "Seguridad acuática está en posición; siga sus indicaciones.",
            ),
            p(
                "water-footing",
                "Wet surfaces: proper footwear, no running.",
                "Superficies mojadas: calzado adecuado, no correr.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB013", roles: WATER }),
        acknowledgement: t(
            "I will wear a flotation device near the water and follow water safety's calls.",
            "Usaré chaleco salvavidas cerca del agua y seguiré las indicaciones de seguridad acuática.",
        ),
        attestation: Some(Attestation {
            roles: WATER,
            plan: t(
                "Water plan reviewed; rescue equipment and safety swimmers arranged, and checked in position at the scene's own briefing.",
                "Plan acuático revisado; equipo de rescate y nadadores de seguridad previstos, y revisados en posición en la reunión de la escena.",
            ),
            text: t(
                "Water conditions checked, rescue equipment and safety swimmers in position.",
                "Condiciones del agua revisadas, equipo de rescate y nadadores de seguridad en posición.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Aircraft,
        name: t("Aircraft", "Aeronaves"),
        bulletins: &["#3", "#3A", "#11", "#11A"],
        standard_points: &[
            p(
                "aircraft-pic-authority",
                "The pilot in command has final authority and may abort at any time.",
                "El piloto al mando tiene la autoridad final y puede abortar en cualquier momento.",
            ),
            p(
                "aircraft-approach",
                "Approach the aircraft only when the pilot or ground crew signals you.",
                "Acérquese a la aeronave solo cuando el piloto o el personal de tierra le indique.",
            ),
            p(
                "aircraft-comms",
                "Radio channel and visual abort signal are set before the flight.",
                "Canal de radio y señal visual de aborto se fijan antes del vuelo.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB011", roles: AIR }),
        acknowledgement: t(
            "I will approach aircraft only when signalled, and I know the abort signal.",
            "Me acercaré a la aeronave solo cuando me lo indiquen y conozco la señal de aborto.",
        ),
        attestation: Some(Attestation {
            roles: AIR,
            plan: t(
                "Flight plan, permits and operations manual in order; landing zones are checked clear at the scene's own briefing.",
                "Plan de vuelo, permisos y manual de operaciones en regla; las zonas de aterrizaje se revisan en la reunión de la escena.",
            ),
            text: t(
                "Flight plan briefed, permits and operations manual in order, landing zones clear.",
                "Plan de vuelo explicado, permisos y manual de operaciones en regla, zonas de aterrizaje despejadas.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Drones,
        name: t("Drones", "Drones"),
        bulletins: &["#36"],
        standard_points: &[
            p(
                "drone-flight-plan",
                "Flight plan, take-off, landing and emergency landing zones are marked.",
                "Plan de vuelo, zonas de despegue, aterrizaje y aterrizaje de emergencia marcadas.",
            ),
            p(
                "drone-observer",
                "A visual observer with no other duty watches the drone.",
                "Un observador visual sin otra tarea vigila el dron.",
            ),
            p(
                "drone-safe-zone",
                "Stay out of the flight area unless you are in the shot.",
                "Manténgase fuera del área de vuelo si no está en la toma.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB011", roles: UAS }),
        acknowledgement: t(
            "I know the drone flight area and will stay out of it unless I am in the shot.",
            "Conozco el área de vuelo del dron y me mantendré fuera si no estoy en la toma.",
        ),
        attestation: Some(Attestation {
            roles: UAS,
            plan: t(
                "Flight plan and permits in order, visual observer assigned; pre-flight checks are done at the scene's own briefing.",
                "Plan de vuelo y permisos en regla, observador asignado; la revisión previa al vuelo se hace en la reunión de la escena.",
            ),
            text: t(
                "Pre-flight checks done, flight area and landing zones clear, visual observer assigned.",
                "Revisión previa al vuelo hecha, área de vuelo y aterrizaje despejadas, observador asignado.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::Animals,
        name: t("Animals", "Animales"),
        bulletins: &["#6", "#12"],
        standard_points: &[
            p(
                "animals-handler",
                "The handler is in control of the animals at all times.",
                "El entrenador controla a los animales en todo momento.",
            ),
            p(
                "animals-quiet",
                "Quiet set around the animals; no sudden moves, no flash.",
                "Silencio cerca de los animales; sin movimientos bruscos ni flash.",
            ),
            p(
                "animals-approach",
                "Approach, feed or touch an animal only with the handler's permission.",
                "Acérquese, alimente o toque a un animal solo con permiso del entrenador.",
            ),
        ],
        required_role: Some(RequiredRole { code: "SB012", roles: ANIMALS }),
        acknowledgement: t(
            "I will not approach the animals without the handler's permission.",
            "No me acercaré a los animales sin permiso del entrenador.",
        ),
        attestation: Some(Attestation {
            roles: ANIMALS,
            plan: t(
                "Animals fit to work today, handlers assigned; a rehearsal with the action and any noise is scheduled before the scene.",
                "Animales aptos para trabajar hoy, entrenadores asignados; habrá un ensayo con la acción y el ruido antes de la escena.",
            ),
            text: t(
                "Animals fit to work, rehearsed with the action and any noise, handlers in position.",
                "Animales aptos para trabajar, ensayados con la acción y el ruido, entrenadores en posición.",
            ),
        }),
    },
    HazardInfo {
        kind: HazardKind::EdgedWeapons,
        name: t("Edged weapons", "Armas blancas"),
        bulletins: &["#30"],
        standard_points: &[
            p(
                "edged-blunted",
                "Blunted or soft props wherever possible; the property master keeps them.",
                "Utilería roma o blanda siempre que se pueda; la guarda el jefe de utilería.",
            ),
            p(
                "edged-supervised",
                "Used only as rehearsed and supervised. No horseplay.",
                "Se usan solo como se ensayó y con supervisión. Nada de juegos.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I will handle edged props only as rehearsed and return them to props.",
            "Manejaré la utilería con filo solo como se ensayó y la devolveré a utilería.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Heights,
        name: t("Heights and lifts", "Alturas y elevadores"),
        bulletins: &[],
        standard_points: &[
            p(
                "heights-fall-protection",
                "Fall protection on above the height your crew's rules set; lifts inspected and run by trained operators.",
                "Protección contra caídas según las reglas del equipo; elevadores inspeccionados y operados por personal capacitado.",
            ),
            p(
                "heights-exclusion",
                "Keep out of the zone under work at height. Tools are tethered.",
                "No entre en la zona bajo trabajos en altura. Herramientas amarradas.",
            ),
        ],
        required_role: None,
        acknowledgement: t("I will keep out from under work at height.", "No me pondré debajo de trabajos en altura."),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Gimbals,
        name: t("Gimbals", "Gimbals"),
        bulletins: &[],
        standard_points: &[
            p(
                "gimbal-responsible",
                "One named responsible person may stop the gimbal at any time.",
                "Una persona responsable designada puede detener el gimbal en cualquier momento.",
            ),
            p(
                "gimbal-exclusion",
                "Stay outside the marked zone while it moves; weight limits are posted.",
                "Quédese fuera de la zona marcada mientras se mueve; los límites de peso están indicados.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I will stay outside the gimbal zone while it moves.",
            "Me quedaré fuera de la zona del gimbal mientras se mueve.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Electrical,
        name: t("Electrical", "Electricidad"),
        bulletins: &[],
        standard_points: &[
            p(
                "electric-dept-only",
                "Only the electric department touches distribution and lamps.",
                "Solo el departamento eléctrico toca la distribución y las luminarias.",
            ),
            p(
                "electric-wet",
                "Wet conditions: ground-fault protection on every circuit, cables off the wet ground.",
                "Condiciones húmedas: protección diferencial en cada circuito, cables fuera del suelo mojado.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I will leave electrical distribution to the electric department.",
            "Dejaré la distribución eléctrica al departamento eléctrico.",
        ),
        attestation: None,
    },
    HazardInfo {
        kind: HazardKind::Weather,
        name: t("Weather", "Clima"),
        bulletins: &[],
        standard_points: &[
            p(
                "weather-lightning",
                "Thunder heard: everyone to shelter. We resume 30 minutes after the last thunder.",
                "Si se oye un trueno: todos a refugio. Se reanuda 30 minutos después del último trueno.",
            ),
            p(
                "weather-hydration",
                "Drink water, dress for the conditions, tell the medic if you feel unwell.",
                "Beba agua, vístase según el clima y avise al paramédico si se siente mal.",
            ),
        ],
        required_role: None,
        acknowledgement: t(
            "I know where shelter is and I will go there when told.",
            "Sé dónde está el refugio e iré allí cuando se indique.",
        ),
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
        assert!(points[0].text.en.contains("No live ammunition"));
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
