//! The one-line outcome of the last action, for the person at the laptop: saved or
//! not, and why.

use egui::Ui;

use super::big;

/// What the last action came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub saved: bool,
    pub text: String,
}

impl Notice {
    pub fn saved(text: impl Into<String>) -> Self {
        Self { saved: true, text: text.into() }
    }

    pub fn not_saved(text: impl Into<String>) -> Self {
        Self { saved: false, text: text.into() }
    }

    /// A notice for a core call's result: `ok` words the success.
    pub fn of<T, E: std::fmt::Display>(result: &Result<T, E>, ok: impl FnOnce(&T) -> String) -> Self {
        match result {
            Ok(v) => Self::saved(ok(v)),
            Err(e) => Self::not_saved(e.to_string()),
        }
    }

    pub fn show(&self, ui: &mut Ui) {
        let (color, mark) = if self.saved {
            (crate::theme::saved_color(ui), "Saved: ")
        } else {
            (ui.visuals().error_fg_color, "Not saved: ")
        };
        egui::Frame::new().stroke(egui::Stroke::new(2.0, color)).inner_margin(crate::theme::space::FRAME).show(
            ui,
            |ui| {
                ui.label(big(format!("{mark}{}", self.text)).color(color).strong());
            },
        );
    }
}
