//! Large, valid briefing text for benchmarks and stress tests: a long day with many
//! scenes and a big crew, built from the same shapes the example days use.

use std::fmt::Write as _;

use super::hazard::HazardKind;

/// A briefing with `scenes` scenes (cycling through every hazard) and `crew` people,
/// bilingual throughout, that validates clean.
pub fn briefing_text(scenes: usize, crew: usize) -> String {
    let mut s = String::from(
        r#"Briefing(
    production: "Generated Epic",
    day: 40,
    date: "2026-06-01",
    location: (en: "Backlot and Stage 9", es: "Exteriores y Estudio 9"),
    crew_call: "06:00",
    utc_offset: "-06:00",
    languages: [en, es],
    contacts: [
"#,
    );
    let key = [
        ("FirstAd", "Ada First"),
        ("SafetyRep", "Sam Safe"),
        ("SetMedic", "Mel Medic"),
        ("Armorer", "Arlo Armorer"),
        ("StuntCoordinator", "Stu Stunts"),
        ("Pyrotechnician", "Pia Pyro"),
        ("PilotInCommand", "Pat Pilot"),
        ("DronePilot", "Dru Drone"),
        ("AnimalHandler", "Hana Handler"),
        ("WaterSafety", "Wade Water"),
    ];
    for (role, name) in key {
        writeln!(s, "        (role: {role}, name: \"{name}\", phone: \"+1 505 555 0100\"),").ok();
    }
    s.push_str(
        r#"    ],
    emergency: (
        hospital: (name: "Regional Medical Center", address: "1 Hospital Way", phone: "+1 505 555 0911"),
        emergency_number: "911",
        muster_point: (en: "North car park", es: "Estacionamiento norte"),
        first_aid: (en: "Medic tent", es: "Carpa médica"),
        extinguishers: (en: "Every stage door", es: "Cada puerta del estudio"),
        report_injury: (en: "Tell the 1st AD", es: "Avise al 1er AD"),
        hotline: "+1 800 555 0199",
    ),
    crew: [
"#,
    );
    for (role, name) in key {
        writeln!(s, "        (name: \"{name}\", department: \"Key\", role: \"{role}\"),").ok();
    }
    for i in 0..crew.saturating_sub(key.len()) {
        writeln!(
            s,
            "        (name: \"Crew Member {i:03} Núñez\", department: \"Department {}\", role: \"Role {}\"),",
            i % 12,
            i % 7
        )
        .ok();
    }
    s.push_str("    ],\n    scenes: [\n");
    for i in 0..scenes {
        let kinds = HazardKind::ALL.len();
        let hazard = |n: usize| {
            match HazardKind::ALL.get(n % kinds) {
            // Firearms as a ready briefing states them: weapons, loads, who handles them.
            Some(HazardKind::Firearms) => r#"Firearms(weapons: [(en: "1x Colt SAA .45 (blank-adapted)", es: "1x Colt SAA .45 (adaptado para salvas)")], loads: [Blanks], handlers: ["Arlo Armorer"])"#.to_owned(),
            kind => format!("{}()", kind.map_or("Weather", |k| k.ident())),
        }
        };
        let a = hazard(i);
        // A second, different hazard: offset by 1 to 14 places, never the same kind.
        let b = hazard(i + 1 + (i * 7) % (kinds - 1));
        write!(
            s,
            r#"        (
            number: "{n}{suffix}",
            int_ext: Ext,
            set: "LOCATION {i} - DAY",
            description: (en: "Scene {i}: the action as planned, with every department in place.", es: "Escena {i}: la acción según lo planeado, con cada departamento en su lugar."),
            hazards: [{a}, {b}],
            points: [
                (en: "Specific point one for scene {i}: keep to your marks.", es: "Punto uno de la escena {i}: respete sus marcas."),
                (en: "Specific point two for scene {i}: radios on channel 1.", es: "Punto dos de la escena {i}: radios en el canal 1."),
            ],
            ppe: [(en: "Eye and ear protection", es: "Protección de ojos y oídos")],
            exclusion_zones: [(en: "Behind the red tape", es: "Detrás de la cinta roja")],
            responsible: ["Ada First"],
            abort_signal: (en: "Anyone calls CUT", es: "Cualquiera grita CORTE"),
            notes: "Presenter note for scene {i}.",
        ),
"#,
            n = i / 3 + 1,
            suffix = ["", "A", "B"].get(i % 3).copied().unwrap_or_default(),
        ).ok();
    }
    s.push_str("    ],\n)\n");
    s
}
