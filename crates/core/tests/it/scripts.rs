//! The day's scenes from a script, on scripts written for the purpose: Fountain with
//! heading variants, forced headings, lettered numbers, dual dialogue, notes and
//! boneyard; Final Draft with breakdown tags in several categories.

use setbrief_core::briefing::HazardKind::{self, *};
use setbrief_core::briefing::model::IntExt;
use setbrief_core::script::{self, ScriptScene, suggest::suggestions};

fn script(name: &str) -> Vec<ScriptScene> {
    script::read_file(&setbrief_testkit::fixtures().join("scripts").join(name)).unwrap()
}

fn kinds(scene: &ScriptScene) -> Vec<HazardKind> {
    suggestions(scene).iter().map(|s| s.kind).collect()
}

#[test]
fn a_fountain_script_gives_each_scene_its_number_heading_cast_and_suggested_hazards() {
    let scenes = script("coyote-pass.fountain");
    let numbers: Vec<&str> = scenes.iter().map(|s| s.number.as_deref().unwrap_or("-")).collect();
    assert_eq!(numbers, ["47", "52", "52A", "60", "61pt"]);
    let heads: Vec<String> = scenes.iter().map(ScriptScene::heading).collect();
    assert_eq!(
        heads,
        [
            "EXT. MAIN STREET - DAWN",
            "INT. SALOON - DAY",
            "FLASHBACK - THE MINE",
            "INT./EXT. STAGECOACH - MOVING - DAY",
            "INT. bunkhouse - night"
        ]
    );
    assert_eq!(scenes[1].cast, ["MILES", "FRANK"], "dual dialogue's second speaker too");
    assert_eq!(scenes[3].cast, ["McCLANE"], "a forced character");
    assert_eq!(scenes[3].int_ext, Some(IntExt::IntExt));
    assert_eq!(kinds(&scenes[0]), [Animals]);
    assert_eq!(kinds(&scenes[1]), [Firearms, Smoke]);
    assert_eq!(kinds(&scenes[2]), [Stunts, Heights], "the boneyard's roof is not in the script");
    assert_eq!(kinds(&scenes[3]), [Vehicles]);
    assert!(kinds(&scenes[4]).is_empty());
    let why = suggestions(&scenes[1]);
    assert_eq!(why[0].because, "Miles checks the cylinder of his revolver. Frank watches from the bar.");
    assert!(scenes[1].action.iter().all(|l| !l.contains("Note to self")), "notes are not action");
    assert!(scenes[2].action.iter().all(|l| l != "CUT TO:"), "a transition is not action");
}

#[test]
fn a_final_draft_script_brings_its_breakdown_tags_as_suggestions_with_the_tag_that_made_them() {
    let scenes = script("lac-brule.fdx");
    let numbers: Vec<&str> = scenes.iter().map(|s| s.number.as_deref().unwrap_or("-")).collect();
    assert_eq!(numbers, ["21", "22", "23"]);
    assert_eq!(scenes[0].cast, ["LUC", "CLAIRE"], "(V.O.) is not part of the name");
    assert_eq!(scenes[0].tags, [("Weapons".to_owned(), "Winchester 94 carbine".to_owned())]);
    let first = suggestions(&scenes[0]);
    assert_eq!(first[0].kind, Firearms);
    assert_eq!(first[0].because, "Weapons: Winchester 94 carbine");
    assert_eq!(kinds(&scenes[1]), [Smoke, Vehicles, Water]);
    assert!(kinds(&scenes[2]).is_empty(), "a wardrobe tag suggests nothing");
}

#[test]
fn the_days_scenes_are_chosen_by_numbers_pasted_from_a_call_sheet() {
    let scenes = script("coyote-pass.fountain");
    let wanted = script::scene_numbers("52a, 47 99");
    let (found, missing) = script::chosen(&scenes, &wanted);
    let numbers: Vec<&str> = found.iter().filter_map(|s| s.number.as_deref()).collect();
    assert_eq!(numbers, ["52A", "47"]);
    assert_eq!(missing, ["99"]);
    let scene = found[0].to_scene(&[Stunts]);
    assert_eq!((scene.number.as_str(), scene.set.as_str()), ("52A", "FLASHBACK - THE MINE"));
    assert_eq!(scene.hazards.len(), 1);
    assert_eq!(found[1].to_scene(&[]).notes.as_deref(), Some("Cast: WES"));
}
