//! The look in one place: colours and type sizes for the daylight and night themes.

use egui::{Color32, FontFamily, FontId};
use serde::{Deserialize, Serialize};

use setbrief_core::deck::Tone;

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

    pub fn label(self) -> &'static str {
        match self {
            Self::Daylight => "Daylight",
            Self::Night => "Night",
        }
    }

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

/// Type sizes for a slide drawn at `scale` (1.0 = a 1280x720 window).
#[derive(Clone, Copy, Debug)]
pub struct TypeScale {
    pub scale: f32,
}

/// Body text at the readable minimum, in points, for a 1280x720 window.
pub const BODY_PT: f32 = 28.0;

impl TypeScale {
    pub fn for_size(width: f32, height: f32) -> Self {
        Self { scale: (width / 1280.0).min(height / 720.0) }
    }

    pub fn body(self) -> FontId {
        FontId::new(BODY_PT * self.scale, FontFamily::Proportional)
    }

    pub fn bold(self, size: f32) -> FontId {
        FontId::new(size * self.scale, bold_family())
    }

    pub fn title(self) -> FontId {
        self.bold(46.0)
    }

    pub fn subtitle(self) -> FontId {
        FontId::new(30.0 * self.scale, FontFamily::Proportional)
    }

    pub fn heading(self) -> FontId {
        self.bold(30.0)
    }

    pub fn small(self) -> FontId {
        FontId::new(20.0 * self.scale, FontFamily::Proportional)
    }

    pub fn status(self) -> FontId {
        FontId::new((18.0 * self.scale).max(14.0), FontFamily::Proportional)
    }

    pub fn margin(self) -> f32 {
        36.0 * self.scale
    }

    pub fn pictogram(self) -> f32 {
        72.0 * self.scale
    }
}

pub fn bold_family() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Noto Sans, shipped in `assets/fonts/` (SIL OFL): plainer and heavier than egui's
/// default light face, with every accented Latin letter crews' names use.
pub fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "NotoSans".into(),
        Arc::new(egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"))),
    );
    fonts.font_data.insert(
        "NotoSansBold".into(),
        Arc::new(egui::FontData::from_static(include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"))),
    );
    let fallback: Vec<String> = fonts.families.get(&FontFamily::Proportional).cloned().unwrap_or_default();
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "NotoSans".into());
    }
    let mut bold = vec!["NotoSansBold".to_owned()];
    bold.extend(fallback);
    fonts.families.insert(bold_family(), bold);
    ctx.set_fonts(fonts);
}
