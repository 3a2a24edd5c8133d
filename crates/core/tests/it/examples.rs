//! Every example day in `briefings/` validates clean, and the documented facts hold.

use setbrief_core::briefing::{HazardKind, Lang, load_file};

fn examples() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(setbrief_testkit::repo().join("briefings"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_validates_clean() {
    let files = examples();
    assert!(files.len() >= 3);
    for path in files {
        let loaded = load_file(&path).unwrap();
        assert!(loaded.briefing.is_some(), "{}", path.display());
        assert_eq!(loaded.diagnostics, vec![], "{}", path.display());
    }
}

#[test]
fn the_examples_cover_what_the_format_promises() {
    let all: Vec<_> = examples().iter().map(|p| load_file(p).unwrap().briefing.unwrap()).collect();
    let has = |k: HazardKind| all.iter().any(|b| b.hazard_kinds().contains(&k));
    for kind in [HazardKind::Firearms, HazardKind::Animals, HazardKind::Stunts, HazardKind::Vehicles, HazardKind::Smoke]
    {
        assert!(has(kind), "no example with {kind:?}");
    }
    assert!(all.iter().any(|b| b.languages == [Lang::En, Lang::Es]), "no bilingual example");
    assert!(all.iter().any(|b| b.hazard_kinds().is_empty()), "no quiet day");
}

#[test]
fn the_generated_benchmark_briefing_is_clean() {
    let text = setbrief_core::briefing::generate::briefing_text(200, 300);
    let loaded = setbrief_testkit::parse(&text);
    assert_eq!(loaded.diagnostics, vec![]);
    let b = loaded.briefing.unwrap();
    assert_eq!((b.scenes.len(), b.crew.len()), (200, 300));
}

/// Issue 13: a briefing written back reads as the same briefing, for every example, and
/// every example is already written the way the editor writes it.
#[test]
fn every_example_written_back_reads_as_the_same_briefing() {
    for entry in std::fs::read_dir(setbrief_testkit::repo().join("briefings")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let original = load_file(&path).unwrap().briefing.unwrap();
        let text = setbrief_core::briefing::write::to_ron(&original).unwrap();
        let again = setbrief_core::briefing::parse_bytes(&path, text.clone().into_bytes());
        assert_eq!(again.briefing.as_ref(), Some(&original), "{}:\n{text}\n{:?}", path.display(), again.diagnostics);
        let twice = setbrief_core::briefing::write::to_ron(&again.briefing.unwrap()).unwrap();
        assert_eq!(twice, text, "writing is stable");
        let on_disk = std::fs::read_to_string(&path).unwrap();
        let tidy = setbrief_core::briefing::write::rewrite(&on_disk, &original).unwrap();
        assert!(!tidy.drops_comments);
        assert!(tidy.text == on_disk, "{} is not in the editor's form: run `setbrief fmt`", path.display());
    }
}

#[test]
fn tomorrow_from_today_keeps_the_people_and_open_incidents_and_empties_the_scenes() {
    let mut today = setbrief_testkit::day::western().briefing.unwrap();
    today.incidents[0].corrective_action = None;
    let tomorrow = setbrief_core::briefing::write::next_day(&today, None);
    assert_eq!(tomorrow.day, today.day + 1);
    assert_eq!(tomorrow.date.to_string(), "2026-04-17");
    assert_eq!((tomorrow.contacts.clone(), tomorrow.crew.clone()), (today.contacts.clone(), today.crew.clone()));
    assert_eq!(tomorrow.emergency, today.emergency);
    assert_eq!(tomorrow.incidents, vec![today.incidents[0].clone()], "open carried, closed dropped");
    assert!(tomorrow.scenes.is_empty());
    let monday = "2026-04-20".parse().unwrap();
    assert_eq!(setbrief_core::briefing::write::next_day(&today, Some(monday)).date, monday);
}
