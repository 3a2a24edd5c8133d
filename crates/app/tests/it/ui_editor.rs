//! The briefing editor through the real app with `egui_kittest`: a day built from
//! nothing to a clean validate, an error fixed by clicking its check, tomorrow made
//! from today, crew lists imported with their preview.

use egui::{Key, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use setbrief_app::{Screen, SetbriefApp, Settings, theme};
use setbrief_core::briefing::load_file;

pub(crate) fn settle(h: &mut Harness<'_, SetbriefApp>) {
    h.run_steps(3);
}

/// The app on a copy of `example` in a folder of its own, at 1366x768.
pub(crate) fn app_on_copy(example: &str) -> (Harness<'static, SetbriefApp>, tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(example);
    std::fs::copy(setbrief_testkit::repo().join("briefings").join(example), &path).unwrap();
    let app = SetbriefApp::new(&path, &dir.path().join("data"), Settings::default());
    let mut h = Harness::builder()
        .with_size(Vec2::new(1366.0, 768.0))
        .with_context_setup(theme::install_fonts)
        .build_ui_state(|ui, app: &mut SetbriefApp| app.ui(ui), app);
    settle(&mut h);
    (h, dir, path)
}

pub(crate) fn click(h: &mut Harness<'_, SetbriefApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    settle(h);
    h.get_by_label(label).click();
    settle(h);
}

pub(crate) fn type_into(h: &mut Harness<'_, SetbriefApp>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    settle(h);
    h.get_by_label(label).focus();
    settle(h);
    h.get_by_label(label).type_text(text);
    settle(h);
}

/// Opens `menu` and clicks the item whose label starts with `item` (a shortcut may follow).
pub(crate) fn menu(h: &mut Harness<'_, SetbriefApp>, menu: &str, item: &str) {
    click(h, menu);
    h.get_by(|node| node.label().is_some_and(|l| l.starts_with(item))).click();
    settle(h);
}

pub(crate) fn shows(h: &Harness<'_, SetbriefApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn a_complete_day_is_built_from_nothing_to_a_clean_validate_using_only_the_editor() {
    let (mut h, dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "New briefing from nothing");
    assert_eq!(h.state().screen, Screen::Editor);
    let file = dir.path().join("short-film-day-1.ron");
    h.get_by_label("Save as").focus();
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Save as").type_text(file.to_str().unwrap());
    settle(&mut h);
    assert!(shows(&h, "SB019"), "a blank day says what it lacks: no 1st AD");

    type_into(&mut h, "Production", "Short Film");
    type_into(&mut h, "Location", "Stage 2, 100 Studio Way");

    click(&mut h, "Crew list (0)");
    for (i, (name, department, role)) in [
        ("Ada Okoro", "Assistant Directors", "1st AD"),
        ("Ben Ruiz", "Production", "Safety Representative"),
        ("Chen Wei", "Medical", "Set Medic"),
        ("Dana Kaur", "Camera", "Operator"),
    ]
    .into_iter()
    .enumerate()
    {
        click(&mut h, "Add crew member");
        let row = i + 1;
        type_into(&mut h, &format!("Crew {row} name"), name);
        type_into(&mut h, &format!("Crew {row} department"), department);
        type_into(&mut h, &format!("Crew {row} role"), role);
    }

    click(&mut h, "Key people (0)");
    for (role, name) in
        [("1st Assistant Director", "Ada Okoro"), ("Safety Representative", "Ben Ruiz"), ("Set Medic", "Chen Wei")]
    {
        menu(&mut h, "Add a key person", role);
        type_into(&mut h, &format!("Name of the {role}"), name);
    }

    click(&mut h, "Emergency");
    type_into(&mut h, "Hospital name", "General Hospital");
    type_into(&mut h, "Hospital phone", "+1 505 555 0100");
    type_into(&mut h, "Hospital address", "1 Main St");
    type_into(&mut h, "Muster point", "The parking lot by gate 2");
    type_into(&mut h, "First aid", "Medic's cart by stage door");
    type_into(&mut h, "Fire extinguishers", "By every door");
    type_into(&mut h, "How to report an injury or a concern", "Tell the 1st AD");

    click(&mut h, "Add scene");
    type_into(&mut h, "Set (e.g. MAIN STREET - DAY)", "KITCHEN - DAY");
    click(&mut h, "Add a point");
    type_into(&mut h, "Point 1", "Cables taped down along the set wall.");

    assert!(shows(&h, "No errors, no warnings"), "the editor's checks are clean");
    h.get_by_label("Save").click();
    settle(&mut h);
    assert!(shows(&h, "Saved"), "the 1st AD is told it is saved");
    let loaded = load_file(&file).unwrap();
    assert_eq!(loaded.diagnostics, vec![], "setbrief validate agrees");
    let b = loaded.briefing.unwrap();
    assert_eq!((b.production.as_str(), b.crew.len(), b.scenes.len()), ("Short Film", 4, 1));
}

#[test]
fn an_error_is_fixed_by_clicking_its_check_which_opens_the_field() {
    let (mut h, _dir, path) = app_on_copy("kitchen-table-day-05.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let muster = text.lines().find(|l| l.contains("muster_point")).unwrap().to_owned();
    std::fs::write(&path, text.replace(&format!("{muster}\n"), "")).unwrap();
    menu(&mut h, "Edit", "Edit this briefing");
    assert!(shows(&h, "SB003: no muster point"));
    click(&mut h, "error SB003: no muster point");
    assert!(h.query_by_label("Muster point").is_some(), "the emergency form is open");
    // The field has the keyboard: typing goes straight into it.
    h.get_by_label("Muster point").type_text("East car park");
    settle(&mut h);
    assert!(!shows(&h, "SB003"), "the check clears as the 1st AD types");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let b = load_file(&path).unwrap();
    assert!(!b.has_errors(), "{:?}", b.diagnostics);
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("// Kitchen Table"), "the opening comments are kept");
}

#[test]
fn undo_and_redo_walk_back_and_forth_and_closing_the_editor_or_the_window_with_unsaved_changes_asks() {
    let (mut h, _dir, path) = app_on_copy("kitchen-table-day-05.ron");
    let before = std::fs::read_to_string(&path).unwrap();
    menu(&mut h, "Edit", "Edit this briefing");
    type_into(&mut h, "Production", " (reshoots)");
    assert!(shows(&h, "Unsaved changes"));
    // Undo takes a pause in typing as the end of an edit.
    std::thread::sleep(std::time::Duration::from_millis(900));
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    settle(&mut h);
    assert_eq!(h.state().editor.as_ref().unwrap().draft.production, "Kitchen Table");
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::Z);
    settle(&mut h);
    assert_eq!(h.state().editor.as_ref().unwrap().draft.production, "Kitchen Table (reshoots)");
    // The window's own close (the title bar's X) asks too, and is held back meanwhile.
    let root = egui::ViewportId::ROOT;
    h.input_mut().viewports.entry(root).or_default().events.push(egui::ViewportEvent::Close);
    h.step();
    assert!(h.output().viewport_output[&root].commands.contains(&egui::ViewportCommand::CancelClose));
    settle(&mut h);
    assert!(shows(&h, "Save the changes?"));
    click(&mut h, "Keep editing");
    // Closing the editor and discarding leaves the editor only: the window stays.
    click(&mut h, "Close editor");
    assert!(shows(&h, "Save the changes?"));
    h.get_by_label("Close without saving").click();
    h.step();
    assert!(!h.output().viewport_output[&root].commands.contains(&egui::ViewportCommand::Close));
    settle(&mut h);
    assert_eq!(h.state().screen, Screen::Slides);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before, "nothing written");
    // Closing the window and discarding closes what the person was closing: the window.
    menu(&mut h, "Edit", "Edit this briefing");
    type_into(&mut h, "Production", " (reshoots)");
    h.input_mut().viewports.entry(root).or_default().events.push(egui::ViewportEvent::Close);
    settle(&mut h);
    h.get_by_label("Close without saving").click();
    h.step();
    assert!(
        h.output().viewport_output[&root].commands.contains(&egui::ViewportCommand::Close),
        "the window closes after the unsaved question"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before, "nothing written");
}

#[test]
fn tomorrow_is_made_from_today_in_the_app_and_opens_in_the_editor() {
    let (mut h, dir, _) = app_on_copy("coyote-pass-day-12.ron");
    menu(&mut h, "Edit", "New day from this one…");
    assert!(shows(&h, "Day 13 from day 12"));
    h.get_by_label("Date of the new day (YYYY-MM-DD)").focus();
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Date of the new day (YYYY-MM-DD)").type_text("2026-04-18");
    settle(&mut h);
    click(&mut h, "Create the new day");
    let tomorrow = dir.path().join("coyote-pass-day-13.ron");
    let b = load_file(&tomorrow).unwrap().briefing.unwrap();
    assert_eq!((b.day, b.date.to_string(), b.scenes.len()), (13, "2026-04-18".to_owned(), 0));
    let editor = h.state().editor.as_ref().unwrap();
    assert_eq!(editor.path, tomorrow, "the editor is on the new day");
    assert!(shows(&h, "Created"));
    assert!(shows(&h, "Scenes (0)"));
}

#[test]
fn crew_lists_from_a_windows_1252_csv_and_an_xlsx_are_previewed_before_they_join_the_roster() {
    let (mut h, dir, _) = app_on_copy("kitchen-table-day-05.ron");
    let csv = dir.path().join("crew.csv");
    let mut bytes = b"Kitchen Table - crew list\r\nDay 6\r\n\r\nName,Dept.,Position,Cell\r\n".to_vec();
    bytes.extend_from_slice(
        b"\"Pe\xf1a, In\xe9s\",Hair,Stylist,555 0101\r\n,Grip,Grip,\r\nZo\xeb Marchetti,Camera,2nd AC,\r\nJune Baptiste,Art,Set Decorator,\r\n",
    );
    std::fs::write(&csv, bytes).unwrap();
    menu(&mut h, "Edit", "Edit this briefing");
    click(&mut h, "Crew list (12)");
    click(&mut h, "Import a crew list…");
    type_into(&mut h, "Crew list file", csv.to_str().unwrap());
    click(&mut h, "Read");
    assert!(shows(&h, "crew.csv: 3 people, header on line 4"));
    assert!(shows(&h, "Department from \"Dept.\""));
    assert!(shows(&h, "Inés Peña"), "decoded and turned round before anything changes");
    assert!(shows(&h, "skipped: no name"), "line 6, and why");
    assert_eq!(h.state().editor.as_ref().unwrap().draft.crew.len(), 12, "nothing changed yet");
    assert!(shows(&h, "already on the list"), "June Baptiste is on the list already");
    click(&mut h, "Add to the roster (2 new)");
    let crew = &h.state().editor.as_ref().unwrap().draft.crew;
    assert!(crew.iter().any(|c| c.name == "Inés Peña" && c.phone.as_deref() == Some("555 0101")));
    assert!(crew.iter().any(|c| c.name == "Zoë Marchetti"));

    let xlsx = dir.path().join("more crew.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "Day 6 additions").unwrap();
    sheet.write_string(2, 0, "Full Name").unwrap();
    sheet.write_string(2, 1, "Department").unwrap();
    sheet.write_string(3, 0, "Łukasz Nowak").unwrap();
    sheet.write_string(3, 1, "Electric").unwrap();
    workbook.save(&xlsx).unwrap();
    click(&mut h, "Crew list (14)");
    click(&mut h, "Import a crew list…");
    type_into(&mut h, "Crew list file", xlsx.to_str().unwrap());
    click(&mut h, "Read");
    assert!(shows(&h, "more crew.xlsx: 1 people, header on line 3"));
    click(&mut h, "Add to the roster (1 new)");
    assert!(h.state().editor.as_ref().unwrap().draft.crew.iter().any(|c| c.name == "Łukasz Nowak"));
}

/// Prints where the editor's controls are at `SETBRIEF_SIZE`, full screen, for
/// `scripts/screenshots_editor.sh`: the clicks follow the layout.
#[test]
#[ignore = "prints positions for the screenshot script"]
fn editor_positions() {
    let size = std::env::var("SETBRIEF_SIZE").unwrap_or_else(|_| "1366x768".into());
    let (w, hgt) = size.split_once('x').unwrap();
    let (mut h, _dir, _) = app_on_copy("coyote-pass-day-12.ron");
    h.set_size(Vec2::new(w.parse().unwrap(), hgt.parse().unwrap()));
    h.state_mut().fullscreen = true;
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    settle(&mut h);
    assert_eq!(h.state().screen, Screen::Editor);
    let at = |h: &Harness<'_, SetbriefApp>, label: &str| {
        let c = h.get_by_label(label).rect().center();
        println!("POS {label}|{}|{}", c.x.round(), c.y.round());
    };
    for label in ["Day, date and place", "Key people (9)", "Emergency", "Crew list (28)", "Incidents (2)", "Add scene"]
    {
        at(&h, label);
    }
    at(&h, "52  INT. GOLDEN SPUR SALOON - DAY");
    click(&mut h, "Crew list (28)");
    at(&h, "Import a crew list…");
    click(&mut h, "Import a crew list…");
    at(&h, "Crew list file");
    at(&h, "Read");
}

/// Issue 13 asks how many interactions a new firearms scene takes: each click, and each
/// field typed into (one click and the typing), counted here as the test does them. The
/// weapon is written in both of the day's languages, as the crew reads it (issue 22).
#[test]
fn a_new_firearms_scene_is_clean_in_nineteen_interactions() {
    let (mut h, _dir, path) = app_on_copy("coyote-pass-day-12.ron");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    settle(&mut h);
    let mut interactions = 0;
    let mut tap = |h: &mut Harness<'_, SetbriefApp>, label: &str| {
        click(h, label);
        interactions += 1;
    };
    tap(&mut h, "Add scene");
    tap(&mut h, "+ Firearms");
    tap(&mut h, "blanks");
    tap(&mut h, "Add to Handled by from the crew list");
    tap(&mut h, "Miles Hart");
    tap(&mut h, "Add to Responsible from the crew list");
    tap(&mut h, "Tom Brennan");
    tap(&mut h, "Add a weapon");
    let mut typed = 0;
    for (label, text) in [
        ("Set (e.g. MAIN STREET - DAY)", "GOLDEN SPUR SALOON - NIGHT"),
        ("Weapon 1, English", "1x Colt Single Action Army .45 (blank-adapted)"),
        ("Weapon 1, Español", "1x Colt Single Action Army .45 (adaptado para salvas)"),
        ("Abort signal, English", "Anyone calls CUT, CUT, CUT."),
        ("Abort signal, Español", "Cualquiera grita CORTE, CORTE, CORTE."),
    ] {
        type_into(&mut h, label, text);
        typed += 2;
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let total = interactions + typed + 1;
    println!("a new firearms scene: {total} interactions");
    assert_eq!(total, 19);
    let loaded = load_file(&path).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let scene = loaded.briefing.unwrap().scenes.pop().unwrap();
    assert!(scene.has(setbrief_core::briefing::HazardKind::Firearms));
    assert_eq!(scene.responsible, ["Tom Brennan"]);
}

#[test]
fn the_date_is_typed_in_the_file_s_form_or_picked_from_a_calendar() {
    let (mut h, _dir, _) = app_on_copy("kitchen-table-day-05.ron");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    settle(&mut h);
    h.get_by_label("Date (YYYY-MM-DD)").focus();
    settle(&mut h);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.get_by_label("Date (YYYY-MM-DD)").type_text("02/04/2026");
    settle(&mut h);
    assert!(shows(&h, "is not a date in the form the briefing needs: YYYY-MM-DD"));
    let editor = h.state().editor.as_ref().unwrap();
    assert_eq!(editor.draft.date.to_string(), "2026-02-03", "the draft keeps its last good date");
    click(&mut h, "Calendar");
    click(&mut h, "17");
    // The calendar's own Save, drawn over the editor's.
    h.get_all_by_label("Save").last().unwrap().click();
    settle(&mut h);
    assert_eq!(h.state().editor.as_ref().unwrap().draft.date.to_string(), "2026-02-17");
    assert!(!shows(&h, "is not a date"), "the picked date replaces what was typed");
}

/// A `DroppedFile` as a desktop hands one over: a path on disk.
#[derive(Debug)]
struct DroppedPath(std::path::PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_crew_list_dropped_on_the_editor_opens_its_preview() {
    let (mut h, dir, _) = app_on_copy("kitchen-table-day-05.ron");
    let csv = dir.path().join("dropped.csv");
    std::fs::write(&csv, "Name\tDepartment\nAmaru Quispe\tGrip\n").unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    settle(&mut h);
    h.input_mut().dropped_files.push(std::sync::Arc::new(DroppedPath(csv)));
    settle(&mut h);
    assert!(shows(&h, "dropped.csv: 1 people"));
    click(&mut h, "Add to the roster (1 new)");
    assert!(h.state().editor.as_ref().unwrap().draft.crew.iter().any(|c| c.name == "Amaru Quispe"));
}

#[test]
fn scenes_are_duplicated_moved_and_deleted_and_undo_brings_one_back() {
    let (mut h, _dir, _) = app_on_copy("coyote-pass-day-12.ron");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::E);
    settle(&mut h);
    let numbers = |h: &Harness<'_, SetbriefApp>| -> Vec<String> {
        h.state().editor.as_ref().unwrap().draft.scenes.iter().map(|s| s.number.clone()).collect()
    };
    click(&mut h, "47  EXT. MAIN STREET - DAWN");
    click(&mut h, "Duplicate");
    assert_eq!(numbers(&h), ["47", "47A", "52", "52A"]);
    click(&mut h, "Move down");
    assert_eq!(numbers(&h), ["47", "52", "47A", "52A"]);
    click(&mut h, "Move up");
    click(&mut h, "Move up");
    assert_eq!(numbers(&h), ["47A", "47", "52", "52A"]);
    // A pause ends the edit, as a person's would.
    std::thread::sleep(std::time::Duration::from_millis(900));
    settle(&mut h);
    click(&mut h, "Delete scene");
    assert!(shows(&h, "Scene 47A deleted; Undo brings it back."));
    assert_eq!(h.get_all_by_label("Undo").count(), 2, "Undo in the bar, and beside what was deleted");
    assert_eq!(numbers(&h), ["47", "52", "52A"]);
    h.get_all_by_label("Undo").last().unwrap().click();
    settle(&mut h);
    assert_eq!(numbers(&h), ["47A", "47", "52", "52A"]);
}

#[test]
fn editing_a_file_that_does_not_exist_yet_starts_a_day_from_nothing_saved_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tomorrow.ron");
    let mut app = SetbriefApp::new(&path, &dir.path().join("data"), Settings::default());
    app.edit_briefing();
    let mut h = Harness::builder()
        .with_size(Vec2::new(1366.0, 768.0))
        .with_context_setup(theme::install_fonts)
        .build_ui_state(|ui, app: &mut SetbriefApp| app.ui(ui), app);
    settle(&mut h);
    assert_eq!(h.state().screen, Screen::Editor);
    type_into(&mut h, "Production", "Tomorrow");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(&mut h);
    let b = load_file(&path).unwrap().briefing.unwrap();
    assert_eq!(b.production, "Tomorrow");
}

#[test]
fn a_scene_is_dragged_to_its_place_in_the_shooting_order() {
    use egui::{Event, Modifiers, PointerButton};
    let (mut h, _dir, _) = app_on_copy("coyote-pass-day-12.ron");
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    settle(&mut h);
    let from = h.get_by_label("52A  EXT. GOLDEN SPUR SALOON - ROOF - DAY").rect().center();
    let to = h.get_by_label("47  EXT. MAIN STREET - DAWN").rect().center();
    h.event(Event::PointerMoved(from));
    h.step();
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    for i in 1..=10 {
        h.event(Event::PointerMoved(from + (to - from) * (i as f32 / 10.0)));
        h.step();
    }
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    settle(&mut h);
    let numbers: Vec<String> =
        h.state().editor.as_ref().unwrap().draft.scenes.iter().map(|s| s.number.clone()).collect();
    assert_eq!(numbers, ["52A", "47", "52"]);
}
