//! Paints a hazard pictogram (see [`setbrief_core::deck::pictogram`]) with egui shapes.

use egui::{Color32, Pos2, Rect, Sense, Shape as EguiShape, Stroke, Ui, Vec2};

use setbrief_core::briefing::text::StaticText;
use setbrief_core::briefing::{HazardKind, Lang};
use setbrief_core::deck::pictogram::{INK, Shape, TRIANGLE, TRIANGLE_BORDER, YELLOW, symbol};

fn rgb(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

/// Paints the pictogram for `kind` into `rect` (a square).
pub fn paint(painter: &egui::Painter, rect: Rect, kind: HazardKind) {
    let s = rect.width() / 100.0;
    let at = |(x, y): (f32, f32)| Pos2::new(rect.left() + x * s, rect.top() + y * s);
    let ink = rgb(INK);
    painter.add(EguiShape::convex_polygon(
        TRIANGLE.iter().copied().map(at).collect(),
        rgb(YELLOW),
        Stroke::new(TRIANGLE_BORDER * s, ink),
    ));
    for shape in symbol(kind) {
        match shape {
            // Symbols may be concave, so fill them as a closed path rather than a convex polygon.
            Shape::Polygon(points) => {
                let pts: Vec<Pos2> = points.into_iter().map(at).collect();
                painter.add(EguiShape::Path(egui::epaint::PathShape {
                    points: pts,
                    closed: true,
                    fill: ink,
                    stroke: Stroke::new(0.5 * s, ink).into(),
                }));
            }
            Shape::Line { points, width } => {
                painter.add(EguiShape::line(points.into_iter().map(at).collect(), Stroke::new(width * s, ink)));
            }
            Shape::Circle { center, radius, filled: true, .. } => {
                painter.circle_filled(at(center), radius * s, ink);
            }
            Shape::Circle { center, radius, width, .. } => {
                painter.circle_stroke(at(center), radius * s, Stroke::new(width * s, ink));
            }
        }
    }
}

/// Allocates a square of `size` and paints the pictogram in it, named for screen readers
/// in `lang`, the language of the words around it.
pub fn show(ui: &mut Ui, kind: HazardKind, size: f32, lang: Lang) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    paint(ui.painter(), rect, kind);
    response.widget_info(|| {
        let label = StaticText::new("slide.pictogram").fill(lang, &[("hazard", kind.info().name.get(lang))]);
        egui::WidgetInfo::labeled(egui::Role::Image, true, label)
    });
    response
}

/// A small warning triangle with "!" that marks a life-safety line, so the line stands
/// out by shape and weight as well as colour.
pub fn warning_marker(ui: &mut Ui, size: f32, color: Color32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    let r = rect.shrink(size * 0.06);
    let tri = vec![Pos2::new(r.center().x, r.top()), r.right_bottom(), r.left_bottom()];
    ui.painter().add(EguiShape::convex_polygon(tri, color, Stroke::NONE));
    let bar = Rect::from_center_size(
        Pos2::new(r.center().x, r.top() + r.height() * 0.55),
        Vec2::new(r.width() * 0.1, r.height() * 0.38),
    );
    ui.painter().rect_filled(bar, 0.0, Color32::WHITE);
    ui.painter().circle_filled(
        Pos2::new(r.center().x, r.bottom() - r.height() * 0.13),
        r.width() * 0.06,
        Color32::WHITE,
    );
}
