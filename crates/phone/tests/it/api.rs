//! The API's rules: the token, the core's sign-in rules, and every bad input refused
//! with a clear 4xx and nothing written.

use serde_json::json;
use setbrief_testkit::http::{get, post, request, stall};

use super::Served;

#[test]
fn a_phone_signs_and_gets_a_receipt_only_once_it_is_on_disk() {
    let s = Served::start();
    let info = get(s.addr(), &format!("{}/api/session", s.base()));
    assert_eq!(info.status, 200, "{}", info.body);
    let info = info.json();
    assert_eq!(info["production"], "Coyote Pass");
    assert!(info["roster"].as_array().unwrap().iter().any(|p| p["name"] == "Zoë Marchetti"));
    assert!(info["words"]["es"]["sign"] == "Firmar", "the page's words come in both languages");

    let answer = post(s.addr(), &format!("{}/api/sign-in", s.base()), &s.body("Zoë Marchetti", false, "sub-1"));
    assert_eq!(answer.status, 200, "{}", answer.body);
    let receipt = &answer.json()["receipt"];
    assert_eq!(receipt["name"], "Zoë Marchetti");
    let day = s.day.lock();
    let signed = day.state.signed(s.session, "Zoë Marchetti").unwrap();
    assert_eq!(receipt["record"], signed.seq);
    assert_eq!(receipt["code"], signed.code);
    assert_eq!(signed.device.as_ref().unwrap().address, "127.0.0.1");
    drop(day);
    s.heard.when(|saved, _| (saved.len() == 1).then_some(()));
    let again = get(s.addr(), &format!("{}/api/session", s.base())).json();
    let zoe = again["roster"].as_array().unwrap().iter().find(|p| p["name"] == "Zoë Marchetti").unwrap().clone();
    assert!(zoe["signed"].is_string(), "the list shows who has signed");
}

#[test]
fn a_retry_after_a_lost_reply_gets_the_same_receipt_not_a_second_record() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let first = post(s.addr(), &path, &s.body("Kim Aldana", false, "retry-1")).json();
    let records = s.records();
    let second = post(s.addr(), &path, &s.body("Kim Aldana", false, "retry-1"));
    assert_eq!(second.status, 200);
    assert_eq!(second.json()["receipt"], first["receipt"]);
    assert_eq!(s.records(), records, "nothing new written");
    let told = s.heard.when(|saved, _| (saved.len() == 2).then(|| saved.to_vec()));
    assert!(!told[0].retry && told[1].retry, "the console and serve are told it is a retry");
    assert_eq!(s.server.activity().saved(), 1, "one person, counted once");
}

#[test]
fn a_concern_sent_with_a_second_sign_in_is_recorded_and_the_phone_is_told() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    assert_eq!(post(s.addr(), &path, &s.body("Kim Aldana", false, "c1")).status, 200);
    let mut again = s.body("Kim Aldana", false, "c2");
    again["concern"] = json!("The catwalk rail above stage 2 is loose.");
    let answer = post(s.addr(), &path, &again);
    assert_eq!(answer.status, 409, "{}", answer.body);
    assert_eq!(answer.json()["error"], "already_signed_concern_kept");
    let day = s.day.lock();
    assert!(
        day.state.concerns.iter().any(|c| c.by == "Kim Aldana" && c.text.contains("catwalk rail")),
        "the concern is on the record"
    );
}

#[test]
fn a_name_signed_twice_is_refused_and_flagged_for_the_first_ad() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    assert_eq!(post(s.addr(), &path, &s.body("Kim Aldana", false, "a")).status, 200);
    let twice = post(s.addr(), &path, &s.body("Kim Aldana", false, "b"));
    assert_eq!(twice.status, 409);
    assert_eq!(twice.json()["error"], "already_signed");
    assert!(twice.json()["time"].is_string());
    s.heard.when(|_, flags| flags.iter().any(|f| f.text.contains("tried to sign as Kim Aldana")).then_some(()));
}

#[test]
fn a_phone_picking_a_name_that_has_signed_is_flagged_at_once() {
    let s = Served::start();
    assert_eq!(post(s.addr(), &format!("{}/api/sign-in", s.base()), &s.body("Kim Aldana", false, "a")).status, 200);
    let picked = post(s.addr(), &format!("{}/api/already-signed", s.base()), &json!({ "name": "Kim Aldana" }));
    assert_eq!(picked.status, 204);
    s.heard.when(|_, flags| flags.iter().any(|f| f.text.contains("picked Kim Aldana, who signed at")).then_some(()));
    let not_signed = post(s.addr(), &format!("{}/api/already-signed", s.base()), &json!({ "name": "Zoë Marchetti" }));
    assert_eq!(not_signed.status, 204);
    assert_eq!(s.server.activity().flags().len(), 1, "nothing to flag for a name not yet signed");
    let forged = post(s.addr(), "/s/0/api/already-signed", &json!({ "name": "Kim Aldana" }));
    assert_eq!(forged.status, 403);
}

#[test]
fn many_people_from_one_address_on_different_browsers_are_a_hint_said_once() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    for (name, submission) in
        [("Kim Aldana", "h1"), ("Zoë Marchetti", "h2"), ("Tom Brennan", "h3"), ("Eli Romero", "h4")]
    {
        assert_eq!(post(s.addr(), &path, &s.body(name, false, submission)).status, 200);
    }
    let hint = "people have signed from the address 127.0.0.1";
    s.heard.when(|saved, flags| (saved.len() == 4 && flags.iter().any(|f| f.text.contains(hint))).then_some(()));
    // The fourth sign-in's flags are told right after its receipt: give them a moment.
    std::thread::sleep(std::time::Duration::from_millis(300));
    let hints: Vec<String> =
        s.heard.flags.lock().unwrap().iter().map(|f| f.text.clone()).filter(|t| t.contains(hint)).collect();
    assert_eq!(hints.len(), 1, "said at three people, not again at four: {hints:?}");
    assert!(hints[0].starts_with("3 people"), "{hints:?}");
}

#[test]
fn one_phone_signing_two_people_is_flagged() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let mut body = s.body("Kim Aldana", false, "one");
    post(s.addr(), &path, &body);
    body = s.body("Zoë Marchetti", false, "two");
    body["browser"] = json!("browser-one");
    assert_eq!(post(s.addr(), &path, &body).status, 200);
    s.heard.when(|_, flags| flags.iter().any(|f| f.text.contains("also signed Kim Aldana")).then_some(()));
}

#[test]
fn a_walk_in_signs_and_a_roster_name_typed_without_accents_is_asked_about() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let walk_in = post(s.addr(), &path, &s.body("Ana Lucía Benally", true, "w1"));
    assert_eq!(walk_in.status, 200, "{}", walk_in.body);
    assert!(s.day.lock().state.walk_ins.iter().any(|(_, p)| p.name == "Ana Lucía Benally"));
    let same = post(s.addr(), &path, &s.body("zoe marchetti", true, "w2"));
    assert_eq!(same.status, 409, "{}", same.body);
    assert_eq!(same.json()["error"], "on_roster_as");
    assert_eq!(same.json()["name"], "Zoë Marchetti");
}

#[test]
fn a_walk_in_with_look_alike_letters_is_asked_and_signs_as_typed_once_it_says_no() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    for (typed, submission) in [("\u{41d}\u{430}l Sutter", "l1"), ("Hal\u{200b}Sutter", "l2"), ("HaI Sutter", "l3")] {
        let asked = post(s.addr(), &path, &s.body(typed, true, submission));
        assert_eq!(asked.status, 409, "{typed:?}: {}", asked.body);
        assert_eq!(asked.json()["error"], "looks_like");
        assert_eq!(asked.json()["name"], "Hal Sutter");
    }
    let records = s.records();
    assert_eq!(s.records(), records, "nothing written while asked");
    let mut body = s.body("\u{41d}\u{430}l Sutter", true, "l1");
    body["not"] = json!("Hal Sutter");
    let saved = post(s.addr(), &path, &body);
    assert_eq!(saved.status, 200, "{}", saved.body);
    let day = s.day.lock();
    assert!(day.state.sign_ins.iter().any(|x| x.person.name == "\u{41d}\u{430}l Sutter"), "kept exactly as typed");
}

#[test]
fn without_the_token_everything_is_forbidden() {
    let s = Served::start();
    let records = s.records();
    for path in ["/s/0000/api/session", "/s/000000000000000000000000", "/s/0/page.js"] {
        assert_eq!(get(s.addr(), path).status, 403, "{path}");
    }
    let forged = post(s.addr(), "/s/000000000000000000000000/api/sign-in", &s.body("Kim Aldana", false, "x"));
    assert_eq!(forged.status, 403);
    assert_eq!(get(s.addr(), "/").status, 404);
    assert_eq!(get(s.addr(), "/../../etc/passwd").status, 404);
    assert_eq!(get(s.addr(), &format!("{}/../../Cargo.toml", s.base())).status, 404);
    assert_eq!(s.records(), records);
    // The page has no session's words then: the refusal brings them, in each language.
    let refused = get(s.addr(), "/s/000000000000000000000000/api/session").json();
    assert_eq!(refused["error"], "forbidden");
    assert!(refused["words"]["es"].as_str().unwrap().starts_with("Este enlace no es válido"), "{refused}");
}

#[test]
fn the_token_dies_with_the_session() {
    let s = Served::start();
    assert_eq!(get(s.addr(), &s.base()).status, 200);
    s.day.lock().close_session(s.session, "Dana Whitfield").unwrap();
    let closed = get(s.addr(), &s.base());
    assert_eq!(closed.status, 403);
    let refused = post(s.addr(), &format!("{}/api/sign-in", s.base()), &s.body("Kim Aldana", false, "late"));
    assert_eq!(refused.json()["error"], "session_closed");
}

#[test]
fn bad_input_gets_a_clear_4xx_and_nothing_is_written() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let records = s.records();
    let body = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut b = s.body("Kim Aldana", false, "bad");
        edit(&mut b);
        b
    };
    let huge_points: String = (0..100_000).map(|i| format!("{},{},{} ", i % 4000, i % 1500, i)).collect();
    let cases: Vec<(&str, serde_json::Value, u16, &str)> = vec![
        ("not on the roster", body(&|b| b["name"] = json!("Nobody Known")), 422, "not_on_roster"),
        ("an unticked line", body(&|b| b["acknowledged"][0] = json!(false)), 422, "acknowledgements_missing"),
        ("too few ticks", body(&|b| b["acknowledged"] = json!([true])), 422, "acknowledgements_missing"),
        (
            "a scribble",
            body(&|b| b["signature"]["strokes"] = json!([{ "points": "10,10,0 12,11,5" }])),
            422,
            "signature_refused",
        ),
        (
            "HTML in a walk-in's name",
            body(&|b| {
                b["walk_in"] = json!(true);
                b["name"] = json!("<script>alert(1)</script>");
            }),
            422,
            "bad_text",
        ),
        (
            "a control character in a name",
            body(&|b| {
                b["walk_in"] = json!(true);
                b["name"] = json!("Ana\u{0007}Bell");
            }),
            422,
            "bad_text",
        ),
        ("HTML in a concern", body(&|b| b["concern"] = json!("<img src=x onerror=alert(1)>")), 422, "bad_text"),
        ("a control character in a concern", body(&|b| b["concern"] = json!("live\u{0000}round")), 422, "bad_text"),
        ("an unknown field", body(&|b| b["admin"] = json!(true)), 400, "bad_json"),
        ("a wrong type", body(&|b| b["walk_in"] = json!("yes")), 400, "bad_json"),
        ("a language setbrief does not have", body(&|b| b["language"] = json!("pt")), 400, "bad_json"),
        ("a language the briefing does not offer", body(&|b| b["language"] = json!("fr")), 422, "language_not_offered"),
        (
            "a 0x0 pad with two identical points",
            body(&|b| b["signature"] = json!({ "width": 0, "height": 0, "strokes": [{ "points": "0,0,0 0,0,1" }] })),
            422,
            "signature_refused",
        ),
        ("a 1x1 pad", body(&|b| b["signature"]["width"] = json!(1)), 422, "signature_refused"),
        ("a negative pad", body(&|b| b["signature"]["height"] = json!(-150)), 422, "signature_refused"),
        (
            "points outside the pad",
            body(&|b| b["signature"]["strokes"] = json!([{ "points": "200,600,0 9000,1400,10 12000,400,20" }])),
            422,
            "signature_refused",
        ),
        (
            "negative times",
            body(&|b| b["signature"]["strokes"] = json!([{ "points": "200,600,-50 3000,1400,-40 3800,400,-30" }])),
            422,
            "signature_refused",
        ),
        (
            "times running backwards",
            body(&|b| b["signature"]["strokes"] = json!([{ "points": "200,600,90 3000,1400,40 3800,400,10" }])),
            422,
            "signature_refused",
        ),
        ("an unknown field in the signature", body(&|b| b["signature"]["pressure"] = json!(1)), 400, "bad_json"),
        ("an unknown field in a stroke", body(&|b| b["signature"]["strokes"][0]["pen"] = json!("x")), 400, "bad_json"),
        (
            "a signature of 100,000 points",
            body(&|b| b["signature"]["strokes"] = json!([{ "points": huge_points.trim() }])),
            413,
            "too_large",
        ),
    ];
    for (what, body, status, code) in cases {
        let answer = post(s.addr(), &path, &body);
        assert_eq!(answer.status, status, "{what}: {}", answer.body);
        assert_eq!(answer.json()["error"], code, "{what}");
    }
    let malformed = request(s.addr(), "POST", &path, b"{\"name\": \"Kim").unwrap();
    assert_eq!(malformed.status, 400);
    assert_eq!(malformed.json()["error"], "bad_json");
    let oversized = request(s.addr(), "POST", &path, &vec![b' '; 300 * 1024]).unwrap();
    assert_eq!(oversized.status, 413);
    assert_eq!(s.records(), records, "nothing written");
}

#[test]
fn empty_ids_and_a_body_that_is_not_json_are_each_said_for_what_they_are() {
    let s = Served::start();
    let path = format!("{}/api/sign-in", s.base());
    let records = s.records();
    for (field, said) in [("browser", "phone id"), ("submission", "submission id")] {
        let mut body = s.body("Kim Aldana", false, "ids");
        body[field] = json!("");
        let answer = post(s.addr(), &path, &body);
        assert_eq!(answer.status, 422, "{field}: {}", answer.body);
        assert!(answer.json()["message"].as_str().unwrap().contains(said), "{field}: {}", answer.body);
    }
    let body = s.body("Kim Aldana", false, "form").to_string();
    let as_form = setbrief_testkit::http::request_with_type(
        s.addr(),
        "POST",
        &path,
        "application/x-www-form-urlencoded",
        body.as_bytes(),
    )
    .unwrap();
    assert_eq!(as_form.status, 415, "{}", as_form.body);
    assert_eq!(s.records(), records, "nothing written");
}

#[test]
fn pages_carry_headers_that_keep_the_token_in() {
    let s = Served::start();
    let page = get(s.addr(), &s.base());
    assert!(page.body.contains(&format!("<script src=\"{}/page.js\">", s.base())), "the script of this session");
    let headers = page.headers.to_lowercase();
    assert!(headers.contains("referrer-policy: no-referrer"));
    assert!(headers.contains("content-security-policy: default-src 'none'; script-src 'self'"));
    assert!(headers.contains("cache-control: no-store"));
    let script = get(s.addr(), &format!("{}/page.js", s.base()));
    assert_eq!(script.status, 200);
    assert!(!script.body.contains("innerHTML"), "text goes in with textContent only");
}

#[test]
fn the_page_is_small_enough_for_a_weak_hotspot() {
    let s = Served::start();
    let size = get(s.addr(), &s.base()).body.len() + get(s.addr(), &format!("{}/page.js", s.base())).body.len();
    assert!(size < 100 * 1024, "page and script are {size} bytes");
}

#[test]
fn a_stalled_phone_does_not_hold_up_the_others() {
    let s = Served::start();
    let _stalled: Vec<_> = (0..20).map(|_| stall(s.addr())).collect();
    let answer = post(s.addr(), &format!("{}/api/sign-in", s.base()), &s.body("Kim Aldana", false, "after-stall"));
    assert_eq!(answer.status, 200, "{}", answer.body);
}

#[test]
fn a_flood_from_one_address_is_slowed() {
    let s = Served::start();
    let path = format!("{}/api/session", s.base());
    let statuses: Vec<u16> = (0..320).map(|_| get(s.addr(), &path).status).collect();
    assert!(statuses.contains(&429), "a flood meets 429");
    assert_eq!(statuses[0], 200);
}

#[test]
fn a_body_declared_too_large_is_refused_at_once_without_being_sent() {
    use std::io::{Read as _, Write as _};
    let s = Served::start();
    for expect in ["", "Expect: 100-continue\r\n"] {
        let mut stream = std::net::TcpStream::connect(s.addr()).unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(5))).unwrap();
        let head = format!(
            "POST {}/api/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n{expect}\r\n",
            s.base()
        );
        let started = std::time::Instant::now();
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = [0u8; 64];
        let n = stream.read(&mut answer).unwrap();
        let status = String::from_utf8_lossy(&answer[..n]).into_owned();
        assert!(status.starts_with("HTTP/1.1 413"), "{expect:?}: {status}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1), "answered before any body was sent");
    }
}

#[test]
fn a_french_day_offers_its_languages_in_its_order_with_french_words_and_signs_in_french() {
    let loaded =
        setbrief_core::briefing::load_file(&setbrief_testkit::repo().join("briefings/lac-brule-day-03.ron")).unwrap();
    let s = Served::start_on(&loaded);
    let info = get(s.addr(), &format!("{}/api/session", s.base())).json();
    let codes: Vec<&str> = info["languages"].as_array().unwrap().iter().map(|l| l["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["fr", "en"], "the page opens in the briefing's first language");
    assert_eq!(info["words"]["fr"]["find_your_name"], "Trouvez votre nom");
    assert_eq!(info["languages"][0]["name"], "Français");
    let ticks = info["acknowledgements"]["fr"].as_array().unwrap().len();
    let mut body = s.body("Léa Nguyen", false, "envoi-1");
    body["language"] = json!("fr");
    body["acknowledged"] = json!(vec![true; ticks]);
    let answer = post(s.addr(), &format!("{}/api/sign-in", s.base()), &body);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let mut spanish = s.body("Olivier Bergeron", false, "envoi-2");
    spanish["language"] = json!("es");
    let refused = post(s.addr(), &format!("{}/api/sign-in", s.base()), &spanish);
    assert_eq!((refused.status, refused.json()["error"].as_str()), (422, Some("language_not_offered")));
}
