//! The production's safety log as a PDF: one block per shooting day, flags in red.

use setbrief_core::briefing::Lang;
use setbrief_core::language::Words;

use super::layout::{BLACK, GREY, Layout, MARGIN, Paper, RED};
use super::{BODY, WIDTH, heading, kv};
use crate::ReportError;
use crate::log::LogDay;

/// The log's PDF, its own words in `lang` (the days' lines are already in it).
pub fn log_pdf(days: &[LogDay], paper: Paper, lang: Lang) -> Result<Vec<u8>, ReportError> {
    let mut layout =
        Layout::new(paper, lang).ok_or_else(|| ReportError::Pdf("the shipped fonts cannot be read".into()))?;
    let l = &mut layout;
    l.paragraph(MARGIN, WIDTH, 20.0, true, BLACK, l.say("log.title"));
    let mut productions: Vec<&str> = days.iter().map(|d| d.production.as_str()).collect();
    productions.dedup();
    l.paragraph(MARGIN, WIDTH, 13.0, false, BLACK, &productions.join(", "));
    let flagged = days.iter().filter(|d| !d.flags.is_empty()).count();
    let summary =
        l.say_with("log.pdf_summary", &[("days", &days.len().to_string()), ("flagged", &flagged.to_string())]);
    l.paragraph(MARGIN, WIDTH, BODY, true, if flagged > 0 { RED } else { BLACK }, &summary);
    l.gap(4.0);
    l.rule(1.5);
    for d in days {
        let line = l
            .say_with("log.day_line", &[("date", &d.date), ("day", &d.day.to_string()), ("production", &d.production)]);
        heading(l, 12.0, &line);
        if d.sessions.is_empty() {
            kv(l, l.say("report.sessions"), l.say("log.none_recorded"), RED);
        }
        for s in &d.sessions {
            kv(l, l.say("log.session"), s, BLACK);
        }
        for s in &d.hazard_scenes {
            kv(l, l.say("log.hazard_scene_label"), &s.line, if s.cleared { BLACK } else { RED });
        }
        let counts = l.say_with(
            "log.record_counts",
            &[
                ("sign_offs", &d.role_sign_offs.to_string()),
                ("concerns", &d.open_concerns.to_string()),
                ("incidents", &d.open_incidents.to_string()),
            ],
        );
        kv(l, l.say("log.record"), &counts, GREY);
        for f in &d.flags {
            kv(l, l.say("log.flagged"), f, RED);
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
        description: l.say("log.attached_csv").to_owned(),
        bytes: csv,
    };
    l.archive(vec![csv], dated);
    let title = l.say("log.title");
    let metadata = krilla::metadata::Metadata::new()
        .title(l.say("log.title").to_owned())
        .creator("setbrief".to_owned())
        .producer(format!("setbrief {}", env!("CARGO_PKG_VERSION")))
        .language(lang.code().to_owned())
        .creation_date(dated);
    let footer = move |page: usize, pages: usize| {
        Words::new("log.footer")
            .fill(lang, &[("title", title), ("page", &page.to_string()), ("pages", &pages.to_string())])
    };
    layout.finish(metadata, footer).map(|f| f.bytes).map_err(ReportError::Pdf)
}
