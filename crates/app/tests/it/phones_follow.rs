//! Issue 25: phones follow the briefing the app presents, each in its own language.
//!
//! The real app (kittest) presents the Western with phone sign-in on 127.0.0.1; three
//! headless Chromium phones open the QR code's page (English, Spanish, and a Spanish
//! phone that arrives mid-briefing). Each shows the slide on the laptop's screen as text
//! in its own language within half a second of the key press (timed by the page's own
//! clock against the test's), a dark screen as nothing, and moves on to signing at the
//! closing slide without a new scan; one signs and keeps the emergency card; someone
//! who missed the briefing reads it on the phone and is recorded so.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use egui::Key;
use egui_kittest::Harness;
use setbrief_app::SetbriefApp;
use setbrief_testkit::webdriver::{Browser, phone_or_skip};

use crate::ui_attendance::{attendance, click, settle, start_session};

/// Milliseconds since the epoch: the page's `Date.now()` on the same machine.
fn now_ms() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// The last change the page heard: (its number, when it arrived by the page's clock).
fn last_live(phone: &Browser) -> Option<(u64, f64)> {
    let live = phone.script("return window.setbriefLive || null;");
    Some((live["seq"].as_u64()?, live["at"].as_f64()?))
}

/// Presses `key` on the laptop and returns how long each phone took to hear of it.
fn press_and_time(h: &mut Harness<'_, SetbriefApp>, key: Key, phones: &[&Browser]) -> Vec<f64> {
    let before: Vec<u64> = phones.iter().map(|p| last_live(p).map_or(0, |(seq, _)| seq)).collect();
    let pressed = now_ms();
    h.key_press(key);
    settle(h);
    phones
        .iter()
        .zip(before)
        .map(|(phone, seq)| {
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                if let Some((now, at)) = last_live(phone)
                    && now > seq
                {
                    return at - pressed;
                }
                assert!(Instant::now() < deadline, "the phone never heard of the change");
                std::thread::sleep(Duration::from_millis(20));
            }
        })
        .collect()
}

/// Presses the clicker's Next until the laptop shows a slide of another topic (a topic
/// may take several slides on the big screen), timing each change.
fn next_topic(h: &mut Harness<'_, SetbriefApp>, phones: &[&Browser]) -> Vec<f64> {
    let mut heard = press_and_time(h, Key::ArrowRight, phones);
    while h.state().deck.current_slide().is_some_and(|s| s.part > 1) {
        heard.extend(press_and_time(h, Key::ArrowRight, phones));
    }
    heard
}

/// The slide's title on the page, once it says `expected`.
fn shows_title(phone: &Browser, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let title =
            phone.script("const t = document.querySelector('#slide .slide-title'); return t ? t.textContent : null;");
        if title.as_str() == Some(expected) {
            return;
        }
        assert!(Instant::now() < deadline, "the phone shows {title}, not {expected}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn text(phone: &Browser) -> String {
    phone.script("return document.body.innerText;").as_str().unwrap_or_default().to_owned()
}

/// Ticks every line, draws a signature and signs: what the page asks after the name.
fn tick_and_sign(phone: &Browser, continue_word: &str) {
    for b in phone.all("input[type=checkbox]") {
        phone.click(&b);
    }
    phone.click(&phone.button(continue_word));
    let pad = phone.find("#pad");
    let size =
        phone.script("const r = document.getElementById('pad').getBoundingClientRect(); return [r.width, r.height];");
    phone.draw_across(&pad, size[0].as_f64().unwrap_or(300.0), size[1].as_f64().unwrap_or(160.0));
    phone.click(&phone.find("#submit"));
}

#[test]
fn phones_follow_the_slides_presented_each_in_its_language_then_sign_and_keep_the_emergency_card() {
    let Some(english) = phone_or_skip(390, 844) else { return };
    let spanish = Browser::phone(360, 640);
    let (mut h, _data) = attendance();
    start_session(&mut h);
    h.state_mut().attendance.phones.bind = std::net::Ipv4Addr::LOCALHOST.into();
    h.state_mut().attendance.phones.port = "0".into();
    click(&mut h, "Let phones sign in");
    let url = h.state().attendance.phones.url().unwrap();
    english.open(&url);
    english.click(&english.button("English"));
    spanish.open(&url);
    spanish.click(&spanish.button("Español"));
    // Before any slide, a phone goes straight to finding a name, as it always did.
    spanish.find("#search");

    // The 1st AD goes to the slides: the phones follow.
    let heard = press_and_time(&mut h, Key::A, &[&english, &spanish]);
    shows_title(&english, "Coyote Pass");
    shows_title(&spanish, "Coyote Pass");
    let mut delivery = heard;
    delivery.extend(next_topic(&mut h, &[&english, &spanish]));
    shows_title(&english, "In an emergency");
    shows_title(&spanish, "En caso de emergencia");
    assert!(text(&spanish).contains("911"));

    // A phone arriving mid-briefing gets the slide on the screen at once.
    let late = Browser::phone(360, 640);
    late.open(&url);
    late.click(&late.button("Español"));
    shows_title(&late, "En caso de emergencia");

    delivery.extend(next_topic(&mut h, &[&english, &spanish, &late]));
    delivery.extend(next_topic(&mut h, &[&english, &spanish, &late]));
    let scene = spanish.script("return document.querySelectorAll('#slide img.picto').length;");
    assert!(scene.as_u64().unwrap_or(0) > 0, "a scene's pictograms, drawn on the phone");
    spanish.screenshot(&setbrief_testkit::repo().join("target/phone-shots/follow-scene-es-360x640.png"));

    // Blacked out: nothing on the phones either.
    press_and_time(&mut h, Key::B, &[&english, &spanish]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !spanish.script("return document.getElementById('slide') === null;").as_bool().unwrap_or(false) {
        assert!(Instant::now() < deadline, "the slide stayed on the phone");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(text(&english).contains("The screen is dark"), "{}", text(&english));
    press_and_time(&mut h, Key::B, &[&english, &spanish]);

    // Back through what the room saw, never ahead.
    english.click(&english.find("#earlier"));
    shows_title(&english, "Incidents and near-misses");
    english.click(&english.find("#earlier"));
    shows_title(&english, "In an emergency");
    english.click(&english.find("#later"));
    shows_title(&english, "Incidents and near-misses");
    english.click(&english.find("#to-live"));

    // The closing slide opens the sign-in: the same page moves on, no new scan.
    delivery.extend(press_and_time(&mut h, Key::End, &[&english, &spanish, &late]));
    spanish.find("#search");
    english.find("#search");
    let worst = delivery.iter().copied().fold(0.0, f64::max);
    println!("slide changes heard by the phones: {} deliveries, slowest {worst:.0} ms", delivery.len());
    assert!(worst < 500.0, "a slide change reaches the phones within half a second: {delivery:?}");

    // One signs, in Spanish, and keeps the day's emergency card with a number to call.
    spanish.type_into(&spanish.find("#search"), "zoe");
    spanish.click(&spanish.button("Zoë Marchetti"));
    tick_and_sign(&spanish, "Continuar");
    let card = spanish.text(&spanish.find("#emergency-card"));
    assert!(card.contains("Tarjeta") || card.contains("emergencia"), "{card}");
    let calls = spanish.script(
        "return Array.from(document.querySelectorAll('#emergency-card a.call')).map(a => a.getAttribute('href'));",
    );
    assert!(calls.as_array().is_some_and(|c| c.iter().any(|h| h == "tel:911")), "{calls}");
    spanish.screenshot(&setbrief_testkit::repo().join("target/phone-shots/card-es-360x640.png"));

    // The 1st AD hands the laptop to the crew; someone who missed the briefing reads it
    // on the late phone first, and the record says so.
    press_and_time(&mut h, Key::A, &[&late]);
    late.open(&url);
    late.click(&late.button("Español"));
    late.click(&late.find("#missed"));
    // The slides are fetched first, then shown one a tap.
    late.find("#late-at");
    let mut read = 1;
    while let Some(next) = late.all("#late-next").first().cloned() {
        late.click(&next);
        read += 1;
        assert!(read < 50, "the reading ends");
    }
    late.click(&late.find("#late-done"));
    late.type_into(&late.find("#search"), "kim");
    late.click(&late.button("Kim Aldana"));
    tick_and_sign(&late, "Continuar");
    late.find("#receipt");
    settle(&mut h);
    let day = h.state().briefing.day().unwrap();
    let session = day.state.sessions[0].id;
    let kim = day.state.signed(session, "Kim Aldana").expect("on the record");
    let shown = day.state.signed(session, "Zoë Marchetti").map(|z| z.read_on_phone());
    assert_eq!(kim.read_on_phone().map(|r| r.slides as usize), Some(read), "every slide the room saw");
    assert_eq!(shown, Some(None), "who was there heard it");
}

/// The 1st AD decides, on the record, whether someone who missed this session's
/// briefing may read it on a phone: allowed for the day's main briefing, until unticked.
#[test]
fn the_first_ad_decides_whether_a_missed_briefing_may_be_read_on_a_phone() {
    let (mut h, _data) = attendance();
    start_session(&mut h);
    h.state_mut().attendance.phones.bind = std::net::Ipv4Addr::LOCALHOST.into();
    h.state_mut().attendance.phones.port = "0".into();
    click(&mut h, "Let phones sign in");
    let session = h.state().briefing.day().unwrap().state.sessions[0].id;
    assert!(h.state().briefing.day().unwrap().state.phone_reading_allowed(session), "a main briefing allows it");
    click(&mut h, "Crew who missed the briefing may read it on their phones and sign");
    let day = h.state().briefing.day().unwrap();
    assert!(!day.state.phone_reading_allowed(session));
    let journal = std::fs::read(day.journal_path()).unwrap();
    let last = setbrief_core::attendance::journal::verify(&journal).records.last().unwrap().event.clone();
    assert!(
        matches!(last, setbrief_core::attendance::Event::PhoneReading { allowed: false, ref by, .. } if !by.is_empty()),
        "{last:?}"
    );
}
