//! Sign-off through the core API: sessions, sign-ins, role sign-offs, concerns, voids,
//! and a journal that survives what disks and power cuts do to it.

use setbrief_core::attendance::journal::{Problem, verify};
use setbrief_core::attendance::{
    Day, DayError, OnBehalf, Refusal, RoleSignOffRequest, SessionKind, SignInRequest, Signature, Stroke,
};
use setbrief_core::briefing::{HazardKind, Lang, Role};
use setbrief_testkit::day::{PIN, main_session, open_day, request, signature};

#[test]
fn a_crew_member_signs_once_and_it_is_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let seq = day.sign_in(request(&day, s, "Zoë Marchetti")).unwrap().record;
    assert!(day.state.signed(s, "zoë marchetti").is_some());
    let bytes = std::fs::read(day.journal_path()).unwrap();
    let rb = verify(&bytes);
    assert!(rb.is_intact());
    assert_eq!(rb.records.last().unwrap().seq, seq);
    assert!(String::from_utf8(bytes).unwrap().contains("Zoë Marchetti"));
    let again = day.sign_in(request(&day, s, "Zoë Marchetti")).unwrap_err();
    assert!(matches!(again, Refusal::AlreadySigned { .. }), "{again}");
}

#[test]
fn acknowledgements_cover_the_session_and_its_hazards() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let acks = day.acknowledgements(s, Lang::En);
    let acks: Vec<&str> = acks.iter().map(String::as_str).collect();
    // On the day it was held (today, confirmed when the session started).
    let held_on = setbrief_testkit::day::today_on_set();
    let first = format!("I attended this safety briefing on {held_on} covering scenes 47, 52, 52A");
    assert!(acks[0].starts_with(&first), "{}", acks[0]);
    assert!(acks.iter().any(|a| a.contains("muster point") && a.contains("Marisol Chávez")));
    assert!(acks.iter().any(|a| a.contains("stop work")));
    assert!(acks.contains(&HazardKind::Firearms.info().acknowledgement.en()));
    let es = setbrief_core::attendance::acknowledgements::for_session(&day.briefing, &["52".into()], Lang::Es);
    assert!(es.iter().any(|a| a.contains("No se permite munición real")));
}

#[test]
fn unconfirmed_acknowledgements_and_scribbles_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let mut req = request(&day, s, "Kim Aldana");
    req.acknowledged[1] = false;
    assert!(matches!(day.sign_in(req).unwrap_err(), Refusal::AcknowledgementsMissing));
    let mut req = request(&day, s, "Kim Aldana");
    req.acknowledged.pop();
    assert!(matches!(day.sign_in(req).unwrap_err(), Refusal::AcknowledgementsMissing), "one tick per line");
    let mut req = request(&day, s, "Kim Aldana");
    req.signature = Signature {
        width: 400.0,
        height: 150.0,
        strokes: vec![Stroke { points: vec![[10.0, 10.0, 0.0], [14.0, 12.0, 5.0]] }],
    };
    let err = day.sign_in(req).unwrap_err();
    assert!(err.to_string().contains("too small to be a signature"), "{err}");
    assert!(day.state.signed(s, "Kim Aldana").is_none());
}

#[test]
fn walk_ins_late_arrivals_and_on_behalf_are_marked() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let mut walk = request(&day, s, "Day Player Dee");
    walk.walk_in = true;
    day.sign_in(walk).unwrap();
    let mut helped = request(&day, s, "José Armijo");
    helped.on_behalf = Some(OnBehalf { by: "Luis Carrillo".into(), reason: "interpreter".into() });
    helped.language = Lang::Es;
    day.sign_in(helped).unwrap();
    day.close_session(s, "Dana Whitfield").unwrap();
    let late = request(&day, s, "Eli Romero");
    assert!(matches!(day.sign_in(late).unwrap_err(), Refusal::LateNeedsBriefer));
    let mut late = request(&day, s, "Eli Romero");
    late.late_briefed_by = Some("Luis Carrillo".into());
    day.sign_in(late).unwrap();
    let counts = day.state.counts(&day.briefing, s);
    assert_eq!((counts.signed, counts.walk_ins, counts.late), (3, 1, 1));
    assert_eq!(counts.expected, day.briefing.crew.len());
    assert_eq!(counts.missing, day.briefing.crew.len() - 2);
    let jose = day.state.signed(s, "José Armijo").unwrap();
    assert_eq!(jose.on_behalf.as_ref().unwrap().by, "Luis Carrillo");
}

#[test]
fn concerns_stay_open_until_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let mut req = request(&day, s, "Kim Aldana");
    req.concern = Some("The shield is too close to the muzzle line.".into());
    day.sign_in(req).unwrap();
    let concern = day.state.open_concerns().next().unwrap().seq;
    assert_eq!(day.state.open_concerns().count(), 1);
    day.answer_concern(concern, "Dana Whitfield", "Moved the shield back 2 m with the armorer.").unwrap();
    assert_eq!(day.state.open_concerns().count(), 0);
    assert!(day.answer_concern(concern, "Dana", "again").is_err());
}

#[test]
fn only_the_armorer_clears_a_firearms_scene() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    assert!(!day.state.scene_cleared(&day.briefing, s, "52"));
    let by_ad = RoleSignOffRequest {
        session: s,
        scene: "52".into(),
        role: Role::Armorer,
        name: "Dana Whitfield".into(),
        signature: signature(80),
        on_behalf: None,
        language: Lang::En,
    };
    assert!(
        matches!(day.role_sign_off(by_ad).unwrap_err(), DayError::NotAuthorised { .. }),
        "the AD cannot sign for the armorer"
    );
    let by_armorer = RoleSignOffRequest {
        session: s,
        scene: "52".into(),
        role: Role::Armorer,
        name: "Tom Brennan".into(),
        signature: signature(80),
        on_behalf: None,
        language: Lang::En,
    };
    day.role_sign_off(by_armorer).unwrap();
    assert!(day.state.scene_cleared(&day.briefing, s, "52"));
    let signoff = &day.state.role_sign_offs[0];
    assert!(signoff.attestation.contains("no live ammunition on set"));
    // Scene 52A (stunts, heights) still waits for the stunt coordinator.
    assert!(!day.state.scene_cleared(&day.briefing, s, "52A"));
}

#[test]
fn a_sign_off_clears_its_own_session_only_in_words_fitting_the_moment() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let crew_call = main_session(&mut day);
    let sign = |day: &mut Day, session: u64, role: Role, name: &str, scene: &str| {
        let req = RoleSignOffRequest {
            session,
            scene: scene.into(),
            role,
            name: name.into(),
            signature: signature(80),
            on_behalf: None,
            language: Lang::En,
        };
        day.role_sign_off(req).unwrap();
    };
    sign(&mut day, crew_call, Role::Armorer, "Tom Brennan", "52");
    sign(&mut day, crew_call, Role::StuntCoordinator, "Jake Morales", "52A");
    assert!(day.state.scene_cleared(&day.briefing, crew_call, "52"));
    let at_crew_call = &day.state.role_sign_offs[1].attestation;
    assert!(at_crew_call.contains("scheduled before the scene"), "a plan, not a rehearsal yet: {at_crew_call}");
    assert!(!at_crew_call.contains("was walked through"), "{at_crew_call}");

    // The impromptu rehearsal after lunch: the morning's checks do not carry over.
    let scene = day
        .start_session(SessionKind::Scene, vec!["52".into(), "52A".into()], "Dana Whitfield", PIN, day.other_day())
        .unwrap();
    assert!(!day.state.scene_cleared(&day.briefing, scene, "52"), "the armorer checks again, at that time");
    assert_eq!(day.pending_sign_offs(scene, "52")[0].role, Role::Armorer);
    sign(&mut day, scene, Role::Armorer, "Tom Brennan", "52");
    sign(&mut day, scene, Role::StuntCoordinator, "Jake Morales", "52A");
    assert!(day.state.scene_cleared(&day.briefing, scene, "52"));
    let at_the_scene = &day.state.role_sign_offs[3].attestation;
    assert!(at_the_scene.contains("walked through and rehearsed"), "{at_the_scene}");
    assert!(day.state.scene_cleared(&day.briefing, crew_call, "52"), "each session keeps its own");
}

#[test]
fn voiding_adds_a_record_and_keeps_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let seq = day.sign_in(request(&day, s, "Kim Aldana")).unwrap().record;
    assert!(day.void(seq, "Dana Whitfield", "").is_err(), "a reason is required");
    day.void(seq, "Dana Whitfield", "Signed under the wrong name").unwrap();
    let entry = day.state.sign_ins.iter().find(|x| x.seq == seq).unwrap();
    assert_eq!(entry.voided.as_ref().unwrap().reason, "Signed under the wrong name");
    assert!(day.state.signed(s, "Kim Aldana").is_none());
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    assert_eq!(day.state.sign_ins.len(), 2, "the voided record is still there");
}

#[test]
fn reopening_resumes_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let s = {
        let mut day = open_day(dir.path());
        let s = main_session(&mut day);
        day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
        s
    };
    let mut day = open_day(dir.path());
    assert!(day.problems.is_empty());
    assert!(day.state.signed(s, "Kim Aldana").is_some());
    assert!(day.state.session(s).unwrap().is_open());
    assert!(day.dir.join(&day.briefing_file).exists(), "the briefing as presented is kept with the day");
    let hash = day.state.session(s).unwrap().pin_hash.clone();
    let secret = day.laptop().unwrap().pin_secret().to_vec();
    assert!(setbrief_core::attendance::pin::pin_matches(PIN, &hash, &secret));
    assert!(
        !setbrief_core::attendance::pin::pin_matches(PIN, &hash, &[0; 32]),
        "the hash in the journal (and so in every report) is useless without this laptop's secret"
    );
}

#[test]
fn a_torn_last_record_is_set_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let mut day = open_day(dir.path());
        let s = main_session(&mut day);
        day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
        day.journal_path()
    };
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(br#"{"seq":3,"time":"2026-04-16T07:0"#);
    std::fs::write(&path, &bytes).unwrap();
    let mut day = open_day(dir.path());
    assert!(matches!(day.problems[..], [Problem::TornTail { .. }]));
    let aside = day.torn_saved_as.clone().unwrap();
    assert!(std::fs::read_to_string(aside).unwrap().starts_with(r#"{"seq":3"#));
    assert_eq!(day.state.torn_tails.len(), 1, "the journal itself records the set-aside");
    let s = day.state.sessions[0].id;
    day.sign_in(request(&day, s, "Eli Romero")).unwrap();
    assert!(verify(&std::fs::read(&path).unwrap()).is_intact());
}

/// A journal of a few records, and the byte offset where its last record starts.
fn journal_bytes() -> (Vec<u8>, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    for name in ["Kim Aldana", "Eli Romero", "Zoë Marchetti"] {
        day.sign_in(request(&day, s, name)).unwrap();
    }
    let bytes = std::fs::read(day.journal_path()).unwrap();
    let last_start = bytes[..bytes.len() - 1].iter().rposition(|&b| b == b'\n').unwrap() + 1;
    (bytes, last_start)
}

#[test]
fn truncation_at_every_byte_of_the_last_record_is_a_torn_tail() {
    let (bytes, last_start) = journal_bytes();
    for cut in last_start + 1..bytes.len() {
        let rb = verify(&bytes[..cut]);
        assert_eq!(rb.records.len(), 3, "cut at {cut}");
        assert!(
            matches!(rb.problems[..], [Problem::TornTail { offset, .. }] if offset as usize == last_start),
            "cut at {cut}: {:?}",
            rb.problems
        );
    }
    assert!(verify(&bytes[..last_start]).is_intact());
}

#[test]
fn a_flipped_byte_anywhere_is_detected() {
    let (bytes, _) = journal_bytes();
    for at in 0..bytes.len() {
        for flip in [0x01u8, 0x20] {
            let mut bad = bytes.clone();
            bad[at] ^= flip;
            let rb = verify(&bad);
            assert!(
                rb.problems.iter().any(Problem::is_tampering) || !rb.problems.is_empty(),
                "flip {flip:#x} at byte {at} went unnoticed"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_fails_loudly_and_harms_nothing_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    let saved = std::fs::read(day.journal_path()).unwrap();
    // Point the journal at /dev/full: every write fails with "no space left".
    let journal = day.journal_path();
    drop(day);
    let real = journal.with_extension("real");
    std::fs::rename(&journal, &real).unwrap();
    std::os::unix::fs::symlink("/dev/full", &journal).unwrap();
    let mut day = Day::open(dir.path(), &setbrief_testkit::day::western()).unwrap();
    let err = day.start_session(SessionKind::Scene, vec!["52".into()], "Dana", PIN, day.other_day()).unwrap_err();
    assert!(err.to_string().contains("could not save"), "{err}");
    assert!(day.state.sessions.is_empty(), "nothing is shown as saved");
    assert!(day.state.signed(s, "Eli Romero").is_none());
    drop(day);
    std::fs::remove_file(&journal).unwrap();
    std::fs::rename(&real, &journal).unwrap();
    assert_eq!(std::fs::read(&journal).unwrap(), saved);
}

#[test]
fn the_pin_is_never_stored_in_clear() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    main_session(&mut day);
    let text = std::fs::read_to_string(day.journal_path()).unwrap();
    assert!(text.contains("$argon2"));
    assert!(!text.contains(&format!("\"{PIN}\"")));
}

#[test]
fn a_long_journal_is_checked_in_parallel_and_still_pinpoints_damage() {
    use setbrief_core::attendance::Event;
    use setbrief_core::attendance::journal::Journal;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.jsonl");
    let mut journal = Journal::open(&path).unwrap().journal;
    for n in 0..600 {
        journal
            .append(
                setbrief_core::time::SetTime::parse("2026-04-16T07:00:00.000-06:00").unwrap(),
                Event::SessionClosed { session: n, by: "Ada".into() },
            )
            .unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let rb = verify(&bytes);
    assert!(rb.is_intact());
    assert_eq!((rb.records.len(), rb.next_seq), (600, 601));
    // Alter record 450 (line 450): its own hash fails; the chain from 451 breaks.
    let line_start = bytes.split_inclusive(|&b| b == b'\n').take(449).map(<[u8]>::len).sum::<usize>();
    let mut bad = bytes.clone();
    let at = line_start + bad[line_start..].iter().position(|&b| b == b'A').unwrap();
    bad[at] = b'B';
    let rb = verify(&bad);
    assert_eq!(rb.problems, vec![Problem::Altered { line: 450, seq: 450, offset: line_start as u64 }]);
    let torn = &bad[..bad.len() - 10];
    let rb = verify(torn);
    assert!(
        matches!(rb.problems.last(), Some(Problem::TornTail { .. })),
        "the torn tail is reported last: {:?}",
        rb.problems
    );
}

/// A day journal written by setbrief before times were typed (RFC 3339 strings then).
fn day_before_typed_times(data: &std::path::Path) -> std::path::PathBuf {
    let dir = data.join("coyote-pass/2026-04-16-day12");
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(setbrief_testkit::fixtures().join("day-before-typed-times")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}

#[test]
fn a_journal_written_before_typed_times_verifies_replays_and_is_written_the_same_way() {
    let data = tempfile::tempdir().unwrap();
    let dir = day_before_typed_times(data.path());
    let bytes = std::fs::read(dir.join("journal.jsonl")).unwrap();
    let rb = verify(&bytes);
    assert!(rb.is_intact(), "{:?}", rb.problems);
    assert_eq!(rb.records.len(), 21);
    for (record, line) in rb.records.iter().zip(String::from_utf8(bytes.clone()).unwrap().lines()) {
        assert_eq!(record.encoded().unwrap().trim_end(), line, "record {} is written differently now", record.seq);
    }
    let state = setbrief_core::attendance::DayState::replay(&rb.records);
    assert_eq!(state.sessions.len(), 1);
    assert_eq!(state.sessions[0].started.to_string(), rb.records[0].time.to_string());
    assert!(
        setbrief_core::attendance::pin::pin_matches(PIN, &state.sessions[0].pin_hash, &[0; 32]),
        "a PIN hashed before laptop secrets still unlocks"
    );

    // The day opens and carries on: a new record chains to the old ones.
    let mut day = open_day(data.path());
    assert!(day.problems.is_empty(), "{:?}", day.problems);
    let session = day.state.sessions[0].id;
    let req = request(&day, session, "Lena Fox");
    day.sign_in(SignInRequest { late_briefed_by: Some("Dana Whitfield".into()), ..req }).unwrap();
    let after = std::fs::read(dir.join("journal.jsonl")).unwrap();
    assert!(after.starts_with(&bytes), "old records are never rewritten");
    assert!(verify(&after).is_intact());
}

#[test]
fn one_writer_per_day_and_a_read_only_view_that_follows_it() {
    let data = tempfile::tempdir().unwrap();
    let mut writer = open_day(data.path());
    let session = main_session(&mut writer);

    let second = Day::open(data.path(), &setbrief_testkit::day::western());
    match second {
        Err(DayError::OpenElsewhere { writer: Some(w) }) => assert_eq!(w.pid, std::process::id()),
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a second writer was let in"),
    }
    let message = Day::open(data.path(), &setbrief_testkit::day::western()).err().unwrap().to_string();
    assert!(message.starts_with("this day is open in another setbrief window or command (since "), "{message}");

    let mut viewer = Day::open_read_only(data.path(), &setbrief_testkit::day::western()).unwrap();
    assert!(viewer.is_read_only());
    assert_eq!(viewer.state.sessions.len(), 1);
    assert!(matches!(viewer.sign_in(request(&viewer, session, "Kim Aldana")), Err(Refusal::Day(DayError::ReadOnly))));
    assert!(matches!(
        viewer.start_session(SessionKind::Scene, vec![], "Dana", PIN, viewer.other_day()),
        Err(DayError::ReadOnly)
    ));

    writer.sign_in(request(&writer, session, "Kim Aldana")).unwrap();
    assert!(viewer.refresh(), "the viewer picks up the writer's record");
    assert!(viewer.state.signed(session, "Kim Aldana").is_some());
    assert!(!viewer.refresh(), "nothing new");

    drop(writer);
    let mut next = open_day(data.path());
    assert!(!next.is_read_only());
    next.sign_in(request(&next, session, "Zoë Marchetti")).unwrap();
}

#[test]
fn opening_a_day_writes_nothing_until_a_session_starts() {
    let data = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    assert_eq!(std::fs::read_dir(data.path()).unwrap().count(), 0, "no folder for a day nobody briefed");
    main_session(&mut day);
    assert!(day.journal_path().exists());
    assert!(day.dir.join(&day.briefing_file).exists());
}

#[test]
fn each_handler_acknowledges_the_armorers_check_in_each_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    day.role_sign_off(RoleSignOffRequest {
        session: s,
        scene: "52".into(),
        role: Role::Armorer,
        name: "Tom Brennan".into(),
        signature: signature(60),
        on_behalf: None,
        language: Lang::En,
    })
    .unwrap();
    assert_eq!(day.state.missing_weapon_checks(&day.briefing, s, "52"), vec!["Miles Hart", "Frank Ulibarri"]);
    assert!(!day.state.scene_cleared_in(&day.briefing, s, "52"), "a handler without it leaves the scene NOT CLEARED");
    let err = day.weapon_shown(s, "52", "Dana Whitfield", Lang::En, signature(60)).unwrap_err();
    assert!(matches!(err, DayError::NotAHandler { .. }), "the 1st AD cannot acknowledge for a performer");
    day.weapon_shown(s, "52", "miles hart", Lang::Es, signature(60)).unwrap();
    day.weapon_shown(s, "52", "Frank Ulibarri", Lang::En, signature(60)).unwrap();
    assert!(day.state.scene_cleared_in(&day.briefing, s, "52"));
    assert!(day.state.weapon_checks[0].statement.starts_with("El armero revisó esta arma"));
    // A later briefing of the same scene needs its own checks.
    day.close_session(s, "Dana Whitfield").unwrap();
    let later =
        day.start_session(SessionKind::Scene, vec!["52".into()], "Dana Whitfield", PIN, day.other_day()).unwrap();
    assert_eq!(day.state.missing_weapon_checks(&day.briefing, later, "52").len(), 2);
}

fn on_phone(mut req: SignInRequest, browser: &str, submission: &str) -> SignInRequest {
    req.device = Some(setbrief_core::attendance::Device {
        address: "192.168.4.23".into(),
        browser: browser.into(),
        submission: submission.into(),
        read_on_phone: None,
    });
    req
}

#[test]
fn a_phone_that_sends_its_sign_in_again_gets_the_same_record_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let first = day.sign_in(on_phone(request(&day, s, "Zoë Marchetti"), "phone-a", "sub-1")).unwrap();
    let retry = day.sign_in(on_phone(request(&day, s, "Zoë Marchetti"), "phone-a", "sub-1")).unwrap();
    assert_eq!(first.record, retry.record);
    assert!(!first.retry && retry.retry, "a retry is said to be one");
    assert_eq!(day.state.sign_ins.len(), 1, "one record, not two");
    let receipt = day.receipt(first.record).unwrap();
    assert_eq!(receipt.name, "Zoë Marchetti");
    assert_eq!(receipt, first);
    assert_eq!(receipt.code, day.head().unwrap().code, "the receipt names the record's own hash");
    let other_submission = day.sign_in(on_phone(request(&day, s, "Zoë Marchetti"), "phone-b", "sub-2")).unwrap_err();
    assert!(matches!(other_submission, Refusal::AlreadySigned { .. }), "a new submission is a second sign-in");
    let reopened = open_day_again(dir.path(), day);
    assert!(reopened.state.sign_ins[0].device.as_ref().is_some_and(|d| d.browser == "phone-a"), "kept on disk");
}

fn open_day_again(dir: &std::path::Path, day: Day) -> Day {
    drop(day);
    open_day(dir)
}

#[test]
fn one_phone_signing_two_people_is_shown_on_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    day.sign_in(on_phone(request(&day, s, "Zoë Marchetti"), "phone-a", "1")).unwrap();
    day.sign_in(on_phone(request(&day, s, "Kim Aldana"), "phone-a", "2")).unwrap();
    day.sign_in(on_phone(request(&day, s, "Marisol Chávez"), "phone-b", "3")).unwrap();
    let [zoe, kim, marisol] = [0, 1, 2].map(|i| &day.state.sign_ins[i]);
    assert_eq!(day.state.same_phone(zoe), ["Kim Aldana"]);
    assert_eq!(day.state.same_phone(kim), ["Zoë Marchetti"]);
    assert!(day.state.same_phone(marisol).is_empty());
}

#[test]
fn many_records_share_one_fsync_and_are_all_on_disk_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let names = ["Zoë Marchetti", "Kim Aldana", "Marisol Chávez"];
    let results =
        day.in_one_sync(|day| names.map(|n| day.sign_in(request(day, s, n)).map_err(|e| e.to_string()))).unwrap();
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    drop(day);
    let back = open_day(dir.path());
    assert_eq!(back.state.sign_ins.len(), 3);
    assert!(back.problems.is_empty());
}

#[test]
fn a_walk_in_is_on_the_roster_of_every_later_session_of_the_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let crew_call = main_session(&mut day);
    let expected = day.state.counts(&day.briefing, crew_call).expected;
    let walk_in = SignInRequest { walk_in: true, ..request(&day, crew_call, "Dee Walker") };
    day.sign_in(walk_in).unwrap();
    let at_crew_call = day.state.counts(&day.briefing, crew_call);
    assert_eq!((at_crew_call.expected, at_crew_call.walk_ins), (expected, 1), "a walk-in where they walked in");
    assert_eq!(day.roster_match("dee walker", crew_call), None, "a walk-in is not on their own session's roster");
    let scene =
        day.start_session(SessionKind::Scene, vec!["52".into()], "Dana Whitfield", PIN, day.other_day()).unwrap();
    assert!(day.state.roster_for(&day.briefing, scene).iter().any(|p| p.name == "Dee Walker"));
    assert_eq!(day.roster_match("dee walker", scene).map(|p| p.name).as_deref(), Some("Dee Walker"));
    assert_eq!(day.roster_match("Jose Armijo", scene).map(|p| p.name).as_deref(), Some("José Armijo"));
    let later = day.state.counts(&day.briefing, scene);
    assert_eq!(later.expected, expected + 1, "expected at the scene briefing, and missing until they sign");
    day.sign_in(request(&day, scene, "Dee Walker")).unwrap();
    let later = day.state.counts(&day.briefing, scene);
    assert_eq!((later.roster_signed, later.walk_ins), (1, 0));
}

/// The laptop and a phone go through one sign-in: the same request is refused for the
/// same reason wherever it comes from.
#[test]
fn the_laptop_and_a_phone_are_refused_alike() {
    let dir = tempfile::tempdir().unwrap();
    let mut day = open_day(dir.path());
    let s = main_session(&mut day);
    let walk_in = |day: &Day, name: &str| {
        let mut req = request(day, s, name);
        req.walk_in = true;
        req
    };
    let mut cases: Vec<(&str, SignInRequest)> = vec![
        ("on_roster_as", walk_in(&day, "kim aldana")),
        ("looks_like", walk_in(&day, "\u{41d}\u{430}l Sutter")),
        ("bad_text", walk_in(&day, "Dee\u{7}Walker")),
        ("bad_text", walk_in(&day, "<b>Dee</b>")),
        ("not_on_roster", request(&day, s, "Nobody Atall")),
    ];
    let mut unticked = request(&day, s, "Kim Aldana");
    unticked.acknowledged[0] = false;
    cases.push(("acknowledgements_missing", unticked));
    let mut dot = request(&day, s, "Kim Aldana");
    dot.signature = Signature { width: 0.0, height: 0.0, strokes: vec![Stroke { points: vec![[0.0, 0.0, 0.0]; 2] }] };
    cases.push(("signature_refused", dot));
    let mut markup = request(&day, s, "Kim Aldana");
    markup.concern = Some("<img src=x>".into());
    cases.push(("bad_text", markup));
    for (i, (code, req)) in cases.into_iter().enumerate() {
        let laptop = day.sign_in(req.clone()).unwrap_err();
        let phone = day.sign_in(on_phone(req, "phone-a", &format!("sub-{i}"))).unwrap_err();
        assert_eq!((laptop.code(), phone.code()), (code, code), "{laptop} / {phone}");
    }
    assert!(day.state.sign_ins.is_empty(), "nothing was written");
    // Told who they are not, a look-alike signs as typed, on either.
    let mut typed = walk_in(&day, "\u{41d}\u{430}l Sutter");
    typed.not = Some("Hal Sutter".into());
    assert_eq!(day.sign_in(typed).unwrap().name, "\u{41d}\u{430}l Sutter");
}

/// A briefing file reused the next day without being edited (its date is another day's):
/// once the 1st AD confirms holding it today, the session starts today's own record,
/// and the day it was written for keeps its record untouched.
#[test]
fn a_briefing_reused_on_a_later_day_starts_that_days_own_record_and_leaves_the_first_untouched() {
    let data = tempfile::tempdir().unwrap();
    let first = data.path().join("coyote-pass/2026-04-16-day12");
    std::fs::create_dir_all(&first).unwrap();
    let fixture = setbrief_testkit::fixtures().join("day-before-typed-times");
    for entry in std::fs::read_dir(&fixture).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), first.join(entry.file_name())).unwrap();
    }
    let before = std::fs::read(first.join("journal.jsonl")).unwrap();
    let loaded = setbrief_testkit::day::western();
    let mut day = Day::open(data.path(), &loaded).unwrap();
    assert_eq!(day.dir, first, "the record of the day the briefing was written for");
    let earlier = day.state.sessions.len();
    assert!(earlier > 0);
    let held_today = setbrief_testkit::day::held_today_folder(
        data.path(),
        &setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron"),
    );
    assert_ne!(held_today, first, "the test runs on another day than 2026-04-16");
    main_session(&mut day);
    assert_eq!(day.dir, held_today, "today's session is in today's folder");
    assert_eq!(day.state.sessions.len(), 1, "and today's record holds only today's");
    drop(day);
    assert_eq!(std::fs::read(first.join("journal.jsonl")).unwrap(), before, "the first day's record is untouched");
    let again = Day::open(data.path(), &loaded).unwrap();
    assert_eq!(again.dir, held_today, "opening the briefing again today finds today's record");
    assert_eq!(again.state.sessions.len(), 1);
}
