//! The rest of the record: concerns and their answers, voided entries, the day's
//! event log (sessions, sign-in mode, wrong PINs...), and the report's own sign-off.

use setbrief_core::attendance::Event;

use super::layout::{BLACK, GREEN, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, heading, kv, signature};
use crate::DayRecord;

pub fn concerns_and_voids(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, "Concerns raised");
    if day.state.concerns.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, "None.");
    }
    for c in &day.state.concerns {
        kv(l, &format!("{} · {}", c.time.clock(), c.by), &c.text, BLACK);
        match &c.response {
            Some((by, response, time)) => kv(l, "Response", &format!("{by} at {}: {response}", time.clock()), GREEN),
            None => kv(l, "Response", "OPEN: no response recorded", RED),
        }
    }
    heading(l, 12.0, "Voided entries");
    let voided: Vec<_> = day.state.sign_ins.iter().filter(|s| s.voided.is_some()).collect();
    if voided.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, "None.");
    }
    for s in voided {
        if let Some(v) = &s.voided {
            kv(
                l,
                &s.person.name,
                &format!("signed {} · voided {} by {}: {}", s.time.clock(), v.time.clock(), v.by, v.reason),
                BLACK,
            );
        }
    }
}

/// What happened around the sign-ins, in order: sessions opening and closing, the
/// laptop handed to the crew and back, wrong PINs, crew lists imported, torn records.
pub fn event_log(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, "Event log");
    let number = |session: u64| day.state.session_number(session);
    for r in &day.read_back.records {
        let line = match &r.event {
            Event::SessionStarted { kind, run_by, .. } => {
                format!("session {} started ({}), run by {run_by}", number(r.seq), kind.label())
            }
            Event::SessionClosed { session, by } => format!("session {} closed by {by}", number(*session)),
            Event::Locked { session } => {
                format!("sign-in mode on: the crew have the laptop (session {})", number(*session))
            }
            Event::Unlocked { session } => format!("sign-in mode ended with the PIN (session {})", number(*session)),
            Event::WrongPin { session } => {
                format!("a wrong PIN was tried in sign-in mode (session {})", number(*session))
            }
            Event::BriefingChanged { session, briefing_sha256, briefing_file } => format!(
                "the briefing file changed during session {}; it went on with the new version, {briefing_file} \
                 (SHA-256 {})",
                number(*session),
                briefing_sha256.get(..12).unwrap_or(briefing_sha256)
            ),
            Event::RosterImported { source, people } => format!("{} crew imported from {source}", people.len()),
            Event::TornTailSetAside { bytes, saved_as } => {
                format!("a record cut short by a power cut or crash ({bytes} bytes) was set aside as {saved_as}")
            }
            Event::Stopped { session } => {
                format!("the program was quit with session {} open; it resumes at the next start", number(*session))
            }
            Event::Resumed { session, unclean, last_record, last_record_at, briefing_differs } => {
                let how = if *unclean {
                    let last = match (last_record, last_record_at) {
                        (Some(seq), Some(at)) => format!("; the last record before it is record {seq}, {at}"),
                        _ => String::new(),
                    };
                    format!("after an unclean stop (a crash, a kill or a power cut){last}")
                } else {
                    "after a clean stop".to_owned()
                };
                let file = if *briefing_differs {
                    "; the briefing file was no longer the version the session recorded"
                } else {
                    ""
                };
                format!("the program started again with session {} open, {how}{file}", number(*session))
            }
            Event::ReportSignedOff { role, name, .. } => format!("report signed by {name} ({})", role.title().en()),
            Event::WalkInAdded { .. }
            | Event::SignedIn { .. }
            | Event::RoleSignOff { .. }
            | Event::WeaponShown { .. }
            | Event::ConcernRaised { .. }
            | Event::ConcernAnswered { .. }
            | Event::Voided { .. } => continue,
        };
        let color = if matches!(
            r.event,
            Event::WrongPin { .. }
                | Event::TornTailSetAside { .. }
                | Event::BriefingChanged { .. }
                | Event::Resumed { unclean: true, .. }
                | Event::Resumed { briefing_differs: true, .. }
        ) {
            RED
        } else {
            BLACK
        };
        kv(l, &format!("{} · record {}", r.time.clock_seconds(), r.seq), &line, color);
    }
}

/// The closing block: the 1st AD (and the safety representative) sign the report.
pub fn report_sign_offs(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, "Signed for the production");
    if day.state.report_sign_offs.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, RED, "Not signed: nobody signed this report on the laptop.");
        return;
    }
    for s in &day.state.report_sign_offs {
        l.need(60.0);
        kv(l, s.role.title().en(), &format!("{} at {} (record {})", s.name, s.time.clock(), s.seq), BLACK);
        l.paragraph(MARGIN + 140.0, WIDTH - 140.0, BODY, false, GREY, &format!("\"{}\"", s.statement));
        let y = l.y;
        signature(l, &s.signature, MARGIN + 140.0, y, 160.0, 40.0);
        l.y += 44.0;
    }
}
