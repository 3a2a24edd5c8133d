//! Draws one slide for the audience: big type laid out to the window, pictograms with
//! their words, both languages stacked when asked. Every text is a label, so screen
//! readers and UI tests find it.

use egui::{Align, Color32, FontId, Layout, Rect, RichText, Stroke, Ui, UiBuilder};

use setbrief_core::briefing::text::{LanguageMode, StaticText, Text};
use setbrief_core::deck::{Block, Fact, HazardBlock, Item, Slide, Tone};

use crate::theme::{Palette, TypeScale};
use crate::widgets::pictogram;

/// How a slide is drawn: its type scale, colours and language.
#[derive(Clone, Copy)]
pub struct Style {
    pub scale: TypeScale,
    pub palette: Palette,
    pub mode: LanguageMode,
}

/// Draws `slide` inside `rect`. Returns how many points the content ran past the
/// bottom, which the deck's pagination is meant to keep at zero (tests check it at
/// 1280x720 and 1920x1080).
pub fn show(ui: &mut Ui, rect: Rect, slide: &Slide, style: Style) -> f32 {
    ui.painter().rect_filled(rect, 0.0, style.palette.background);
    let inner = rect.shrink(style.scale.margin());
    let mut overflow = 0.0;
    ui.scope_builder(UiBuilder::new().max_rect(inner).layout(Layout::top_down(Align::Min)), |ui| {
        // Within what the parent shows: a slide in a scrolled preview stays inside it.
        ui.set_clip_rect(rect.intersect(ui.clip_rect()));
        set_spacing(ui, style);
        header(ui, slide, style);
        for block in &slide.blocks {
            show_block(ui, block, style);
        }
        overflow = (ui.min_rect().bottom() - inner.bottom()).max(0.0);
    });
    overflow
}

/// The QR code's side on the closing slide, quiet zone included: its dark modules are
/// then about a quarter of the screen's height, so a crew member scans it from a few
/// metres, not at the laptop.
pub fn phone_qr_side(rect: Rect) -> f32 {
    (rect.height() * 0.45).min(rect.width() * 0.3)
}

/// The closing slide with phones on: the words on the left, and a column on the right
/// for the QR code and its caption.
pub fn split_for_phone_qr(rect: Rect, style: Style) -> (Rect, Option<Rect>) {
    let margin = style.scale.margin();
    let side = phone_qr_side(rect);
    // The words keep their margin on the left; the column has its own on the right.
    let words = Rect::from_min_max(rect.min, egui::pos2(rect.right() - side - margin, rect.bottom()));
    let column = Rect::from_min_max(
        egui::pos2(rect.right() - margin - side, rect.top() + margin),
        egui::pos2(rect.right() - margin, rect.bottom() - margin),
    );
    (words, Some(column))
}

/// The phone sign-in's QR code at the foot of `column`, what to do and the address
/// above it.
pub fn phone_qr(ui: &mut Ui, column: Rect, url: &str, style: Style) {
    let side = column.width();
    let qr_rect = Rect::from_min_size(egui::pos2(column.left(), column.bottom() - side), egui::vec2(side, side));
    let caption = Rect::from_min_max(column.min, egui::pos2(column.right(), qr_rect.top() - 8.0));
    ui.scope_builder(UiBuilder::new().max_rect(caption).layout(Layout::top_down(Align::Min)), |ui| {
        ui.set_clip_rect(caption);
        let say = Text::each(|lang| setbrief_core::attendance::words::SCAN_TO_SIGN_IN.get(lang).to_owned());
        text_lines(ui, &say, &style.scale.body_bold(), style, style.palette.text);
        ui.add(egui::Label::new(RichText::new(url).font(style.scale.status()).color(style.palette.status)).wrap());
    });
    ui.scope_builder(UiBuilder::new().max_rect(qr_rect), |ui| {
        crate::widgets::qr::show(ui, url, side, StaticText::new("console.phones_qr").get(style.mode.first()));
    });
}

/// The space between a slide's lines; the deck's measure lays out with it too.
pub(super) fn set_spacing(ui: &mut Ui, style: Style) {
    ui.spacing_mut().item_spacing.y = 6.0 * style.scale.scale;
}

/// A slide's title, subtitle and hazard pictograms, and the rule under them.
pub(super) fn header(ui: &mut Ui, slide: &Slide, style: Style) {
    let s = style.scale;
    let chip_w = s.pictogram() * 1.9;
    let chips_w = chip_w * slide.hazards.len() as f32;
    ui.horizontal_top(|ui| {
        let left_w = (ui.available_width() - chips_w).max(ui.available_width() * 0.4);
        ui.vertical(|ui| {
            ui.set_max_width(left_w);
            text_lines(ui, &slide.title, &s.title(), style, style.palette.text);
            if let Some(sub) = &slide.subtitle {
                text_lines(ui, sub, &s.subtitle(), style, style.palette.muted);
            }
        });
        ui.with_layout(Layout::right_to_left(Align::Min), |ui| {
            for kind in slide.hazards.iter().rev() {
                ui.allocate_ui_with_layout(
                    egui::vec2(chip_w, s.pictogram() * 2.0),
                    Layout::top_down(Align::Center),
                    |ui| {
                        pictogram::show(ui, *kind, s.pictogram() * 0.85, style.mode.first());
                        let name: Text = kind.info().name.into();
                        text_lines(ui, &name, &s.small(), style, style.palette.text);
                    },
                );
            }
        });
    });
    let y = ui.cursor().top() + 4.0 * s.scale;
    let r = ui.max_rect();
    ui.painter().hline(r.left()..=r.right(), y, Stroke::new(3.0 * s.scale, style.palette.rule));
    ui.add_space(14.0 * s.scale);
}

/// Draws a text's lines, one label per language; the second language in its own hue
/// and italic.
fn text_lines(ui: &mut Ui, text: &Text, font: &FontId, style: Style, color: Color32) {
    for (i, line) in text.lines(style.mode).into_iter().enumerate() {
        let mut rich = RichText::new(line).font(font.clone()).color(color);
        if i > 0 {
            rich =
                rich.italics().color(if color == style.palette.danger { color } else { style.palette.second_language });
        }
        ui.add(egui::Label::new(rich).wrap());
    }
}

/// The space after each block, at 1280x720.
pub(super) const BLOCK_GAP: f32 = 10.0;

/// One block, with the space that follows it.
pub(super) fn show_block(ui: &mut Ui, block: &Block, style: Style) {
    draw_block(ui, block, style);
    ui.add_space(BLOCK_GAP * style.scale.scale);
}

fn draw_block(ui: &mut Ui, block: &Block, style: Style) {
    match block {
        Block::Facts(facts) => facts.iter().for_each(|f| show_fact(ui, f, style)),
        Block::Hazard(h) => show_hazard(ui, h, style),
        Block::List { label, items } => {
            text_lines(ui, label, &style.scale.heading(), style, style.palette.text);
            for i in items {
                show_item(ui, i, style);
            }
        }
        Block::Note(text) => text_lines(ui, text, &style.scale.small(), style, style.palette.muted),
        Block::Headline { label, value } => {
            let color = style.palette.tone(Tone::Danger);
            egui::Frame::new()
                .stroke(Stroke::new(3.0 * style.scale.scale, color))
                .inner_margin(10.0 * style.scale.scale)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    text_lines(ui, label, &style.scale.heading(), style, color);
                    text_lines(ui, value, &style.scale.headline(), style, color);
                });
        }
        Block::Callout { text, tone } => {
            let fill = match tone {
                Tone::Emphasis => style.palette.emphasis_fill,
                _ => style.palette.background,
            };
            let color = style.palette.tone(*tone);
            egui::Frame::new()
                .fill(fill)
                .stroke(if *tone == Tone::Danger { Stroke::new(3.0 * style.scale.scale, color) } else { Stroke::NONE })
                .inner_margin(10.0 * style.scale.scale)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let font = if *tone == Tone::Normal { style.scale.body() } else { style.scale.callout() };
                    text_lines(ui, text, &font, style, color);
                });
        }
    }
}

/// A label column and a value column: "Crew call    06:30". The label column is a
/// fixed share of the width so values line up down the slide.
fn show_fact(ui: &mut Ui, fact: &Fact, style: Style) {
    let s = style.scale;
    let color = style.palette.tone(fact.tone);
    let frame = if fact.tone == Tone::Emphasis {
        egui::Frame::new().fill(style.palette.emphasis_fill).inner_margin(egui::Margin::symmetric(6, 2))
    } else {
        egui::Frame::new().inner_margin(egui::Margin::symmetric(6, 0))
    };
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let label_w = ui.available_width() * LABEL_SHARE;
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(egui::vec2(label_w, 0.0), Layout::top_down(Align::Min), |ui| {
                ui.set_width(label_w);
                let label_color = if fact.tone == Tone::Danger { color } else { style.palette.muted };
                text_lines(ui, &fact.label, &s.fact_label(), style, label_color);
            });
            ui.vertical(|ui| text_lines(ui, &fact.value, &s.body(), style, color));
        });
    });
}

/// The share of the slide's width given to fact labels; the deck's cost model uses it too.
pub const LABEL_SHARE: f32 = setbrief_core::deck::FACT_LABEL_SHARE;

fn show_hazard(ui: &mut Ui, h: &HazardBlock, style: Style) {
    let s = style.scale;
    ui.horizontal_top(|ui| {
        pictogram::show(ui, h.kind, s.pictogram(), style.mode.first());
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                let name = h.name.lines(style.mode).join(" / ");
                let name = if h.continued {
                    format!("{name} {}", StaticText::new("slide.continued").get(style.mode.first()))
                } else {
                    name
                };
                ui.label(RichText::new(name).font(s.heading()).color(style.palette.text));
                // A source line, the same numbers in every language: said once, in the
                // deck's first language, so two languages do not cost a line per hazard.
                let reference = h.reference.best(style.mode.first());
                ui.label(RichText::new(reference).font(s.small()).color(style.palette.muted));
            });
            for d in &h.details {
                text_lines(ui, d, &s.body(), style, style.palette.muted);
            }
            h.points.iter().for_each(|p| show_item(ui, p, style));
        });
    });
}

fn show_item(ui: &mut Ui, item: &Item, style: Style) {
    let s = style.scale;
    let color = style.palette.tone(item.tone);
    ui.horizontal_top(|ui| {
        if item.tone == Tone::Danger {
            pictogram::warning_marker(ui, s.body().size, color);
        } else {
            ui.label(RichText::new("•").font(s.body_bold()).color(color));
        }
        ui.vertical(|ui| {
            let font = if item.tone == Tone::Danger { s.body_bold() } else { s.body() };
            text_lines(ui, &item.text, &font, style, color);
        });
    });
}
