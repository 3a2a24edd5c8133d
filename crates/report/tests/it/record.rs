//! What a report says happened, plainly, and that it holds up: each session as it was
//! presented, counts that add up, the event log, the report's own sign-off, and
//! witness codes that catch a journal rewritten after they were taken.

use setbrief_core::attendance::journal::verify;
use setbrief_core::attendance::witness::Claim;
use setbrief_core::attendance::{Day, Event, SessionKind};
use setbrief_core::briefing::{Lang, Role};
use setbrief_report::export::{self, PDF, SHA256SUMS};
use setbrief_report::verify::verify_folder_with;
use setbrief_testkit::day::{PIN, main_session, open_day, request, rewrite_journal, signature, western};

fn pdf_words(out: &std::path::Path) -> String {
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(out.join(PDF)).unwrap()).unwrap();
    pages.join("\n").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn each_session_is_reported_as_it_was_presented() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let briefing = data.path().join("day12.ron");
    let original = std::fs::read_to_string(setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron")).unwrap();
    std::fs::write(&briefing, &original).unwrap();
    let load = || setbrief_core::briefing::load_file(&briefing).unwrap();

    // Crew call, then the file is edited, then a scene briefing on the new version.
    let mut day = Day::open(data.path(), &load()).unwrap();
    let first = main_session(&mut day);
    day.sign_in(request(&day, first, "Kim Aldana")).unwrap();
    day.close_session(first, "Dana Whitfield").unwrap();
    drop(day);
    let edited = original.replace("The Deacon draws on Sheriff Cole", "The Deacon draws on the Marshal");
    assert_ne!(edited, original, "the example still has the line this test edits");
    std::fs::write(&briefing, &edited).unwrap();
    let mut day = Day::open(data.path(), &load()).unwrap();
    let second =
        day.start_session(SessionKind::Scene, vec!["52".into()], "Dana Whitfield", PIN, day.other_day()).unwrap();
    day.sign_in(request(&day, second, "Kim Aldana")).unwrap();
    let dir = day.dir.clone();
    drop(day);

    // And a later setbrief whose hazard table words it differently: the record keeps
    // what this session really showed (here, a point reworded in the journal).
    let journal = dir.join("journal.jsonl");
    let reworded = rewrite_journal(&std::fs::read(&journal).unwrap(), |r| {
        if let Event::SessionStarted { presented: Some(p), .. } = &mut r.event {
            for scene in &mut p.scenes {
                for hazard in &mut scene.hazards {
                    for point in &mut hazard.points {
                        if point.id == "no-live-ammunition" {
                            point.text = "AS PRESENTED: no live rounds anywhere.".into();
                        }
                    }
                }
            }
        }
    });
    std::fs::write(&journal, reworded).unwrap();

    let out = reports.path().join("report");
    export::export(&dir, &out, false).unwrap();
    let words = pdf_words(&out);
    assert!(words.contains("Session 1: Main briefing at crew call"), "{words}");
    assert!(words.contains("Session 2: Scene briefing"), "{words}");
    assert!(!words.contains("#13"), "sessions are numbered in the day, not by record");
    assert!(words.contains("The Deacon draws on Sheriff Cole"), "session 1 as it was presented");
    assert!(words.contains("The Deacon draws on the Marshal"), "session 2 as it was presented");
    assert!(words.contains("AS PRESENTED: no live rounds anywhere."), "the recorded words, not this program's");
}

#[test]
fn the_pdf_counts_add_up_and_says_who_attested_the_events_and_the_sign_off() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    for name in ["Kim Aldana", "Zoë Marchetti"] {
        day.sign_in(request(&day, s, name)).unwrap();
    }
    let mut walk = request(&day, s, "Dee Walker");
    walk.walk_in = true;
    day.sign_in(walk).unwrap();
    day.role_sign_off(setbrief_core::attendance::RoleSignOffRequest {
        session: s,
        scene: "52".into(),
        role: Role::Armorer,
        name: "Tom Brennan".into(),
        signature: signature(80),
        on_behalf: None,
        language: Lang::En,
    })
    .unwrap();
    day.weapon_shown(s, "52", "Miles Hart", Lang::En, signature(70)).unwrap();
    day.lock(s).unwrap();
    day.wrong_pin(s).unwrap();
    day.unlock(s).unwrap();
    // Quit cleanly and started again; then started again with no word on the way out.
    day.stopped(s).unwrap();
    assert!(!day.resume().unwrap().unwrap().unclean);
    assert!(day.resume().unwrap().unwrap().unclean);
    day.close_session(s, "Dana Whitfield").unwrap();
    day.sign_report(Role::FirstAd, "Dana Whitfield", Lang::En, signature(90)).unwrap();
    assert!(day.sign_report(Role::FirstAd, "Kim Aldana", Lang::En, signature(90)).is_err(), "only the 1st AD named");
    let expected = day.briefing.crew.len();
    let dir = day.dir.clone();
    drop(day);

    let out = reports.path().join("report");
    export::export(&dir, &out, false).unwrap();
    let words = pdf_words(&out);
    let sentence = format!("Roster {expected}: 2 signed, {} missing · walk-ins 1 · late 0 · voided 0", expected - 2);
    assert!(words.contains(&sentence), "{sentence} in {words}");
    assert!(words.contains("Each person who signed in English confirmed:"));
    let held_on = setbrief_testkit::day::today_on_set();
    assert!(words.contains(&format!("I attended this safety briefing on {held_on}")), "{words}");
    if held_on != "2026-04-16" {
        let both = format!("the briefing is dated 2026-04-16; it was held on {held_on}");
        assert!(words.contains(&both), "a session held on another day says so: {words}");
    }
    assert!(words.contains("Tom Brennan (Props), who gave the Armorer sign-off for scene 52"), "{words}");
    assert!(words.contains("Weapon shown to handler Miles Hart"), "{words}");
    assert!(words.contains("Frank Ulibarri has not acknowledged the armorer's check: scene NOT CLEARED"));
    assert!(words.contains("sign-in mode on: the crew have the laptop"));
    assert!(words.contains("a wrong PIN was tried in sign-in mode"));
    assert!(words.contains("sign-in mode ended with the PIN"));
    assert!(words.contains("the program was quit with session 1 open"), "{words}");
    assert!(words.contains("open, after a clean stop"), "{words}");
    assert!(words.contains("open, after an unclean stop (a crash,"), "{words}");
    assert!(words.contains("the last record before it is record 12"), "{words}");
    assert!(words.contains("Signed for the production"));
    assert!(words.contains("Dana Whitfield at"), "{words}");
}

#[test]
fn a_journal_rewritten_after_a_witness_code_was_taken_fails_verify() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    day.close_session(s, "Dana Whitfield").unwrap();
    // The 1st AD reads the code off the console and writes it on the production report.
    let taken = day.head().unwrap().clone();
    let dir = day.dir.clone();
    drop(day);

    let out = reports.path().join("honest");
    export::export(&dir, &out, false).unwrap();
    assert!(pdf_words(&out).contains(&taken.code), "the PDF prints the session's witness code");
    let claim = Claim::parse(&format!("{}:{}", taken.seq, taken.code)).unwrap();
    let v = verify_folder_with(&out, std::slice::from_ref(&claim));
    assert!(v.is_ok(), "{:?}", v.problems);
    assert_eq!(v.witnesses_confirmed.len(), 1);
    let sums = std::fs::read_to_string(out.join(SHA256SUMS)).unwrap();
    assert!(sums.lines().any(|l| l.ends_with("  journal.jsonl")), "{sums}");

    // Someone with the files removes Kim's sign-in, recomputes every hash and exports again.
    let journal = dir.join("journal.jsonl");
    let original = std::fs::read(&journal).unwrap();
    let forged = rewrite_journal(&original, |r| {
        if let Event::SignedIn { person, .. } = &mut r.event {
            person.name = "Someone Else".into();
        }
    });
    assert!(verify(&forged).is_intact(), "the forgery is self-consistent");
    std::fs::write(&journal, forged).unwrap();
    let forged_out = reports.path().join("forged");
    export::export(&dir, &forged_out, false).unwrap();
    assert!(verify_folder_with(&forged_out, &[]).is_ok(), "without the code, the forgery passes");
    let v = verify_folder_with(&forged_out, &[claim]);
    assert!(!v.is_ok());
    assert!(v.problems.iter().any(|p| p.contains("is not in this journal")), "{:?}", v.problems);
}

#[test]
fn a_briefing_with_no_languages_reports_without_a_panic() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron"))
        .unwrap()
        .replace("languages: [en, es],", "languages: [],");
    let loaded = setbrief_testkit::parse(&text);
    assert!(loaded.presentable().is_some(), "{:?}", loaded.diagnostics);
    let mut day = Day::open(data.path(), &loaded).unwrap();
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    let out = reports.path().join("report");
    export::export(&day.dir, &out, false).unwrap();
    let _ = western();
}

#[test]
fn a4_or_letter_and_the_locale_decides_by_default() {
    use setbrief_report::pdf::Paper;
    assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
    assert_eq!(Paper::for_locale("es_MX.UTF-8"), Paper::Letter);
    assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
    assert_eq!(Paper::for_locale("es_ES@euro"), Paper::A4);
    assert_eq!(Paper::for_locale("C.UTF-8"), Paper::Letter);
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    for (paper, height) in [(Paper::A4, "841.89"), (Paper::Letter, "792")] {
        let out = reports.path().join(format!("{paper:?}"));
        let options = export::ExportOptions { paper, language: None, signer: None, replace: false, data_dir: None };
        export::export_with(&day.dir, &out, &options).unwrap();
        let pdf = String::from_utf8_lossy(&std::fs::read(out.join(PDF)).unwrap()).into_owned();
        let at = pdf.find("/MediaBox[").unwrap() + "/MediaBox[".len();
        let numbers: Vec<f32> =
            pdf[at..].split(']').next().unwrap().split_whitespace().map(|n| n.parse().unwrap()).collect();
        assert!((numbers[3] - height.parse::<f32>().unwrap()).abs() < 0.1, "{paper:?}: {numbers:?}");
        assert!((numbers[2] - paper.width()).abs() < 0.1, "{paper:?}: {numbers:?}");
    }
}

#[test]
fn the_laptop_signs_the_manifest_and_its_witness_codes() {
    use setbrief_core::attendance::laptop::Laptop;
    use setbrief_report::export::{MANIFEST, MANIFEST_SIG};
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    day.close_session(s, "Dana Whitfield").unwrap();
    let laptop = Laptop::load_or_create(data.path()).unwrap();
    let out = reports.path().join("signed");
    let paper = setbrief_report::pdf::Paper::Letter;
    let options =
        export::ExportOptions { paper, language: None, signer: Some(&laptop), replace: false, data_dir: None };
    export::export_with(&day.dir, &out, &options).unwrap();
    let v = setbrief_report::verify::verify_folder(&out);
    assert!(v.is_ok(), "{:?}", v.problems);
    assert_eq!(v.signer.as_deref(), Some(laptop.fingerprint().as_str()));
    assert!(pdf_words(&out).contains(&laptop.fingerprint()), "the PDF names the key");
    assert!(!std::fs::read_to_string(keys_in(data.path())).unwrap().is_empty(), "the key lives outside the day folder");
    assert!(!day.dir.join("laptop.json").exists());

    // Someone else's laptop signs an edited manifest: the fingerprint changes.
    let other = tempfile::tempdir().unwrap();
    let forger = Laptop::load_or_create(other.path()).unwrap();
    assert_ne!(forger.fingerprint(), laptop.fingerprint());
    // An edited manifest under the original signature fails.
    let manifest = std::fs::read_to_string(out.join(MANIFEST)).unwrap();
    std::fs::write(out.join(MANIFEST), manifest.replacen("Coyote Pass", "Coyote Pasz", 1)).unwrap();
    let v = setbrief_report::verify::verify_folder(&out);
    assert!(v.problems.iter().any(|p| p.starts_with(MANIFEST_SIG) || p.starts_with(MANIFEST)), "{:?}", v.problems);
}

fn keys_in(data: &std::path::Path) -> std::path::PathBuf {
    setbrief_core::attendance::laptop::keys_file(data)
}

#[test]
fn names_in_every_script_are_printed_as_typed() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    for name in setbrief_testkit::every_script_names(cjk_installed()) {
        let mut req = request(&day, s, name);
        req.walk_in = true;
        day.sign_in(req).unwrap();
    }
    let out = reports.path().join("report");
    let done = export::export(&day.dir, &out, false).unwrap();
    assert_eq!(
        done.unshown,
        Vec::<char>::new(),
        "every name has a font (CI installs fonts-noto-cjk for Chinese, Japanese and Korean)"
    );
    let pages = pdf_extract::extract_text_from_mem_by_pages(&std::fs::read(out.join(PDF)).unwrap()).unwrap();
    // Readers space glyph clusters as they like (and pdf-extract gives right-to-left text
    // in visual order): compare the characters, in order, spaces aside.
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let text = letters(&pages.join("\n"));
    for name in setbrief_testkit::every_script_names(cjk_installed()) {
        let found = text.contains(&letters(name)) || text.contains(&letters(name).chars().rev().collect::<String>());
        assert!(found, "{name} is not in the PDF's text layer: {text}");
    }
}

#[test]
fn the_pdf_is_pdf_a_3_and_carries_the_whole_record() {
    let data = tempfile::tempdir().unwrap();
    // Reports go outside the data folder: an export refuses to write inside it.
    let reports = tempfile::tempdir().unwrap();
    let mut day = open_day(data.path());
    let s = main_session(&mut day);
    day.sign_in(request(&day, s, "Kim Aldana")).unwrap();
    let out = reports.path().join("report");
    export::export(&day.dir, &out, false).unwrap();
    let pdf = std::fs::read(out.join(PDF)).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("<pdfaid:part>3</pdfaid:part>"), "PDF/A-3, validated by krilla at export");
    for name in ["journal.jsonl", "attendance.csv", "manifest.json", &day.briefing_file] {
        assert!(text.contains(&format!("/UF({name})")), "{name} is not attached");
    }
    let v = setbrief_report::verify::verify_folder(&out);
    assert!(v.is_ok(), "{:?}", v.problems);
}

/// Whether the system has the CJK font the report and the screens look for.
fn cjk_installed() -> bool {
    setbrief_report::pdf::fonts::CJK_PATHS.iter().any(|p| std::path::Path::new(p).exists())
}
