//! A pad to sign on with a mouse, a finger or a pen. Keeps vector strokes with
//! their timing; Undo removes the last stroke, Clear all of them.

use std::time::Instant;

use egui::{Pos2, Sense, Stroke as EguiStroke, Ui, Vec2};

use setbrief_core::attendance::{Signature, Stroke, words};
use setbrief_core::briefing::Lang;

use crate::theme::{ink, size};

#[derive(Default)]
pub struct SignaturePad {
    strokes: Vec<Stroke>,
    drawing: bool,
    started: Option<Instant>,
    size: Vec2,
}

impl SignaturePad {
    pub fn is_empty(&self) -> bool {
        self.strokes.iter().all(|s| s.points.len() < 2)
    }

    pub fn signature(&self) -> Signature {
        Signature {
            width: self.size.x,
            height: self.size.y,
            strokes: self.strokes.iter().filter(|s| s.points.len() >= 2).cloned().collect(),
        }
    }

    pub fn clear(&mut self) {
        self.strokes.clear();
        self.drawing = false;
    }

    pub fn undo(&mut self) {
        self.strokes.pop();
        self.drawing = false;
    }

    fn add_point(&mut self, local: Vec2, size: Vec2) {
        let started = *self.started.get_or_insert_with(Instant::now);
        let ms = started.elapsed().as_secs_f32() * 1000.0;
        if let Some(stroke) = self.strokes.last_mut() {
            let moved = stroke.points.last().is_none_or(|p| (p[0] - local.x).abs() + (p[1] - local.y).abs() > 0.5);
            if moved {
                stroke.points.push([local.x.clamp(0.0, size.x), local.y.clamp(0.0, size.y), ms]);
            }
        }
    }

    /// The pad, named and with its hint under the line in the signer's language.
    pub fn show(&mut self, ui: &mut Ui, size: Vec2, lang: Lang) {
        self.size = size;
        let (rect, response) = ui.allocate_exact_size(size, Sense::drag());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, words::SIGNATURE_PAD.get(lang)));
        let hint = words::SIGN_HERE.get(lang);
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 6.0, ink::PAPER);
        painter.rect_stroke(rect, 6.0, EguiStroke::new(2.0, ink::EDGE), egui::StrokeKind::Inside);
        let baseline = rect.bottom() - size.y * 0.25;
        painter.hline(rect.left() + 20.0..=rect.right() - 20.0, baseline, EguiStroke::new(1.0, ink::GUIDE));
        painter.text(
            Pos2::new(rect.left() + 24.0, baseline + 4.0),
            egui::Align2::LEFT_TOP,
            hint,
            egui::FontId::proportional(size::PAD_HINT),
            ink::HINT,
        );
        // A stroke begins where the pen went down, not where egui noticed the drag.
        if response.drag_started() {
            self.strokes.push(Stroke::default());
            self.drawing = true;
            if let Some(origin) = ui.input(|i| i.pointer.press_origin()) {
                self.add_point(origin - rect.min, size);
            }
        }
        if let Some(pos) = response.interact_pointer_pos().filter(|_| self.drawing && response.dragged()) {
            self.add_point(pos - rect.min, size);
        }
        if response.drag_stopped() {
            self.drawing = false;
        }
        for stroke in &self.strokes {
            let points: Vec<Pos2> = stroke.points.iter().map(|p| rect.min + Vec2::new(p[0], p[1])).collect();
            painter.add(egui::Shape::line(points, EguiStroke::new(3.0, ink::PEN)));
        }
    }
}
