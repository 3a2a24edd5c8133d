//! No other language on a screen: every slide of each example day and each crew screen
//! of the sign-in, rendered in each of the day's languages, holds no word that belongs
//! to another language's words file and not to this one's.

use std::path::{Path, PathBuf};

use egui::{Key, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use setbrief_app::{SetbriefApp, Settings, theme};
use setbrief_core::attendance::words;
use setbrief_core::briefing::{Lang, LanguageMode};

use setbrief_testkit::languages::{ForeignWords, briefing_words, foreign_words};

use crate::ui_attendance::{click, draw_signature, settle, start_session, tick_each_line, type_into};

/// Each label on screen holding a foreign word, with the word.
fn foreign_on_screen(h: &Harness<'_, SetbriefApp>, day: &Path, lang: Lang) -> Vec<(String, String)> {
    let foreign = ForeignWords::for_day(day, lang);
    let mut found = Vec::new();
    for node in h.root().children_recursive() {
        let node = node.accesskit_node();
        for text in [node.label(), node.value()].into_iter().flatten() {
            found.extend(foreign.in_text(&text).into_iter().map(|word| (word, text.clone())));
        }
    }
    found
}

fn examples() -> Vec<PathBuf> {
    let mut days: Vec<PathBuf> = std::fs::read_dir(setbrief_testkit::repo().join("briefings"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    days.sort();
    days
}

/// The languages a day is written in. (A day in one language can also be shown with
/// another language's standard words around its own text: that mix is the file's,
/// and the days in several languages check those standard words.)
fn languages_of(day: &Path) -> Vec<Lang> {
    let text = std::fs::read_to_string(day).unwrap();
    setbrief_testkit::parse(&text).briefing.unwrap().languages
}

fn harness(day: &Path, data: &Path, settings: Settings, size: Vec2) -> Harness<'static, SetbriefApp> {
    let app = SetbriefApp::new(day, data, settings);
    let mut h = Harness::builder()
        .with_size(size)
        .with_context_setup(theme::install_fonts)
        .build_ui_state(|ui, app: &mut SetbriefApp| app.ui(ui), app);
    settle(&mut h);
    h
}

/// A 1st AD who reads `lang`, one of the day's `declared` languages: the deck, the
/// menus, the console and the editor in it.
fn all_in(lang: Lang, declared: &[Lang]) -> Settings {
    Settings {
        language: LanguageMode::Only(lang),
        language_chosen_for: declared.to_vec(),
        program_language: Some(lang),
        ..Settings::default()
    }
}

#[test]
fn every_slide_of_every_example_is_in_the_decks_language_only() {
    let mut wrong = Vec::new();
    for day in examples() {
        let declared = languages_of(&day);
        for lang in declared.clone() {
            let data = tempfile::tempdir().unwrap();
            let mut h = harness(&day, data.path(), all_in(lang, &declared), Vec2::new(1366.0, 768.0));
            assert_eq!(h.state().settings.language, LanguageMode::Only(lang));
            for index in 0..h.state().deck.slides.len() {
                for (word, label) in foreign_on_screen(&h, &day, lang) {
                    wrong.push(format!(
                        "{} slide {} in {}: {word:?} in {label:?}",
                        day.display(),
                        index + 1,
                        lang.code()
                    ));
                }
                h.key_press(Key::PageDown);
                settle(&mut h);
            }
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The crew's locked sign-in, each step and the walk-in form, in each of the day's
/// languages: nothing from the console reaches it, so every word is the crew's.
#[test]
fn every_crew_screen_of_every_example_is_in_the_crews_language_only() {
    let mut wrong = Vec::new();
    for day in examples() {
        let declared = languages_of(&day);
        let first_name = {
            let text = std::fs::read_to_string(&day).unwrap();
            setbrief_testkit::parse(&text).briefing.unwrap().crew[0].name.clone()
        };
        for lang in declared {
            let data = tempfile::tempdir().unwrap();
            let mut h = harness(&day, data.path(), Settings::default(), Vec2::new(1366.0, 768.0));
            h.key_press(Key::A);
            settle(&mut h);
            start_session(&mut h);
            click(&mut h, "Hand to crew (locked sign-in)");
            if h.query_by_label(lang.endonym()).is_some() {
                click(&mut h, lang.endonym());
            }
            let mut look = |h: &Harness<'_, SetbriefApp>, screen: &str| {
                for (word, label) in foreign_on_screen(h, &day, lang) {
                    wrong.push(format!("{} {screen} in {}: {word:?} in {label:?}", day.display(), lang.code()));
                }
            };
            look(&h, "the name list");
            click(&mut h, words::NOT_ON_THE_LIST.get(lang));
            look(&h, "the walk-in form");
            click(&mut h, words::CANCEL.get(lang));
            type_into(&mut h, words::FIND_YOUR_NAME.get(lang), &first_name);
            click(&mut h, &first_name);
            look(&h, "the lines to confirm");
            tick_each_line(&mut h, lang);
            click(&mut h, words::CONTINUE.get(lang));
            look(&h, "the signature");
            draw_signature(&mut h);
            click(&mut h, words::SIGN.get(lang));
            look(&h, "saved");
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The check itself: it knows English chrome on a French screen, and takes a French
/// day's French words, not its English ones, as the file's own.
#[test]
fn the_check_tells_another_languages_words_from_the_files_own() {
    let foreign = foreign_words(Lang::Fr);
    assert!(foreign.contains("pictogram") && foreign.contains("previous") && foreign.contains("pictograma"));
    assert!(!foreign.contains("pictogramme"));
    let lac_brule = setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron");
    let own = briefing_words(&lac_brule, Lang::Fr);
    assert!(own.contains("chalet") && !own.contains("cabin"), "{own:?}");
    // A witness code's random letters spell no language's word, even "VERS".
    let coyote = setbrief_testkit::repo().join("briefings/coyote-pass-day-12.ron");
    let english = ForeignWords::for_day(&coyote, Lang::En);
    assert!(english.in_text("Witness code: VERS-WK3A-RH at record 4").is_empty());
    assert!(english.in_text("This laptop's key: SB-CADA-6ED0-79DF-0DD3-4DA3").is_empty());
    assert_eq!(english.in_text("VERS"), ["vers"], "the word itself still counts");
}

/// The 1st AD's console, in each language of each example day chosen as the program's:
/// before and after a session starts, the question before closing it, the unlock in
/// sign-in mode. Every word is the program language's (or the briefing's own).
#[test]
fn every_console_screen_of_every_example_is_in_the_program_language_only() {
    use setbrief_core::language::Words;
    let mut wrong = Vec::new();
    for day in examples() {
        let declared = languages_of(&day);
        for lang in declared.clone() {
            let say = |key: &'static str| Words::new(key).get(lang);
            let data = tempfile::tempdir().unwrap();
            let mut h = harness(&day, data.path(), all_in(lang, &declared), Vec2::new(1366.0, 768.0));
            h.key_press(Key::A);
            settle(&mut h);
            let mut look = |h: &Harness<'_, SetbriefApp>, screen: &str| {
                // A folder's path is the file system's (the report's default folder too).
                let found = foreign_on_screen(h, &day, lang).into_iter().filter(|(_, text)| !text.starts_with('/'));
                for (word, label) in found {
                    wrong.push(format!("{} {screen} in {}: {word:?} in {label:?}", day.display(), lang.code()));
                }
            };
            // Before anyone picks, the crew's side speaks the day's first language.
            if declared.first() == Some(&lang) {
                look(&h, "the console before a session");
            }
            crate::ui_attendance::start_session_in(&mut h, lang);
            // The crew's side of the screen speaks the crew's language, the one they last
            // chose: here the program's, so every word on screen has one language.
            click(&mut h, say("console.hand_to_crew"));
            if h.query_by_label(lang.endonym()).is_some() {
                click(&mut h, lang.endonym());
            }
            click(&mut h, say("console.first_ad_button"));
            look(&h, "the unlock in sign-in mode");
            type_into(&mut h, say("console.first_ad_pin"), setbrief_testkit::day::PIN);
            click(&mut h, say("console.unlock"));
            look(&h, "the console with a session");
            click(&mut h, say("console.close_session"));
            look(&h, "the question before closing");
            click(&mut h, say("console.yes_close"));
            look(&h, "the console after closing");
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The editor, in each language of each example day chosen as the program's: every
/// section and every scene. Its fields show the day's text in each of its languages
/// side by side, so the briefing's words in all of them are the screen's own; every
/// other word is the program language's.
#[test]
fn every_editor_section_of_every_example_is_in_the_program_language_only() {
    use setbrief_app::editor::Section;
    use setbrief_core::language::Words;
    use setbrief_testkit::languages::words_of;
    let mut wrong = Vec::new();
    for day in examples() {
        let declared = languages_of(&day);
        let days_own: Vec<String> = declared
            .iter()
            .flat_map(|l| {
                let hazards = setbrief_core::briefing::HazardKind::ALL.iter().map(|k| k.info().name.get(*l));
                briefing_words(&day, *l).into_iter().chain(hazards.flat_map(|n| words_of(n).collect::<Vec<_>>()))
            })
            .collect();
        for lang in declared.clone() {
            let data = tempfile::tempdir().unwrap();
            let settings = Settings { program_language: Some(lang), ..Settings::default() };
            let mut h = harness(&day, data.path(), settings, Vec2::new(1920.0, 1080.0));
            h.state_mut().edit_briefing();
            settle(&mut h);
            let scenes = h.state().editor.as_ref().unwrap().draft.scenes.len();
            let sections = [Section::Day, Section::Contacts, Section::Emergency, Section::Crew, Section::Incidents]
                .into_iter()
                .chain((0..scenes).map(Section::Scene));
            for section in sections {
                h.state_mut().editor.as_mut().unwrap().section = section;
                settle(&mut h);
                let foreign = ForeignWords::for_day(&day, lang).allowing(days_own.iter().cloned());
                for node in h.root().children_recursive() {
                    let node = node.accesskit_node();
                    for text in [node.label(), node.value()].into_iter().flatten() {
                        if text.starts_with('/') {
                            continue;
                        }
                        for word in foreign.in_text(&text) {
                            wrong.push(format!(
                                "{} {section:?} in {}: {word:?} in {text:?}",
                                day.display(),
                                lang.code()
                            ));
                        }
                    }
                }
            }
            assert!(h.query_by_label(Words::new("editor.close_editor").get(lang)).is_some());
        }
    }
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A safety rule's finding, to a 1st AD who reads French: the rule said in French on
/// the screen that blocks presenting and in the editor's checks (validate's English
/// detail stays on hover and in the file's diagnostics).
#[test]
fn a_rules_finding_is_said_in_the_program_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("avertissement.ron");
    let text = setbrief_testkit::edit(&setbrief_testkit::minimal(), r#"first_aid: "Stage door","#, "");
    std::fs::write(&path, text).unwrap();
    let data = tempfile::tempdir().unwrap();
    let settings = Settings { program_language: Some(Lang::Fr), ..Settings::default() };
    let mut h = harness(&path, data.path(), settings, Vec2::new(1366.0, 768.0));
    let french = "informations d'urgence manquantes\u{a0}: premiers soins";
    assert!(h.query_by_label_contains(french).is_some(), "on the screen that blocks presenting");
    assert!(h.query_by_label_contains("1 avertissement\u{a0}: lisez-le avant de présenter").is_some());
    h.state_mut().edit_briefing();
    settle(&mut h);
    let check = format!("avertissement SB024\u{a0}: {french}");
    assert!(h.query_by_label_contains(&check).is_some(), "in the editor's checks: {check}");
}
