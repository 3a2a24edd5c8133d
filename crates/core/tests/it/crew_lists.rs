//! Crew lists as offices send them, each a file written for the purpose: what an
//! import plans for every row, and that it adds exactly what it says.

use setbrief_core::attendance::crew_list::plan::{Plan, counts, plan, to_add};
use setbrief_core::attendance::crew_list::{Skip, read_file};

fn list(name: &str) -> std::path::PathBuf {
    setbrief_testkit::fixtures().join("crew-lists").join(name)
}

#[test]
fn an_excel_1252_list_whose_letters_became_question_marks_adds_none_of_them_as_written() {
    let import = read_file(&list("excel-1252-letters-lost.csv")).unwrap();
    let roster = ["Łukasz Nowak".to_owned(), "Antonín Dvořák".to_owned()];
    let planned = plan(&import, &roster);
    let lost: Vec<(&str, Option<&str>)> = planned
        .iter()
        .filter_map(|p| match &p.plan {
            Plan::LettersLost { person, roster_name } => Some((person.name.as_str(), roster_name.as_deref())),
            _ => None,
        })
        .collect();
    assert_eq!(
        lost,
        [("?ukasz Nowak", Some("Łukasz Nowak")), ("Anton?n Dvo??k", Some("Antonín Dvořák")), ("Nguy?n V?n An", None)]
    );
    let added: Vec<String> = to_add(&planned).into_iter().map(|p| p.name).collect();
    assert_eq!(added, ["Dana Whitfield", "José Armijo", "Zoë Marchetti"], "Windows-1252 letters arrive whole");
}

#[test]
fn an_offices_totals_headings_formulas_and_footers_are_skipped_with_their_reasons() {
    let import = read_file(&list("office-junk.csv")).unwrap();
    let people: Vec<&str> = import.people().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Zoë Marchetti", "Kim Aldana", "John Smith Jr.", "Anna van der Berg", "Tom Brennan"]);
    let skipped: Vec<(u64, &Skip)> = import.skipped().collect();
    assert_eq!(
        skipped,
        [
            (4, &Skip::Section),
            (7, &Skip::Empty),
            (8, &Skip::Total),
            (9, &Skip::Section),
            (12, &Skip::Formula),
            (13, &Skip::Footer),
            (14, &Skip::RepeatedHeader),
            (15, &Skip::Section),
            (17, &Skip::Total),
            (18, &Skip::Footer),
        ]
    );
}

#[test]
fn sixty_rows_with_two_names_twice_plan_and_add_fifty_eight() {
    let import = read_file(&list("sixty-utf8-bom.csv")).unwrap();
    let planned = plan(&import, &[]);
    assert_eq!(planned.len(), 60, "every row is planned");
    assert_eq!(counts(&planned), [58, 0, 2, 0, 0]);
    assert_eq!(to_add(&planned).len(), 58);
}
