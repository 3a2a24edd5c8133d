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
    let title =
        l.say_with("report.session_title", &[("n", &number.to_string()), ("kind", session.kind.label_in(l.lang))]);
    heading(l, 14.0, &title);
    kv(l, l.say("report.started"), &session.started.to_string(), BLACK);
    let closed = session.closed.as_ref().map_or_else(
        || l.say("report.not_closed").to_owned(),
        |(t, by)| l.say_with("report.at_by", &[("time", &t.to_string()), ("by", by)]),
    );
    kv(l, l.say("report.closed"), &closed, BLACK);
    kv(l, l.say("report.run_by"), &session.run_by, BLACK);
    kv(
        l,
        l.say("report.briefing_file"),
        &format!("{} (SHA-256 {})", session.briefing_file, session.briefing_sha256),
        BLACK,
    );
    kv(l, l.say("report.journal_record"), &session.id.to_string(), GREY);
    let briefing = day.briefing_of(session);
    // Journals from before the words were recorded: say where these ones come from.
    let rebuilt;
    if let Some(d) = session.other_day {
        kv(
            l,
            l.say("report.other_day"),
            &l.say_with(
                "report.other_day_explained",
                &[("dated", &d.briefing_date.to_string()), ("held_on", &d.held_on.to_string())],
            ),
            RED,
        );
    }
    let presented = if let Some(p) = &session.presented {
        kv(
            l,
            l.say("report.words_presented"),
            &l.say_with("report.words_recorded_by", &[("program", &p.program), ("table", short(&p.hazard_table))]),
            GREY,
        );
        p
    } else {
        rebuilt = Presented::for_session(briefing, session.kind, &session.scenes, session.held_on(briefing));
        kv(l, l.say("report.words_presented"), l.say("report.words_not_recorded"), RED);
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
    heading(l, 11.5, &format!("{} {} · {}", l.say("slide.scene"), scene.number, scene.heading()));
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
    for (label, items) in
        [("report.scene_points", &scene.points), ("slide.ppe", &scene.ppe), ("slide.keep_out", &scene.exclusion_zones)]
    {
        if !items.is_empty() {
            l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, l.say(label));
            for item in items {
                l.paragraph(MARGIN + 12.0, WIDTH - 12.0, BODY, false, BLACK, &format!("• {}", text(briefing, item)));
            }
        }
    }
    if !scene.responsible.is_empty() {
        kv(l, l.say("slide.responsible"), &scene.responsible.join(", "), BLACK);
    }
    if let Some(signal) = &scene.abort_signal {
        kv(l, l.say("slide.abort_signal"), &text(briefing, signal), RED);
    }
    let sign_offs = day.state.role_sign_offs.iter().filter(|r| r.scene == scene.number && r.session == session.id);
    for r in sign_offs {
        l.need(44.0);
        let void = voided(l, r.voided.as_ref());
        // The record's own language needs no mention (and journals from before the
        // language was recorded read as English, so their reports read as before).
        let read_in = if r.language == Lang::En { String::new() } else { format!(" ({})", r.language.endonym()) };
        kv(
            l,
            &l.say_with("report.role_sign_off", &[("role", r.role.title().get(l.lang))]),
            &format!("{}{void}", quote(l, &format!("{}{read_in}", at(l, &r.name, &r.time.clock())), &r.attestation)),
            if r.voided.is_some() { GREY } else { GREEN },
        );
        let y = l.y;
        signature(l, &r.signature, MARGIN + 140.0, y, 120.0, 30.0);
        l.y += 32.0;
    }
    let checks = day.state.weapon_checks.iter().filter(|c| c.scene == scene.number && c.session == session.id);
    for c in checks {
        l.need(44.0);
        let void = voided(l, c.voided.as_ref());
        kv(
            l,
            l.say("report.weapon_shown"),
            &format!(
                "{}{void}",
                quote(l, &format!("{} ({})", at(l, &c.handler, &c.time.clock()), c.language.endonym()), &c.statement)
            ),
            if c.voided.is_some() { GREY } else { GREEN },
        );
        let y = l.y;
        signature(l, &c.signature, MARGIN + 140.0, y, 120.0, 30.0);
        l.y += 32.0;
    }
    for handler in day.state.missing_weapon_checks(briefing, session.id, &scene.number) {
        kv(
            l,
            l.say("report.missing_weapon_check"),
            &l.say_with("report.missing_weapon_check_explained", &[("handler", &handler)]),
            RED,
        );
    }
    for (kind, roles) in day.state.missing_role_sign_offs(briefing, session.id, &scene.number) {
        let role = roles.first().map_or_else(|| l.say("report.key_person"), |r| r.title().get(l.lang));
        let line = l
            .say_with("report.missing_sign_off_explained", &[("role", role), ("hazard", kind.info().name.get(l.lang))]);
        kv(l, l.say("report.missing_sign_off"), &line, RED);
    }
}

/// "Ana Ruiz at 07:12": who, and when, in the report's language.
fn at(l: &Layout, who: &str, time: &str) -> String {
    l.say_with("report.name_at", &[("name", who), ("time", time)])
}

/// " · VOIDED: reason", or nothing.
fn voided(l: &Layout, void: Option<&setbrief_core::attendance::state::Void>) -> String {
    void.map(|v| format!(" · {}", l.say_with("report.voided", &[("reason", &v.reason)]))).unwrap_or_default()
}

/// `who: "words"`, spaced the report language's way.
fn quote(l: &Layout, who: &str, words: &str) -> String {
    l.say_with("punct.label_value", &[("label", who), ("value", &format!("\"{words}\""))])
}
