//! `report.pdf`: the Safety Meeting Report for the day, for people: who briefed what,
//! to whom, when, who signed and who did not, with every signature drawn.

use setbrief_core::attendance::event::Signature;
use setbrief_core::attendance::state::Session;
use setbrief_core::briefing::text::{LanguageMode, Text};
use setbrief_core::briefing::{Role, Scene};
use setbrief_core::time::SetTime;

use super::layout::{BLACK, Color, GREEN, GREY, Layout, MARGIN, PAGE_W, RED};
use super::{DayRecord, ReportError};

const BODY: f32 = 9.5;
/// Signatures are drawn in the blue-black of a pen, so they read as ink, not print.
const SIGNATURE_INK: Color = Color(0x0B, 0x1F, 0x5C);
const WIDTH: f32 = PAGE_W - 2.0 * MARGIN;

/// What the document is and is not, on its cover.
pub const STATEMENT: &str = "This report records the safety briefings held on this shooting day, what they covered, \
and who acknowledged them, from the tamper-evident journal kept by setbrief. It does not certify compliance with any \
law, regulation or guideline. Each attendance record shows what the person confirmed, in the language they chose, and \
their signature as drawn.";

fn mode(day: &DayRecord) -> LanguageMode {
    match day.briefing.languages.as_slice() {
        [one] => LanguageMode::Only(*one),
        [] => LanguageMode::Only(setbrief_core::briefing::Lang::En),
        _ => LanguageMode::Both,
    }
}

fn text(day: &DayRecord, t: &Text) -> String {
    t.lines(mode(day)).join(" / ")
}

pub fn report_pdf(day: &DayRecord) -> Result<Vec<u8>, ReportError> {
    let mut l = Layout::new().ok_or_else(|| ReportError::Pdf("the shipped fonts cannot be read".into()))?;
    cover(&mut l, day);
    emergency(&mut l, day);
    for session in &day.state.sessions {
        session_section(&mut l, day, session);
        attendance(&mut l, day, session);
    }
    concerns_and_voids(&mut l, day);
    let b = &day.briefing;
    let id = day.report_id();
    let last_time = day.read_back.records.last().map(|r| r.time);
    let metadata = krilla::metadata::Metadata::new()
        .title(format!("Safety Meeting Report: {} day {} ({})", b.production, b.day, b.date))
        .creator("setbrief".to_owned())
        .producer(format!("setbrief {}", env!("CARGO_PKG_VERSION")))
        .document_id(id.clone())
        .language(b.languages.first().map_or("en", |l| l.code()).to_owned())
        .creation_date(pdf_date(last_time));
    let footer_left = format!("{} · Day {} · {}", b.production, b.day, b.date);
    l.finish(metadata, |page, pages| format!("{footer_left} · Page {page} of {pages} · Report {id}"))
        .map_err(ReportError::Pdf)
}

/// The journal's last time, so the same journal always gives the same PDF bytes.
fn pdf_date(time: Option<SetTime>) -> krilla::metadata::DateTime {
    let Some(time) = time else { return krilla::metadata::DateTime::new(1970) };
    let local = time.local();
    let byte = |v: i8| u8::try_from(v).unwrap_or(0);
    let offset_minutes = time.offset_seconds() / 60;
    krilla::metadata::DateTime::new(u16::try_from(local.year()).unwrap_or(1970))
        .month(byte(local.month()))
        .day(byte(local.day()))
        .hour(byte(local.hour()))
        .minute(byte(local.minute()))
        .second(byte(local.second()))
        .utc_offset_hour(i8::try_from(offset_minutes / 60).unwrap_or(0))
        .utc_offset_minute(u8::try_from((offset_minutes % 60).abs()).unwrap_or(0))
}

fn heading(l: &mut Layout<'_>, size: f32, text: &str) {
    l.need(size * 2.6);
    l.gap(size * 0.5);
    l.paragraph(MARGIN, WIDTH, size, true, BLACK, text);
    l.gap(2.0);
}

fn kv(l: &mut Layout<'_>, label: &str, value: &str, color: Color) {
    let label_w = 140.0;
    let lines = l.wrap(value, BODY, false, WIDTH - label_w);
    let labels = l.wrap(label, BODY, true, label_w - 8.0);
    let rows = lines.len().max(labels.len());
    l.need(BODY * 1.35 * rows as f32);
    let top = l.y;
    for (i, line) in labels.iter().enumerate() {
        l.text_at(MARGIN, top + i as f32 * BODY * 1.35, BODY, true, GREY, line);
    }
    for (i, line) in lines.iter().enumerate() {
        l.text_at(MARGIN + label_w, top + i as f32 * BODY * 1.35, BODY, false, color, line);
    }
    l.y = top + rows as f32 * BODY * 1.35;
}

fn cover(l: &mut Layout<'_>, day: &DayRecord) {
    let b = &day.briefing;
    l.paragraph(MARGIN, WIDTH, 20.0, true, BLACK, "Safety Meeting Report");
    l.paragraph(MARGIN, WIDTH, 13.0, false, BLACK, &format!("{} · Day {} · {}", b.production, b.day, b.date));
    l.gap(4.0);
    l.rule(1.5);
    kv(l, "Location", &text(day, &b.location), BLACK);
    kv(l, "Crew call", &format!("{} (UTC{})", b.crew_call.strftime("%H:%M"), b.utc_offset), BLACK);
    let runners: Vec<String> = {
        let mut r: Vec<String> = day.state.sessions.iter().map(|s| s.run_by.clone()).collect();
        r.dedup();
        r
    };
    kv(l, "Briefings run by", &runners.join(", "), BLACK);
    kv(l, "Report identifier", &day.report_id(), BLACK);
    kv(l, "Journal final hash", &day.read_back.last_hash, BLACK);
    if !day.read_back.problems.is_empty() {
        let problems: Vec<String> = day.read_back.problems.iter().map(|p| p.describe()).collect();
        kv(l, "JOURNAL PROBLEMS", &problems.join("; "), RED);
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
            &format!("#{} {}", s.id, s.kind.label()),
            &format!(
                "{}–{} · run by {} · scenes {scenes} · expected {}, signed {}, late {}, walk-ins {}, missing {}",
                s.started.clock(),
                end,
                s.run_by,
                c.expected,
                c.signed,
                c.late,
                c.walk_ins,
                c.missing
            ),
            BLACK,
        );
    }
    let open = day.state.open_concerns().count();
    kv(l, "Open concerns", &open.to_string(), if open > 0 { RED } else { BLACK });
    let not_cleared: Vec<String> = day
        .state
        .sessions
        .iter()
        .flat_map(|s| s.scenes.iter())
        .filter(|n| !day.state.scene_cleared(&day.briefing, n))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    kv(
        l,
        "Scenes not cleared",
        &if not_cleared.is_empty() { "none".to_owned() } else { not_cleared.join(", ") },
        if not_cleared.is_empty() { BLACK } else { RED },
    );
}

fn emergency(l: &mut Layout<'_>, day: &DayRecord) {
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
            kv(l, label, &text(day, v), BLACK);
        }
    }
    if let Some(h) = &e.hotline {
        kv(l, "Safety hotline", h, BLACK);
    }
    if !b.incidents.is_empty() {
        heading(l, 11.0, "Open incidents and near-misses carried from earlier days");
        for i in &b.incidents {
            kv(l, &i.date.to_string(), &text(day, &i.what), BLACK);
            match &i.corrective_action {
                Some(a) => kv(l, "Corrective action", &text(day, a), BLACK),
                None => kv(l, "Corrective action", "OPEN: none recorded", RED),
            }
        }
    }
}

fn session_section(l: &mut Layout<'_>, day: &DayRecord, session: &Session) {
    l.new_page();
    heading(l, 14.0, &format!("Session #{}: {}", session.id, session.kind.label()));
    kv(l, "Started", &session.started.to_string(), BLACK);
    kv(
        l,
        "Closed",
        &session.closed.as_ref().map_or_else(|| "not closed".to_owned(), |(t, by)| format!("{t} by {by}")),
        BLACK,
    );
    kv(l, "Run by", &session.run_by, BLACK);
    kv(l, "Briefing file", &format!("{} (SHA-256 {})", session.briefing_file, session.briefing_sha256), BLACK);
    for number in &session.scenes {
        if let Some(scene) = day.briefing.scene(number) {
            scene_section(l, day, session, scene);
        }
    }
}

fn scene_section(l: &mut Layout<'_>, day: &DayRecord, session: &Session, scene: &Scene) {
    heading(l, 11.5, &format!("Scene {} · {}", scene.number, scene.heading()));
    if !scene.description.is_blank() {
        l.paragraph(MARGIN, WIDTH, BODY, false, BLACK, &text(day, &scene.description));
    }
    let bilingual = mode(day) == LanguageMode::Both;
    for hazard in &scene.hazards {
        let info = hazard.info();
        l.need(40.0);
        let y = l.y;
        l.pictogram(MARGIN, y, 22.0, info.kind);
        let name = if bilingual { format!("{} / {}", info.name.en, info.name.es) } else { info.name.en.to_owned() };
        l.text_at(MARGIN + 28.0, y + 2.0, 10.5, true, BLACK, &name);
        l.text_at(MARGIN + 28.0, y + 15.0, 8.0, false, GREY, &info.bulletin_reference());
        l.y += 26.0;
        for detail in hazard.detail_lines() {
            l.paragraph(MARGIN + 28.0, WIDTH - 28.0, BODY, false, GREY, &detail);
        }
        for p in info.standard_points {
            let line =
                if bilingual { format!("• {} / {}", p.text.en, p.text.es) } else { format!("• {}", p.text.en) };
            let color = if p.id == setbrief_core::briefing::hazard::NO_LIVE_AMMUNITION { RED } else { BLACK };
            l.paragraph(MARGIN + 28.0, WIDTH - 28.0, BODY, false, color, &line);
        }
    }
    for (label, items) in [("Scene points", &scene.points), ("PPE", &scene.ppe), ("Keep out", &scene.exclusion_zones)] {
        if !items.is_empty() {
            l.paragraph(MARGIN, WIDTH, BODY, true, BLACK, label);
            for item in items {
                l.paragraph(MARGIN + 12.0, WIDTH - 12.0, BODY, false, BLACK, &format!("• {}", text(day, item)));
            }
        }
    }
    if !scene.responsible.is_empty() {
        kv(l, "Responsible", &scene.responsible.join(", "), BLACK);
    }
    if let Some(signal) = &scene.abort_signal {
        kv(l, "Abort signal", &text(day, signal), RED);
    }
    let sign_offs: Vec<_> =
        day.state.role_sign_offs.iter().filter(|r| r.scene == scene.number && r.session == session.id).collect();
    for r in sign_offs {
        l.need(44.0);
        let void = r.voided.as_ref().map(|v| format!(" · VOIDED: {}", v.reason)).unwrap_or_default();
        kv(
            l,
            &format!("{} sign-off", r.role.title().en),
            &format!("{} at {}: \"{}\"{void}", r.name, r.time.clock(), r.attestation),
            if r.voided.is_some() { GREY } else { GREEN },
        );
        let y = l.y;
        signature(l, &r.signature, MARGIN + 140.0, y, 120.0, 30.0);
        l.y += 32.0;
    }
    for (kind, roles) in day.state.missing_role_sign_offs(&day.briefing, &scene.number) {
        kv(
            l,
            "MISSING sign-off",
            &format!(
                "{} for {}: scene NOT CLEARED",
                roles.first().map_or("key person", |r| r.title().en),
                kind.info().name.en
            ),
            RED,
        );
    }
}

/// Draws a signature's strokes, scaled to fit the box.
fn signature(l: &mut Layout<'_>, sig: &Signature, x: f32, y: f32, w: f32, h: f32) {
    if sig.width <= 0.0 || sig.height <= 0.0 {
        return;
    }
    let s = (w / sig.width).min(h / sig.height);
    for stroke in &sig.strokes {
        let points: Vec<(f32, f32)> = stroke.points.iter().map(|p| (x + p[0] * s, y + p[1] * s)).collect();
        if points.len() >= 2 {
            l.line(points, 0.8, SIGNATURE_INK);
        }
    }
}

fn attendance(l: &mut Layout<'_>, day: &DayRecord, session: &Session) {
    let row_h = 34.0;
    l.need(40.0 + 12.0 + row_h);
    heading(l, 12.0, &format!("Attendance · session #{}", session.id));
    let header = |l: &mut Layout<'_>| {
        let cols =
            [(0.0, "Name"), (120.0, "Department / role"), (250.0, "Time"), (285.0, "Notes"), (370.0, "Signature")];
        let y = l.y;
        for (x, title) in cols {
            l.text_at(MARGIN + x, y, 8.0, true, GREY, title);
        }
        l.y += 12.0;
    };
    header(l);
    for e in day.state.sign_ins.iter().filter(|e| e.session == session.id) {
        if !l.fits(row_h) {
            l.new_page();
            header(l);
        }
        let y = l.y;
        l.line(vec![(MARGIN, y - 2.0), (PAGE_W - MARGIN, y - 2.0)], 0.3, GREY);
        let color = if e.voided.is_some() { GREY } else { BLACK };
        l.text_at(MARGIN, y + 2.0, BODY, true, color, &e.person.name);
        let dept = format!("{} · {}", e.person.department, e.person.role);
        for (i, line) in l.wrap(&dept, 7.5, false, 125.0).into_iter().take(2).enumerate() {
            l.text_at(MARGIN + 120.0, y + 2.0 + i as f32 * 9.0, 7.5, false, color, &line);
        }
        l.text_at(MARGIN + 250.0, y + 2.0, BODY, false, color, &e.time.clock());
        let mut notes = vec![e.language.endonym().to_owned()];
        if e.walk_in {
            notes.push("walk-in".into());
        }
        if let Some(by) = &e.late_briefed_by {
            notes.push(format!("late, briefed by {by}"));
        }
        if let Some(o) = &e.on_behalf {
            notes.push(format!("signed on behalf by {} ({})", o.by, o.reason));
        }
        if let Some(v) = &e.voided {
            notes.push(format!("VOIDED: {}", v.reason));
        }
        for (i, line) in l.wrap(&notes.join("; "), 7.0, false, 82.0).into_iter().take(3).enumerate() {
            l.text_at(
                MARGIN + 285.0,
                y + 2.0 + i as f32 * 8.5,
                7.0,
                false,
                if e.voided.is_some() { RED } else { GREY },
                &line,
            );
        }
        signature(l, &e.signature, MARGIN + 370.0, y, 140.0, row_h - 4.0);
        l.y += row_h;
    }
    let missing: Vec<String> = day
        .state
        .roster(&day.briefing)
        .into_iter()
        .filter(|p| day.state.signed(session.id, &p.name).is_none())
        .map(|p| format!("{} ({})", p.name, p.department))
        .collect();
    l.gap(6.0);
    let title = format!("Did not sign ({}):", missing.len());
    l.paragraph(MARGIN, WIDTH, BODY, true, if missing.is_empty() { BLACK } else { RED }, &title);
    l.paragraph(
        MARGIN,
        WIDTH,
        BODY,
        false,
        BLACK,
        &if missing.is_empty() { "everyone on the roster signed".to_owned() } else { missing.join(", ") },
    );
}

fn concerns_and_voids(l: &mut Layout<'_>, day: &DayRecord) {
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
