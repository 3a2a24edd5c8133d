//! The pictograms shipped in `assets/pictograms/` are the ones the program draws.
//! Regenerate with `UPDATE_ASSETS=1 cargo test --test pictograms`.

use setbrief_core::briefing::HazardKind;
use setbrief_core::deck::pictogram::{file_name, to_svg};

#[test]
fn shipped_svgs_match_the_drawn_pictograms() {
    let dir = setbrief_testkit::repo().join("assets/pictograms");
    let update = std::env::var_os("UPDATE_ASSETS").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    for kind in HazardKind::ALL {
        let path = dir.join(file_name(kind));
        let svg = to_svg(kind);
        if update {
            std::fs::write(&path, &svg).unwrap();
        }
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(shipped, svg, "{} is stale: run UPDATE_ASSETS=1 cargo test --test pictograms", path.display());
        assert!(svg.contains(kind.info().name.en()), "the SVG is titled with the hazard's word");
    }
}
