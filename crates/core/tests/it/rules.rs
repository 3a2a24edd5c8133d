//! Every safety rule: a fixture that triggers it, and the clean base that does not.

use setbrief_core::briefing::Severity;
use setbrief_core::briefing::rules::RULES;
use setbrief_testkit::{codes, edit, minimal, parse};

const ARMORER: &str = r#"(role: Armorer, name: "Arlo Armorer", phone: "555 0004"),"#;
const ARMORER_CREW: &str = r#"(name: "Arlo Armorer", department: "Props", role: "Armorer"),"#;

fn with_contact(text: &str, contact: &str) -> String {
    edit(text, "    contacts: [\n", &format!("    contacts: [\n        {contact}\n"))
}

fn with_crew(text: &str, member: &str) -> String {
    edit(text, "    crew: [\n", &format!("    crew: [\n        {member}\n"))
}

fn with_hazards(text: &str, hazards: &str) -> String {
    edit(
        text,
        r#"points: ["Cables under mats."],"#,
        &format!(
            "points: [\"Cables under mats.\"],\n            hazards: [{hazards}],\n            abort_signal: \"CUT\","
        ),
    )
}

/// (rule code, a fixture that must trigger it)
#[expect(clippy::too_many_lines, reason = "a table: one fixture per rule")]
fn triggers() -> Vec<(&'static str, String)> {
    let m = minimal();
    let armed = with_crew(&with_contact(&m, ARMORER), ARMORER_CREW);
    vec![
        ("SB001", edit(&m, r#"hospital: (name: "General Hospital", address: "1 Main St", phone: "555 0911"),"#, "")),
        ("SB001", edit(&m, r#"phone: "555 0911""#, r#"phone: """#)),
        ("SB002", edit(&m, r#"emergency_number: "911","#, "")),
        ("SB003", edit(&m, r#"muster_point: "Car park","#, "")),
        ("SB004", edit(&m, r#"(role: SetMedic, name: "Mel Medic", phone: "555 0003"),"#, "")),
        ("SB005", with_hazards(&m, "Firearms(loads: [Blanks])")),
        (
            "SB007",
            with_hazards(&with_contact(&armed, r#"(role: SecondAd, name: "Arlo Armorer", phone: "1"),"#), "Firearms()"),
        ),
        (
            "SB007",
            with_hazards(
                &with_crew(
                    &with_contact(&m, ARMORER),
                    r#"(name: "Arlo Armorer", department: "Props", role: "Props Assistant"),"#,
                ),
                "Firearms()",
            ),
        ),
        ("SB008", edit(&m, r#"(role: SafetyRep, name: "Sam Safe""#, r#"(role: SafetyRep, name: "Ada First""#)),
        (
            "SB007",
            with_hazards(
                &with_contact(&armed, r#"(role: PropertyMaster, name: "Arlo Armorer", phone: "1"),"#),
                "Firearms()",
            ),
        ),
        (
            "SB008",
            edit(
                &m,
                r#"(role: SafetyRep, name: "Sam Safe", phone: "555 0002"),"#,
                r#"(role: SafetyRep, name: "Sam Safe", phone: "555 0002"), (role: SafetyRep, name: "Ada First", phone: "9"),"#,
            ),
        ),
        ("SB009", with_hazards(&m, "Stunts()")),
        ("SB010", with_hazards(&m, "Pyrotechnics()")),
        ("SB011", with_hazards(&m, "Aircraft()")),
        ("SB011", with_hazards(&m, "Drones()")),
        ("SB012", with_hazards(&m, r#"Animals(species: ["horse"])"#)),
        ("SB013", with_hazards(&m, "Water()")),
        (
            "SB014",
            edit(
                &m,
                "    scenes: [\n",
                "    scenes: [\n        (number: \"1\", int_ext: Ext, set: \"YARD\", points: [\"x\"]),\n",
            ),
        ),
        ("SB015", with_crew(&m, r#"(name: "cam  era", department: "Grip", role: "Grip"),"#)),
        ("SB016", edit(&m, r#"points: ["Cables under mats."],"#, "")),
        (
            "SB017",
            edit(
                &m,
                r#"(name: "Ada First", department: "ADs", role: "1st AD"),
        (name: "Sam Safe", department: "Production", role: "Safety Rep"),
        (name: "Mel Medic", department: "Medical", role: "Set Medic"),
        (name: "Cam Era", department: "Camera", role: "Operator"),"#,
                "",
            ),
        ),
        (
            "SB018",
            edit(
                &m,
                "    scenes: [",
                "    incidents: [(date: \"2026-04-30\", what: \"Ladder slipped\")],\n    scenes: [",
            ),
        ),
        ("SB019", edit(&m, r#"(role: FirstAd, name: "Ada First", phone: "555 0001"),"#, "")),
        ("SB020", edit(&m, r#"(role: SafetyRep, name: "Sam Safe", phone: "555 0002"),"#, "")),
        ("SB021", with_contact(&m, r#"(role: KeyGrip, name: "Gil Grip", phone: "5"),"#)),
        (
            "SB022",
            edit(
                &edit(&m, "    contacts:", "    languages: [en, es],\n    contacts:"),
                r#"points: ["Cables under mats."]"#,
                r#"points: [(en: "Cables under mats.")]"#,
            ),
        ),
        ("SB023", edit(&with_hazards(&m, "Electrical()"), "abort_signal: \"CUT\",", "")),
        ("SB024", edit(&m, r#"first_aid: "Stage door","#, "")),
        ("SB025", edit(&m, r#"number: "1","#, r#"number: "4 2","#)),
        ("SB027", with_hazards(&m, "Weather(), Weather()")),
        ("SB028", with_hazards(&armed, r#"Firearms(weapons: ["Winchester 1873, balas reales"], loads: [Blanks])"#)),
        ("SB028", with_hazards(&armed, r#"Firearms(weapons: ["Revolver, MUNITIONS RÉELLES"])"#)),
        (
            "SB029",
            edit(
                &m,
                r#"points: ["Cables under mats."],"#,
                r#"points: ["Cables under mats.", "Live ammo stays off set."],"#,
            ),
        ),
        ("SB031", edit(&m, r#"production: "Test Production","#, r#"production: "  ","#)),
        ("SB032", edit(&m, r#"location: "Stage 1","#, r#"location: "","#)),
        ("SB033", with_hazards(&armed, "Firearms()")),
        ("SB033", with_hazards(&armed, r#"Firearms(weapons: ["Colt SAA"], loads: [Blanks])"#)),
        (
            "SB030",
            edit(
                &m,
                r#"        (name: "Ada First", department: "ADs", role: "1st AD"),"#,
                "        (name: \"Ada First\", department: \"ADs\", role: \"1st AD\"),\n        (name: \"?ukasz Nowak\", department: \"Electric\", role: \"Best Boy\"),",
            ),
        ),
        (
            "SB026",
            edit(
                &m,
                r#"(
            number: "1",
            int_ext: Int,
            set: "KITCHEN - DAY",
            points: ["Cables under mats."],
        ),"#,
                "",
            ),
        ),
    ]
}

#[test]
fn the_clean_base_triggers_nothing() {
    let loaded = parse(&minimal());
    assert!(loaded.briefing.is_some());
    assert_eq!(loaded.diagnostics, vec![]);
}

#[test]
fn every_rule_fires_on_its_fixture() {
    for (code, text) in triggers() {
        let got = codes(&text);
        assert!(got.contains(&code), "{code} did not fire; got {got:?}\n{text}");
    }
}

#[test]
fn every_rule_in_the_table_has_a_fixture() {
    let covered: Vec<&str> = triggers().iter().map(|(c, _)| *c).collect();
    for rule in RULES {
        if rule.code == "SB006" {
            continue; // Guards the hazard table itself; see hazard::tests.
        }
        assert!(covered.contains(&rule.code), "no fixture for {}", rule.code);
    }
}

#[test]
fn rule_severities_match_the_table() {
    for (code, text) in triggers() {
        let loaded = parse(&text);
        let d = loaded.diagnostics.iter().find(|d| d.code == code).unwrap();
        let rule = RULES.iter().find(|r| r.code == code).unwrap();
        assert_eq!(d.severity, rule.severity, "{code}");
        assert!(d.help.is_some(), "{code} has no help line");
    }
}

#[test]
fn each_rule_is_satisfied_by_the_missing_piece() {
    let m = minimal();
    let armed = with_crew(&with_contact(&m, ARMORER), ARMORER_CREW);
    let fine = [
        ("SB005", with_hazards(&armed, "Firearms(loads: [Blanks])")),
        ("SB007", with_hazards(&armed, "Firearms()")),
        (
            "SB033",
            with_hazards(&armed, r#"Firearms(weapons: ["Colt SAA"], loads: [Blanks], handlers: ["Arlo Armorer"])"#),
        ),
        (
            "SB009",
            with_hazards(
                &with_crew(
                    &with_contact(&m, r#"(role: StuntCoordinator, name: "Stu", phone: "5"),"#),
                    r#"(name: "Stu", department: "Stunts", role: "Coordinator"),"#,
                ),
                "Stunts()",
            ),
        ),
        (
            "SB012",
            with_hazards(
                &with_crew(
                    &with_contact(&m, r#"(role: AnimalHandler, name: "Han", phone: "5"),"#),
                    r#"(name: "Han", department: "Animals", role: "Handler"),"#,
                ),
                "Animals()",
            ),
        ),
        ("SB016", edit(&m, r#"points: ["Cables under mats."],"#, r#"hazards: [Weather()], abort_signal: "CUT","#)),
    ];
    for (code, text) in fine {
        let got = codes(&text);
        assert!(!got.contains(&code), "{code} fired on a fixture that satisfies it: {got:?}");
        assert!(parse(&text).briefing.is_some());
    }
}

#[test]
fn firearms_scene_without_armorer_points_at_the_scene() {
    let text = with_hazards(&minimal(), "Firearms()");
    let loaded = parse(&text);
    let d = loaded.diagnostics.iter().find(|d| d.code == "SB005").unwrap();
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("scene 1"), "{}", d.message);
    let pos = d.position.unwrap();
    assert_eq!(text.lines().nth(pos.line - 1).unwrap().trim(), r#"number: "1","#);
    assert_eq!(d.field.as_deref(), Some("scene 1, hazards"), "a scene by its number, not a list index");
    assert!(d.render("day.ron").starts_with(&format!("day.ron:{}:{}: error[SB005]: ", pos.line, pos.col)));
}

#[test]
fn duplicate_scene_points_at_the_second_one() {
    let text = edit(
        &minimal(),
        "    scenes: [\n",
        "    scenes: [\n        (number: \"1\", int_ext: Ext, set: \"YARD\", points: [\"x\"]),\n",
    );
    let loaded = parse(&text);
    let d = loaded.diagnostics.iter().find(|d| d.code == "SB014").unwrap();
    let first = text.find("number: \"1\"").unwrap();
    let first_line = text[..first].lines().count() + 1;
    assert!(d.position.unwrap().line > first_line);
}

#[test]
fn errors_block_presenting_and_warnings_do_not() {
    let warn_only = parse(&edit(&minimal(), r#"first_aid: "Stage door","#, ""));
    assert!(warn_only.presentable().is_some());
    let error = parse(&edit(&minimal(), r#"muster_point: "Car park","#, ""));
    assert!(error.presentable().is_none());
}

#[test]
fn the_format_reference_lists_every_rule() {
    let readme = std::fs::read_to_string(setbrief_testkit::repo().join("briefings/README.md")).unwrap();
    for rule in RULES {
        let sev = match rule.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let row = format!("| `{}` | {sev} | {} |", rule.code, rule.summary(setbrief_core::briefing::Lang::En));
        assert!(readme.contains(&row), "briefings/README.md lacks the row {row}");
    }
}

#[test]
fn the_same_name_with_and_without_accents_is_one_person_twice() {
    let m = minimal();
    for twin in [
        r#"(name: "Cam Éra", department: "Grip", role: "Grip"),"#,
        "(name: \"Came\u{301}ra\", department: \"Grip\", role: \"Grip\"),",
    ] {
        let text = with_crew(&m, twin);
        let text =
            if twin.contains("Came") { edit(&text, r#"(name: "Cam Era","#, r#"(name: "Caméra","#) } else { text };
        assert!(codes(&text).contains(&"SB015"), "{twin}");
    }
}

#[test]
fn a_duplicate_name_points_at_the_second_entry() {
    let text = with_crew(&minimal(), r#"(name: "Cam Éra", department: "Grip", role: "Grip"),"#);
    let loaded = parse(&text);
    let d = loaded.diagnostics.iter().find(|d| d.code == "SB015").unwrap();
    let at = d.position.expect("SB015 has a line and column");
    let line = text.lines().nth(at.line - 1).unwrap();
    assert!(line.contains("Cam Era"), "the second entry is the one flagged: {line}");
}

/// A bilingual file: each crew-facing text that lacks a language (plain text, or a
/// version left empty) is a warning pointing at the line and column where it is written.
#[test]
fn untranslated_texts_of_a_bilingual_file_are_each_pointed_at() {
    let path = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let text = std::fs::read_to_string(path).unwrap();
    let text = edit(
        &text,
        r#"muster_point: (
            en: "The hitching rail in front of the livery stable, west end of Main Street",
            es: "El barandal para caballos frente al establo, extremo oeste de Main Street",
        ),"#,
        r#"muster_point: "The hitching rail in front of the livery stable, west end of Main Street","#,
    );
    let spanish_abort = r#"es: "Cualquiera grita CORTE, CORTE, CORTE. El armero declara FRÍO solo después de recoger y revisar cada arma.""#;
    let text = edit(&text, spanish_abort, r#"es: """#);
    let loaded = parse(&text);
    let found: Vec<_> = loaded.diagnostics.iter().filter(|d| d.code == "SB022").collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(found[0].position.unwrap().line, line_of("muster_point: \"The hitching rail"));
    assert!(found[0].message.contains("muster point has no Español version"), "{}", found[0].message);
    assert!(found[1].message.contains("abort signal"), "{}", found[1].message);
    assert!(found[1].help.as_deref().unwrap().contains("(en: \"...\", es: \"...\")"));
}

/// The things a hazard names (weapons, animals, props, the haze), the hospital's distance
/// and the hotline are read by the crew too: a bilingual file gives them in each language
/// or is told where one is missing. The plain form of older files still reads, and a
/// text with no words in it (a phone number) needs no translation.
#[test]
fn a_hazards_things_and_the_emergency_extras_are_checked_for_each_language() {
    let path = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let text = std::fs::read_to_string(path).unwrap();
    let text = edit(
        &text,
        r#"(
                            en: "1x Winchester 1873 (non-firing, background)",
                            es: "1x Winchester 1873 (no disparable, de fondo)",
                        ),"#,
        r#""1x Winchester 1873 (non-firing, background)","#,
    );
    let text = edit(
        &text,
        r#"hotline: (en: "+1 800 555 0199 (anonymous, 24 h)", es: "+1 800 555 0199 (anónima, 24 h)"),"#,
        r#"hotline: "+1 800 555 0199","#,
    );
    let text = edit(
        &text,
        r#"Animals(species: [(en: "3 saddle horses", es: "3 caballos de silla")]),"#,
        r#"Animals(species: [(en: "3 saddle horses")]),"#,
    );
    let loaded = parse(&text);
    assert!(loaded.briefing.is_some(), "plain weapons still read: {:?}", loaded.diagnostics);
    let found: Vec<_> = loaded.diagnostics.iter().filter(|d| d.code == "SB022").collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(found[0].message.contains("Scene 47: species has no Español version"), "{}", found[0].message);
    assert_eq!(found[0].position.unwrap().line, line_of("3 saddle horses"));
    assert!(found[1].message.contains("Scene 52: weapons has no Español version"), "{}", found[1].message);
    assert_eq!(found[1].position.unwrap().line, line_of("\"1x Winchester 1873 (non-firing, background)\""));
    assert_eq!(found[1].field.as_deref(), Some("scene 52, hazards, weapons"), "the editor's field for it");
}
