//! Following the briefing over real HTTP: the stream says what the screen shows, in the
//! phone's language, at once and on each change; nothing ahead of the room is given;
//! the stream ends with the server; reading a missed briefing is the 1st AD's call.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use setbrief_core::deck::follow::{FollowDeck, Followed, Showing};
use setbrief_testkit::http::{get, post};

use super::Served;

/// A following phone: one SSE stream, read event by event.
pub struct Follower {
    lines: BufReader<TcpStream>,
}

impl Follower {
    pub fn open(s: &Served, lang: &str) -> Self {
        let mut stream = TcpStream::connect(s.addr()).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let path = format!("{}/api/follow/{lang}", s.base());
        write!(stream, "GET {path} HTTP/1.1\r\nHost: phone\r\nAccept: text/event-stream\r\n\r\n").unwrap();
        let mut lines = BufReader::new(stream);
        let mut status = String::new();
        lines.read_line(&mut status).unwrap();
        assert!(status.contains(" 200 "), "{status}");
        Self { lines }
    }

    /// The next `live` event's data, or `None` when the stream ended.
    pub fn next(&mut self) -> Option<Value> {
        let mut line = String::new();
        loop {
            line.clear();
            if self.lines.read_line(&mut line).ok()? == 0 {
                return None;
            }
            // Chunked transfer: the event's lines come between chunk sizes.
            if let Some(data) = line.trim_end().strip_prefix("data: ") {
                return serde_json::from_str(data).ok();
            }
        }
    }
}

fn followed(s: &Served) -> Followed {
    let day = s.day.lock();
    Followed::new(Arc::new(FollowDeck::of(&day.briefing)))
}

#[test]
fn the_slide_on_screen_reaches_each_phone_in_its_own_language_at_once_and_on_each_change() {
    let s = Served::start();
    let mut spanish = Follower::open(&s, "es");
    let mut english = Follower::open(&s, "en");
    let first = spanish.next().unwrap();
    assert_eq!(first["showing"]["state"], "not_started", "{first}");
    assert_eq!(english.next().unwrap()["showing"]["state"], "not_started");
    let mut f = followed(&s);
    f.show(Showing::Slide { topic: 1, part: 1, parts: 1 });
    let shown_at = Instant::now();
    s.server.follow(&f);
    let es = spanish.next().unwrap();
    let en = english.next().unwrap();
    let delivered = shown_at.elapsed();
    assert!(delivered < Duration::from_millis(500), "{delivered:?}");
    assert_eq!(es["slide"]["title"], "En caso de emergencia");
    assert_eq!(en["slide"]["title"], "In an emergency");
    assert_eq!(es["shown"], json!([1]));
    assert!(es["slide"]["blocks"].to_string().contains("911"), "the slide's words, as text");
    // The same state again is not news.
    s.server.follow(&f.clone());
    f.show(Showing::Blank);
    s.server.follow(&f);
    let blank = spanish.next().unwrap();
    assert_eq!(blank["showing"]["state"], "blank");
    assert_eq!(blank["slide"], Value::Null, "a dark screen shows nothing on the phones either");
    assert_eq!(blank["seq"].as_u64(), es["seq"].as_u64().map(|n| n + 1), "one event per change");
}

#[test]
fn a_phone_reads_back_only_slides_the_room_has_seen_and_a_scene_brings_its_pictograms() {
    let s = Served::start();
    let slide = |topic: usize| get(s.addr(), &format!("{}/api/slides/es/{topic}", s.base()));
    assert_eq!(slide(3).status, 404);
    assert_eq!(slide(3).json()["error"], "not_shown");
    let mut f = followed(&s);
    f.show(Showing::Slide { topic: 3, part: 1, parts: 2 });
    s.server.follow(&f);
    let answer = slide(3);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let scene = &answer.json()["slide"];
    assert_eq!(scene["kind"], "scene");
    let pictograms = scene["hazards"].as_array().unwrap();
    assert!(!pictograms.is_empty() && pictograms.iter().all(|p| p["svg"].as_str().unwrap().starts_with("<svg")));
    assert_eq!(slide(4).status, 404, "never ahead of the room");
    assert_eq!(get(s.addr(), "/s/000000000000000000000000/api/follow/es").status, 403, "only the session's link");
}

#[test]
fn the_stream_ends_when_the_server_stops_and_a_dropped_phone_comes_back_to_the_same_place() {
    let s = Served::start();
    let mut f = followed(&s);
    f.show(Showing::Slide { topic: 2, part: 1, parts: 1 });
    s.server.follow(&f);
    let mut phone = Follower::open(&s, "en");
    let before = phone.next().unwrap();
    drop(phone);
    // The Wi-Fi came back: a new stream starts where the room is.
    let mut again = Follower::open(&s, "en");
    let after = again.next().unwrap();
    assert_eq!((after["seq"].clone(), after["showing"].clone()), (before["seq"].clone(), before["showing"].clone()));
    let stopping = Instant::now();
    let Served { server, dir: _dir, .. } = s;
    server.stop();
    assert!(again.next().is_none(), "the stream ended with the server");
    assert!(stopping.elapsed() < Duration::from_secs(2), "{:?}", stopping.elapsed());
}

#[test]
fn reading_a_missed_briefing_on_the_phone_is_recorded_and_refused_where_it_must_be_heard() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let info = get(s.addr(), &format!("{}/api/session", s.base())).json();
    assert_eq!(info["phone_reading"], true, "a day's main briefing may be read by someone who missed it");
    assert_eq!(info["emergency"]["es"]["emergency"]["number"]["dial"], "911");
    let mut late = s.body("Kim Aldana", false, "late-1");
    late["read_on_phone"] = json!({ "slides": 9 });
    // A phone cannot have read slides the room never saw, nor none.
    let answer = post(s.addr(), &path, &late);
    assert_eq!((answer.status, answer.json()["error"].clone()), (422, json!("bad_reading")), "{}", answer.body);
    let mut f = followed(&s);
    for topic in 0..9 {
        f.show(Showing::Slide { topic, part: 1, parts: 1 });
    }
    s.server.follow(&f);
    let mut none = s.body("Kim Aldana", false, "late-0");
    none["read_on_phone"] = json!({ "slides": 0 });
    assert_eq!(post(s.addr(), &path, &none).status, 422);
    assert!(s.day.lock().state.signed(s.session, "Kim Aldana").is_none(), "nothing written");
    assert_eq!(post(s.addr(), &path, &late).status, 200);
    {
        let day = s.day.lock();
        let kim = day.state.signed(s.session, "Kim Aldana").unwrap();
        assert_eq!(kim.read_on_phone().map(|r| r.slides), Some(9));
        assert_eq!(day.state.counts(&day.briefing, s.session).read_on_phone, 1);
    }
    s.day.lock().allow_phone_reading(s.session, false, "Dana Whitfield").unwrap();
    let mut refused = s.body("Zoë Marchetti", false, "late-2");
    refused["read_on_phone"] = json!({ "slides": 9 });
    let answer = post(s.addr(), &path, &refused);
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert_eq!(answer.json()["error"], "must_be_present");
    assert!(s.day.lock().state.signed(s.session, "Zoë Marchetti").is_none(), "nothing written");
}

/// A hostile or frozen phone that opens the stream and never reads holds only itself:
/// the laptop keeps the latest state for it, no queue grows, and others keep up.
#[test]
fn a_phone_that_never_reads_its_stream_holds_only_itself() {
    let s = Served::start();
    let mut frozen = TcpStream::connect(s.addr()).unwrap();
    write!(frozen, "GET {}/api/follow/es HTTP/1.1\r\nHost: phone\r\n\r\n", s.base()).unwrap();
    let mut reading = Follower::open(&s, "en");
    reading.next().unwrap();
    let mut f = followed(&s);
    let topics = f.deck.len();
    // Enough changes, each a whole slide, to fill the frozen phone's socket many times.
    for i in 0..2_000 {
        f.show(Showing::Slide { topic: i % topics, part: 1, parts: 1 });
        s.server.follow(&f);
    }
    let started = Instant::now();
    let mut fresh = Follower::open(&s, "es");
    let now = fresh.next().unwrap();
    assert_eq!(now["seq"], 2_000, "a new phone gets where the room is");
    assert!(started.elapsed() < Duration::from_millis(500), "{:?}", started.elapsed());
    let mut last = reading.next().unwrap();
    while last["seq"] != 2_000 {
        last = reading.next().expect("the reading phone keeps up");
    }
    drop(frozen);
}
