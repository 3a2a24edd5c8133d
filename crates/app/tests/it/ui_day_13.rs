//! Issue 24's measure: day 13 of the Western prepared in the app from day 12, the
//! script and the office's crew list, counting every interaction as a 1st AD makes
//! them (each click; each field typed into is two: the click and the typing).

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use setbrief_app::SetbriefApp;
use setbrief_core::briefing::HazardKind;
use setbrief_core::briefing::load_file;

use crate::ui_editor::{app_on_copy, click, menu, settle, type_into};

struct Counted<'a, 'h> {
    h: &'a mut Harness<'h, SetbriefApp>,
    interactions: usize,
}

impl Counted<'_, '_> {
    fn tap(&mut self, label: &str) {
        click(self.h, label);
        self.interactions += 1;
    }

    fn type_in(&mut self, label: &str, text: &str) {
        type_into(self.h, label, text);
        self.interactions += 2;
    }
}

#[test]
fn day_13_of_the_western_is_prepared_from_its_script_and_crew_list() {
    let (mut h, dir, _) = app_on_copy("coyote-pass-day-12.ron");
    let fixtures = setbrief_testkit::fixtures();
    let mut day = Counted { h: &mut h, interactions: 0 };
    menu(day.h, "Edit", "New day from this one…");
    day.interactions += 2;
    day.tap("Create the new day");
    day.tap("Crew list (28)");
    day.tap("Import a crew list…");
    day.type_in("Crew list file", fixtures.join("crew-lists/coyote-pass-day-13-additions.csv").to_str().unwrap());
    day.tap("Read");
    day.tap("Add to the roster (3 new)");
    day.tap("Import scenes from a script…");
    day.type_in("Script file", fixtures.join("scripts/coyote-pass-week-3.fountain").to_str().unwrap());
    day.type_in("Scene numbers (as the call sheet writes them)", "61, 63, 64");
    day.tap("Read");
    day.h.get_all_by_label("Firearms").next().unwrap().click();
    day.interactions += 1;
    day.tap("Stunts");
    day.tap("Vehicles and camera cars");
    day.tap("Add 3 scenes, with the hazards ticked");
    // Scene 61: the weapon (in both of the day's languages), its loads, who handles it,
    // who is responsible, the abort signal.
    day.tap("61  EXT. GOLDEN SPUR SALOON - NIGHT");
    day.tap("Add a weapon");
    day.type_in("Weapon 1, English", "1x Colt Single Action Army .45 (blank-adapted)");
    day.type_in("Weapon 1, Español", "1x Colt Single Action Army .45 (adaptado para salvas)");
    day.tap("blanks");
    day.tap("Add to Handled by from the crew list");
    day.tap("Miles Hart");
    day.tap("Add to Responsible from the crew list");
    day.tap("Tom Brennan");
    day.type_in("Abort signal, English", "Anyone calls CUT, CUT, CUT; the armorer calls HOLD.");
    day.type_in("Abort signal, Español", "Cualquiera grita CORTE, CORTE, CORTE; el armero grita ALTO.");
    // Scene 63: the fall as planned, who performs it, who is responsible, the signal.
    day.tap("63  INT. LIVERY STABLE - HAYLOFT - NIGHT");
    day.type_in("Details, English", "3 m fall from the hayloft onto a boxed catcher under the bales.");
    day.type_in("Details, Español", "Caída de 3 m desde el henil sobre cajas de caída bajo las pacas.");
    day.tap("Add to Performers from the crew list");
    day.tap("Dwayne Little Bear");
    day.tap("Add to Responsible from the crew list");
    day.tap("Jake Morales");
    day.type_in("Abort signal, English", "Anyone calls CUT, CUT, CUT.");
    day.type_in("Abort signal, Español", "Cualquiera grita CORTE, CORTE, CORTE.");
    // Scene 64: the picture car's run, its top speed, who is responsible, the signal.
    day.tap("64  EXT. RIDGE ROAD - DAWN");
    day.type_in("Details, English", "Model T picture car, precision driver only; crew behind the hay bales.");
    day.type_in(
        "Details, Español",
        "Auto de época Model T, solo el conductor de precisión; equipo detrás de las pacas.",
    );
    day.tap("Top speed (mph)");
    day.tap("Add to Responsible from the crew list");
    day.tap("Rosalind Achebe");
    day.type_in("Abort signal, English", "Anyone calls CUT, CUT, CUT; the driver stops.");
    day.type_in("Abort signal, Español", "Cualquiera grita CORTE, CORTE, CORTE; el conductor se detiene.");
    day.h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    settle(day.h);
    day.interactions += 1;
    let total = day.interactions;
    println!("day 13 from its script and crew list: {total} interactions");
    // Before the script and crew-list imports: 83 (issue 24). Typing the day's own words
    // in two languages is 30 of these.
    assert_eq!(total, 60);
    let loaded = load_file(&dir.path().join("coyote-pass-day-13.ron")).unwrap();
    assert_eq!(loaded.diagnostics, [], "ready to present: every check passes");
    let b = loaded.briefing.unwrap();
    assert_eq!(b.day, 13);
    let numbers: Vec<&str> = b.scenes.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(numbers, ["61", "63", "64"]);
    assert_eq!(b.scene("61").unwrap().hazard_kinds().collect::<Vec<_>>(), [HazardKind::Firearms]);
    assert_eq!(b.scene("63").unwrap().hazard_kinds().collect::<Vec<_>>(), [HazardKind::Stunts]);
    assert_eq!(b.scene("64").unwrap().hazard_kinds().collect::<Vec<_>>(), [HazardKind::Vehicles]);
    assert_eq!(b.scene("64").unwrap().set, "RIDGE ROAD - DAWN", "the set as the script writes it");
    assert!(b.crew.iter().any(|m| m.name == "Dwayne Little Bear"), "the day player from the crew list");
    assert_eq!(b.crew.iter().filter(|m| m.name == "Zoë Marchetti").count(), 1, "already on the roster: once");
}
