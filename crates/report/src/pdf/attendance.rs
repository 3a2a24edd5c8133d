//! A session's attendance: what everyone who signed confirmed (once, in each language
//! used), one row per sign-in with the signature drawn, and who did not sign.

use setbrief_core::attendance::state::Session;
use setbrief_core::briefing::Lang;

use super::layout::{BLACK, CONTENT_WIDTH, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, heading, signature};
use crate::DayRecord;

pub fn section(l: &mut Layout, day: &DayRecord, session: &Session) {
    let number = day.state.session_number(session.id);
    l.need(80.0);
    heading(l, 12.0, &format!("Attendance · session {number}"));
    let counts = day.state.counts(&day.briefing, session.id);
    l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, &counts.sentence());
    confirmed_lines(l, day, session);
    table(l, day, session);
    did_not_sign(l, day, session);
}

/// The lines each person confirmed, printed once per language someone signed in.
fn confirmed_lines(l: &mut Layout, day: &DayRecord, session: &Session) {
    let signed = day.state.sign_ins.iter().filter(|s| s.session == session.id);
    let mut languages: Vec<Lang> = signed.map(|s| s.language).collect();
    languages.sort_unstable();
    languages.dedup();
    for lang in languages {
        // Each sign-in recorded the exact lines it confirmed; print the first one's.
        let Some(first) = day.state.sign_ins.iter().find(|s| s.session == session.id && s.language == lang) else {
            continue;
        };
        l.gap(4.0);
        let title = format!("Each person who signed in {} confirmed:", lang.endonym());
        l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, &title);
        for line in &first.acknowledgements {
            l.paragraph(MARGIN + 12.0, WIDTH - 12.0, BODY, false, BLACK, &format!("• {line}"));
        }
    }
}

fn table(l: &mut Layout, day: &DayRecord, session: &Session) {
    let row_h = 34.0;
    l.need(12.0 + row_h);
    let header = |l: &mut Layout| {
        let cols =
            [(0.0, "Name"), (120.0, "Department / role"), (250.0, "Time"), (285.0, "Notes"), (370.0, "Signature")];
        let y = l.y;
        for (x, title) in cols {
            l.text_at(MARGIN + x, y, 8.0, true, GREY, title);
        }
        l.y += 12.0;
    };
    l.gap(4.0);
    header(l);
    let concerns = |name: &str| day.state.concerns.iter().filter(|c| c.session == session.id && c.by == name).count();
    for e in day.state.sign_ins.iter().filter(|e| e.session == session.id) {
        if !l.fits(row_h) {
            l.new_page();
            header(l);
        }
        let y = l.y;
        l.line(vec![(MARGIN, y - 2.0), (MARGIN + CONTENT_WIDTH, y - 2.0)], 0.3, GREY);
        let color = if e.voided.is_some() { GREY } else { BLACK };
        // A long name takes two lines of its column rather than running into the next.
        for (i, line) in l.wrap(&e.person.name, BODY, true, 115.0).into_iter().take(2).enumerate() {
            l.text_at(MARGIN, y + 2.0 + i as f32 * BODY * 1.2, BODY, true, color, &line);
        }
        let dept = format!("{} · {}", e.person.department, e.person.role);
        for (i, line) in l.wrap(&dept, 7.5, false, 125.0).into_iter().take(2).enumerate() {
            l.text_at(MARGIN + 120.0, y + 2.0 + i as f32 * 9.0, 7.5, false, color, &line);
        }
        l.text_at(MARGIN + 250.0, y + 2.0, BODY, false, color, &e.time.clock());
        let mut notes = vec![format!("confirmed in {}", e.language.endonym())];
        if e.walk_in {
            notes.push("walk-in".into());
        }
        if let Some(by) = &e.late_briefed_by {
            notes.push(format!("late, briefed by {by}"));
        }
        if let Some(o) = &e.on_behalf {
            notes.push(format!("signed on behalf by {} ({})", o.by, o.reason));
        }
        if let Some(device) = &e.device {
            notes.push(format!("phone {}", device.address));
        }
        let same_phone = day.state.same_phone(e);
        if !same_phone.is_empty() {
            notes.push(format!("SAME PHONE: {}", same_phone.join(", ")));
        }
        if concerns(&e.person.name) > 0 {
            notes.push("raised a concern".into());
        }
        if let Some(v) = &e.voided {
            notes.push(format!("VOIDED: {}", v.reason));
        }
        let note_color = if e.voided.is_some() || !same_phone.is_empty() { RED } else { GREY };
        for (i, line) in l.wrap(&notes.join("; "), 7.0, false, 82.0).into_iter().take(4).enumerate() {
            l.text_at(MARGIN + 285.0, y + 2.0 + i as f32 * 7.8, 7.0, false, note_color, &line);
        }
        signature(l, &e.signature, MARGIN + 370.0, y, CONTENT_WIDTH - 370.0, row_h - 4.0);
        l.y += row_h;
    }
}

/// Who on the roster did not sign: a key person who gave their sign-off is named as
/// such, not only as missing.
fn did_not_sign(l: &mut Layout, day: &DayRecord, session: &Session) {
    let missing: Vec<String> = day
        .state
        .roster_for(&day.briefing, session.id)
        .into_iter()
        .filter(|p| day.state.signed(session.id, &p.name).is_none())
        .map(|p| {
            let attested: Vec<String> = day
                .state
                .role_sign_offs
                .iter()
                .filter(|r| r.session == session.id && r.voided.is_none())
                .filter(|r| setbrief_core::names::same_person(&r.name, &p.name))
                .map(|r| format!("gave the {} sign-off for scene {} at {}", r.role.title().en, r.scene, r.time.clock()))
                .chain(
                    day.state
                        .weapon_checks
                        .iter()
                        .filter(|c| c.session == session.id && c.voided.is_none())
                        .filter(|c| setbrief_core::names::same_person(&c.handler, &p.name))
                        .map(|c| {
                            format!(
                                "acknowledged the armorer's weapon check for scene {} at {}",
                                c.scene,
                                c.time.clock()
                            )
                        }),
                )
                .collect();
            if attested.is_empty() {
                format!("{} ({})", p.name, p.department)
            } else {
                format!("{} ({}), who {}", p.name, p.department, attested.join(" and "))
            }
        })
        .collect();
    l.gap(6.0);
    let title = format!("Did not sign attendance ({}):", missing.len());
    l.paragraph(MARGIN, WIDTH, BODY, true, if missing.is_empty() { BLACK } else { RED }, &title);
    let list = if missing.is_empty() { "everyone on the roster signed".to_owned() } else { missing.join("; ") };
    l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, &list);
}
