//! The rest of the record: concerns and their answers, voided entries, the day's
//! event log (sessions, sign-in mode, wrong PINs...), and the report's own sign-off.

use setbrief_core::attendance::Event;

use super::layout::{BLACK, GREEN, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, heading, kv, signature};
use crate::DayRecord;

pub fn concerns_and_voids(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, l.say("report.concerns_raised"));
    if day.state.concerns.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, l.say("report.none"));
    }
    for c in &day.state.concerns {
        kv(l, &format!("{} · {}", c.time.clock(), c.by), &c.text, BLACK);
        match &c.response {
            Some((by, response, time)) => {
                let line = l.say_with("report.name_at", &[("name", by), ("time", &time.clock())]);
                kv(l, l.say("report.response"), &format!("{line}: {response}"), GREEN);
            }
            None => kv(l, l.say("report.response"), l.say("report.no_response"), RED),
        }
    }
    heading(l, 12.0, l.say("report.voided_entries"));
    let voided: Vec<_> = day.state.sign_ins.iter().filter(|s| s.voided.is_some()).collect();
    if voided.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, l.say("report.none"));
    }
    for s in voided {
        if let Some(v) = &s.voided {
            let line = l.say_with(
                "report.voided_line",
                &[("signed", &s.time.clock()), ("voided", &v.time.clock()), ("by", &v.by), ("reason", &v.reason)],
            );
            kv(l, &s.person.name, &line, BLACK);
        }
    }
}

/// What happened around the sign-ins, in order: sessions opening and closing, the
/// laptop handed to the crew and back, wrong PINs, crew lists imported, torn records.
pub fn event_log(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, l.say("report.event_log"));
    let number = |session: u64| day.state.session_number(session);
    for r in &day.read_back.records {
        let event = |key: &'static str, session: u64| l.say_with(key, &[("n", &number(session).to_string())]);
        let line = match &r.event {
            Event::SessionStarted { kind, run_by, .. } => l.say_with(
                "report.event.started",
                &[("n", &number(r.seq).to_string()), ("kind", kind.label_in(l.lang)), ("by", run_by)],
            ),
            Event::SessionClosed { session, by } => {
                l.say_with("report.event.closed", &[("n", &number(*session).to_string()), ("by", by)])
            }
            Event::Locked { session } => event("report.event.locked", *session),
            Event::Unlocked { session } => event("report.event.unlocked", *session),
            Event::WrongPin { session } => event("report.event.wrong_pin", *session),
            Event::BriefingChanged { session, briefing_sha256, briefing_file } => l.say_with(
                "report.event.briefing_changed",
                &[
                    ("n", &number(*session).to_string()),
                    ("file", briefing_file),
                    ("sha256", briefing_sha256.get(..12).unwrap_or(briefing_sha256)),
                ],
            ),
            Event::RosterImported { source, people } => {
                l.say_with("report.event.roster_imported", &[("count", &people.len().to_string()), ("source", source)])
            }
            Event::TornTailSetAside { bytes, saved_as } => {
                l.say_with("report.event.torn_tail", &[("bytes", &bytes.to_string()), ("saved_as", saved_as)])
            }
            Event::Stopped { session } => event("report.event.stopped", *session),
            Event::PhoneReading { session, allowed, by } => {
                let key =
                    if *allowed { "report.event.phone_reading_allowed" } else { "report.event.phone_reading_refused" };
                l.say_with(key, &[("n", &number(*session).to_string()), ("by", by)])
            }
            Event::Resumed { session, unclean, last_record, last_record_at, briefing_differs } => {
                let how = if *unclean {
                    let last = match (last_record, last_record_at) {
                        (Some(seq), Some(at)) => {
                            l.say_with("report.event.last_record", &[("seq", &seq.to_string()), ("time", at)])
                        }
                        _ => String::new(),
                    };
                    format!("{}{last}", l.say("report.event.unclean_stop"))
                } else {
                    l.say("report.event.clean_stop").to_owned()
                };
                let file = if *briefing_differs { l.say("report.event.briefing_differs") } else { "" };
                let n = number(*session).to_string();
                l.say_with("report.event.resumed", &[("n", &n), ("how", &how), ("file", file)])
            }
            Event::ReportSignedOff { role, name, .. } => {
                l.say_with("report.event.report_signed", &[("name", name), ("role", role.title().get(l.lang))])
            }
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
        let when = l.say_with("report.event.when", &[("time", &r.time.clock_seconds()), ("seq", &r.seq.to_string())]);
        kv(l, &when, &line, color);
    }
}

/// The closing block: the 1st AD (and the safety representative) sign the report.
pub fn report_sign_offs(l: &mut Layout, day: &DayRecord) {
    heading(l, 12.0, l.say("report.signed_for_production"));
    if day.state.report_sign_offs.is_empty() {
        l.paragraph(MARGIN, WIDTH, BODY, false, RED, l.say("report.nobody_signed"));
        return;
    }
    for s in &day.state.report_sign_offs {
        l.need(60.0);
        let line = l.say_with(
            "report.signed_at_record",
            &[("name", &s.name), ("time", &s.time.clock()), ("seq", &s.seq.to_string())],
        );
        kv(l, s.role.title().get(l.lang), &line, BLACK);
        l.paragraph(MARGIN + 140.0, WIDTH - 140.0, BODY, false, GREY, &format!("\"{}\"", s.statement));
        let y = l.y;
        signature(l, &s.signature, MARGIN + 140.0, y, 160.0, 40.0);
        l.y += 44.0;
    }
}
