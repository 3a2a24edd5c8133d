//! Building days through the core API, for attendance and report tests.

use std::path::{Path, PathBuf};

use setbrief_core::attendance::{Day, Person, SessionKind, SignInRequest, Signature, Stroke};
use setbrief_core::briefing::{Lang, load_file};

pub const PIN: &str = "2468";

pub fn western() -> setbrief_core::briefing::Loaded {
    load_file(&super::repo().join("briefings/coyote-pass-day-12.ron")).unwrap()
}

/// Today on the sample briefing's clock (the set's UTC offset), as YYYY-MM-DD.
pub fn today_on_set() -> String {
    let briefing = western().briefing.expect("the sample briefing loads");
    setbrief_core::time::SetTime::now(briefing.utc_offset).date().to_string()
}

/// The folder a session of the briefing at `path` started today writes: named by the
/// date it is held on (today on the set's clock), not the briefing's own.
pub fn held_today_folder(data: &Path, path: &Path) -> PathBuf {
    let briefing = load_file(path).unwrap().briefing.unwrap();
    let today = setbrief_core::time::SetTime::now(briefing.utc_offset).date();
    setbrief_core::attendance::day::day_folder_on(data, &briefing, today)
}

/// A realistic signature: a wavy line across the pad, `points` points.
pub fn signature(points: usize) -> Signature {
    let points: Vec<[f32; 3]> = (0..points)
        .map(|i| {
            let t = i as f32 / points.max(2) as f32;
            [20.0 + t * 360.0, 60.0 + (t * 25.0).sin() * 30.0, i as f32 * 8.0]
        })
        .collect();
    Signature { width: 400.0, height: 150.0, strokes: vec![Stroke { points }] }
}

pub fn open_day(dir: &Path) -> Day {
    Day::open(dir, &western()).unwrap()
}

pub fn main_session(day: &mut Day) -> u64 {
    let scenes = day.briefing.scenes.iter().map(|s| s.number.clone()).collect();
    day.start_session(SessionKind::Main, scenes, "Dana Whitfield", PIN, day.other_day()).unwrap()
}

pub fn request(day: &Day, session: u64, name: &str) -> SignInRequest {
    let person = day.state.roster(&day.briefing).into_iter().find(|p| p.name == name).unwrap_or(Person {
        name: name.to_owned(),
        department: "Walk-in".into(),
        role: "Day player".into(),
    });
    SignInRequest {
        session,
        person,
        walk_in: false,
        not: None,
        language: Lang::En,
        acknowledged: vec![true; day.acknowledgements(session, Lang::En).len()],
        signature: signature(60),
        late_briefed_by: None,
        on_behalf: None,
        concern: None,
        device: None,
    }
}

/// A journal rewritten the way someone holding the files could: records changed by
/// `edit`, every hash recomputed, so the chain is self-consistent again.
pub fn rewrite_journal(bytes: &[u8], edit: impl Fn(&mut setbrief_core::attendance::journal::Record)) -> Vec<u8> {
    use setbrief_core::attendance::journal::{GENESIS, Record, verify};
    let mut prev = GENESIS.to_owned();
    let mut out = String::new();
    for mut record in verify(bytes).records {
        edit(&mut record);
        record.prev = prev;
        let line = record.encoded().unwrap();
        prev = serde_json::from_str::<Record>(&line).unwrap().hash;
        out.push_str(&line);
    }
    out.into_bytes()
}

/// A phone's sign-in body for `name` (on the roster unless `walk_in`), ticking every
/// acknowledgement of `session` in English, signed with a realistic signature.
pub fn phone_body(day: &Day, session: u64, name: &str, walk_in: bool, submission: &str) -> serde_json::Value {
    phone_body_ticking(day.acknowledgements(session, Lang::En).len(), name, walk_in, submission)
}

/// [`phone_body`] for a session with `acknowledgements` lines (as its `api/session` lists).
pub fn phone_body_ticking(acknowledgements: usize, name: &str, walk_in: bool, submission: &str) -> serde_json::Value {
    let signature = signature(80);
    let points: Vec<String> = signature.strokes[0]
        .points
        .iter()
        .map(|[x, y, t]| format!("{},{},{}", (x * 10.0).round(), (y * 10.0).round(), t.round()))
        .collect();
    serde_json::json!({
        "name": name,
        "walk_in": walk_in,
        "department": if walk_in { "Grip" } else { "" },
        "role": if walk_in { "Day player" } else { "" },
        "language": "en",
        "acknowledged": vec![true; acknowledgements],
        "signature": { "width": signature.width, "height": signature.height, "strokes": [{ "points": points.join(" ") }] },
        "concern": "",
        "browser": format!("browser-{submission}"),
        "submission": submission,
    })
}
