//! The look in one place: the design tokens of every screen (slides, presenter,
//! console, crew sign-in, dialogs).
//!
//! Colours for daylight and night, the type scale, spacing and the size of touch
//! targets are named here and nowhere else; the slides' type scale comes from the core,
//! which paginates with the same numbers. [`apply`] puts a theme into egui's style
//! once, when it changes.

use egui::{Color32, FontFamily, FontId, Vec2, vec2};
use serde::{Deserialize, Serialize};
use setbrief_core::deck::{Tone, type_scale};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeKind {
    /// Dark text on white: readable outdoors and on a TV in a lit room.
    #[default]
    Daylight,
    /// Light text on near-black for night shoots, so the screen does not blind anyone.
    Night,
}

impl ThemeKind {
    pub fn toggled(self) -> Self {
        match self {
            Self::Daylight => Self::Night,
            Self::Night => Self::Daylight,
        }
    }

    /// The words file's key for its name.
    pub fn words(self) -> &'static str {
        match self {
            Self::Daylight => "menu.theme.daylight",
            Self::Night => "menu.theme.night",
        }
    }

    /// The slides' colours.
    pub fn palette(self) -> Palette {
        match self {
            Self::Daylight => Palette {
                background: Color32::WHITE,
                text: Color32::from_rgb(0x10, 0x10, 0x10),
                muted: Color32::from_rgb(0x3C, 0x3C, 0x3C),
                second_language: Color32::from_rgb(0x0B, 0x3D, 0x91),
                danger: Color32::from_rgb(0xA5, 0x00, 0x1E),
                emphasis_fill: Color32::from_rgb(0xFF, 0xF1, 0xB8),
                rule: Color32::from_rgb(0x10, 0x10, 0x10),
                status: Color32::from_rgb(0x4A, 0x4A, 0x4A),
            },
            Self::Night => Palette {
                background: Color32::from_rgb(0x0E, 0x10, 0x12),
                text: Color32::from_rgb(0xF2, 0xF2, 0xF2),
                muted: Color32::from_rgb(0xC8, 0xC8, 0xC8),
                second_language: Color32::from_rgb(0xA8, 0xC8, 0xFF),
                danger: Color32::from_rgb(0xFF, 0x8A, 0x80),
                emphasis_fill: Color32::from_rgb(0x3A, 0x31, 0x00),
                rule: Color32::from_rgb(0xF2, 0xF2, 0xF2),
                status: Color32::from_rgb(0xB0, 0xB0, 0xB0),
            },
        }
    }

    /// The colours of the screens around the slides.
    pub fn colors(self) -> Colors {
        match self {
            Self::Daylight => Colors {
                saved: Color32::from_rgb(0x0A, 0x6B, 0x2E),
                danger: Color32::from_rgb(0xA5, 0x00, 0x1E),
                warning: Color32::from_rgb(0x8A, 0x4B, 0x00),
            },
            Self::Night => Colors {
                saved: Color32::from_rgb(0x7D, 0xD8, 0x93),
                danger: Color32::from_rgb(0xFF, 0x8A, 0x80),
                warning: Color32::from_rgb(0xFF, 0xC0, 0x66),
            },
        }
    }

    fn visuals(self) -> egui::Visuals {
        let colors = self.colors();
        let mut visuals = match self {
            Self::Daylight => egui::Visuals::light(),
            Self::Night => egui::Visuals::dark(),
        };
        visuals.error_fg_color = colors.danger;
        visuals.warn_fg_color = colors.warning;
        visuals
    }
}

/// The colours a slide is drawn with. Contrast of `text` and `muted` on `background`
/// is above 10:1 in both themes.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub background: Color32,
    pub text: Color32,
    pub muted: Color32,
    /// The second language when both are stacked: a hue, and italic, so the two read apart.
    pub second_language: Color32,
    pub danger: Color32,
    pub emphasis_fill: Color32,
    pub rule: Color32,
    pub status: Color32,
}

impl Palette {
    pub fn tone(&self, tone: Tone) -> Color32 {
        match tone {
            Tone::Danger => self.danger,
            Tone::Normal | Tone::Emphasis => self.text,
        }
    }
}

/// Colours with a meaning on the console and crew screens; each meaning also has a
/// word ("Saved", "NOT CLEARED"), never colour alone.
#[derive(Clone, Copy, Debug)]
pub struct Colors {
    pub saved: Color32,
    pub danger: Color32,
    pub warning: Color32,
}

/// Signatures are drawn in a pen's blue-black on white paper, in either theme.
pub mod ink {
    use egui::Color32;

    pub const PAPER: Color32 = Color32::WHITE;
    pub const PEN: Color32 = Color32::from_rgb(0x0B, 0x1F, 0x5C);
    pub const EDGE: Color32 = Color32::from_gray(60);
    pub const GUIDE: Color32 = Color32::from_gray(150);
    pub const HINT: Color32 = Color32::from_gray(110);
}

/// Type sizes of the screens around the slides, in points.
pub mod size {
    /// Console lines that matter at a glance (counts, scene status, outcomes).
    pub const CONSOLE: f32 = 22.0;
    /// What crew read while signing.
    pub const CREW: f32 = 22.0;
    /// Names in the crew list and the search box.
    pub const CREW_NAME: f32 = 26.0;
    /// "Signing: …".
    pub const CREW_HEADING: f32 = 32.0;
    /// The button that saves a signature.
    pub const CREW_ACTION: f32 = 30.0;
    /// The presenter view's status line.
    pub const PRESENTER: f32 = 22.0;
    pub const PRESENTER_LABEL: f32 = 18.0;
    pub const PRESENTER_NOTES: f32 = 24.0;
    pub const PRESENTER_BUTTON: f32 = 20.0;
    /// The diagnostics screen, scaled with the window.
    pub const DIAGNOSTICS_HEADING: f32 = 30.0;
    pub const DIAGNOSTICS_PATH: f32 = 18.0;
    pub const DIAGNOSTICS_TEXT: f32 = 17.0;
    pub const DIAGNOSTICS_BUTTON: f32 = 20.0;
    /// The hint under the signature pad's line.
    pub const PAD_HINT: f32 = 14.0;
}

/// Touch targets: big enough for a gloved finger.
pub mod touch {
    use egui::{Vec2, vec2};

    /// One name in the crew list.
    pub const ROW: f32 = 60.0;
    pub const NAME_BUTTON: Vec2 = vec2(420.0, 52.0);
    /// The one action that finishes a step ("Sign").
    pub const PRIMARY: Vec2 = vec2(220.0, 64.0);
    /// The others beside it ("Undo stroke", "Clear", "Back"): four fit a 1100-wide column.
    pub const SECONDARY: Vec2 = vec2(200.0, 64.0);
    /// Acknowledgement boxes.
    pub const CHECKBOX: f32 = 30.0;
    pub const CHECKBOX_MARK: f32 = 18.0;
    pub const CHECKBOX_ROW: f32 = 40.0;
    /// The presenter view's buttons.
    pub const PRESENTER_BUTTON: Vec2 = vec2(180.0, 56.0);
}

/// Spacing, in points.
pub mod space {
    /// Inside a framed message.
    pub const FRAME: f32 = 8.0;
    /// Between the parts of a screen.
    pub const GAP: f32 = 12.0;
    /// Around a screen's edge.
    pub const EDGE: f32 = 16.0;
    pub const SCREEN_MARGIN: f32 = 24.0;
}

/// Signature pads, in points.
pub mod pad {
    use egui::{Vec2, vec2};

    pub const CREW: Vec2 = vec2(640.0, 200.0);
    pub const ROLE: Vec2 = vec2(480.0, 160.0);
}

/// Type sizes for a slide drawn at `scale` (1.0 = a 1280x720 window), from the
/// core's [`type_scale`].
#[derive(Clone, Copy, Debug)]
pub struct TypeScale {
    pub scale: f32,
}

impl TypeScale {
    pub fn for_size(width: f32, height: f32) -> Self {
        Self { scale: (width / 1280.0).min(height / 720.0) }
    }

    fn regular(self, size: f32) -> FontId {
        FontId::new(size * self.scale, FontFamily::Proportional)
    }

    pub fn bold(self, size: f32) -> FontId {
        FontId::new(size * self.scale, bold_family())
    }

    pub fn body(self) -> FontId {
        self.regular(type_scale::BODY)
    }

    pub fn body_bold(self) -> FontId {
        self.bold(type_scale::BODY)
    }

    pub fn title(self) -> FontId {
        self.bold(type_scale::TITLE)
    }

    pub fn subtitle(self) -> FontId {
        self.regular(type_scale::SUBTITLE)
    }

    pub fn heading(self) -> FontId {
        self.bold(type_scale::HEADING)
    }

    pub fn fact_label(self) -> FontId {
        self.bold(type_scale::FACT_LABEL)
    }

    /// The emergency number: the largest type on any slide.
    pub fn headline(self) -> FontId {
        self.bold(type_scale::HEADLINE)
    }

    pub fn callout(self) -> FontId {
        self.bold(type_scale::CALLOUT)
    }

    pub fn small(self) -> FontId {
        self.regular(type_scale::SMALL)
    }

    pub fn status(self) -> FontId {
        FontId::new((type_scale::STATUS * self.scale).max(type_scale::STATUS_MIN), FontFamily::Proportional)
    }

    pub fn margin(self) -> f32 {
        type_scale::MARGIN * self.scale
    }

    pub fn pictogram(self) -> f32 {
        type_scale::PICTOGRAM * self.scale
    }

    /// A gap of `points` at a 1280x720 window, scaled.
    pub fn space(self, points: f32) -> f32 {
        points * self.scale
    }

    /// The large Previous/Next buttons under the slide.
    pub fn nav_button(self) -> Vec2 {
        let size = self.status().size;
        vec2(size * 4.0, size * 1.6)
    }
}

/// The colour of "Saved" and "cleared" in the theme `ui` is drawn with.
pub fn saved_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode { ThemeKind::Night.colors().saved } else { ThemeKind::Daylight.colors().saved }
}

pub fn bold_family() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Puts `kind` into egui's style. Call it when the theme changes, not every frame:
/// replacing the style makes egui lay everything out again.
pub fn apply(ctx: &egui::Context, kind: ThemeKind) {
    ctx.set_visuals(kind.visuals());
}

/// The family for a name written right to left (Arabic, Hebrew).
///
/// egui lays lines out left to right and has no bidirectional reordering: a multi-word Arabic name
/// drawn with Noto Sans first comes out with its words reversed, while a family whose
/// first font is the script's own shapes the whole name as one right-to-left run.
pub fn name_family(name: &str) -> FontFamily {
    if name.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')) {
        FontFamily::Name("arabic".into())
    } else if name.chars().any(|c| matches!(c, '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}')) {
        FontFamily::Name("hebrew".into())
    } else {
        FontFamily::Proportional
    }
}

/// Installs the fonts of every screen.
///
/// Noto Sans, shipped in `assets/fonts/` (SIL OFL): plainer and heavier than egui's
/// default light face, with every accented Latin letter crews' names use; behind it
/// Noto Sans Arabic, Hebrew, Devanagari and Thai (shipped) and Noto Sans CJK (from the
/// system, where installed), so a name in any of those scripts shows as typed.
pub fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    let mut add = |name: &str, data: egui::FontData| {
        fonts.font_data.insert(name.to_owned(), Arc::new(data));
    };
    add("NotoSans", egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf")));
    add("NotoSansBold", egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf")));
    add("Arabic", egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf")));
    add("Hebrew", egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSansHebrew-Regular.ttf")));
    add(
        "Devanagari",
        egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSansDevanagari-Regular.ttf")),
    );
    add("Thai", egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSansThai-Regular.ttf")));
    let cjk = setbrief_report::pdf::fonts::CJK_PATHS.iter().find_map(|p| std::fs::read(p).ok());
    let has_cjk = cjk.is_some();
    if let Some(bytes) = cjk {
        add("CJK", egui::FontData::from_owned(bytes));
    }
    let scripts: Vec<String> = ["Arabic", "Hebrew", "Devanagari", "Thai"]
        .into_iter()
        .chain(has_cjk.then_some("CJK"))
        .map(str::to_owned)
        .collect();
    let egui_defaults: Vec<String> = fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    let family = |first: &[&str]| -> Vec<String> {
        let mut list: Vec<String> = first.iter().map(|s| (*s).to_owned()).collect();
        list.extend(scripts.iter().filter(|s| !first.contains(&s.as_str())).cloned());
        list.extend(egui_defaults.iter().cloned());
        list
    };
    fonts.families.insert(FontFamily::Proportional, family(&["NotoSans"]));
    fonts.families.insert(bold_family(), family(&["NotoSansBold"]));
    fonts.families.insert(FontFamily::Name("arabic".into()), family(&["Arabic", "NotoSans"]));
    fonts.families.insert(FontFamily::Name("hebrew".into()), family(&["Hebrew", "NotoSans"]));
    ctx.set_fonts(fonts);
}

/// `wanted`, or less where the monitor is smaller.
///
/// A window never opens larger than the screen it is on (a 1280x800 presenter window
/// on a 1366x768 laptop overhung it). Room is left for the title bar and the panels.
pub fn window_size_within(ctx: &egui::Context, wanted: Vec2) -> Vec2 {
    match ctx.input(|i| i.viewport().monitor_size) {
        Some(monitor) if monitor.x > 0.0 && monitor.y > 0.0 => wanted.min(monitor - vec2(40.0, 100.0)),
        _ => wanted,
    }
}

/// Text and buttons of `ui` at the console's size, for the few controls the 1st AD must
/// read and hit from a step back, over the small default of egui's panels.
pub fn console_sized(ui: &mut egui::Ui) {
    let style = ui.style_mut();
    for text in [egui::TextStyle::Body, egui::TextStyle::Button] {
        if let Some(font) = style.text_styles.get_mut(&text) {
            font.size = size::CONSOLE;
        }
    }
    style.spacing.interact_size.y = style.spacing.interact_size.y.max(touch::CHECKBOX_ROW);
    style.spacing.button_padding = vec2(12.0, 8.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The size asked for within a frame whose window is on a monitor of `monitor`.
    fn fitted(monitor: Option<Vec2>, wanted: Vec2) -> Vec2 {
        let ctx = egui::Context::default();
        let mut raw = egui::RawInput::default();
        raw.viewports.entry(egui::ViewportId::ROOT).or_default().monitor_size = monitor;
        let mut size = Vec2::ZERO;
        let mut output = ctx.run_ui(raw, |ui| size = window_size_within(ui.ctx(), wanted));
        // Nothing is drawn: the font atlas's upload is not needed.
        output.textures_delta.clear();
        size
    }

    #[test]
    fn a_window_never_opens_larger_than_its_monitor() {
        let presenter = Vec2::new(1280.0, 800.0);
        let fitted_laptop = fitted(Some(Vec2::new(1366.0, 768.0)), presenter);
        assert!(fitted_laptop.y <= 768.0 - 100.0 && fitted_laptop.x == 1280.0, "{fitted_laptop:?}");
        assert_eq!(fitted(Some(Vec2::new(1920.0, 1080.0)), presenter), presenter);
        assert_eq!(fitted(None, presenter), presenter, "an unknown monitor: as asked");
    }
}
