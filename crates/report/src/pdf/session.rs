//! A session as it was presented: its briefing file, and each scene with the exact
//! words recorded when it started; the key roles' sign-offs and what is missing.

use setbrief_core::attendance::presented::{Presented, PresentedScene};
use setbrief_core::attendance::state::Session;
use setbrief_core::briefing::{Briefing, Lang, Scene};

use super::layout::{BLACK, GREEN, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, heading, kv, signature, text};
use crate::DayRecord;

pub fn section(l: &mut Layout, day: &DayRecord, session: &Session) {
    l.new_page();
    let number = day.state.session_number(session.id);
    heading(l, 14.0, &format!("Session {number}: {}", session.kind.label()));
    kv(l, "Started", &session.started.to_string(), BLACK);
    let closed = session.closed.as_ref().map_or_else(|| "not closed".to_owned(), |(t, by)| format!("{t} by {by}"));
    kv(l, "Closed", &closed, BLACK);
    kv(l, "Run by", &session.run_by, BLACK);
    kv(l, "Briefing file", &format!("{} (SHA-256 {})", session.briefing_file, session.briefing_sha256), BLACK);
    kv(l, "Journal record", &session.id.to_string(), GREY);
    let briefing = day.briefing_of(session);
    // Journals from before the words were recorded: say where these ones come from.
    let rebuilt;
    if let Some(d) = session.other_day {
        kv(
            l,
            "OTHER DAY",
            &format!(
                "the briefing is dated {}; it was held on {}, as confirmed when the session started",
                d.briefing_date, d.held_on
            ),
            RED,
        );
    }
    let presented = if let Some(p) = &session.presented {
        kv(
            l,
            "Words presented",
            &format!("as recorded by {}; hazard table {}", p.program, short(&p.hazard_table)),
            GREY,
        );
        p
    } else {
        rebuilt = Presented::for_session(briefing, session.kind, &session.scenes, session.held_on(briefing));
        kv(
            l,
            "Words presented",
            "not recorded by the setbrief that ran this session; the standard points below are this version's",
            RED,
        );
        &rebuilt
    };
    for number in &session.scenes {
        if let (Some(scene), Some(words)) = (briefing.scene(number), presented.scene(number)) {
            scene_section(l, day, briefing, session, scene, words);
        }
    }
}

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

fn scene_section(
    l: &mut Layout,
    day: &DayRecord,
    briefing: &Briefing,
    session: &Session,
    scene: &Scene,
    words: &PresentedScene,
) {
    heading(l, 11.5, &format!("Scene {} · {}", scene.number, scene.heading()));
    if !scene.description.is_blank() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, &text(briefing, &scene.description));
    }
    for hazard in &words.hazards {
        l.need(40.0);
        let y = l.y;
        l.pictogram(MARGIN, y, 22.0, hazard.kind);
        l.text_at(MARGIN + 28.0, y + 2.0, 10.5, true, BLACK, &text(briefing, &hazard.name));
        l.text_at(MARGIN + 28.0, y + 15.0, 8.0, false, GREY, &hazard.reference);
        l.y += 26.0;
        for detail in &hazard.details {
            l.paragraph(MARGIN + 28.0, WIDTH - 28.0, BODY, false, GREY, &text(briefing, detail));
        }
        for p in &hazard.points {
            let color = if p.danger { RED } else { BLACK };
            l.paragraph(MARGIN + 28.0, WIDTH - 28.0, BODY, false, color, &format!("• {}", text(briefing, &p.text)));
        }
    }
    for (label, items) in [("Scene points", &scene.points), ("PPE", &scene.ppe), ("Keep out", &scene.exclusion_zones)] {
        if !items.is_empty() {
            l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, label);
            for item in items {
                l.paragraph(MARGIN + 12.0, WIDTH - 12.0, BODY, false, BLACK, &format!("• {}", text(briefing, item)));
            }
        }
    }
    if !scene.responsible.is_empty() {
        kv(l, "Responsible", &scene.responsible.join(", "), BLACK);
    }
    if let Some(signal) = &scene.abort_signal {
        kv(l, "Abort signal", &text(briefing, signal), RED);
    }
    let sign_offs = day.state.role_sign_offs.iter().filter(|r| r.scene == scene.number && r.session == session.id);
    for r in sign_offs {
        l.need(44.0);
        let void = r.voided.as_ref().map(|v| format!(" · VOIDED: {}", v.reason)).unwrap_or_default();
        // The record's own language needs no mention (and journals from before the
        // language was recorded read as English, so their reports read as before).
        let read_in = if r.language == Lang::En { String::new() } else { format!(" ({})", r.language.endonym()) };
        kv(
            l,
            &format!("{} sign-off", r.role.title().en()),
            &format!("{} at {}{read_in}: \"{}\"{void}", r.name, r.time.clock(), r.attestation),
            if r.voided.is_some() { GREY } else { GREEN },
        );
        let y = l.y;
        signature(l, &r.signature, MARGIN + 140.0, y, 120.0, 30.0);
        l.y += 32.0;
    }
    let checks = day.state.weapon_checks.iter().filter(|c| c.scene == scene.number && c.session == session.id);
    for c in checks {
        l.need(44.0);
        let void = c.voided.as_ref().map(|v| format!(" · VOIDED: {}", v.reason)).unwrap_or_default();
        kv(
            l,
            "Weapon shown to handler",
            &format!("{} at {} ({}): \"{}\"{void}", c.handler, c.time.clock(), c.language.endonym(), c.statement),
            if c.voided.is_some() { GREY } else { GREEN },
        );
        let y = l.y;
        signature(l, &c.signature, MARGIN + 140.0, y, 120.0, 30.0);
        l.y += 32.0;
    }
    for handler in day.state.missing_weapon_checks(briefing, session.id, &scene.number) {
        kv(
            l,
            "MISSING weapon check",
            &format!("{handler} has not acknowledged the armorer's check: scene NOT CLEARED"),
            RED,
        );
    }
    for (kind, roles) in day.state.missing_role_sign_offs(briefing, session.id, &scene.number) {
        let role = roles.first().map_or("key person", |r| r.title().en());
        kv(l, "MISSING sign-off", &format!("{role} for {}: scene NOT CLEARED", kind.info().name.en()), RED);
    }
}
