//! A QR code drawn with egui rectangles, one per module, snapped to pixels so a phone
//! camera reads it off a laptop screen or a TV.

use egui::{Color32, Rect, Sense, Ui, Vec2, pos2, vec2};
use qrcode::{Color, QrCode};

/// Modules of white border around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// Draws `data` as a QR code `side` points square, named for screen readers.
pub fn show(ui: &mut Ui, data: &str, side: f32, label: &str) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), Sense::hover());
    let label = label.to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label.clone()));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    // A screen does not get scratched or folded: the lowest error correction gives the
    // fewest, largest modules, which a phone reads from further away.
    let Ok(code) = QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::L) else { return response };
    let width = code.width();
    let modules = width + 2 * QUIET_ZONE;
    let cell = (side / modules as f32).floor().max(1.0);
    let origin = rect.min + Vec2::splat(((side - cell * modules as f32) / 2.0).floor() + cell * QUIET_ZONE as f32);
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = ((i % width) as f32, (i / width) as f32);
            let min = pos2(origin.x + x * cell, origin.y + y * cell);
            painter.rect_filled(Rect::from_min_size(min, vec2(cell, cell)), 0.0, Color32::BLACK);
        }
    }
    response
}
