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
use setbrief_core::time::SetTime;

use self::layout::{BLACK, CONTENT_WIDTH, Color, GREY, Layout, MARGIN};
pub use self::layout::{Finished, Paper};
pub use self::log::log_pdf;
use super::{DayRecord, ReportError};

const BODY: f32 = 9.5;
/// Signatures are drawn in the blue-black of a pen, so they read as ink, not print.
const SIGNATURE_INK: Color = Color(0x0B, 0x1F, 0x5C);
const WIDTH: f32 = CONTENT_WIDTH;

/// What the document is and is not, on its cover.
pub const STATEMENT: &str = "This report records the safety briefings held on this shooting day, what they covered, \
and who acknowledged them, from the tamper-evident journal kept by setbrief. It does not certify compliance with any \
law, regulation or guideline. Each session lists the lines every person who signed it confirmed, in the languages they \
chose; each attendance row shows the person's language and their signature as drawn.";

/// How a briefing's texts are shown: every language it is given in.
fn mode(briefing: &Briefing) -> LanguageMode {
    match briefing.languages.as_slice() {
        [one] => LanguageMode::Only(*one),
        [] => LanguageMode::Only(Lang::En),
        _ => LanguageMode::Both,
    }
}

/// A text of `briefing` on one line, its languages joined with " / ".
fn text(briefing: &Briefing, t: &Text) -> String {
    t.lines(mode(briefing)).join(" / ")
}

/// The report's PDF: PDF/A-3b, carrying `attachments` (the journal, the CSV, the
/// manifest, the briefing files) inside, so the one file is the whole record.
pub fn report_pdf(
    day: &DayRecord,
    paper: Paper,
    signer: Option<&str>,
    attachments: &[(String, Vec<u8>)],
) -> Result<Finished, ReportError> {
    let mut l = Layout::new(paper).ok_or_else(|| ReportError::Pdf("the shipped fonts cannot be read".into()))?;
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
        .title(format!("Safety Meeting Report: {} day {} ({})", b.production, b.day, b.date))
        .creator("setbrief".to_owned())
        .producer(format!("setbrief {}", env!("CARGO_PKG_VERSION")))
        .document_id(id.clone())
        .language(b.languages.first().map_or("en", |l| l.code()).to_owned())
        .creation_date(pdf_date(last_time));
    let footer_left = format!("{} · Day {} · {}", b.production, b.day, b.date);
    let files = attachments.iter().map(|(name, bytes)| layout::Attachment {
        name: name.clone(),
        description: describe(name),
        bytes: bytes.clone(),
    });
    l.archive(files.collect(), pdf_date(last_time));
    l.finish(metadata, |page, pages| format!("{footer_left} · Page {page} of {pages} · Report {id}"))
        .map_err(ReportError::Pdf)
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
        let cjk = fonts::system_cjk().map(|(_, bytes)| setbrief_core::attendance::journal::sha256_hex(bytes));
        let all = format!(
            "{}\n{}\n{}",
            env!("CARGO_PKG_VERSION"),
            setbrief_core::attendance::journal::sha256_hex(lock),
            cjk.unwrap_or_default()
        );
        setbrief_core::attendance::journal::sha256_hex(all.as_bytes()).get(..16).unwrap_or_default().to_owned()
    })
    .clone()
}

/// What an attached file is, for a reader's list of attachments.
fn describe(name: &str) -> String {
    match name {
        "journal.jsonl" => "The day's hash-chained journal: every record as written".to_owned(),
        "attendance.csv" => "One row per person per session".to_owned(),
        "manifest.json" => "Every record's SHA-256, the journal's head and the witness codes".to_owned(),
        "manifest.sig" => "This laptop's Ed25519 signature of manifest.json".to_owned(),
        other => format!("The briefing file as presented: {other}"),
    }
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

/// Draws a signature's strokes, scaled to fit the box.
fn signature(l: &mut Layout, sig: &Signature, x: f32, y: f32, w: f32, h: f32) {
    if sig.width <= 0.0 || sig.height <= 0.0 {
        return;
    }
    let s = (w / sig.width).min(h / sig.height);
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
