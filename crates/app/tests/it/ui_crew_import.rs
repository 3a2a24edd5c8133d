//! Crew lists as offices send them, imported in the editor: every row in the preview
//! with what will happen to it, and exactly that done.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use setbrief_app::SetbriefApp;

use crate::ui_editor::{app_on_copy, click, menu, shows, type_into};

fn crew_list(name: &str) -> String {
    setbrief_testkit::fixtures().join("crew-lists").join(name).display().to_string()
}

/// The editor on a copy of the kitchen-table day, with `file` read for import.
fn preview_of(file: &str) -> (Harness<'static, SetbriefApp>, tempfile::TempDir) {
    let (mut h, dir, _) = app_on_copy("kitchen-table-day-05.ron");
    menu(&mut h, "Edit", "Edit this briefing");
    click(&mut h, "Crew list (12)");
    click(&mut h, "Import a crew list…");
    type_into(&mut h, "Crew list file", &crew_list(file));
    click(&mut h, "Read");
    (h, dir)
}

fn crew(h: &Harness<'_, SetbriefApp>) -> Vec<String> {
    h.state().editor.as_ref().unwrap().draft.crew.iter().map(|c| c.name.clone()).collect()
}

#[test]
fn names_whose_letters_excel_lost_are_shown_with_why_and_never_join_the_roster() {
    let (mut h, _dir) = preview_of("excel-1252-letters-lost.csv");
    assert!(shows(&h, "save the list as \"CSV UTF-8\" or .xlsx"), "the reason and the fix, in full");
    assert!(shows(&h, "?ukasz Nowak"), "the damaged name is listed");
    assert!(shows(&h, "NOT ADDED: letters of this name were lost"));
    assert!(shows(&h, "3 to add · 0 already on the list · 0 twice in the file · 3 with letters lost · 0 skipped"));
    click(&mut h, "Add to the roster (3 new)");
    let names = crew(&h);
    assert_eq!(names.len(), 15);
    assert!(names.iter().all(|n| !n.contains('?')), "{names:?}");
    assert!(names.contains(&"Zoë Marchetti".to_owned()), "Windows-1252 letters arrive whole");
}

#[test]
fn an_offices_totals_headings_formulas_and_footers_are_listed_as_skipped_and_not_added() {
    let (mut h, _dir) = preview_of("office-junk.csv");
    for why in [
        "skipped: a total, not a person",
        "skipped: a department heading",
        "skipped: a spreadsheet formula, not a name",
        "skipped: a page footer",
        "skipped: the header line again",
        "skipped: empty row",
    ] {
        assert!(shows(&h, why), "{why}");
    }
    assert!(shows(&h, "John Smith Jr."), "a suffix as people write it");
    assert!(shows(&h, "Anna van der Berg"));
    click(&mut h, "Add to the roster (5 new)");
    let names = crew(&h);
    assert_eq!(names.len(), 17);
    assert!(!names.iter().any(|n| n.contains("Total") || n.starts_with('=') || n.contains("DEPARTMENT")), "{names:?}");
}

#[test]
fn a_sixty_row_list_counts_what_it_adds_and_adds_what_it_counts() {
    let (mut h, _dir) = preview_of("sixty-utf8-bom.csv");
    assert!(shows(&h, "58 to add · 0 already on the list · 2 twice in the file · 0 with letters lost · 0 skipped"));
    // Every row is there: the list scrolls to its last.
    let over = h.get_by_label("2").rect().center();
    h.event(egui::Event::PointerMoved(over));
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -5000.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    crate::ui_editor::settle(&mut h);
    assert!(shows(&h, "skipped: the same name as line"), "a name twice is said, not counted twice");
    assert!(h.query_by_label("61").is_some(), "the last line of the file is in the list");
    click(&mut h, "Add to the roster (58 new)");
    assert_eq!(crew(&h).len(), 12 + 58);
}

/// The path box takes the keyboard as it appears, reads what a file manager copies (a
/// `file://` URL with `%20` for spaces) and reads it on Enter.
#[test]
fn a_crew_list_pasted_as_a_file_url_is_read_with_enter() {
    let (mut h, dir, _) = app_on_copy("kitchen-table-day-05.ron");
    let file = dir.path().join("Crew List.csv");
    std::fs::copy(setbrief_testkit::fixtures().join("crew-lists/office-junk.csv"), &file).unwrap();
    menu(&mut h, "Edit", "Edit this briefing");
    click(&mut h, "Crew list (12)");
    click(&mut h, "Import a crew list…");
    let url = format!("file://{}", file.display().to_string().replace(' ', "%20"));
    h.get_by_label("Crew list file").type_text(&url);
    crate::ui_editor::settle(&mut h);
    h.key_press(egui::Key::Enter);
    crate::ui_editor::settle(&mut h);
    assert!(shows(&h, "Crew List.csv: 5 people"), "read on Enter from the URL's path");
}
