//! Builds a realistic attendance day for screenshots and report examples:
//! `cargo run --example demo_day -- BRIEFING DATA_DIR [SIGNED [open|locked]]`. Starts the main session
//! (PIN 2468), signs SIGNED people from the roster (default: all but four) with drawn
//! signatures, adds a walk-in, a late arrival, an on-behalf signature, a concern with its
//! response, a voided entry, and the role sign-offs the day's hazards need.

use std::path::PathBuf;

use setbrief_core::attendance::{
    Day, OnBehalf, Person, RoleSignOffRequest, SessionKind, SignInRequest, Signature, Stroke,
};
use setbrief_core::briefing::{Lang, load_file};

/// A handwriting-like signature, different for each `seed`.
fn signature(seed: usize) -> Signature {
    let k = seed as f32 * 0.37;
    let first: Vec<[f32; 3]> = (0..180)
        .map(|i| {
            let t = i as f32 / 180.0;
            let x = 30.0 + t * 420.0;
            let y = 100.0 + (t * 19.0 + k).sin() * (28.0 + 10.0 * (t * 3.0 + k).cos()) - t * 20.0;
            [x, y, i as f32 * 9.0]
        })
        .collect();
    let second: Vec<[f32; 3]> = (0..60)
        .map(|i| {
            let t = i as f32 / 60.0;
            [260.0 + t * 260.0, 150.0 + (t * 6.0 + k).sin() * 6.0, 1900.0 + i as f32 * 8.0]
        })
        .collect();
    Signature { width: 640.0, height: 200.0, strokes: vec![Stroke { points: first }, Stroke { points: second }] }
}

/// An English sign-in with every acknowledgement confirmed.
fn plain_sign_in(day: &Day, session: u64, person: Person, seed: usize) -> SignInRequest {
    SignInRequest {
        session,
        person,
        walk_in: false,
        language: Lang::En,
        not: None,
        acknowledged: vec![true; day.acknowledgements(session, Lang::En).len()],
        signature: signature(seed),
        late_briefed_by: None,
        on_behalf: None,
        concern: None,
        device: None,
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(briefing), Some(data)) = (args.next(), args.next()) else {
        eprintln!("usage: demo_day BRIEFING DATA_DIR [SIGNED [open|locked]]");
        std::process::exit(2);
    };
    let loaded = match load_file(&PathBuf::from(&briefing)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let signed = args.next().and_then(|s| s.parse().ok());
    let end = args.next();
    // `locked` leaves the session open in sign-in mode: the app starts in it.
    let (keep_open, locked) = (matches!(end.as_deref(), Some("open" | "locked")), end.as_deref() == Some("locked"));
    if let Err(e) = run(&loaded, &PathBuf::from(data), signed, keep_open, locked) {
        eprintln!("demo_day: {e}");
        std::process::exit(1);
    }
}

fn run(
    loaded: &setbrief_core::briefing::Loaded,
    data: &std::path::Path,
    signed: Option<usize>,
    keep_open: bool,
    locked: bool,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut day = Day::open(data, loaded)?;
    let scenes: Vec<String> = day.briefing.scenes.iter().map(|s| s.number.clone()).collect();
    let run_by =
        day.holders_of(setbrief_core::briefing::Role::FirstAd).into_iter().next().unwrap_or_else(|| "1st AD".into());
    let session = day.start_session(SessionKind::Main, scenes.clone(), &run_by, "2468", day.other_day())?;
    let roster = day.state.roster(&day.briefing);
    let count = signed.unwrap_or(roster.len().saturating_sub(4)).min(roster.len());
    let bilingual = day.briefing.languages.contains(&Lang::Es);
    for (i, person) in roster.iter().take(count).enumerate() {
        let language = if bilingual && i % 3 == 1 { Lang::Es } else { Lang::En };
        let on_behalf = (i == 5).then(|| OnBehalf { by: run_by.clone(), reason: "interpreter (ASL)".into() });
        let concern = (i == 7).then(|| "The camera shield looks too close to the muzzle line.".to_owned());
        day.sign_in(SignInRequest {
            session,
            person: person.clone(),
            walk_in: false,
            language,
            not: None,
            acknowledged: vec![true; day.acknowledgements(session, language).len()],
            signature: signature(i),
            late_briefed_by: None,
            on_behalf,
            concern,
            device: None,
        })?;
    }
    let walk_in = Person { name: "Dee Walker".into(), department: "Locations".into(), role: "Day player PA".into() };
    day.sign_in(SignInRequest { walk_in: true, ..plain_sign_in(&day, session, walk_in, 99) })?;
    if let Some((first, person)) = day.state.sign_ins.first().map(|s| (s.seq, s.person.clone())) {
        day.void(first, &run_by, "Signed on the wrong line; signed again below")?;
        day.sign_in(plain_sign_in(&day, session, person, 100))?;
    }
    let concern = day.state.open_concerns().next().map(|c| c.seq);
    if let Some(concern) = concern {
        day.answer_concern(
            concern,
            &run_by,
            "Shield moved back 2 m and re-checked with the armorer before the first take.",
        )?;
    }
    for number in &scenes {
        for pending in day.pending_sign_offs(session, number) {
            let Some(name) = pending.holders.first().cloned() else { continue };
            day.role_sign_off(RoleSignOffRequest {
                session,
                scene: number.clone(),
                role: pending.role,
                name,
                signature: signature(7),
                on_behalf: None,
                language: Lang::En,
            })?;
        }
    }
    for number in &scenes {
        for handler in day.state.missing_weapon_checks(&day.briefing, session, number) {
            day.weapon_shown(session, number, &handler, Lang::En, signature(11))?;
        }
    }
    if locked {
        day.lock(session)?;
    }
    if keep_open {
        // As the app leaves it when quit with the session open.
        day.stopped(session)?;
        println!("{}", day.dir.display());
        return Ok(());
    }
    day.close_session(session, &run_by)?;
    if let Some(late) = roster.get(count) {
        let request = plain_sign_in(&day, session, late.clone(), 42);
        day.sign_in(SignInRequest { late_briefed_by: Some(run_by.clone()), ..request })?;
    }
    let lang = day.languages().first().copied().unwrap_or(Lang::En);
    day.sign_report(setbrief_core::briefing::Role::FirstAd, &run_by, lang, signature(3))?;
    println!("{}", day.dir.display());
    Ok(())
}
