//! The production's safety log as a PDF: one block per shooting day, flags in red.

use setbrief_core::briefing::Lang;

use super::layout::{BLACK, GREY, Layout, MARGIN, Paper, RED};
use super::{BODY, WIDTH, heading, kv};
use crate::ReportError;
use crate::log::LogDay;

pub fn log_pdf(days: &[LogDay], paper: Paper) -> Result<Vec<u8>, ReportError> {
    let mut l =
        Layout::new(paper, Lang::En).ok_or_else(|| ReportError::Pdf("the shipped fonts cannot be read".into()))?;
    l.paragraph(MARGIN, WIDTH, 20.0, true, BLACK, "Production safety log");
    let mut productions: Vec<&str> = days.iter().map(|d| d.production.as_str()).collect();
    productions.dedup();
    l.paragraph(MARGIN, WIDTH, 13.0, false, BLACK, &productions.join(", "));
    let flagged = days.iter().filter(|d| !d.flags.is_empty()).count();
    let summary = format!("{} shooting days, {flagged} flagged", days.len());
    l.paragraph(MARGIN, WIDTH, BODY, true, if flagged > 0 { RED } else { BLACK }, &summary);
    l.gap(4.0);
    l.rule(1.5);
    for d in days {
        heading(&mut l, 12.0, &format!("{} · Day {} · {}", d.date, d.day, d.production));
        if d.sessions.is_empty() {
            kv(&mut l, "Sessions", "none recorded", RED);
        }
        for s in &d.sessions {
            kv(&mut l, "Session", s, BLACK);
        }
        for s in &d.hazard_scenes {
            kv(&mut l, "Hazard scene", s, if s.contains("NOT") { RED } else { BLACK });
        }
        let counts = format!(
            "{} role sign-offs · {} open concerns · {} open incidents",
            d.role_sign_offs, d.open_concerns, d.open_incidents
        );
        kv(&mut l, "Record", &counts, GREY);
        for f in &d.flags {
            kv(&mut l, "FLAGGED", f, RED);
        }
    }
    // PDF/A like the report, with the log's CSV inside; dated by its last shooting day,
    // so the same days give the same bytes.
    let csv = crate::log::log_csv(days).map_err(|e| ReportError::Csv(e.to_string()))?;
    let last = days.iter().filter_map(|d| d.date.parse::<jiff::civil::Date>().ok()).max();
    let dated = last.map_or_else(
        || krilla::metadata::DateTime::new(1970),
        |d| {
            let byte = |v: i8| u8::try_from(v).unwrap_or(1);
            krilla::metadata::DateTime::new(u16::try_from(d.year()).unwrap_or(1970))
                .month(byte(d.month()))
                .day(byte(d.day()))
        },
    );
    let csv = super::layout::Attachment {
        name: "safety-log.csv".to_owned(),
        description: "One row per shooting day, as in this log".to_owned(),
        bytes: csv,
    };
    l.archive(vec![csv], dated);
    let metadata = krilla::metadata::Metadata::new()
        .title("Production safety log".to_owned())
        .creator("setbrief".to_owned())
        .producer(format!("setbrief {}", env!("CARGO_PKG_VERSION")))
        .language("en".to_owned())
        .creation_date(dated);
    l.finish(metadata, |page, pages| format!("Production safety log · Page {page} of {pages}"))
        .map(|f| f.bytes)
        .map_err(ReportError::Pdf)
}
