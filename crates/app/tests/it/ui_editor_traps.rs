//! The editor's traps a new user fell into, each tried again: a button that moved under
//! the pointer, a name picker that could not be searched, "7am", a message that stayed
//! after it stopped being true, a day with no name.

use egui_kittest::kittest::Queryable as _;

use crate::ui_editor::{app_on_copy, click, menu, settle, shows};

#[test]
fn selecting_a_scene_moves_nothing_and_a_deletion_offers_undo_beside_it() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    let row = h.get_by_label_contains("14  INT. MAYA").rect();
    let delete = h.get_by_label("Delete scene").rect();
    click(&mut h, "12  INT. MAYA'S KITCHEN - NIGHT");
    assert_eq!(h.get_by_label_contains("14  INT. MAYA").rect(), row, "the list did not move");
    assert_eq!(h.get_by_label("Delete scene").rect(), delete, "nor the button: a second click lands where it did");
    click(&mut h, "Delete scene");
    assert!(shows(&h, "Scene 12 deleted; Undo brings it back."));
    assert_eq!(h.state().editor.as_ref().unwrap().draft.scenes.len(), 1);
    // The Undo beside the message (the bar's own Undo is the first of the two).
    h.get_all_by_label("Undo").last().unwrap().click();
    settle(&mut h);
    assert_eq!(h.state().editor.as_ref().unwrap().draft.scenes.len(), 2, "the scene is back");
    assert!(!shows(&h, "Scene 12 deleted"), "the message went when it stopped being true");
}

#[test]
fn a_name_picker_is_sorted_shows_each_persons_department_and_role_and_filters_as_you_type() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    click(&mut h, "Key people (5)");
    h.get_all_by_label("Pick").next().unwrap().click();
    settle(&mut h);
    let names: Vec<String> = ["Adaeze Nwosu", "Arturo Gallegos", "Calvin Ortiz"]
        .into_iter()
        .filter(|n| h.query_by_label(n).is_some())
        .map(str::to_owned)
        .collect();
    assert_eq!(names.len(), 3, "listed: {names:?}");
    let (adaeze, arturo) = (h.get_by_label("Adaeze Nwosu").rect(), h.get_by_label("Arturo Gallegos").rect());
    assert!(adaeze.top() < arturo.top(), "by name");
    assert!(shows(&h, "Grip · Key Grip"), "Arturo's department and role beside him");
    h.get_by_label("Type to filter").type_text("gurul");
    settle(&mut h);
    assert!(h.query_by_label("Arturo Gallegos").is_none(), "filtered out");
    click(&mut h, "Pete Gurulé");
    let contacts = &h.state().editor.as_ref().unwrap().draft.contacts;
    assert_eq!(contacts[0].name, "Pete Gurulé", "typed without the accent, found with it");
}

#[test]
fn seven_am_is_offered_as_07_00_and_the_checks_say_not_ready_while_it_does_not_read() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    h.get_by_label("Crew call (HH:MM)").focus();
    settle(&mut h);
    // "08:00" selected and typed over, as a person would.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    settle(&mut h);
    h.get_by_label("Crew call (HH:MM)").type_text("7am");
    settle(&mut h);
    let typed = h.state().editor.as_ref().unwrap().typed_text("crew_call");
    assert_eq!(typed.as_deref(), Some("7am"));
    assert!(shows(&h, "Not ready: 1 field holds text that does not read yet"));
    assert!(!shows(&h, "ready to present"));
    click(&mut h, "Use 07:00");
    let call = h.state().editor.as_ref().unwrap().draft.crew_call;
    assert_eq!(call.strftime("%H:%M").to_string(), "07:00");
    assert!(shows(&h, "No errors, no warnings: ready to present."));
}

#[test]
fn a_day_without_a_production_name_or_a_location_is_not_ready() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    h.state_mut().editor.as_mut().unwrap().draft.production.clear();
    settle(&mut h);
    assert!(shows(&h, "SB031: no production name"), "an error at once, as validate says it");
}

#[test]
fn the_days_scenes_come_from_the_script_with_only_the_hazards_the_1st_ad_ticks() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    click(&mut h, "Import scenes from a script…");
    let script = setbrief_testkit::fixtures().join("scripts/coyote-pass.fountain");
    crate::ui_editor::type_into(&mut h, "Script file", script.to_str().unwrap());
    crate::ui_editor::type_into(&mut h, "Scene numbers (as the call sheet writes them)", "60, 52A, 99");
    click(&mut h, "Read");
    assert!(shows(&h, "Not in the script: 99"));
    assert!(shows(&h, "«Jake falls from the ladder into the dark.»"), "each suggestion with its line");
    assert!(shows(&h, "Cast: McCLANE"));
    click(&mut h, "Stunts");
    click(&mut h, "Add 2 scenes, with the hazards ticked");
    let draft = &h.state().editor.as_ref().unwrap().draft;
    assert_eq!(draft.scenes.len(), 4);
    let kinds: Vec<_> = draft.scene("52A").unwrap().hazard_kinds().collect();
    assert_eq!(kinds, [setbrief_core::briefing::HazardKind::Stunts], "heights was suggested, not ticked");
    assert!(draft.scene("60").unwrap().hazards.is_empty());
    assert!(shows(&h, "Added 2 scenes from the script"));
    std::thread::sleep(std::time::Duration::from_millis(900));
    settle(&mut h);
    h.get_all_by_label("Undo").next().unwrap().click();
    settle(&mut h);
    assert_eq!(h.state().editor.as_ref().unwrap().draft.scenes.len(), 2, "one Undo takes the import back");
}
