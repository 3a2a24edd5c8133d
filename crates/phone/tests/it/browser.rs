//! The real page in headless Chromium at phone size, driven like a thumb would: open
//! the QR code's address, pick Español, search a name without its accent, tick, draw
//! with a finger, sign, read the receipt. Then the journal has the record, and a
//! report exported from it verifies.
//!
//! Needs Debian's `chromium` and `chromium-driver` (CI installs them and sets
//! `SETBRIEF_REQUIRE_BROWSER=1`, so there a missing browser fails instead of skipping).
//! Screenshots of each step go to `target/phone-shots/`.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

use setbrief_core::briefing::Lang;

use super::Served;
use setbrief_testkit::webdriver::{Browser, available, phone_or_skip};

fn shots() -> PathBuf {
    setbrief_testkit::repo().join("target/phone-shots")
}

fn browser_or_skip() -> Option<Browser> {
    phone_or_skip(390, 844)
}

#[test]
fn a_crew_member_signs_on_a_phone_in_spanish_and_keeps_a_receipt() {
    let Some(browser) = browser_or_skip() else { return };
    let s = Served::start();
    let url = s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let mut interactions = 0;
    browser.open(&url);
    browser.button("Español");
    browser.screenshot(&shots().join("phone-1-language.png"));
    browser.click(&browser.button("Español"));
    interactions += 1;

    let search = browser.find("#search");
    browser.type_into(&search, "zoe");
    interactions += 1;
    browser.button("Zoë Marchetti");
    browser.screenshot(&shots().join("phone-2-find-name.png"));
    browser.click(&browser.button("Zoë Marchetti"));
    interactions += 1;

    let boxes = browser.all("input[type=checkbox]");
    let expected = s.day.lock().acknowledgements(s.session, Lang::Es).len();
    assert_eq!(boxes.len(), expected, "one box per acknowledgement");
    assert!(browser.text(&browser.find(".acks")).contains("Entiendo"), "the lines are in Spanish");
    for b in &boxes {
        browser.click(b);
        interactions += 1;
    }
    browser.screenshot(&shots().join("phone-3-confirm.png"));
    browser.click(&browser.button("Continuar"));
    interactions += 1;

    let pad = browser.find("#pad");
    let size =
        browser.script("const r = document.getElementById('pad').getBoundingClientRect(); return [r.width, r.height];");
    let (width, height) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    assert!(width >= 340.0, "the pad spans the phone: {width}");
    browser.draw_across(&pad, width, height);
    interactions += 1;
    browser.screenshot(&shots().join("phone-4-sign.png"));
    browser.click(&browser.find("#submit"));
    interactions += 1;

    let receipt = browser.text(&browser.find("#receipt"));
    browser.screenshot(&shots().join("phone-5-saved.png"));
    let day = s.day.lock();
    let signed = day.state.signed(s.session, "Zoë Marchetti").expect("on the record");
    assert!(receipt.contains("Zoë Marchetti") && receipt.contains(&signed.code), "{receipt}");
    assert_eq!(signed.language, Lang::Es);
    assert!(signed.signature.point_count() > 20, "the finger's stroke was recorded");
    assert!(signed.device.is_some());
    eprintln!("one phone sign-in: {interactions} interactions ({expected} of them ticks)");

    let reports = tempfile::tempdir().unwrap();
    let report = reports.path().join("report");
    let laptop = setbrief_core::attendance::laptop::Laptop::load_or_create(s.dir.path()).unwrap();
    let options = setbrief_report::export::ExportOptions {
        paper: setbrief_report::pdf::Paper::A4,
        language: None,
        signer: Some(&laptop),
        replace: false,
        data_dir: None,
    };
    setbrief_report::export::export_with(&day.dir, &report, &options).unwrap();
    let verified = setbrief_report::verify::verify_folder_with(&report, &[]);
    assert!(verified.is_ok(), "{:?}", verified.problems);
}

#[test]
fn the_page_fits_a_small_phone_and_has_both_languages() {
    // The narrowest phones in common use are 360 CSS pixels wide.
    let Some(browser) = available().then(|| Browser::phone(360, 740)).or_else(browser_or_skip) else { return };
    let s = Served::start();
    browser.open(&s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    browser.button("Español");
    let first = browser.script("return document.body.innerText;");
    let first = first.as_str().unwrap_or_default();
    assert!(first.contains("Choose your language") && first.contains("Elija su idioma"), "{first}");
    browser.click(&browser.button("English"));
    browser.find("#search");
    let overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
    assert!(overflow.as_i64().unwrap_or(1) <= 0, "no sideways scrolling at 360 px");
    let heights = browser
        .script("return Array.from(document.querySelectorAll('button')).map(b => b.getBoundingClientRect().height);");
    assert!(heights.as_array().unwrap().iter().all(|h| h.as_f64().unwrap() >= 48.0), "touch targets: {heights}");
}

#[test]
fn in_the_phones_dark_theme_the_ink_shows_and_text_follows_the_phones_size() {
    if !available() {
        browser_or_skip();
        return;
    }
    let browser = Browser::phone_dark(360, 640);
    let s = Served::start();
    signs_in_spanish_as_zoe(&browser, &s);
    browser.screenshot(&shots().join("phone-4-sign-dark.png"));
    // The ink is drawn in the page's ink colour, far from the pad's paper.
    let colours = browser.script(
        "const c = document.getElementById('pad'), p = c.parentElement;\n\
         const lum = (s) => { const [r, g, b] = s.match(/\\d+/g).map(Number); return (r + g + b) / 3; };\n\
         return [lum(getComputedStyle(c).color), lum(getComputedStyle(p).backgroundColor)];",
    );
    let (ink, paper) = (colours[0].as_f64().unwrap(), colours[1].as_f64().unwrap());
    assert!((ink - paper).abs() > 150.0, "ink {ink} on paper {paper}");
    // Type follows the phone's text size (rem), and the concern box is labelled.
    let sizes = browser.script(
        "const before = parseFloat(getComputedStyle(document.body).fontSize);\n\
         document.documentElement.style.fontSize = '24px';\n\
         const after = parseFloat(getComputedStyle(document.body).fontSize);\n\
         return [before, after, document.getElementById('concern').getAttribute('aria-label')];",
    );
    assert!(sizes[1].as_f64().unwrap() > sizes[0].as_f64().unwrap() * 1.4, "{sizes}");
    assert!(sizes[2].as_str().is_some_and(|l| !l.is_empty()), "the concern box has a label: {sizes}");
}

/// The page's name search folds what a person types exactly as the laptop's core does,
/// in every script the crew's names come in.
#[test]
fn the_page_folds_names_as_the_core_does_in_every_script() {
    let Some(browser) = browser_or_skip() else { return };
    let s = Served::start();
    browser.open(&s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    browser.button("Español");
    let names = [
        "Zoë Marchetti",
        "Łukasz Nowak",
        "Nguyễn Thị Minh Khai",
        "José O'Brien-Smith, Jr.",
        "Ærø Þór Đức Straße",
        "Ολυμπία Παπαδοπούλου",
        "ΟΔΥΣΣΕΥΣ",
        "Ольга Петрова",
        "محمد الأحمد",
        "דוד כהן",
        "李明",
        "さとう はなこ",
        "김민준",
        "अनुष्का शर्मा",
        "สมชาย ใจดี",
        "Hal\u{200b}Sutter",
        "ＪＯＨＮ  ＳＭＩＴＨ",
        "Zoe\u{301} Marchetti",
    ];
    for name in names {
        let script = format!("return window.setbriefFold({});", serde_json::to_string(name).unwrap());
        let page = browser.script(&script);
        assert_eq!(page.as_str(), Some(setbrief_core::names::fold(name).as_str()), "{name:?}");
    }
}

/// Opens the page, in Spanish, as Zoë Marchetti, ticks every line and signs across the
/// pad, stopping before Sign.
fn signs_in_spanish_as_zoe(browser: &Browser, s: &Served) {
    browser.open(&s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    browser.click(&browser.button("Español"));
    browser.type_into(&browser.find("#search"), "zoe");
    browser.click(&browser.button("Zoë Marchetti"));
    for b in browser.all("input[type=checkbox]") {
        browser.click(&b);
    }
    browser.click(&browser.button("Continuar"));
    let pad = browser.find("#pad");
    let size =
        browser.script("const r = document.getElementById('pad').getBoundingClientRect(); return [r.width, r.height];");
    browser.draw_across(&pad, size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
}

/// Ticks, the signature, the concern and the language survive Back, a reload and a
/// rotation; what is then sent is signed as drawn.
#[test]
fn nothing_typed_is_lost_to_back_a_reload_or_a_rotation() {
    let Some(browser) = browser_or_skip() else { return };
    let s = Served::start();
    signs_in_spanish_as_zoe(&browser, &s);
    browser.click(&browser.find("summary"));
    browser.type_into(&browser.find("#concern"), "La barandilla del techo está floja.");
    // Back to the lines: still ticked; forward again: the signature is still there.
    browser.click(&browser.button("Atrás"));
    let ticked =
        browser.script("return [...document.querySelectorAll('input[type=checkbox]')].every((b) => b.checked);");
    assert_eq!(ticked, serde_json::json!(true), "the ticks survive Back");
    browser.click(&browser.button("Continuar"));
    // A reload: the same step, the same signature and concern, in Spanish.
    browser.script("location.reload(); return 0;");
    browser.find("#pad");
    let kept = browser.script(
        "const k = JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('setbrief-progress-'))));\n\
         return [k.strokes.length, document.getElementById('concern').value, document.documentElement.lang];",
    );
    assert!(kept[0].as_u64().unwrap() >= 1, "strokes kept: {kept}");
    assert_eq!(kept[1], "La barandilla del techo está floja.");
    assert_eq!(kept[2], "es");
    // A rotation: the strokes are scaled into the new pad, every point inside it.
    browser.script("window.resizeTo(640, 360); document.querySelector('.pad').style.width = '300px'; window.dispatchEvent(new Event('resize')); return 0;");
    let inside = browser.script(
        "const k = JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find((k) => k.startsWith('setbrief-progress-'))));\n\
         return k.strokes.flat().every(([x, y]) => x >= 0 && y >= 0 && x <= k.padSize.width && y <= k.padSize.height) && k.padSize.width <= 300;",
    );
    assert_eq!(inside, serde_json::json!(true), "every point inside the rotated pad");
    browser.click(&browser.find("#submit"));
    browser.find("#receipt");
    let day = s.day.lock();
    let signed = day.state.signed(s.session, "Zoë Marchetti").expect("signed");
    assert!(signed.signature.point_count() > 20);
    assert!(day.state.concerns.iter().any(|c| c.text.contains("barandilla")), "the concern came with it");
}

/// Every step of a sign-in at three screen sizes, in English and Spanish, light and
/// dark: saved for people to look at (`target/phone-shots/steps/`), and checked as a
/// person would trip on them: nothing wider than the screen, every control named in the
/// accessibility tree, touch targets of 48 px, the Sign button on screen.
#[test]
fn every_step_at_three_sizes_in_both_languages_light_and_dark() {
    if !available() {
        browser_or_skip();
        return;
    }
    let s = Served::start();
    let url = s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let mut signer = 0;
    for (width, height) in [(360, 640), (390, 844), (768, 1024)] {
        for dark in [false, true] {
            let browser = if dark { Browser::phone_dark(width, height) } else { Browser::phone(width, height) };
            for (language, next) in [("English", "Continue"), ("Español", "Continuar")] {
                let shot = |step: &str| {
                    let theme = if dark { "dark" } else { "light" };
                    let file = format!("steps/{width}x{height}-{theme}-{}-{step}.png", &language[..2].to_lowercase());
                    browser.screenshot(&shots().join(file));
                    let wide = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
                    assert_eq!(
                        wide,
                        serde_json::json!(true),
                        "{width}x{height} {language} {step}: wider than the screen"
                    );
                    let unnamed = browser.unlabelled_controls();
                    assert!(unnamed.is_empty(), "{width}x{height} {language} {step}: unnamed controls {unnamed:?}");
                    let small = browser.script(
                        "return [...document.querySelectorAll('button, input, textarea, summary')].filter((e) => { const r = e.getBoundingClientRect(); return r.height > 0 && Math.min(r.height, r.width) < 48 && e.type !== 'checkbox'; }).map((e) => e.outerHTML.slice(0, 60));",
                    );
                    assert_eq!(small, serde_json::json!([]), "{width}x{height} {language} {step}: targets under 48 px");
                };
                browser.open(&url);
                browser.button(language);
                shot("1-language");
                browser.click(&browser.button(language));
                // A different person each time: each signs once.
                let who = [
                    "Kim Aldana",
                    "Tom Brennan",
                    "Zoë Marchetti",
                    "Grace Lindqvist",
                    "Raúl Ortega",
                    "Bea Yazzie",
                    "Nate Castillo",
                    "Carmen Duran",
                    "Eli Romero",
                    "Lena Fox",
                    "Sam Whitehorse",
                    "Inés Valdez",
                ][signer];
                signer += 1;
                find_confirm_draw(&browser, who, next, &shot);
                let visible = browser.script("const r = document.getElementById('submit').getBoundingClientRect(); return r.bottom <= window.innerHeight && r.top >= 0;");
                assert_eq!(
                    visible,
                    serde_json::json!(true),
                    "{width}x{height} {language}: the Sign button is on screen"
                );
                browser.click(&browser.find("#submit"));
                browser.find("#receipt");
                shot("5-saved");
            }
        }
    }
}

/// Steps 2 to 4 on the page, as a thumb does them: type the first letters of `who`,
/// pick the name, tick every line, `next`, draw; `shot` after each.
fn find_confirm_draw(browser: &Browser, who: &str, next: &str, shot: &dyn Fn(&str)) {
    browser.type_into(&browser.find("#search"), &who.chars().take(3).collect::<String>());
    browser.button(who);
    shot("2-find-name");
    browser.click(&browser.button(who));
    for b in browser.all("input[type=checkbox]") {
        browser.click(&b);
    }
    shot("3-confirm");
    browser.click(&browser.button(next));
    let pad = browser.find("#pad");
    let size =
        browser.script("const r = document.getElementById('pad').getBoundingClientRect(); return [r.width, r.height];");
    browser.draw_across(&pad, size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    shot("4-sign");
}

/// A signature the laptop refuses is said under the pad, in the page's language.
#[test]
fn a_refused_signature_is_said_under_the_pad() {
    let Some(browser) = browser_or_skip() else { return };
    let s = Served::start();
    browser.open(&s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST)));
    browser.click(&browser.button("Español"));
    browser.type_into(&browser.find("#search"), "kim");
    browser.click(&browser.button("Kim Aldana"));
    for b in browser.all("input[type=checkbox]") {
        browser.click(&b);
    }
    browser.click(&browser.button("Continuar"));
    // A tick of a few pixels: not a signature.
    browser.draw_across(&browser.find("#pad"), 4.0, 4.0);
    browser.click(&browser.find("#submit"));
    browser.find("#pad-note.bad");
    let said = browser.text(&browser.find("#pad-note"));
    assert!(said.contains("demasiado pequeño"), "{said}");
    assert!(s.day.lock().state.signed(s.session, "Kim Aldana").is_none());
}

/// A Quebec day on the phone, in French from the first tap after the language: at the
/// two common phone sizes, light and dark, no step holds a word of another language's
/// file. Screenshots in `target/phone-shots/fr/`.
#[test]
fn a_french_day_is_signed_in_french_on_a_phone_with_no_other_languages_words() {
    if !available() {
        browser_or_skip();
        return;
    }
    let lac_brule = setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron");
    let s = Served::start_on(&setbrief_core::briefing::load_file(&lac_brule).unwrap());
    let url = s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let foreign = setbrief_testkit::languages::ForeignWords::for_day(&lac_brule, Lang::Fr);
    for ((width, height, dark), who) in [((360, 640, false), "Léa Nguyen"), ((390, 844, true), "Olivier Bergeron")] {
        let browser = if dark { Browser::phone_dark(width, height) } else { Browser::phone(width, height) };
        let shot = |step: &str| {
            let theme = if dark { "dark" } else { "light" };
            browser.screenshot(&shots().join(format!("fr/{width}x{height}-{theme}-{step}.png")));
            let text = browser.script("return document.body.innerText;");
            let other = foreign.in_text(text.as_str().unwrap_or_default());
            assert!(other.is_empty(), "{width}x{height} {step}: {other:?} in {text}");
        };
        browser.open(&url);
        browser.click(&browser.button("Français"));
        find_confirm_draw(&browser, who, "Continuer", &shot);
        browser.click(&browser.find("#submit"));
        browser.find("#receipt");
        shot("5-saved");
        let day = s.day.lock();
        assert_eq!(day.state.signed(s.session, who).expect("on the record").language, Lang::Fr);
    }
}

/// Issue 25: a followed slide and the emergency card at a small and a common phone
/// size, light and dark, as a person sees them (`target/phone-shots/follow/`), checked
/// as the sign-in steps are: nothing wider than the screen, every control named, and
/// the card's numbers as links a thumb can call.
#[test]
fn a_followed_slide_and_the_emergency_card_at_phone_sizes_light_and_dark() {
    use setbrief_core::deck::follow::{FollowDeck, Followed, Showing};
    if !available() {
        browser_or_skip();
        return;
    }
    let s = Served::start();
    let url = s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let deck = std::sync::Arc::new(FollowDeck::of(&s.day.lock().briefing));
    let closing = deck.closing().unwrap();
    let mut signer = ["Kim Aldana", "Tom Brennan", "Zoë Marchetti", "Grace Lindqvist"].into_iter();
    for (width, height) in [(360, 640), (390, 844)] {
        for dark in [false, true] {
            let mut followed = Followed::new(std::sync::Arc::clone(&deck));
            followed.show(Showing::Slide { topic: 3, part: 1, parts: 1 });
            s.server.follow(&followed);
            let browser = if dark { Browser::phone_dark(width, height) } else { Browser::phone(width, height) };
            let theme = if dark { "dark" } else { "light" };
            let check = |what: &str| {
                browser.screenshot(&shots().join(format!("follow/{what}-{width}x{height}-{theme}.png")));
                let fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
                assert_eq!(fits, serde_json::json!(true), "{what} {width}x{height} {theme}: wider than the screen");
                let unnamed = browser.unlabelled_controls();
                assert!(unnamed.is_empty(), "{what} {width}x{height} {theme}: unnamed controls {unnamed:?}");
            };
            browser.open(&url);
            browser.click(&browser.button("Español"));
            browser.find("#slide img.picto");
            assert!(browser.text(&browser.find("#live-status")).contains("En pantalla ahora"));
            check("slide");
            followed.show(Showing::Slide { topic: closing, part: 1, parts: 1 });
            s.server.follow(&followed);
            find_confirm_draw(&browser, signer.next().unwrap(), "Continuar", &|_| {});
            browser.click(&browser.find("#submit"));
            browser.find("#receipt");
            browser.script("document.getElementById('emergency-card').scrollIntoView(); return null;");
            let targets = browser.script(
                "return [...document.querySelectorAll('#emergency-card a.call')].map((a) => { const r = a.getBoundingClientRect(); return [a.getAttribute('href'), Math.round(r.height)]; });",
            );
            let targets = targets.as_array().unwrap();
            assert!(targets.iter().any(|t| t[0] == "tel:911"), "{targets:?}");
            assert!(targets.iter().all(|t| t[1].as_u64().unwrap_or(0) >= 48), "thumb-sized: {targets:?}");
            check("card");
        }
    }
}

/// Issue 25 in French: every screen of following the briefing (a scene on the screen, a
/// dark screen, a paused one, the missed-briefing reading, the emergency card) says
/// nothing in another language's words. Screenshots in `target/phone-shots/fr-follow/`.
#[test]
fn a_french_day_is_followed_read_late_and_carded_in_french_only() {
    use setbrief_core::deck::follow::{FollowDeck, Followed, Showing};
    let Some(browser) = browser_or_skip() else { return };
    let lac_brule = setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron");
    let s = Served::start_on(&setbrief_core::briefing::load_file(&lac_brule).unwrap());
    let url = s.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let foreign = setbrief_testkit::languages::ForeignWords::for_day(&lac_brule, Lang::Fr);
    let shot = |step: &str| {
        browser.screenshot(&shots().join(format!("fr-follow/{step}.png")));
        let text = browser.script("return document.body.innerText;");
        let other = foreign.in_text(text.as_str().unwrap_or_default());
        assert!(other.is_empty(), "{step}: {other:?} in {text}");
    };
    let until = |what: &str, script: &str| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !browser.script(script).as_bool().unwrap_or(false) {
            assert!(std::time::Instant::now() < deadline, "never: {what}");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    };
    let deck = std::sync::Arc::new(FollowDeck::of(&s.day.lock().briefing));
    let mut followed = Followed::new(std::sync::Arc::clone(&deck));
    browser.open(&url);
    browser.click(&browser.button("Français"));
    browser.find("#search");
    let scene = (0..deck.len()).find(|&t| deck.topic(Lang::Fr, t).is_some_and(|t| t.kind == "scene")).unwrap();
    for topic in [0, 1, scene] {
        followed.show(Showing::Slide { topic, part: 1, parts: 1 });
        s.server.follow(&followed);
    }
    browser.find("#slide img.picto");
    shot("1-scene");
    followed.show(Showing::Blank);
    s.server.follow(&followed);
    until("a dark screen", "return document.getElementById('slide') === null;");
    shot("2-dark");
    followed.show(Showing::Paused);
    s.server.follow(&followed);
    until(
        "paused",
        "return document.getElementById('live-status').textContent.length > 0 && document.getElementById('slide') === null;",
    );
    shot("3-paused");
    // The 1st AD hands over: the page moves on; someone who missed it reads it first.
    followed.open_sign_in();
    s.server.follow(&followed);
    browser.click(&browser.find("#missed"));
    browser.find("#late-at");
    shot("4-read-late");
    while let Some(next) = browser.all("#late-next").first().cloned() {
        browser.click(&next);
    }
    browser.click(&browser.find("#late-done"));
    find_confirm_draw(&browser, "Léa Nguyen", "Continuer", &|_| {});
    browser.click(&browser.find("#submit"));
    browser.find("#receipt");
    browser.script("document.getElementById('emergency-card').scrollIntoView(); return null;");
    shot("5-card");
    let day = s.day.lock();
    let lea = day.state.signed(s.session, "Léa Nguyen").expect("on the record");
    assert_eq!(lea.read_on_phone().map(|r| r.slides), Some(3), "the three slides the room saw");
}
