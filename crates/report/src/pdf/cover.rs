//! The cover: the day, the sessions with their counts, what is open, and what the
//! document is; then the emergency information as briefed.

use setbrief_core::briefing::Role;

use super::layout::{BLACK, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, day_line, heading, kv, kv_height, text};
use crate::DayRecord;

pub fn cover(l: &mut Layout, day: &DayRecord, signer: Option<&str>) {
    let b = &day.briefing;
    l.paragraph(MARGIN, WIDTH, 20.0, true, BLACK, l.say("report.title"));
    let day_line = day_line(l, b);
    l.paragraph(MARGIN, WIDTH, 13.0, false, BLACK, &day_line);
    l.gap(4.0);
    l.rule(1.5);
    kv(l, l.say("report.location"), &text(b, &b.location), BLACK);
    kv(l, l.say("report.crew_call"), &format!("{} (UTC{})", b.crew_call.strftime("%H:%M"), b.utc_offset), BLACK);
    let mut runners: Vec<String> = day.state.sessions.iter().map(|s| s.run_by.clone()).collect();
    runners.dedup();
    kv(l, l.say("report.briefings_run_by"), &runners.join(", "), BLACK);
    kv(l, l.say("report.report_id"), &day.report_id(), BLACK);
    kv(l, l.say("report.journal_final_hash"), &day.read_back.last_hash, BLACK);
    let key = signer.map_or_else(
        || l.say("report.not_signed").to_owned(),
        |fp| l.say_with("report.signed_by_key", &[("fingerprint", fp)]),
    );
    kv(l, l.say("report.signed_by"), &key, BLACK);
    if !day.read_back.problems.is_empty() {
        let mut problems: Vec<String> = day.read_back.problems.iter().take(20).map(|p| p.describe()).collect();
        let more = day.read_back.problems.len().saturating_sub(20) + day.read_back.more_problems;
        if more > 0 {
            problems.push(l.say_with("report.and_more", &[("n", &more.to_string())]));
        }
        kv(l, l.say("report.journal_problems"), &problems.join("; "), RED);
    }
    // Order only, never "now": the same journal must always give the same PDF.
    let out_of_order = setbrief_core::attendance::chronology::check(&day.read_back.records, None);
    if !out_of_order.is_empty() {
        let lines: Vec<String> = out_of_order.iter().map(|o| o.describe()).collect();
        kv(l, l.say("report.times_out_of_order"), &lines.join("; "), RED);
    }
    l.gap(6.0);
    l.paragraph(MARGIN, WIDTH, BODY, false, GREY, l.say("report.statement"));
    heading(l, 12.0, l.say("report.sessions"));
    for s in &day.state.sessions {
        let c = day.state.counts(&day.briefing, s.id);
        let end = s.closed.as_ref().map_or_else(|| l.say("report.not_closed").to_owned(), |(t, _)| t.clock());
        let scenes = if s.scenes.is_empty() { l.say("report.general").to_owned() } else { s.scenes.join(", ") };
        let line = l.say_with(
            "report.session_line",
            &[
                ("start", &s.started.clock()),
                ("end", &end),
                ("run_by", &s.run_by),
                ("scenes", &scenes),
                ("counts", &c.sentence_in(l.lang)),
            ],
        );
        kv(l, &format!("{}. {}", day.state.session_number(s.id), s.kind.label_in(l.lang)), &line, BLACK);
    }
    let witnesses = crate::session_witnesses(day);
    if !witnesses.is_empty() {
        heading(l, 12.0, l.say("report.witness_codes"));
        l.paragraph(MARGIN, WIDTH, BODY, false, GREY, l.say("report.witness_codes_explained"));
        for (n, w) in witnesses {
            kv(l, &l.say_with("report.session_closed", &[("n", &n.to_string())]), &w.describe_in(l.lang), BLACK);
        }
    }
    let open = day.state.open_concerns().count();
    kv(l, l.say("report.open_concerns"), &open.to_string(), if open > 0 { RED } else { BLACK });
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
        l.say("report.scenes_not_cleared"),
        &if none { l.say("report.none_lower").to_owned() } else { not_cleared.join(", ") },
        if none { BLACK } else { RED },
    );
}

pub fn emergency(l: &mut Layout, day: &DayRecord) {
    let b = &day.briefing;
    let e = &b.emergency;
    heading(l, 12.0, l.say("report.emergency_as_briefed"));
    kv(l, l.say("slide.emergency_number"), &e.emergency_number, BLACK);
    if let Some(h) = &e.hospital {
        kv(l, l.say("slide.nearest_hospital"), &format!("{}, {} · {}", h.name, h.address, h.phone), BLACK);
    }
    for medic in b.people_in(Role::SetMedic) {
        kv(l, l.say("slide.set_medic"), &format!("{} · {}", medic.name, medic.phone), BLACK);
    }
    for (label, value) in [
        ("slide.muster_point", &e.muster_point),
        ("slide.first_aid", &e.first_aid),
        ("slide.fire_extinguishers", &e.extinguishers),
        ("slide.exits", &e.exits),
        ("report.report_an_injury", &e.report_injury),
    ] {
        if let Some(v) = value {
            kv(l, l.say(label), &text(b, v), BLACK);
        }
    }
    if let Some(h) = &e.hotline {
        kv(l, l.say("report.safety_hotline"), &text(b, h), BLACK);
    }
    if !b.incidents.is_empty() {
        let blocks: Vec<(String, String, Option<String>)> = b
            .incidents
            .iter()
            .map(|i| (i.date.to_string(), text(b, &i.what), i.corrective_action.as_ref().map(|a| text(b, a))))
            .collect();
        let open = l.say("report.open_none_recorded");
        let corrective = l.say("slide.corrective_action");
        let height = |l: &Layout, (date, what, action): &(String, String, Option<String>)| {
            kv_height(l, date, what) + kv_height(l, corrective, action.as_deref().unwrap_or(open))
        };
        // The heading goes with the first incident, and each incident with its action:
        // no page holds a heading alone or an incident cut in two.
        l.need(11.0 * 2.6 + blocks.first().map_or(0.0, |first| height(l, first)));
        heading(l, 11.0, l.say("report.open_incidents"));
        for block in &blocks {
            l.need(height(l, block));
            let (date, what, action) = block;
            kv(l, date, what, BLACK);
            match action {
                Some(action) => kv(l, corrective, action, BLACK),
                None => kv(l, corrective, open, RED),
            }
        }
    }
}
