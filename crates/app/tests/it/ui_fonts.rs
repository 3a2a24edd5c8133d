//! Names in every script show on screen: the fonts behind Noto Sans cover them, and a
//! right-to-left name gets its own script's family so egui shapes it as one run.

use egui::{FontFamily, FontId};
use setbrief_app::theme;

#[test]
fn every_script_has_glyphs_on_screen() {
    let ctx = egui::Context::default();
    theme::install_fonts(&ctx);
    // Fonts take effect on the next frame; its texture updates are not needed here.
    let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
    output.textures_delta.clear();
    for name in setbrief_testkit::every_script_names(cjk_installed()) {
        let family = theme::name_family(name);
        let covered = ctx.fonts_mut(|f| f.has_glyphs(&FontId::new(20.0, family.clone()), name));
        assert!(covered, "{name} has no glyphs in {family:?} (CI installs fonts-noto-cjk)");
    }
    assert_eq!(theme::name_family("محمد عبد الله"), FontFamily::Name("arabic".into()));
    assert_eq!(theme::name_family("שרה לוי"), FontFamily::Name("hebrew".into()));
    assert_eq!(theme::name_family("Ольга"), FontFamily::Proportional);
}

/// Whether the system has the CJK font the report and the screens look for.
fn cjk_installed() -> bool {
    setbrief_report::pdf::fonts::CJK_PATHS.iter().any(|p| std::path::Path::new(p).exists())
}
