//! Paginates the deck with the fonts the slides are drawn with.
//!
//! Each block is laid out, unseen, on the slide of a 1280x720 and of a 1920x1080 window,
//! so a slide holds what fits at 28 pt and the deck has the fewest slides. Other windows scale the layout;
//! text laid out at another scale can wrap a word differently, so a block counts at
//! the taller of the two.

use std::sync::atomic::{AtomicU64, Ordering};

use egui::{Align, Context, Id, Layout, Rect, Ui, UiBuilder};
use setbrief_core::briefing::text::LanguageMode;
use setbrief_core::deck::{Block, Measure, Slide};

use super::slide_view::{self, Style};
use crate::theme::{ThemeKind, TypeScale};

/// The windows the layout is measured in.
const MEASURED_WINDOWS: [(f32, f32); 2] = [(1280.0, 720.0), (1920.0, 1080.0)];

/// Kept free at the foot of a slide, as a share of its height: a hair for rounding.
const ROUNDING_ROOM: f32 = 0.01;

static MEASUREMENTS: AtomicU64 = AtomicU64::new(0);

/// One measured window: how slides are drawn there, and the room inside the margins.
struct Window {
    style: Style,
    inner: Rect,
}

pub struct Measured {
    ctx: Context,
    windows: Vec<Window>,
}

impl Measured {
    /// Measures with `ctx`'s fonts, for slides in `mode`.
    pub fn new(ctx: &Context, mode: LanguageMode) -> Self {
        let windows = MEASURED_WINDOWS
            .iter()
            .map(|&(width, height)| {
                let scale = TypeScale::for_size(width, height);
                // The audience view gives the status line its share of the window.
                let status = scale.status().size * 1.8;
                let slide = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, height - status));
                let style = Style { scale, palette: ThemeKind::default().palette(), mode };
                Window { style, inner: slide.shrink(scale.margin()) }
            })
            .collect();
        Self { ctx: ctx.clone(), windows }
    }

    /// How far the cursor moves when `add` lays out, unseen, at the top of a slide in
    /// `window`, in 1280x720 points.
    fn advance(&self, window: &Window, add: impl FnOnce(&mut Ui, Style)) -> f32 {
        let builder = UiBuilder::new().max_rect(window.inner).layout(Layout::top_down(Align::Min)).invisible();
        // A fresh id each time: widgets laid out twice under one id in a frame clash.
        let n = MEASUREMENTS.fetch_add(1, Ordering::Relaxed);
        let mut ui = Ui::new(self.ctx.clone(), Id::unique(("setbrief-deck-measure", n)), builder);
        slide_view::set_spacing(&mut ui, window.style);
        let top = ui.cursor().top();
        add(&mut ui, window.style);
        (ui.cursor().top() - top) / window.style.scale.scale
    }
}

impl Measure for Measured {
    fn room(&self, head: &Slide) -> f32 {
        self.windows
            .iter()
            .map(|w| {
                let header = self.advance(w, |ui, style| slide_view::header(ui, head, style));
                let height = w.inner.height() / w.style.scale.scale;
                // The last block's trailing space may run into the margin.
                height * (1.0 - ROUNDING_ROOM) - header + slide_view::BLOCK_GAP / 2.0
            })
            .fold(f32::INFINITY, f32::min)
    }

    fn block(&self, block: &Block) -> f32 {
        self.windows
            .iter()
            .map(|w| self.advance(w, |ui, style| slide_view::show_block(ui, block, style)))
            .fold(0.0, f32::max)
    }
}

/// The deck as the app paginates it, without a window: fonts installed in a context of
/// its own, measured in one pass. For `print_deck` and the screenshot scripts, so
/// their slide numbers are the app's.
pub fn measured_deck(briefing: &setbrief_core::briefing::Briefing, mode: LanguageMode) -> Vec<Slide> {
    let ctx = Context::default();
    crate::theme::install_fonts(&ctx);
    let mut slides = Vec::new();
    // Fonts set before a pass take effect when it begins: the first pass lays out with them.
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        slides = setbrief_core::deck::build_with(briefing, mode, &Measured::new(ui.ctx(), mode));
    });
    // Nothing is drawn: the font atlas's upload is not needed.
    output.textures_delta.clear();
    slides
}
