//! The day's scenes from the script, in the editor: a Fountain or Final Draft file and
//! the call sheet's scene numbers; each scene with the hazards its script suggests and
//! the line that suggested each, none accepted until the 1st AD ticks it.

use egui::{RichText, Ui};
use setbrief_core::briefing::{Briefing, HazardKind};
use setbrief_core::script::{self, ScriptScene, Suggestion, suggest::suggestions};

use crate::words::Wording;

/// The window's state: the file, the numbers, and what was read.
#[derive(Default)]
pub struct ScriptImport {
    path: String,
    numbers: String,
    read: Option<Result<Vec<Chosen>, String>>,
    missing: Vec<String>,
    /// The file box was shown (and took the keyboard, once).
    shown: bool,
}

/// A scene of the script the day shoots, its suggestions and which are accepted.
struct Chosen {
    scene: ScriptScene,
    suggested: Vec<(Suggestion, bool)>,
    /// The briefing has a scene with this number already: not added again.
    already: bool,
}

/// What the window asks of the editor this frame.
pub enum Step {
    Open,
    Close,
    /// The scenes to add, each with the hazards accepted.
    Add(Vec<(ScriptScene, Vec<HazardKind>)>),
}

impl ScriptImport {
    pub fn show(&mut self, ctx: &egui::Context, briefing: &Briefing) -> Step {
        let w = Wording::of(ctx);
        let mut step = Step::Open;
        let mut open = true;
        egui::Window::new(w.get("script.title")).open(&mut open).default_size([720.0, 560.0]).show(ctx, |ui| {
            step = self.form(ui, w, briefing);
        });
        if open { step } else { Step::Close }
    }

    fn form(&mut self, ui: &mut Ui, w: Wording, briefing: &Briefing) -> Step {
        ui.horizontal(|ui| {
            let label = ui.label(w.get("script.file"));
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(420.0)).labelled_by(label.id);
            if !std::mem::replace(&mut self.shown, true) {
                field.request_focus();
            }
        });
        ui.label(RichText::new(w.get("script.kinds")).weak());
        let entered = ui
            .horizontal(|ui| {
                let label = ui.label(w.get("script.numbers"));
                let field = ui.add(egui::TextEdit::singleline(&mut self.numbers).hint_text("12, 14, 47A"));
                let field = field.labelled_by(label.id);
                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
            })
            .inner;
        if ui.button(w.get("import.read")).clicked() || entered {
            self.read(briefing);
        }
        let Some(read) = &mut self.read else { return Step::Open };
        let chosen = match read {
            Ok(chosen) => chosen,
            Err(e) => {
                ui.colored_label(ui.visuals().error_fg_color, e.as_str());
                return Step::Open;
            }
        };
        if !self.missing.is_empty() {
            let missing = self.missing.join(", ");
            ui.colored_label(ui.visuals().warn_fg_color, w.fill("script.missing", &[("numbers", &missing)]));
        }
        egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
            for c in chosen.iter_mut() {
                scene_block(ui, w, c);
            }
        });
        let adding = chosen.iter().filter(|c| !c.already).count();
        let label = w.fill("script.add", &[("n", &adding.to_string())]);
        if ui.add_enabled(adding > 0, egui::Button::new(RichText::new(label).strong())).clicked() {
            let scenes = chosen
                .iter()
                .filter(|c| !c.already)
                .map(|c| {
                    let kinds = c.suggested.iter().filter(|(_, on)| *on).map(|(s, _)| s.kind).collect();
                    (c.scene.clone(), kinds)
                })
                .collect();
            self.read = None;
            return Step::Add(scenes);
        }
        Step::Open
    }

    fn read(&mut self, briefing: &Briefing) {
        let path = setbrief_core::typed_path::from_typed(&self.path);
        let wanted = script::scene_numbers(&self.numbers);
        self.read = Some(script::read_file(&path).map_err(|e| e.to_string()).map(|scenes| {
            let (found, missing) = script::chosen(&scenes, &wanted);
            self.missing = missing;
            found
                .into_iter()
                .map(|scene| Chosen {
                    already: scene.number.as_deref().is_some_and(|n| briefing.scene(n).is_some()),
                    suggested: suggestions(scene).into_iter().map(|s| (s, false)).collect(),
                    scene: scene.clone(),
                })
                .collect()
        }));
    }
}

/// A scene as read, its cast, and a tick for each suggested hazard with its line.
fn scene_block(ui: &mut Ui, w: Wording, c: &mut Chosen) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let number = c.scene.number.clone().unwrap_or_default();
        ui.label(RichText::new(format!("{number}  {}", c.scene.heading())).strong());
        if !c.scene.cast.is_empty() {
            ui.label(RichText::new(w.fill("script.cast", &[("cast", &c.scene.cast.join(", "))])).weak());
        }
        if c.already {
            ui.colored_label(ui.visuals().warn_fg_color, w.get("script.already"));
            return;
        }
        if c.suggested.is_empty() {
            ui.label(RichText::new(w.get("script.no_suggestion")).weak());
        }
        for (suggestion, on) in &mut c.suggested {
            ui.checkbox(on, suggestion.kind.info().name.get(w.0));
            ui.label(RichText::new(format!("    «{}»", suggestion.because)).weak().italics());
        }
    });
}
