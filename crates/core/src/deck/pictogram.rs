//! Hazard pictograms as vector shapes: a warning triangle with a black symbol,
//! in a 100x100 box with y pointing down (as in egui and PDF page space).
//!
//! One description serves the slides (egui painter), the report (PDF paths) and the
//! SVG files in `assets/pictograms/`. They are always shown with the hazard's name:
//! the shape and the word carry the meaning, never the colour alone.

use std::fmt::Write as _;

use crate::briefing::hazard::HazardKind;

/// Safety yellow and near-black: distinct under every common colour-vision deficiency.
pub const YELLOW: [u8; 3] = [0xFF, 0xD4, 0x00];
pub const INK: [u8; 3] = [0x11, 0x11, 0x11];

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled polygon.
    Polygon(Vec<(f32, f32)>),
    /// An open line through the points.
    Line {
        points: Vec<(f32, f32)>,
        width: f32,
    },
    Circle {
        center: (f32, f32),
        radius: f32,
        filled: bool,
        width: f32,
    },
}

/// The warning triangle every pictogram sits in.
pub const TRIANGLE: [(f32, f32); 3] = [(50.0, 5.0), (97.0, 90.0), (3.0, 90.0)];
pub const TRIANGLE_BORDER: f32 = 6.0;

fn poly(points: &[(f32, f32)]) -> Shape {
    Shape::Polygon(points.to_vec())
}

fn line(points: &[(f32, f32)], width: f32) -> Shape {
    Shape::Line { points: points.to_vec(), width }
}

fn disc(x: f32, y: f32, r: f32) -> Shape {
    Shape::Circle { center: (x, y), radius: r, filled: true, width: 0.0 }
}

fn ring(x: f32, y: f32, r: f32, width: f32) -> Shape {
    Shape::Circle { center: (x, y), radius: r, filled: false, width }
}

fn wave(y: f32, amplitude: f32) -> Vec<(f32, f32)> {
    (0..=8).map(|i| (30.0 + i as f32 * 5.0, y + if i % 2 == 0 { -amplitude } else { amplitude })).collect()
}

/// The black symbol drawn inside the triangle for `kind`.
#[expect(clippy::too_many_lines, reason = "a table of drawings, one arm per hazard")]
pub fn symbol(kind: HazardKind) -> Vec<Shape> {
    match kind {
        HazardKind::Firearms => vec![
            poly(&[(40.0, 50.0), (69.0, 50.0), (69.0, 57.0), (40.0, 57.0)]),
            poly(&[(31.0, 48.0), (45.0, 48.0), (46.0, 62.0), (31.0, 62.0)]),
            poly(&[(31.0, 60.0), (42.0, 60.0), (38.0, 80.0), (26.0, 77.0)]),
            poly(&[(29.0, 48.0), (32.0, 43.0), (36.0, 48.0)]),
            line(&[(40.0, 62.0), (41.0, 69.0), (47.0, 68.0), (47.0, 62.0)], 2.5),
        ],
        HazardKind::Stunts => vec![
            disc(60.0, 42.0, 5.5),
            line(&[(57.0, 49.0), (47.0, 65.0)], 5.0),
            line(&[(38.0, 50.0), (54.0, 55.0), (66.0, 52.0)], 4.0),
            line(&[(47.0, 65.0), (37.0, 72.0)], 4.5),
            line(&[(47.0, 65.0), (55.0, 78.0)], 4.5),
            line(&[(28.0, 84.0), (72.0, 84.0)], 3.0),
        ],
        HazardKind::Pyrotechnics => {
            let points: Vec<(f32, f32)> = (0..16)
                .map(|i| {
                    let angle = i as f32 * std::f32::consts::PI / 8.0;
                    let r = if i % 2 == 0 { 22.0 } else { 9.0 };
                    (50.0 + r * angle.cos(), 63.0 + r * angle.sin())
                })
                .collect();
            vec![Shape::Polygon(points)]
        }
        HazardKind::Smoke => vec![
            line(&[(36.0, 80.0), (32.0, 70.0), (38.0, 60.0), (34.0, 48.0)], 4.0),
            line(&[(50.0, 80.0), (46.0, 68.0), (52.0, 56.0), (48.0, 42.0)], 4.0),
            line(&[(64.0, 80.0), (60.0, 70.0), (66.0, 60.0), (62.0, 48.0)], 4.0),
        ],
        HazardKind::OpenFlame => vec![poly(&[
            (50.0, 36.0),
            (56.0, 48.0),
            (63.0, 58.0),
            (65.0, 70.0),
            (60.0, 80.0),
            (50.0, 84.0),
            (40.0, 80.0),
            (35.0, 70.0),
            (37.0, 60.0),
            (43.0, 52.0),
            (45.0, 60.0),
            (48.0, 52.0),
        ])],
        HazardKind::Vehicles => vec![
            poly(&[
                (26.0, 68.0),
                (30.0, 58.0),
                (39.0, 50.0),
                (60.0, 50.0),
                (68.0, 58.0),
                (75.0, 60.0),
                (75.0, 70.0),
                (26.0, 70.0),
            ]),
            disc(37.0, 73.0, 6.0),
            disc(64.0, 73.0, 6.0),
        ],
        HazardKind::Water => {
            vec![line(&wave(56.0, 3.0), 3.5), line(&wave(66.0, 3.0), 3.5), line(&wave(76.0, 3.0), 3.5)]
        }
        HazardKind::Aircraft => vec![
            line(&[(31.0, 46.0), (69.0, 46.0)], 3.0),
            line(&[(50.0, 46.0), (50.0, 52.0)], 3.0),
            disc(46.0, 61.0, 10.0),
            line(&[(54.0, 60.0), (72.0, 56.0)], 4.0),
            line(&[(36.0, 77.0), (60.0, 77.0)], 3.0),
            line(&[(42.0, 70.0), (41.0, 77.0)], 2.5),
            line(&[(52.0, 70.0), (53.0, 77.0)], 2.5),
        ],
        HazardKind::Drones => vec![
            line(&[(36.0, 50.0), (64.0, 76.0)], 3.5),
            line(&[(64.0, 50.0), (36.0, 76.0)], 3.5),
            ring(36.0, 50.0, 7.0, 2.5),
            ring(64.0, 50.0, 7.0, 2.5),
            ring(36.0, 76.0, 7.0, 2.5),
            ring(64.0, 76.0, 7.0, 2.5),
            disc(50.0, 63.0, 5.0),
        ],
        HazardKind::Animals => vec![
            disc(50.0, 70.0, 10.0),
            disc(36.0, 57.0, 5.0),
            disc(45.0, 49.0, 5.0),
            disc(56.0, 49.0, 5.0),
            disc(65.0, 57.0, 5.0),
        ],
        HazardKind::EdgedWeapons => vec![
            poly(&[(42.0, 72.0), (62.0, 50.0), (67.0, 47.0), (65.0, 53.0), (46.0, 76.0)]),
            line(&[(37.0, 68.0), (50.0, 81.0)], 3.5),
            line(&[(32.0, 84.0), (42.0, 75.0)], 6.0),
        ],
        HazardKind::Heights => {
            let mut shapes = vec![line(&[(36.0, 42.0), (36.0, 84.0)], 3.0), line(&[(50.0, 42.0), (50.0, 84.0)], 3.0)];
            shapes.extend((0..5).map(|i| {
                let y = 47.0 + i as f32 * 8.5;
                line(&[(36.0, y), (50.0, y)], 2.5)
            }));
            shapes.push(line(&[(64.0, 46.0), (64.0, 74.0)], 4.0));
            shapes.push(poly(&[(57.0, 70.0), (71.0, 70.0), (64.0, 82.0)]));
            shapes
        }
        HazardKind::Gimbals => vec![
            ring(50.0, 63.0, 16.0, 3.5),
            line(&[(28.0, 63.0), (72.0, 63.0)], 3.0),
            disc(50.0, 63.0, 5.0),
            poly(&[(62.0, 44.0), (70.0, 50.0), (60.0, 52.0)]),
        ],
        HazardKind::Electrical => vec![poly(&[
            (56.0, 36.0),
            (38.0, 64.0),
            (50.0, 64.0),
            (43.0, 86.0),
            (64.0, 56.0),
            (52.0, 56.0),
            (60.0, 36.0),
        ])],
        HazardKind::Weather => vec![
            disc(41.0, 58.0, 8.0),
            disc(52.0, 53.0, 10.0),
            disc(62.0, 59.0, 7.0),
            poly(&[(41.0, 58.0), (62.0, 58.0), (62.0, 66.0), (41.0, 66.0)]),
            line(&[(43.0, 71.0), (40.0, 80.0)], 3.0),
            line(&[(51.0, 71.0), (48.0, 80.0)], 3.0),
            line(&[(59.0, 71.0), (56.0, 80.0)], 3.0),
        ],
    }
}

fn hex(c: [u8; 3]) -> String {
    format!("#{:02X}{:02X}{:02X}", c[0], c[1], c[2])
}

fn points_attr(points: &[(f32, f32)]) -> String {
    points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

/// The pictogram as a standalone SVG document, as shipped in `assets/pictograms/`.
pub fn to_svg(kind: HazardKind) -> String {
    let ink = hex(INK);
    let mut s = String::new();
    writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100" role="img" aria-label="{}">"#,
        kind.info().name.get(crate::language::Lang::En)
    ).ok();
    writeln!(s, "  <title>{}</title>", kind.info().name.get(crate::language::Lang::En)).ok();
    writeln!(
        s,
        r#"  <polygon points="{}" fill="{}" stroke="{ink}" stroke-width="{TRIANGLE_BORDER}" stroke-linejoin="round"/>"#,
        points_attr(&TRIANGLE),
        hex(YELLOW)
    )
    .ok();
    for shape in symbol(kind) {
        match shape {
            Shape::Polygon(p) => writeln!(s, r#"  <polygon points="{}" fill="{ink}"/>"#, points_attr(&p)),
            Shape::Line { points, width } => writeln!(
                s,
                r#"  <polyline points="{}" fill="none" stroke="{ink}" stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"/>"#,
                points_attr(&points)
            ),
            Shape::Circle { center, radius, filled: true, .. } => {
                writeln!(s, r#"  <circle cx="{:.1}" cy="{:.1}" r="{radius}" fill="{ink}"/>"#, center.0, center.1)
            }
            Shape::Circle { center, radius, width, .. } => writeln!(
                s,
                r#"  <circle cx="{:.1}" cy="{:.1}" r="{radius}" fill="none" stroke="{ink}" stroke-width="{width}"/>"#,
                center.0, center.1
            ),
        }
        .ok();
    }
    s.push_str("</svg>\n");
    s
}

/// The file name of a pictogram in `assets/pictograms/`.
pub fn file_name(kind: HazardKind) -> String {
    format!("{}.svg", kind.ident().to_lowercase())
}
