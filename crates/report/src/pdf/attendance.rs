//! A session's attendance: what everyone who signed confirmed (once, in each language
//! used), one row per sign-in with the signature drawn, and who did not sign.

use setbrief_core::attendance::state::Session;
use setbrief_core::briefing::Lang;

use super::layout::{BLACK, CONTENT_WIDTH, GREY, Layout, MARGIN, RED};
use super::{BODY, WIDTH, heading, signature, signature_height};
use crate::DayRecord;

pub fn section(l: &mut Layout, day: &DayRecord, session: &Session) {
    let number = day.state.session_number(session.id);
    l.need(80.0);
    heading(l, 12.0, &l.say_with("report.attendance_title", &[("n", &number.to_string())]));
    let counts = day.state.counts(&day.briefing, session.id);
    l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, &counts.sentence_in(l.lang));
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
        let title = l.say_with("report.each_confirmed", &[("language", lang.endonym())]);
        l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, &title);
        for line in &first.acknowledgements {
            l.paragraph(MARGIN + 12.0, WIDTH - 12.0, BODY, false, BLACK, &format!("• {line}"));
        }
    }
}

/// The attendance table's columns: x from the margin, and width.
const NAME: (f32, f32) = (0.0, 115.0);
const DEPARTMENT: (f32, f32) = (120.0, 125.0);
const TIME: f32 = 250.0;
const NOTES: (f32, f32) = (285.0, 80.0);
/// At least 40 mm (113 pt), so a signature can be told from another by eye.
const SIGNATURE: (f32, f32) = (370.0, CONTENT_WIDTH - 370.0);
/// A signature is drawn no taller than this; a row is as tall as its tallest cell.
const SIGNATURE_MAX_HEIGHT: f32 = 56.0;
const NAME_LINE: f32 = BODY * 1.2;
const DEPARTMENT_LINE: f32 = 9.0;
const NOTE_LINE: f32 = 7.8;

fn table(l: &mut Layout, day: &DayRecord, session: &Session) {
    l.need(12.0 + 34.0);
    let header = |l: &mut Layout| {
        let cols = [
            (NAME.0, l.say("report.column.name")),
            (DEPARTMENT.0, l.say("report.column.department")),
            (TIME, l.say("report.column.time")),
            (NOTES.0, l.say("report.column.notes")),
            (SIGNATURE.0, l.say("report.column.signature")),
        ];
        let y = l.y;
        for (x, title) in cols {
            l.text_at(MARGIN + x, y, 8.0, true, GREY, title);
        }
        l.y += 12.0;
    };
    l.gap(4.0);
    header(l);
    for e in day.state.sign_ins.iter().filter(|e| e.session == session.id) {
        let color = if e.voided.is_some() { GREY } else { BLACK };
        // Every cell is wrapped whole inside its column and the row grows to hold the
        // tallest: nothing is cut short, and no rule runs through a note. Names are set
        // in one weight, the one every script's font has.
        let name = l.wrap(&e.person.name, BODY, false, NAME.1);
        let department = l.wrap(&format!("{} · {}", e.person.department, e.person.role), 7.5, false, DEPARTMENT.1);
        let (notes, note_color) = notes(l, day, session, e);
        let notes = l.wrap(&notes, 7.0, false, NOTES.1);
        let ink = signature_height(&e.signature, SIGNATURE.1, SIGNATURE_MAX_HEIGHT);
        let row_h = (name.len() as f32 * NAME_LINE)
            .max(department.len() as f32 * DEPARTMENT_LINE)
            .max(notes.len() as f32 * NOTE_LINE)
            .max(ink)
            .max(26.0)
            + 6.0;
        if !l.fits(row_h) {
            l.new_page();
            header(l);
        }
        let y = l.y;
        l.line(vec![(MARGIN, y - 2.0), (MARGIN + CONTENT_WIDTH, y - 2.0)], 0.3, GREY);
        for (i, line) in name.iter().enumerate() {
            l.text_at(MARGIN + NAME.0, y + 2.0 + i as f32 * NAME_LINE, BODY, false, color, line);
        }
        for (i, line) in department.iter().enumerate() {
            l.text_at(MARGIN + DEPARTMENT.0, y + 2.0 + i as f32 * DEPARTMENT_LINE, 7.5, false, color, line);
        }
        l.text_at(MARGIN + TIME, y + 2.0, BODY, false, color, &e.time.clock());
        for (i, line) in notes.iter().enumerate() {
            l.text_at(MARGIN + NOTES.0, y + 2.0 + i as f32 * NOTE_LINE, 7.0, false, note_color, line);
        }
        signature(l, &e.signature, MARGIN + SIGNATURE.0, y, SIGNATURE.1, SIGNATURE_MAX_HEIGHT);
        l.y += row_h;
    }
}

/// A sign-in's notes, and their colour: red when voided or one phone signed for several.
fn notes(
    l: &Layout,
    day: &DayRecord,
    session: &Session,
    e: &setbrief_core::attendance::state::SignIn,
) -> (String, super::layout::Color) {
    let mut notes = vec![l.say_with("report.note.confirmed_in", &[("language", e.language.endonym())])];
    if e.walk_in {
        notes.push(l.say("report.note.walk_in").to_owned());
    }
    if let Some(by) = &e.late_briefed_by {
        notes.push(l.say_with("report.note.late", &[("by", by)]));
    }
    if let Some(o) = &e.on_behalf {
        notes.push(l.say_with("report.note.on_behalf", &[("by", &o.by), ("reason", &o.reason)]));
    }
    if let Some(device) = &e.device {
        notes.push(l.say_with("report.note.phone", &[("address", &device.address)]));
        if let Some(reading) = device.read_on_phone {
            notes.push(l.say_with("report.note.read_on_phone", &[("slides", &reading.slides.to_string())]));
        }
    }
    let same_phone = day.state.same_phone(e);
    if !same_phone.is_empty() {
        notes.push(l.say_with("report.note.same_phone", &[("names", &same_phone.join(", "))]));
    }
    if day.state.concerns.iter().any(|c| c.session == session.id && c.by == e.person.name) {
        notes.push(l.say("report.note.raised_concern").to_owned());
    }
    if let Some(v) = &e.voided {
        notes.push(l.say_with("report.voided", &[("reason", &v.reason)]));
    }
    let color = if e.voided.is_some() || !same_phone.is_empty() { RED } else { GREY };
    (notes.join("; "), color)
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
                .map(|r| {
                    l.say_with(
                        "report.gave_sign_off",
                        &[("role", r.role.title().get(l.lang)), ("scene", &r.scene), ("time", &r.time.clock())],
                    )
                })
                .chain(
                    day.state
                        .weapon_checks
                        .iter()
                        .filter(|c| c.session == session.id && c.voided.is_none())
                        .filter(|c| setbrief_core::names::same_person(&c.handler, &p.name))
                        .map(|c| {
                            l.say_with("report.acknowledged_check", &[("scene", &c.scene), ("time", &c.time.clock())])
                        }),
                )
                .collect();
            let who = format!("{} ({})", p.name, p.department);
            if attested.is_empty() {
                who
            } else {
                l.say_with("report.who_attested", &[("who", &who), ("what", &attested.join(l.say("report.and")))])
            }
        })
        .collect();
    l.gap(6.0);
    let title = l.say_with("report.did_not_sign", &[("n", &missing.len().to_string())]);
    l.paragraph(MARGIN, WIDTH, BODY, true, if missing.is_empty() { BLACK } else { RED }, &title);
    let list = if missing.is_empty() { l.say("report.everyone_signed").to_owned() } else { missing.join("; ") };
    l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, &list);
}
