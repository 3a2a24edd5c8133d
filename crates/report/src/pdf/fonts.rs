//! The fonts a report is set in, so a name in any script is printed as typed.
//!
//! Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic, Hebrew, Devanagari and Thai,
//! shipped in `assets/fonts/` (SIL OFL); and Noto Sans CJK for Chinese, Japanese and
//! Korean, found on the system (Debian's `fonts-noto-cjk`: 20 MB a weight, too big to
//! ship). Text is split into runs by the first font that has each character, each run
//! shaped (Arabic joins, Devanagari conjuncts) and measured with rustybuzz.
//!
//! A character no font covers is never drawn as an empty box: it is written as its
//! code point (`[U+1F600]`) and listed in [`Fonts::unshown`], so the export can say
//! what this machine could not show.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use krilla::text::Font;
use skrifa::MetadataProvider as _;

static REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
static ARABIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansArabic-Regular.ttf");
static HEBREW: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansHebrew-Regular.ttf");
static DEVANAGARI: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansDevanagari-Regular.ttf");
static THAI: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansThai-Regular.ttf");

/// Where Linux distributions put Noto Sans CJK (Debian, Fedora, Arch); the app's
/// screens look in the same places.
pub const CJK_PATHS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
];

struct Face {
    /// Which characters it has.
    charmap: skrifa::FontRef<'static>,
    /// What shapes and measures its runs: the shaper krilla draws with.
    shaper: rustybuzz::Face<'static>,
    /// `Some(true)` for the bold face only, `Some(false)` for the regular only.
    weight: Option<bool>,
    font: Font,
}

/// The system's Noto Sans CJK, read once per process and kept: faces borrow it.
pub fn system_cjk() -> Option<(&'static str, &'static [u8])> {
    static CJK: OnceLock<Option<(&'static str, &'static [u8])>> = OnceLock::new();
    *CJK.get_or_init(|| {
        CJK_PATHS.iter().find_map(|p| std::fs::read(p).ok().map(|bytes| (*p, &*Box::leak(bytes.into_boxed_slice()))))
    })
}

/// The report's fonts, in the order they are tried.
pub struct Fonts {
    faces: Vec<Face>,
    /// Which face draws a character (by weight), once looked up.
    chosen: RefCell<HashMap<(char, bool), Option<usize>>>,
    unshown: RefCell<BTreeSet<char>>,
    /// The system CJK font's file, when one was found: recorded in the manifest.
    pub cjk: Option<String>,
}

/// A stretch of text drawn with one face.
pub struct Run {
    pub face: usize,
    pub text: String,
}

impl Fonts {
    pub fn load() -> Option<Self> {
        let mut faces = Vec::new();
        let mut add = |data: &'static [u8], weight: Option<bool>| {
            let font = Font::new(data.into(), 0)?;
            let charmap = skrifa::FontRef::from_index(data, 0).ok()?;
            let shaper = rustybuzz::Face::from_slice(data, 0)?;
            faces.push(Face { charmap, shaper, weight, font });
            Some(())
        };
        add(REGULAR, Some(false))?;
        add(BOLD, Some(true))?;
        for data in [ARABIC, HEBREW, DEVANAGARI, THAI] {
            add(data, None)?;
        }
        let cjk = system_cjk().and_then(|(path, data)| add(data, None).map(|()| path.to_owned()));
        Some(Self { faces, chosen: RefCell::default(), unshown: RefCell::default(), cjk })
    }

    pub fn font(&self, face: usize) -> Option<&Font> {
        self.faces.get(face).map(|f| &f.font)
    }

    /// The characters no font could show, so far.
    pub fn unshown(&self) -> Vec<char> {
        self.unshown.borrow().iter().copied().collect()
    }

    fn covers(face: &Face, c: char) -> bool {
        face.charmap.charmap().map(c).is_some()
    }

    /// The first face of the right weight that has `c`.
    fn face_for(&self, c: char, bold: bool) -> Option<usize> {
        *self.chosen.borrow_mut().entry((c, bold)).or_insert_with(|| {
            self.faces
                .iter()
                .enumerate()
                .filter(|(_, f)| f.weight.is_none_or(|w| w == bold))
                .find(|(_, f)| Self::covers(f, c))
                .map(|(i, _)| i)
        })
    }

    /// `text` split into runs of one face each. Spaces and marks every face has stay
    /// in the run they are in, so an Arabic name is one run, shaped right to left.
    pub fn runs(&self, text: &str, bold: bool) -> Vec<Run> {
        let primary = usize::from(bold);
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let current = runs.last().map(|r| r.face);
            let stays = current.is_some_and(|f| {
                (c.is_whitespace() || c.is_ascii_punctuation())
                    && self.faces.get(f).is_some_and(|face| Self::covers(face, c))
            });
            let (face, piece) = match (stays, self.face_for(c, bold)) {
                (true, _) => (current.unwrap_or(primary), c.to_string()),
                (false, Some(face)) => (face, c.to_string()),
                (false, None) => {
                    self.unshown.borrow_mut().insert(c);
                    (primary, format!("[U+{:04X}]", u32::from(c)))
                }
            };
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push_str(&piece),
                _ => runs.push(Run { face, text: piece }),
            }
        }
        runs
    }

    /// The width of a run at `size`, shaped as it will be drawn.
    pub fn run_width(&self, run: &Run, size: f32) -> f32 {
        let Some(face) = self.faces.get(run.face) else { return 0.0 };
        let shaper = &face.shaper;
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&run.text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(shaper, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / shaper.units_per_em().max(1) as f32 * size
    }

    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.runs(text, bold).iter().map(|r| self.run_width(r, size)).sum()
    }
}
