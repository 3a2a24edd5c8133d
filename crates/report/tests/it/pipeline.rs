//! The whole pipeline under property tests: any valid briefing (every hazard, any list
//! of languages, long and unusual text in every script) goes through validate, the
//! deck, a day of sign-ins and the export, after being written as the editor writes it, with no panic and a report that verifies.

use proptest::prelude::*;
use setbrief_core::attendance::{Day, RoleSignOffRequest, SessionKind, SignInRequest};
use setbrief_core::briefing::hazard::HazardKind;
use setbrief_core::briefing::model::{Briefing, Contact, CrewMember, Hazard, IntExt, Load, Scene};
use setbrief_core::briefing::write::to_ron;
use setbrief_core::briefing::{Lang, LanguageMode, Role, Text, parse_bytes};
use setbrief_core::deck::{self, Budget};
use setbrief_report::export;
use setbrief_report::verify::verify_folder;
use setbrief_testkit::day::{PIN, signature, western};

/// Text a crew might really write: names and words in every script, quotes,
/// backslashes, long runs.
fn words() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "José Núñez",
        "Łukasz Żółć",
        "Nguyễn Thị Hà",
        "Ἀλέξανδρος",
        "Ольга Петрова",
        "محمد عبد الله",
        "שרה לוי",
        "अनिल कुमार",
        "สมชาย ใจดี",
        "李明",
        "さとう がく",
        "김민준",
        "O'Brien \"Bud\"",
        "back\\slash",
        "tab\there",
        "a very long line of safety words that goes on and on across the whole slide and then some more",
    ]);
    prop::collection::vec(pieces, 1..4).prop_map(|p| p.join(" "))
}

fn text() -> impl Strategy<Value = Text> {
    prop_oneof![
        words().prop_map(Text::Plain),
        (words(), words()).prop_map(|(en, es)| Text::Translated(vec![(Lang::En, en), (Lang::Es, es)])),
    ]
}

fn hazard(kind: HazardKind, details: Option<Text>, names: &[String]) -> Hazard {
    // Things (weapons, animals, props) as plain words and in the day's languages.
    let things: Vec<Text> = names.iter().map(|n| Text::Plain(n.clone())).chain(details.clone()).collect();
    match kind {
        HazardKind::Firearms => {
            Hazard::Firearms { weapons: things, loads: vec![Load::Blanks, Load::Dummies], handlers: names.to_vec() }
        }
        HazardKind::Stunts => Hazard::Stunts { details, performers: names.to_vec() },
        HazardKind::Pyrotechnics => Hazard::Pyrotechnics { details },
        HazardKind::Smoke => Hazard::Smoke { agent: things.into_iter().next() },
        HazardKind::OpenFlame => Hazard::OpenFlame { details },
        HazardKind::Vehicles => Hazard::Vehicles { details, max_speed_mph: Some(35), camera_car: true },
        HazardKind::Water => Hazard::Water { details },
        HazardKind::Aircraft => Hazard::Aircraft { details },
        HazardKind::Drones => Hazard::Drones { details },
        HazardKind::Animals => Hazard::Animals { species: things },
        HazardKind::EdgedWeapons => Hazard::EdgedWeapons { props: things },
        HazardKind::Heights => Hazard::Heights { details },
        HazardKind::Gimbals => Hazard::Gimbals { details },
        HazardKind::Electrical => Hazard::Electrical { details },
        HazardKind::Weather => Hazard::Weather { details },
    }
}

prop_compose! {
    fn scene(number: usize)(
        kinds in prop::collection::vec(prop::sample::select(HazardKind::ALL.to_vec()), 0..4),
        description in text(),
        details in proptest::option::of(text()),
        points in prop::collection::vec(text(), 0..4),
        names in prop::collection::vec(words(), 0..3),
        abort in text(),
    ) -> Scene {
        let mut kinds = kinds;
        kinds.sort_unstable();
        kinds.dedup();
        Scene {
            number: format!("{number}A"),
            int_ext: IntExt::Ext,
            set: "LOCATION".into(),
            description,
            hazards: kinds.into_iter().map(|k| hazard(k, details.clone(), &names)).collect(),
            points: if points.is_empty() { vec!["Keep to your marks.".into()] } else { points },
            ppe: vec![],
            exclusion_zones: vec![],
            responsible: vec![],
            abort_signal: Some(abort),
            notes: None,
        }
    }
}

/// A valid briefing: the Western's day with every key role named, and generated
/// scenes, languages and crew names.
fn briefing() -> impl Strategy<Value = Briefing> {
    let languages = prop::sample::select(vec![vec![], vec![Lang::En], vec![Lang::Es], vec![Lang::En, Lang::Es]]);
    let crew = prop::collection::vec(words(), 1..6);
    let scenes = (1usize..4).prop_flat_map(|n| (0..n).map(scene).collect::<Vec<_>>());
    (languages, crew, scenes).prop_map(|(languages, crew, scenes)| {
        let mut b = western().briefing.unwrap();
        b.languages = languages;
        b.scenes = scenes;
        for role in Role::ALL {
            if b.contact(role).is_none() {
                let name = format!("{} Person", role.ident());
                b.contacts.push(Contact { role, name: name.clone(), phone: String::new() });
                b.crew.push(CrewMember { name, department: "Key".into(), role: role.ident().into(), phone: None });
            }
        }
        for (i, name) in crew.into_iter().enumerate() {
            b.crew.push(CrewMember {
                name: format!("{name} {i}"),
                department: "Crew".into(),
                role: "Crew".into(),
                phone: None,
            });
        }
        b
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_briefing_goes_from_file_to_a_verified_report(b in briefing(), signers in 0usize..5) {
        // Written as the editor and `setbrief fmt` write it: it must read back as the
        // same briefing, and writing it again must change nothing.
        let text = to_ron(&b).unwrap();
        let loaded = parse_bytes(std::path::Path::new("generated.ron"), text.clone().into_bytes());
        // Every generated briefing is valid: warnings (a missing translation) allowed.
        prop_assert!(loaded.presentable().is_some(), "{:?}\n{text}", loaded.diagnostics);
        let briefing = loaded.presentable().unwrap().clone();
        prop_assert_eq!(&briefing, &b);
        prop_assert_eq!(to_ron(&briefing).unwrap(), text);
        for mode in [LanguageMode::Only(Lang::En), LanguageMode::Only(Lang::Es), LanguageMode::Two(Lang::En, Lang::Es)] {
            prop_assert!(!deck::build(&briefing, mode, Budget::READABLE_720P).is_empty());
        }
        let data = tempfile::tempdir().unwrap();
        // Reports go outside the data folder: an export refuses to write inside it.
        let reports = tempfile::tempdir().unwrap();
        let mut day = Day::open(data.path(), &loaded).unwrap();
        let scenes: Vec<String> = briefing.scenes.iter().map(|s| s.number.clone()).collect();
        let session = day.start_session(SessionKind::Main, scenes.clone(), "Dana Whitfield", PIN, day.other_day()).unwrap();
        let roster = day.state.roster(&day.briefing);
        for (i, person) in roster.iter().take(signers).enumerate() {
            // Each in turn of the languages the briefing offers.
            let offered = day.languages();
            let language = offered[i % offered.len()];
            let acknowledged = vec![true; day.acknowledgements(session, language).len()];
            let req = SignInRequest {
                session, person: person.clone(), walk_in: false, not: None, language, acknowledged,
                signature: signature(40), late_briefed_by: None, on_behalf: None, concern: Some("Ἀλέξανδρος?".into()), device: None,
            };
            day.sign_in(req).unwrap();
        }
        for number in &scenes {
            for pending in day.pending_sign_offs(session, number) {
                let name = pending.holders[0].clone();
                let req = RoleSignOffRequest { session, scene: number.clone(), role: pending.role, name, signature: signature(40), on_behalf: None, language: Lang::En };
                day.role_sign_off(req).unwrap();
            }
        }
        for number in &scenes {
            for handler in day.state.missing_weapon_checks(&day.briefing, session, number) {
                day.weapon_shown(session, number, &handler, Lang::Es, signature(40)).unwrap();
            }
            prop_assert!(day.state.scene_cleared_in(&day.briefing, session, number));
        }
        day.close_session(session, "Dana Whitfield").unwrap();
        let out = reports.path().join("report");
        export::export(&day.dir, &out, false).unwrap();
        let v = verify_folder(&out);
        prop_assert!(v.is_ok(), "{:?}", v.problems);
    }
}
