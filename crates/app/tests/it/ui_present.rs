//! The presenting flow, driven through the real app state with `egui_kittest`: keys,
//! clicker buttons, jumps, language, blackout, diagnostics.

use std::path::Path;

use egui::{Key, Modifiers, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use setbrief_app::{SetbriefApp, Settings, View, theme};
use setbrief_core::briefing::{Lang, LanguageMode};
use setbrief_core::deck::{Block, SlideKind, Tone, type_scale};
use setbrief_core::present::Blank;

/// The app on `path`, with its attendance in a fresh data directory (kept alive by the
/// returned guard).
fn harness_at(path: &Path, size: Vec2) -> (Harness<'static, SetbriefApp>, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let app = SetbriefApp::new(path, data.path(), Settings::default());
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(theme::install_fonts)
        .build_ui_state(|ui, app: &mut SetbriefApp| app.ui(ui), app);
    settle(&mut h);
    (h, data)
}

fn harness(file: &str) -> (Harness<'static, SetbriefApp>, tempfile::TempDir) {
    harness_at(&setbrief_testkit::repo().join(file), Vec2::new(1280.0, 720.0))
}

const WESTERN: &str = "briefings/coyote-pass-day-12.ron";

/// The app wakes every second for its clock and file watch, so it never "settles":
/// step a few frames instead, enough for a key or a click to take effect.
fn settle(h: &mut Harness<'_, SetbriefApp>) {
    h.run_steps(3);
}

fn press(h: &mut Harness<'_, SetbriefApp>, key: Key) {
    h.key_press(key);
    settle(h);
}

fn shows(h: &Harness<'_, SetbriefApp>, text: &str) -> bool {
    h.query_all_by_label(text).next().is_some()
}

#[test]
fn opens_on_the_title_slide() {
    let (h, _data) = harness(WESTERN);
    assert!(shows(&h, "Coyote Pass"));
    assert!(shows(&h, "Day 12 · Thursday 16 April 2026"));
    assert!(shows(&h, "Briefing by"));
    assert_eq!(h.state().deck.nav.current(), 0);
}

#[test]
fn clicker_page_down_and_page_up_move_through_the_deck() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::PageDown);
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().deck.nav.current(), 2);
    assert!(shows(&h, "In an emergency"));
    assert!(shows(&h, "911"));
    press(&mut h, Key::PageUp);
    assert_eq!(h.state().deck.nav.current(), 1);
    for key in [Key::ArrowRight, Key::ArrowDown, Key::Space, Key::Enter, Key::N] {
        let before = h.state().deck.nav.current();
        press(&mut h, key);
        assert_eq!(h.state().deck.nav.current(), before + 1, "{key:?}");
    }
    for key in [Key::ArrowLeft, Key::ArrowUp, Key::Backspace, Key::P] {
        let before = h.state().deck.nav.current();
        press(&mut h, key);
        assert_eq!(h.state().deck.nav.current(), before - 1, "{key:?}");
    }
    press(&mut h, Key::End);
    assert!(shows(&h, "Please sign the attendance now."));
    assert!(shows(&h, "Questions? Ask now."));
    press(&mut h, Key::Home);
    assert_eq!(h.state().deck.nav.current(), 0);
}

#[test]
fn auto_repeat_from_a_stuck_key_is_ignored() {
    let (mut h, _data) = harness(WESTERN);
    h.key_down(Key::PageDown);
    for _ in 0..30 {
        h.event(egui::Event::Key {
            key: Key::PageDown,
            physical_key: None,
            pressed: true,
            repeat: true,
            modifiers: Modifiers::NONE,
        });
    }
    settle(&mut h);
    assert_eq!(h.state().deck.nav.current(), 1);
}

#[test]
fn on_screen_buttons_work_for_touchscreens() {
    let (mut h, _data) = harness(WESTERN);
    h.get_by_label("Next ›").click();
    settle(&mut h);
    h.get_by_label("Next ›").click();
    settle(&mut h);
    assert_eq!(h.state().deck.nav.current(), 2);
    h.get_by_label("‹ Previous").click();
    settle(&mut h);
    assert_eq!(h.state().deck.nav.current(), 1);
}

#[test]
fn typing_a_number_then_enter_or_g_jumps() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::Num1);
    press(&mut h, Key::Num0);
    assert!(shows(&h, "Go to slide 10: Enter · scene 10: E"));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().deck.nav.current(), 9);
    press(&mut h, Key::Num3);
    press(&mut h, Key::G);
    assert_eq!(h.state().deck.nav.current(), 2);
}

#[test]
fn a_firearms_scene_states_no_live_ammunition() {
    let (mut h, _data) = harness(WESTERN);
    let index = h
        .state()
        .deck
        .slides
        .iter()
        .position(|s| matches!(&s.kind, SlideKind::Scene { number, .. } if number == "52"))
        .unwrap();
    for _ in 0..index {
        press(&mut h, Key::PageDown);
    }
    assert!(shows(&h, "Scene 52"));
    assert!(shows(&h, "No live ammunition on set, on the lot or at the location. Ever."));
    assert!(shows(&h, "Firearms pictogram"));
    assert!(shows(&h, "CSATF Safety Bulletin #1, #2"));
    let status = h.state().deck.status_line();
    assert_eq!(status, format!("Slide {} of {} · Scene 52", index + 1, h.state().deck.slides.len()), "one position");
}

#[test]
fn language_key_cycles_english_spanish_both() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::PageDown);
    press(&mut h, Key::PageDown);
    assert!(shows(&h, "Muster point"));
    press(&mut h, Key::L);
    assert_eq!(h.state().settings.language, LanguageMode::Only(Lang::Es));
    assert!(shows(&h, "Punto de reunión"));
    assert!(shows(&h, "El barandal para caballos frente al establo, extremo oeste de Main Street"));
    assert!(matches!(h.state().deck.current_slide().unwrap().kind, SlideKind::Emergency), "stays on the same slide");
    press(&mut h, Key::L);
    assert_eq!(h.state().settings.language, LanguageMode::Two(Lang::En, Lang::Es));
    // Both languages take more room: the muster point may now be on a later part.
    for _ in 0..3 {
        if shows(&h, "Punto de reunión") {
            break;
        }
        press(&mut h, Key::PageDown);
    }
    assert!(shows(&h, "The hitching rail in front of the livery stable, west end of Main Street"));
    assert!(shows(&h, "El barandal para caballos frente al establo, extremo oeste de Main Street"));
    press(&mut h, Key::L);
    assert_eq!(h.state().settings.language, LanguageMode::Only(Lang::En));
}

/// A Quebec day opens in French after a week of English days; a restart on the same
/// production keeps the presenter's last choice.
#[test]
fn a_briefing_opens_in_its_own_first_language_unless_its_languages_were_last_chosen() {
    let data = tempfile::tempdir().unwrap();
    let western = Settings { language: LanguageMode::Two(Lang::En, Lang::Es), ..Settings::default() };
    let mut app = SetbriefApp::new(&setbrief_testkit::repo().join(WESTERN), data.path(), western);
    assert_eq!(app.settings.language, LanguageMode::Only(Lang::En), "chosen for no briefing yet");
    app.apply(&egui::Context::default(), setbrief_core::present::Command::CycleLanguage);
    assert_eq!(app.settings.language, LanguageMode::Only(Lang::Es));
    app.open(&setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron"));
    assert_eq!(app.settings.language, LanguageMode::Only(Lang::Fr));
    assert!(
        app.deck.slides[0].blocks.iter().any(|b| format!("{b:?}").contains("Réunion animée par")),
        "{:?}",
        app.deck.slides[0]
    );

    let chosen_for_lac_brule = Settings { language: LanguageMode::Two(Lang::Fr, Lang::En), ..app.settings.clone() };
    let restarted = SetbriefApp::new(
        &setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron"),
        data.path(),
        chosen_for_lac_brule,
    );
    assert_eq!(restarted.settings.language, LanguageMode::Two(Lang::Fr, Lang::En));
}

#[test]
fn blackout_and_whiteout_then_any_key_returns() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::B);
    assert_eq!(h.state().deck.nav.blank, Some(Blank::Black));
    assert!(!shows(&h, "Coyote Pass"), "nothing shows on a black screen");
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().deck.nav.blank, None);
    assert_eq!(h.state().deck.nav.current(), 0, "the key that ends the blackout does not move");
    press(&mut h, Key::Period);
    assert_eq!(h.state().deck.nav.blank, Some(Blank::Black));
    press(&mut h, Key::Period);
    press(&mut h, Key::W);
    assert_eq!(h.state().deck.nav.blank, Some(Blank::White));
    press(&mut h, Key::Space);
    assert_eq!(h.state().deck.nav.blank, None);
}

#[test]
fn help_theme_presenter_view() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::Questionmark);
    assert!(shows(&h, "jump to that slide"));
    press(&mut h, Key::Escape);
    assert!(!shows(&h, "jump to that slide"));
    press(&mut h, Key::T);
    assert_eq!(h.state().settings.theme, theme::ThemeKind::Night);
    press(&mut h, Key::S);
    assert_eq!(h.state().deck.view, View::Presenter);
    press(&mut h, Key::S);
    assert_eq!(h.state().deck.view, View::Audience);
    // Issue 23: ? toggles the key map; Esc closes it and only it, full screen stays.
    h.state_mut().fullscreen = true;
    press(&mut h, Key::Questionmark);
    press(&mut h, Key::Questionmark);
    assert!(!shows(&h, "jump to that slide"), "a second ? hides it");
    press(&mut h, Key::Questionmark);
    press(&mut h, Key::Escape);
    assert!(!shows(&h, "jump to that slide"));
    assert!(h.state().fullscreen, "the same Esc does not also leave full screen");
    press(&mut h, Key::Escape);
    assert!(!h.state().fullscreen, "a second Esc does");
    press(&mut h, Key::S);
    assert_eq!(h.state().deck.view, View::Presenter);
    assert!(shows(&h, "Presenter notes"));
    // Issue 23: a briefing dated another day is flagged to the presenter too.
    let today = setbrief_testkit::day::today_on_set();
    if today != "2026-04-16" {
        assert!(shows(&h, &format!("Briefing dated 2026-04-16; today is {today}")), "flagged on the presenter view");
    }
    press(&mut h, Key::PageDown);
    press(&mut h, Key::PageDown);
    assert!(shows(&h, "Next"));
    press(&mut h, Key::S);
    assert_eq!(h.state().deck.view, View::Audience);
}

/// Issue 23: the key map fits a 1280x720 screen: nothing of it outside the window.
#[test]
fn the_key_map_fits_a_1280x720_screen() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::Questionmark);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(1280.0, 720.0));
    for label in ["Keys", "jump to that slide", "next slide (clickers send PageDown)"] {
        let rect = h.get_by_label(label).rect();
        assert!(screen.contains_rect(rect), "{label} at {rect:?} is outside the screen");
    }
}

#[test]
fn the_presenter_timer_starts_with_the_briefing_and_can_be_reset() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::S);
    assert_eq!(h.state().deck.elapsed(), std::time::Duration::ZERO, "not counting before the first slide is left");
    press(&mut h, Key::PageDown);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(h.state().deck.elapsed() >= std::time::Duration::from_millis(300));
    h.get_by_label("Reset timer").click();
    h.run();
    assert!(h.state().deck.elapsed() < std::time::Duration::from_millis(300), "counting again from the reset");
}

#[test]
fn presenter_notes_show_in_the_presenter_view_only() {
    let (mut h, _data) = harness(WESTERN);
    let note = "Sunrise 06:41. Light is good until about 07:30; do not let the clock rush the wranglers.";
    while !matches!(h.state().deck.current_slide().unwrap().kind, SlideKind::Scene { .. }) {
        press(&mut h, Key::PageDown);
    }
    assert!(!shows(&h, note));
    press(&mut h, Key::S);
    assert!(shows(&h, note));
}

#[test]
fn a_file_with_errors_opens_to_its_diagnostics_and_blocks_presenting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    std::fs::write(
        &path,
        setbrief_testkit::edit(
            &setbrief_testkit::minimal(),
            r#"points: ["Cables under mats."],"#,
            "hazards: [Firarms()],",
        ),
    )
    .unwrap();
    let (mut h, _data) = harness_at(&path, Vec2::new(1280.0, 720.0));
    assert!(!h.state().can_present());
    let rendered = h.state().briefing.doc.loaded().unwrap().diagnostics[0].render(&path.display().to_string());
    assert!(rendered.contains("unknown hazard `Firarms`"));
    assert!(shows(&h, &rendered));
    press(&mut h, Key::PageDown);
    assert_eq!(h.state().deck.nav.current(), 0);

    // The 1st AD fixes the file in an editor; reload picks it up.
    std::fs::write(&path, setbrief_testkit::minimal()).unwrap();
    press(&mut h, Key::F5);
    assert!(h.state().can_present());
    assert!(shows(&h, "Test Production"));
}

#[test]
fn warnings_are_shown_and_can_be_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warn.ron");
    std::fs::write(&path, setbrief_testkit::edit(&setbrief_testkit::minimal(), r#"first_aid: "Stage door","#, ""))
        .unwrap();
    let (mut h, _data) = harness_at(&path, Vec2::new(1280.0, 720.0));
    assert!(shows(&h, "1 warning: read it before presenting"));
    h.get_by_label("I have read the warnings: present").click();
    settle(&mut h);
    assert!(h.state().can_present());
    assert!(shows(&h, "Test Production"));
}

#[test]
fn an_unreadable_file_says_so() {
    let (h, _data) = harness_at(Path::new("/no/such/briefing.ron"), Vec2::new(1280.0, 720.0));
    assert!(shows(&h, "This briefing cannot be opened"));
}

#[test]
fn ctrl_r_reloads_and_keeps_the_place() {
    let (mut h, _data) = harness(WESTERN);
    for _ in 0..4 {
        press(&mut h, Key::PageDown);
    }
    h.key_press_modifiers(Modifiers::CTRL, Key::R);
    settle(&mut h);
    assert_eq!(h.state().deck.nav.current(), 4);
    assert!(h.state().notice.as_deref().unwrap().starts_with("Reloaded"));
}

#[test]
fn every_slide_of_every_example_fits_at_720p_768p_and_1080p_in_every_language() {
    let dir = setbrief_testkit::repo().join("briefings");
    let generated = tempfile::tempdir().unwrap();
    let every_hazard = generated.path().join("every-hazard.ron");
    std::fs::write(&every_hazard, setbrief_core::briefing::generate::briefing_text(20, 40)).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.push(every_hazard);
    for path in files {
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        for size in [Vec2::new(1280.0, 720.0), Vec2::new(1366.0, 768.0), Vec2::new(1920.0, 1080.0)] {
            let (mut h, _data) = harness_at(&path, size);
            h.key_press(Key::F);
            settle(&mut h);
            for _ in 0..3 {
                let len = h.state().deck.slides.len();
                for i in 0..len {
                    assert!(
                        h.state().deck.last_overflow < 1.0,
                        "{} slide {i} overflows by {} at {size:?} in {:?}",
                        path.display(),
                        h.state().deck.last_overflow,
                        h.state().settings.language
                    );
                    press(&mut h, Key::PageDown);
                }
                press(&mut h, Key::Home);
                press(&mut h, Key::L);
            }
        }
    }
}

#[test]
fn the_readme_key_table_is_the_actions_table() {
    let readme = std::fs::read_to_string(setbrief_testkit::repo().join("README.md")).unwrap();
    let table = setbrief_app::actions::markdown_key_table();
    assert!(readme.contains(&table), "README.md's key table is stale; it should read:\n{table}");
}

#[test]
fn the_theme_goes_into_egui_once_not_every_frame() {
    let (mut h, _data) = harness(WESTERN);
    // Mark the style: a frame that put the theme into egui again would wipe the mark.
    let marker = egui::Color32::from_rgb(1, 2, 3);
    h.ctx.global_style_mut(|s| s.visuals.hyperlink_color = marker);
    h.run_steps(5);
    assert_eq!(h.ctx.global_style().visuals.hyperlink_color, marker, "the style was replaced on a quiet frame");
    h.key_press(Key::T);
    h.run_steps(2);
    assert!(h.ctx.global_style().visuals.dark_mode, "the night theme reaches egui when it changes");
}

#[test]
fn any_key_returns_from_a_blank_screen_even_one_with_no_action() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::PageDown);
    for blank in [Key::B, Key::W] {
        press(&mut h, blank);
        assert!(h.state().deck.nav.blank.is_some());
        press(&mut h, Key::X);
        assert!(h.state().deck.nav.blank.is_none(), "X has no action, yet it brings the slide back");
        assert_eq!(h.state().deck.nav.current(), 1, "without moving");
    }
}

/// Slides are paginated with the fonts they are drawn with: the counts measured before
/// (by character counts: 20, 7 and 17 slides in English; 50, 11 and 33 bilingual) must
/// not creep back, and a scene's abort signal never stands alone on a slide. L walks
/// the briefing's languages, then its first two together; a briefing in one language
/// walks every language setbrief has (its standard words are in each). Spanish and
/// French run longer than English: role names in the deck's language cost a slide
/// (and, on a two-language deck, a line per named person).
#[test]
fn decks_have_the_fewest_slides_and_no_lone_abort_signal() {
    let most = [
        ("coyote-pass-day-12.ron", [17, 17, 40]),
        ("kitchen-table-day-05.ron", [6, 7, 7]),
        ("nightline-day-23.ron", [14, 15, 17]),
    ];
    for (name, counts) in most {
        let (mut h, _data) = harness(&format!("briefings/{name}"));
        for most in counts {
            let mode = h.state().settings.language;
            let slides = &h.state().deck.slides;
            assert!(slides.len() <= most, "{name} in {mode:?}: {} slides, at most {most}", slides.len());
            for slide in slides {
                let lone =
                    matches!(slide.blocks.as_slice(), [Block::Facts(f)] if f.len() == 1 && f[0].tone == Tone::Danger);
                assert!(!lone, "{name} in {mode:?}: a slide with only {:?}", slide.blocks);
            }
            press(&mut h, Key::L);
        }
    }
}

#[test]
fn the_emergency_number_is_the_largest_thing_on_its_slide_and_labels_are_body_size() {
    let (mut h, _data) = harness(WESTERN);
    let emergency = h.state().deck.slides.iter().position(|s| s.kind == SlideKind::Emergency).unwrap();
    assert!(
        matches!(&h.state().deck.slides[emergency].blocks[0], Block::Headline { value, .. } if value.best(Lang::En) == "911")
    );
    for _ in 0..emergency {
        press(&mut h, Key::PageDown);
    }
    assert!(shows(&h, "911"));
    // Larger than the slide's title; labels ('Abort signal', 'Responsible') are read
    // across the same room as the text beside them.
    const { assert!(type_scale::HEADLINE > type_scale::TITLE && type_scale::FACT_LABEL >= type_scale::BODY) };
}

#[test]
fn a_typed_number_shows_what_is_typed_refuses_a_missing_slide_and_jumps_to_a_scene() {
    let (mut h, _data) = harness(WESTERN);
    press(&mut h, Key::Num9);
    press(&mut h, Key::Num9);
    assert!(shows(&h, "Go to slide 99: Enter · scene 99: E"));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().deck.nav.current(), 0, "no slide 99: stays");
    let len = h.state().deck.slides.len();
    assert!(shows(&h, &format!("No slide 99: there are {len} slides")));
    press(&mut h, Key::Num5);
    press(&mut h, Key::Num2);
    press(&mut h, Key::E);
    let scene_52 = h
        .state()
        .deck
        .slides
        .iter()
        .position(|s| matches!(&s.kind, SlideKind::Scene { number, .. } if number == "52"))
        .unwrap();
    assert_eq!(h.state().deck.nav.current(), scene_52);
}

#[test]
fn with_no_file_dialog_a_briefing_opens_by_its_typed_path_with_completion() {
    let (mut h, _data) = harness(WESTERN);
    h.state_mut().open_by_path(Some(setbrief_app::open_by_path::NO_DIALOG));
    h.run_steps(2);
    let why = setbrief_core::language::Words::new(setbrief_app::open_by_path::NO_DIALOG).en();
    assert!(shows(&h, why), "says why");
    let briefings = setbrief_testkit::repo().join("briefings");
    h.state_mut().typed_open.as_mut().unwrap().path = format!("{}/kit", briefings.display());
    h.run_steps(2);
    h.get_by_label("kitchen-table-day-05.ron").click();
    h.run_steps(2);
    h.get_by_label("Open").click();
    h.run_steps(3);
    assert!(h.state().briefing.doc.path.ends_with("kitchen-table-day-05.ron"));
    assert!(h.state().typed_open.is_none());
}
