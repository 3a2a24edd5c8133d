//! The slides of the scene being edited, paginated as presenting paginates them.

use egui::{Rect, Ui};
use setbrief_core::briefing::{Briefing, LanguageMode, Scene};
use setbrief_core::deck::{self, Slide, SlideKind};

use crate::slides::measure::Measured;
use crate::slides::slide_view::{self, Style};
use crate::theme::{ThemeKind, TypeScale};
use crate::words::Say as _;

/// The slides last built, and what they were built from: a scene is re-paginated
/// only when it (or the languages) changed.
#[derive(Default)]
pub struct Preview {
    built_from: Option<(Scene, Vec<setbrief_core::briefing::Lang>, LanguageMode)>,
    slides: Vec<Slide>,
}

impl Preview {
    pub fn show(&mut self, ui: &mut Ui, briefing: &Briefing, scene: &Scene, mode: LanguageMode) {
        let current = self
            .built_from
            .as_ref()
            .is_some_and(|(s, languages, m)| s == scene && *languages == briefing.languages && *m == mode);
        if !current {
            // Only this scene: its slides are paginated exactly as in the whole deck.
            let alone = Briefing { scenes: vec![scene.clone()], incidents: Vec::new(), ..briefing.clone() };
            self.slides = deck::build_with(&alone, mode, &Measured::new(ui.ctx(), mode))
                .into_iter()
                .filter(|s| matches!(s.kind, SlideKind::Scene { .. }))
                .collect();
            self.built_from = Some((scene.clone(), briefing.languages.clone(), mode));
        }
        ui.heading(ui.say("editor.preview"));
        let slides = ui.say_count("editor.preview_slides", self.slides.len() as u64);
        ui.label(egui::RichText::new(setbrief_core::language::fill(&slides, &[("scene", &scene.number)])).weak());
        let width = ui.available_width();
        let size = egui::vec2(width, width * 9.0 / 16.0);
        egui::ScrollArea::vertical().id_salt("preview").show(ui, |ui| {
            for slide in &self.slides {
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                let style = Style {
                    scale: TypeScale::for_size(rect.width(), rect.height()),
                    palette: ThemeKind::default().palette(),
                    mode,
                };
                let clip = ui.clip_rect().intersect(rect);
                if clip.is_positive() {
                    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
                    child.set_clip_rect(clip);
                    slide_view::show(&mut child, Rect::from_min_size(rect.min, size), slide, style);
                }
                ui.add_space(8.0);
            }
        });
    }
}
