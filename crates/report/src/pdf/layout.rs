//! Placing text and shapes on PDF pages: measure with the font's own advances, wrap,
//! break pages, then draw everything with krilla once the page count is known (for
//! "page x of y"). The one place that knows where things go on paper.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, LineCap, LineJoin, Stroke};
use krilla::text::TextDirection;

use super::fonts::Fonts;

use setbrief_core::briefing::{HazardKind, Lang};
use setbrief_core::deck::pictogram::{INK, Shape, TRIANGLE, TRIANGLE_BORDER, YELLOW, symbol};
use setbrief_core::language::Words;

pub const MARGIN: f32 = 48.0;
/// The width text is laid out in: A4's, the narrower paper, so a report reads the
/// same on either.
pub const CONTENT_WIDTH: f32 = 595.0 - 2.0 * MARGIN;
/// Room kept at the bottom for the footer.
const FOOTER: f32 = 36.0;

/// The paper a report is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    /// US Letter: the US, Canada, Mexico and a few others.
    #[default]
    Letter,
    /// A4: nearly everywhere else.
    A4,
}

impl Paper {
    /// Width and height in points.
    pub fn width(self) -> f32 {
        match self {
            Self::Letter => 612.0,
            Self::A4 => 595.28,
        }
    }

    pub fn height(self) -> f32 {
        match self {
            Self::Letter => 792.0,
            Self::A4 => 841.89,
        }
    }

    /// The paper the locale's country uses (`LC_PAPER`, `LC_ALL`, `LANG`): Letter for
    /// the US, Canada, Mexico, the Philippines, Chile, Colombia and Venezuela, A4 for
    /// other countries, Letter when the locale names none.
    pub fn from_locale() -> Self {
        let locale =
            ["LC_ALL", "LC_PAPER", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        Self::for_locale(locale.as_deref().unwrap_or(""))
    }

    /// The paper of a locale name such as `es_MX.UTF-8` or `de_DE`.
    pub fn for_locale(locale: &str) -> Self {
        let country = locale.split(['.', '@']).next().and_then(|l| l.split_once('_')).map(|(_, c)| c);
        match country {
            None | Some("US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" | "PR" | "GT" | "CR" | "SV" | "NI") => {
                Self::Letter
            }
            Some(_) => Self::A4,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

pub const BLACK: Color = Color(0x11, 0x11, 0x11);
pub const GREY: Color = Color(0x55, 0x55, 0x55);
pub const RED: Color = Color(0xA5, 0x00, 0x1E);
pub const GREEN: Color = Color(0x0A, 0x6B, 0x2E);

enum Op {
    Text { x: f32, y: f32, size: f32, bold: bool, color: Color, text: String },
    Line { points: Vec<(f32, f32)>, width: f32, color: Color },
    Pictogram { x: f32, y: f32, size: f32, kind: HazardKind },
}

/// A finished PDF, and what its fonts could not show.
pub struct Finished {
    pub bytes: Vec<u8>,
    /// Characters no font covered, printed as their code point instead.
    pub unshown: Vec<char>,
    /// The system's CJK font file, when one was used to look for glyphs.
    pub cjk: Option<String>,
}

/// A file carried inside the PDF (PDF/A-3 associated file).
pub struct Attachment {
    pub name: String,
    pub description: String,
    pub bytes: Vec<u8>,
}

/// A document being laid out, top to bottom.
pub struct Layout {
    /// Finished pages.
    pages: Vec<Vec<Op>>,
    /// The page being laid out.
    page: Vec<Op>,
    /// Distance from the top of the current page.
    pub y: f32,
    paper: Paper,
    fonts: Fonts,
    /// Set by [`Self::archive`]: an archival PDF/A-3b carrying these files.
    archive: Option<(Vec<Attachment>, krilla::metadata::DateTime)>,
    /// The language of the document's own words (its labels, headings and sentences);
    /// what the briefing said is printed in the languages it was presented in.
    pub lang: Lang,
}

impl Layout {
    pub fn new(paper: Paper, lang: Lang) -> Option<Self> {
        Some(Self { pages: Vec::new(), page: Vec::new(), y: MARGIN, paper, fonts: Fonts::load()?, archive: None, lang })
    }

    /// The document's words under `key`, in its language.
    pub fn say(&self, key: &'static str) -> &'static str {
        Words::new(key).get(self.lang)
    }

    /// The document's words under `key` with each `{field}` filled in.
    pub fn say_with(&self, key: &'static str, fields: &[(&str, &str)]) -> String {
        Words::new(key).fill(self.lang, fields)
    }

    /// Makes the document PDF/A-3b, validated by krilla when it is written, with
    /// `files` attached, dated `modified` (the journal's last record, so the same day
    /// gives the same bytes).
    pub fn archive(&mut self, files: Vec<Attachment>, modified: krilla::metadata::DateTime) {
        self.archive = Some((files, modified));
    }

    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.fonts.width(text, size, bold)
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.page
    }

    pub fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.page));
        self.y = MARGIN;
    }

    /// Whether `height` more points fit on this page.
    pub fn fits(&self, height: f32) -> bool {
        self.y + height <= self.paper.height() - MARGIN - FOOTER
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub fn need(&mut self, height: f32) {
        if !self.fits(height) {
            self.new_page();
        }
    }

    /// Text at an exact place (`y` is the top of the line).
    pub fn text_at(&mut self, x: f32, y: f32, size: f32, bold: bool, color: Color, text: &str) {
        self.ops().push(Op::Text { x, y: y + size * 0.95, size, bold, color, text: text.to_owned() });
    }

    /// Breaks `text` into lines no wider than `width`.
    pub fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
                if !line.is_empty() && self.width(&candidate, size, bold) > width {
                    lines.push(std::mem::take(&mut line));
                    line = word.to_owned();
                } else {
                    line = candidate;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// A wrapped paragraph at `x`, `width` wide, moving down; breaks pages between lines.
    pub fn paragraph(&mut self, x: f32, width: f32, size: f32, bold: bool, color: Color, text: &str) {
        let leading = size * 1.35;
        for line in self.wrap(text, size, bold, width) {
            self.need(leading);
            let y = self.y;
            self.text_at(x, y, size, bold, color, &line);
            self.y += leading;
        }
    }

    pub fn gap(&mut self, points: f32) {
        self.y += points;
    }

    pub fn rule(&mut self, width: f32) {
        let y = self.y;
        self.line(vec![(MARGIN, y), (MARGIN + CONTENT_WIDTH, y)], width, BLACK);
        self.y += 6.0;
    }

    pub fn line(&mut self, points: Vec<(f32, f32)>, width: f32, color: Color) {
        self.ops().push(Op::Line { points, width, color });
    }

    pub fn pictogram(&mut self, x: f32, y: f32, size: f32, kind: HazardKind) {
        self.ops().push(Op::Pictogram { x, y, size, kind });
    }

    /// Draws every page with a footer (`footer(page, pages)`) and returns the PDF bytes.
    pub fn finish(
        self,
        metadata: krilla::metadata::Metadata,
        footer: impl Fn(usize, usize) -> String,
    ) -> Result<Finished, String> {
        let mut document = if self.archive.is_some() {
            let configuration = krilla::configure::ConfigurationBuilder::new()
                .with_archival_validator(krilla::configure::Archival::A3_B)
                .finish()
                .map_err(|e| format!("PDF/A-3b cannot be configured: {e:?}"))?;
            krilla::Document::new_with(krilla::SerializeSettings { configuration, ..Default::default() })
        } else {
            krilla::Document::new()
        };
        document.set_metadata(metadata);
        if let Some((files, modified)) = self.archive {
            for file in files {
                let name = file.name.clone();
                let mime = if name.ends_with(".csv") {
                    "text/csv"
                } else if name.ends_with(".json") || name.ends_with(".sig") {
                    "application/json"
                } else {
                    "text/plain"
                };
                document
                    .embed_file(krilla::embed::EmbeddedFile {
                        path: file.name,
                        mime_type: krilla::embed::MimeType::new(mime),
                        description: Some(file.description),
                        association_kind: krilla::embed::AssociationKind::Source,
                        data: file.bytes.into(),
                        modification_date: Some(modified),
                        compress: Some(true),
                        location: None,
                    })
                    .ok_or_else(|| format!("{name} cannot be attached to the PDF"))?;
            }
        }
        let mut pages = self.pages;
        pages.push(self.page);
        let total = pages.len();
        for (i, ops) in pages.into_iter().enumerate() {
            let settings = PageSettings::from_wh(self.paper.width(), self.paper.height()).ok_or("bad page size")?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            for op in ops.iter().chain(std::iter::once(&Op::Text {
                x: MARGIN,
                y: self.paper.height() - MARGIN + 8.0,
                size: 8.0,
                bold: false,
                color: GREY,
                text: footer(i + 1, total),
            })) {
                draw(&mut surface, op, &self.fonts);
            }
            surface.finish();
            page.finish();
        }
        let bytes = document.finish().map_err(|e| format!("{e:?}"))?;
        Ok(Finished { bytes, unshown: self.fonts.unshown(), cjk: self.fonts.cjk.clone() })
    }
}

/// A path through `points`, closed if asked.
fn path(points: impl IntoIterator<Item = (f32, f32)>, closed: bool) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    for (i, (x, y)) in points.into_iter().enumerate() {
        if i == 0 { pb.move_to(x, y) } else { pb.line_to(x, y) }
    }
    if closed {
        pb.close();
    }
    pb.finish()
}

fn fill(color: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn stroke(color: Color, width: f32) -> Stroke {
    Stroke {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }
}

fn draw(surface: &mut krilla::surface::Surface<'_>, op: &Op, fonts: &Fonts) {
    match op {
        Op::Text { x, y, size, bold, color, text } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*color)));
            // One run per font, each shaped in its own direction, laid left to right.
            let mut at = *x;
            for run in fonts.runs(text, *bold) {
                if let Some(font) = fonts.font(run.face) {
                    surface.draw_text(
                        Point::from_xy(at, *y),
                        font.clone(),
                        *size,
                        &run.text,
                        false,
                        TextDirection::Auto,
                    );
                }
                at += fonts.run_width(&run, *size);
            }
        }
        Op::Line { points, width, color } => stroke_path(surface, path(points.iter().copied(), false), *color, *width),
        Op::Pictogram { x, y, size, kind } => draw_pictogram(surface, *x, *y, *size, *kind),
    }
}

fn stroke_path(surface: &mut krilla::surface::Surface<'_>, path: Option<krilla::geom::Path>, color: Color, width: f32) {
    if let Some(path) = path {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(color, width)));
        surface.draw_path(&path);
    }
}

/// The same vector pictogram the slides show.
fn draw_pictogram(surface: &mut krilla::surface::Surface<'_>, x: f32, y: f32, size: f32, kind: HazardKind) {
    let s = size / 100.0;
    let at = |(px, py): (f32, f32)| (x + px * s, y + py * s);
    let ink = Color(INK[0], INK[1], INK[2]);
    let polygon =
        |surface: &mut krilla::surface::Surface<'_>, points: &[(f32, f32)], color: Color, border: Option<f32>| {
            if let Some(path) = path(points.iter().copied().map(at), true) {
                surface.set_fill(Some(fill(color)));
                surface.set_stroke(border.map(|w| stroke(ink, w * s)));
                surface.draw_path(&path);
            }
        };
    polygon(surface, &TRIANGLE, Color(YELLOW[0], YELLOW[1], YELLOW[2]), Some(TRIANGLE_BORDER));
    for shape in symbol(kind) {
        match shape {
            Shape::Polygon(points) => polygon(surface, &points, ink, None),
            Shape::Line { points, width } => {
                stroke_path(surface, path(points.into_iter().map(at), false), ink, width * s);
            }
            Shape::Circle { center, radius, filled, width } => {
                let n = 24;
                let points: Vec<(f32, f32)> = (0..n)
                    .map(|i| {
                        let a = i as f32 / n as f32 * std::f32::consts::TAU;
                        (center.0 + radius * a.cos(), center.1 + radius * a.sin())
                    })
                    .collect();
                if filled {
                    polygon(surface, &points, ink, None);
                } else {
                    stroke_path(surface, path(points.into_iter().map(at), true), ink, width * s);
                }
            }
        }
    }
}
