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
