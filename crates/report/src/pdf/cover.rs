//! The cover: the day, the sessions with their counts, what is open, and what the
//! document is; then the emergency information as briefed.

use setbrief_core::briefing::Role;

use super::layout::{BLACK, GREY, Layout, MARGIN, RED};
use super::{BODY, STATEMENT, WIDTH, heading, kv, kv_height, text};
use crate::DayRecord;

pub fn cover(l: &mut Layout, day: &DayRecord, signer: Option<&str>) {
    let b = &day.briefing;
    l.paragraph(MARGIN, WIDTH, 20.0, true, BLACK, "Safety Meeting Report");
    l.paragraph(MARGIN, WIDTH, 13.0, false, BLACK, &format!("{} · Day {} · {}", b.production, b.day, b.date));
    l.gap(4.0);
    l.rule(1.5);
    kv(l, "Location", &text(b, &b.location), BLACK);
    kv(l, "Crew call", &format!("{} (UTC{})", b.crew_call.strftime("%H:%M"), b.utc_offset), BLACK);
    let mut runners: Vec<String> = day.state.sessions.iter().map(|s| s.run_by.clone()).collect();
    runners.dedup();
    kv(l, "Briefings run by", &runners.join(", "), BLACK);
    kv(l, "Report identifier", &day.report_id(), BLACK);
    kv(l, "Journal final hash", &day.read_back.last_hash, BLACK);
    let key = signer
        .map_or_else(|| "not signed".to_owned(), |fp| format!("{fp} (this laptop's Ed25519 key; see manifest.sig)"));
    kv(l, "Signed by", &key, BLACK);
    if !day.read_back.problems.is_empty() {
        let mut problems: Vec<String> = day.read_back.problems.iter().take(20).map(|p| p.describe()).collect();
        let more = day.read_back.problems.len().saturating_sub(20) + day.read_back.more_problems;
        if more > 0 {
            problems.push(format!("and {more} more"));
        }
        kv(l, "JOURNAL PROBLEMS", &problems.join("; "), RED);
    }
    // Order only, never "now": the same journal must always give the same PDF.
    let out_of_order = setbrief_core::attendance::chronology::check(&day.read_back.records, None);
    if !out_of_order.is_empty() {
        let lines: Vec<String> = out_of_order.iter().map(|o| o.describe()).collect();
        kv(l, "TIMES OUT OF ORDER", &lines.join("; "), RED);
    }
    l.gap(6.0);
    l.paragraph(MARGIN, WIDTH, BODY, false, GREY, STATEMENT);
    heading(l, 12.0, "Sessions");
    for s in &day.state.sessions {
        let c = day.state.counts(&day.briefing, s.id);
        let end = s.closed.as_ref().map_or_else(|| "not closed".to_owned(), |(t, _)| t.clock());
        let scenes = if s.scenes.is_empty() { "general".to_owned() } else { s.scenes.join(", ") };
        kv(
            l,
            &format!("{}. {}", day.state.session_number(s.id), s.kind.label()),
            &format!("{}–{end} · run by {} · scenes {scenes} · {}", s.started.clock(), s.run_by, c.sentence()),
            BLACK,
        );
    }
    let witnesses = crate::session_witnesses(day);
    if !witnesses.is_empty() {
        heading(l, 12.0, "Witness codes");
        l.paragraph(
            MARGIN,
            WIDTH,
            BODY,
            false,
            GREY,
            "The journal's head when each session closed. Compare them with the codes written on the day's production \
             report; `setbrief verify FOLDER --witness CODE` fails on a journal rewritten after a code was taken.",
        );
        for (n, w) in witnesses {
            kv(l, &format!("Session {n} closed"), &w.describe(), BLACK);
        }
    }
    let open = day.state.open_concerns().count();
    kv(l, "Open concerns", &open.to_string(), if open > 0 { RED } else { BLACK });
    let mut not_cleared: Vec<String> = day
        .state
        .sessions
        .iter()
        .flat_map(|s| s.scenes.iter().map(move |n| (s, n)))
        .filter(|(s, n)| !day.state.scene_cleared_in(day.briefing_of(s), s.id, n))
        .map(|(_, n)| n.clone())
        .collect();
    not_cleared.sort();
    not_cleared.dedup();
    let none = not_cleared.is_empty();
    kv(
        l,
        "Scenes not cleared",
        &if none { "none".to_owned() } else { not_cleared.join(", ") },
        if none { BLACK } else { RED },
    );
}

pub fn emergency(l: &mut Layout, day: &DayRecord) {
    let b = &day.briefing;
    let e = &b.emergency;
    heading(l, 12.0, "Emergency information as briefed");
    kv(l, "Emergency number", &e.emergency_number, BLACK);
    if let Some(h) = &e.hospital {
        kv(l, "Nearest hospital", &format!("{}, {} · {}", h.name, h.address, h.phone), BLACK);
    }
    for medic in b.people_in(Role::SetMedic) {
        kv(l, "Set medic", &format!("{} · {}", medic.name, medic.phone), BLACK);
    }
    for (label, value) in [
        ("Muster point", &e.muster_point),
        ("First aid", &e.first_aid),
        ("Fire extinguishers", &e.extinguishers),
        ("Exits", &e.exits),
        ("Report an injury", &e.report_injury),
    ] {
        if let Some(v) = value {
            kv(l, label, &text(b, v), BLACK);
        }
    }
    if let Some(h) = &e.hotline {
        kv(l, "Safety hotline", &text(b, h), BLACK);
    }
    if !b.incidents.is_empty() {
        let blocks: Vec<(String, String, Option<String>)> = b
            .incidents
            .iter()
            .map(|i| (i.date.to_string(), text(b, &i.what), i.corrective_action.as_ref().map(|a| text(b, a))))
            .collect();
        const OPEN: &str = "OPEN: none recorded";
        let height = |l: &Layout, (date, what, action): &(String, String, Option<String>)| {
            kv_height(l, date, what) + kv_height(l, "Corrective action", action.as_deref().unwrap_or(OPEN))
        };
        // The heading goes with the first incident, and each incident with its action:
        // no page holds a heading alone or an incident cut in two.
        l.need(11.0 * 2.6 + blocks.first().map_or(0.0, |first| height(l, first)));
        heading(l, 11.0, "Open incidents and near-misses carried from earlier days");
        for block in &blocks {
            l.need(height(l, block));
            let (date, what, action) = block;
            kv(l, date, what, BLACK);
            match action {
                Some(action) => kv(l, "Corrective action", action, BLACK),
                None => kv(l, "Corrective action", OPEN, RED),
            }
        }
    }
}
