//! `report.pdf`: the Safety Meeting Report for the day, for people: who briefed what,
//! to whom, when, who signed and who did not, with every signature drawn.
//!
//! Each session is rendered from its own record: the briefing file it presented and
//! the words it recorded when it started ([`setbrief_core::attendance::presented`]),
//! never from today's file or this program's hazard table.

mod attendance;
mod cover;
pub mod fonts;
mod layout;
mod log;
mod record;
mod session;

use setbrief_core::attendance::event::Signature;
use setbrief_core::briefing::text::{LanguageMode, Text};
use setbrief_core::briefing::{Briefing, Lang};
use setbrief_core::language::Words;
use setbrief_core::time::SetTime;

use self::layout::{BLACK, CONTENT_WIDTH, Color, GREY, Layout, MARGIN};
pub use self::layout::{Finished, Paper};
pub use self::log::log_pdf;
use super::{DayRecord, ReportError};

const BODY: f32 = 9.5;
/// Signatures are drawn in the blue-black of a pen, so they read as ink, not print.
const SIGNATURE_INK: Color = Color(0x0B, 0x1F, 0x5C);
const WIDTH: f32 = CONTENT_WIDTH;

/// How a briefing's texts are shown: every language it is given in.
fn mode(briefing: &Briefing) -> LanguageMode {
    match briefing.languages.as_slice() {
        [one] => LanguageMode::Only(*one),
        [] => LanguageMode::Only(Lang::En),
        [first, second, ..] => LanguageMode::Two(*first, *second),
    }
}

/// A text of `briefing` on one line, its languages joined with " / ".
fn text(briefing: &Briefing, t: &Text) -> String {
    t.lines(mode(briefing)).join(" / ")
}

/// The report's PDF: PDF/A-3b, carrying `attachments` (the journal, the CSV, the
/// manifest, the briefing files) inside, so the one file is the whole record.
///
/// Its own words are in `lang`; what was briefed, in the languages it was briefed in.
pub fn report_pdf(
    day: &DayRecord,
    paper: Paper,
    lang: Lang,
    signer: Option<&str>,
    attachments: &[(String, Vec<u8>)],
) -> Result<Finished, ReportError> {
    let mut l = Layout::new(paper, lang).ok_or_else(|| ReportError::Pdf("the shipped fonts cannot be read".into()))?;
    cover::cover(&mut l, day, signer);
    cover::emergency(&mut l, day);
    for session in &day.state.sessions {
        session::section(&mut l, day, session);
        attendance::section(&mut l, day, session);
    }
    record::concerns_and_voids(&mut l, day);
    record::event_log(&mut l, day);
    record::report_sign_offs(&mut l, day);
    let b = &day.briefing;
    let id = day.report_id();
    let last_time = day.read_back.records.last().map(|r| r.time);
    let metadata = krilla::metadata::Metadata::new()
        .title(l.say_with(
            "report.pdf_title",
            &[("production", &b.production), ("day", &b.day.to_string()), ("date", &b.date.to_string())],
        ))
        .creator("setbrief".to_owned())
        .producer(format!("setbrief {}", env!("CARGO_PKG_VERSION")))
        .document_id(id.clone())
        .language(b.languages.first().map_or("en", |l| l.code()).to_owned())
        .creation_date(pdf_date(last_time));
    let day_line = day_line(&l, b);
    let files = attachments.iter().map(|(name, bytes)| layout::Attachment {
        name: name.clone(),
        description: describe(lang, name),
        bytes: bytes.clone(),
    });
    l.archive(files.collect(), pdf_date(last_time));
    let footer = |page: usize, pages: usize| {
        Words::new("report.footer").fill(
            lang,
            &[("day_line", &day_line), ("page", &page.to_string()), ("pages", &pages.to_string()), ("id", &id)],
        )
    };
    l.finish(metadata, footer).map_err(ReportError::Pdf)
}

/// What, besides its inputs, decides a PDF's bytes on this build.
///
/// That is setbrief's version, the locked versions of every dependency (a new deflate
/// backend or font subsetter changes the bytes, not the text), the shipped fonts
/// (inside this binary) and the system's CJK font. Two builds with the same id draw
/// the same day to the same bytes.
pub fn rendering_id() -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        let lock = include_bytes!("../../../../Cargo.lock");
        let cjk = fonts::system_cjk().map(|(_, bytes)| setbrief_core::digest::sha256_hex(bytes));
        let all = format!(
            "{}\n{}\n{}",
            env!("CARGO_PKG_VERSION"),
            setbrief_core::digest::sha256_hex(lock),
            cjk.unwrap_or_default()
        );
        setbrief_core::digest::sha256_hex(all.as_bytes()).get(..16).unwrap_or_default().to_owned()
    })
    .clone()
}

/// "Western · Day 12 · 2026-05-14": the day, as the cover and every footer name it.
pub(super) fn day_line(l: &Layout, b: &Briefing) -> String {
    l.say_with(
        "report.day_line",
        &[("production", &b.production), ("day", &b.day.to_string()), ("date", &b.date.to_string())],
    )
}

/// What an attached file is, for a reader's list of attachments.
fn describe(lang: Lang, name: &str) -> String {
    let key = match name {
        "journal.jsonl" => "report.attached.journal",
        "attendance.csv" => "report.attached.csv",
        "manifest.json" => "report.attached.manifest",
        "manifest.sig" => "report.attached.manifest_sig",
        _ => "report.attached.briefing",
    };
    Words::new(key).fill(lang, &[("file", name)])
}

/// The journal's last time, so the same journal always gives the same PDF bytes.
fn pdf_date(time: Option<SetTime>) -> krilla::metadata::DateTime {
    let Some(time) = time else { return krilla::metadata::DateTime::new(1970) };
    let local = time.local();
    let byte = |v: i8| u8::try_from(v).unwrap_or(0);
    let offset_minutes = time.offset_seconds() / 60;
    krilla::metadata::DateTime::new(u16::try_from(local.year()).unwrap_or(1970))
        .month(byte(local.month()))
        .day(byte(local.day()))
        .hour(byte(local.hour()))
        .minute(byte(local.minute()))
        .second(byte(local.second()))
        .utc_offset_hour(i8::try_from(offset_minutes / 60).unwrap_or(0))
        .utc_offset_minute(u8::try_from((offset_minutes % 60).abs()).unwrap_or(0))
}

fn heading(l: &mut Layout, size: f32, text: &str) {
    l.need(size * 2.6);
    l.gap(size * 0.5);
    l.paragraph(MARGIN, WIDTH, size, true, BLACK, text);
    l.gap(2.0);
}

/// The height [`kv`] takes for `label` and `value`, to keep blocks of them together.
fn kv_height(l: &Layout, label: &str, value: &str) -> f32 {
    let label_w = 140.0;
    let rows = l.wrap(value, BODY, false, WIDTH - label_w).len().max(l.wrap(label, BODY, true, label_w - 8.0).len());
    BODY * 1.35 * rows as f32
}

/// A label and its value, side by side.
fn kv(l: &mut Layout, label: &str, value: &str, color: Color) {
    let label_w = 140.0;
    let lines = l.wrap(value, BODY, false, WIDTH - label_w);
    let labels = l.wrap(label, BODY, true, label_w - 8.0);
    let rows = lines.len().max(labels.len());
    l.need(BODY * 1.35 * rows as f32);
    let top = l.y;
    for (i, line) in labels.iter().enumerate() {
        l.text_at(MARGIN, top + i as f32 * BODY * 1.35, BODY, true, GREY, line);
    }
    for (i, line) in lines.iter().enumerate() {
        l.text_at(MARGIN + label_w, top + i as f32 * BODY * 1.35, BODY, false, color, line);
    }
    l.y = top + rows as f32 * BODY * 1.35;
}

/// The ink of a signature in pad units: (left, top, width, height); `None` without ink.
fn ink(sig: &Signature) -> Option<(f32, f32, f32, f32)> {
    let mut points = sig.strokes.iter().flat_map(|s| s.points.iter()).filter(|p| p[0].is_finite() && p[1].is_finite());
    let first = points.next()?;
    let (mut x0, mut y0, mut x1, mut y1) = (first[0], first[1], first[0], first[1]);
    for p in points {
        (x0, y0, x1, y1) = (x0.min(p[0]), y0.min(p[1]), x1.max(p[0]), y1.max(p[1]));
    }
    Some((x0, y0, (x1 - x0).max(1.0), (y1 - y0).max(1.0)))
}

/// How much a signature is scaled to fit `w` x `h`: its ink, not the pad it was drawn
/// on, fills the box (a name signed small on a tall phone pad still prints readably),
/// but never magnified past four times the pad's width in the box, so a dot stays a dot.
fn signature_scale(sig: &Signature, w: f32, h: f32) -> Option<(f32, f32, f32)> {
    let (left, top, ink_w, ink_h) = ink(sig)?;
    let most = if sig.width > 0.0 { 4.0 * w / sig.width } else { f32::MAX };
    let s = (w / ink_w).min(h / ink_h).min(most);
    Some((s, left, top))
}

/// The height a signature takes drawn [`signature`]'s way in a box `w` wide, at most `max_h`.
fn signature_height(sig: &Signature, w: f32, max_h: f32) -> f32 {
    match (signature_scale(sig, w, max_h), ink(sig)) {
        (Some((s, ..)), Some((.., ink_h))) => ink_h * s,
        _ => 0.0,
    }
}

/// Draws a signature's strokes, its ink scaled to fit the box.
fn signature(l: &mut Layout, sig: &Signature, x: f32, y: f32, w: f32, h: f32) {
    let Some((s, left, top)) = signature_scale(sig, w, h) else { return };
    let (x, y) = (x - left * s, y - top * s);
    for stroke in &sig.strokes {
        // Drawn several times smaller than signed, points closer than half a point
        // (0.18 mm) to the last one kept add nothing a printer or a reader's eye can
        // show, and positions are kept to a twentieth of a point. The journal, carried
        // inside the PDF, keeps every point as drawn.
        let mut points: Vec<(f32, f32)> = Vec::with_capacity(stroke.points.len());
        for p in &stroke.points {
            let at = (round(x + p[0] * s), round(y + p[1] * s));
            if points.last().is_none_or(|last: &(f32, f32)| (at.0 - last.0).hypot(at.1 - last.1) >= 0.5) {
                points.push(at);
            }
        }
        if let (Some(&last_drawn), Some(last)) = (points.last(), stroke.points.last()) {
            let end = (round(x + last[0] * s), round(y + last[1] * s));
            if last_drawn != end {
                points.push(end);
            }
        }
        if points.len() >= 2 {
            l.line(points, 0.8, SIGNATURE_INK);
        }
    }
}

/// A position on paper to a twentieth of a point.
fn round(v: f32) -> f32 {
    (v * 20.0).round() / 20.0
}

#[cfg(test)]
mod tests {
    use setbrief_core::attendance::event::{Signature, Stroke};

    use super::{signature_height, signature_scale};

    /// 40 mm in points: the narrowest a signature may print.
    const FORTY_MM: f32 = 40.0 / 25.4 * 72.0;

    #[test]
    fn a_small_signature_on_a_large_phone_pad_prints_at_least_40_mm_wide() {
        // A name signed in the middle third of a tall phone pad.
        let points =
            (0..50).map(|i| [130.0 + i as f32 * 2.0, 300.0 + (i as f32 * 0.7).sin() * 12.0, i as f32]).collect();
        let sig = Signature { width: 360.0, height: 640.0, strokes: vec![Stroke { points }] };
        let column = crate::pdf::layout::CONTENT_WIDTH - 370.0;
        assert!(column >= FORTY_MM, "the signature column is {column} pt");
        let (scale, ..) = signature_scale(&sig, column, 56.0).unwrap();
        assert!(98.0 * scale >= FORTY_MM, "drawn {} pt wide", 98.0 * scale);
        assert!(signature_height(&sig, column, 56.0) <= 56.0);
    }

    #[test]
    fn a_dot_stays_small_and_no_ink_draws_nothing() {
        let dot = Signature { width: 400.0, height: 150.0, strokes: vec![Stroke { points: vec![[200.0, 75.0, 0.0]] }] };
        let (scale, ..) = signature_scale(&dot, 120.0, 30.0).unwrap();
        assert!(scale <= 4.0 * 120.0 / 400.0 + f32::EPSILON, "{scale}");
        let empty = Signature { width: 400.0, height: 150.0, strokes: Vec::new() };
        assert!(signature_scale(&empty, 120.0, 30.0).is_none());
    }
}
