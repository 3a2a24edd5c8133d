//! Just enough of `WebDriver` to drive headless Chromium through chromedriver, over
//! plain HTTP on 127.0.0.1 (no client crate, no TLS, no async runtime in the test).
//!
//! The phone page's own tests and the app's (phones following its slides) share it.
// A test's browser: a failure here is a broken test set-up, said at once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::net::{SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::http::request;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Whether this machine can run the browser tests (Debian: `chromium chromium-driver`).
pub fn available() -> bool {
    Path::new("/usr/bin/chromedriver").exists() && Path::new("/usr/bin/chromium").exists()
}

/// A phone-sized browser, or `None` (said on stderr) where none is installed; CI sets
/// `SETBRIEF_REQUIRE_BROWSER=1`, so there a missing browser fails instead of skipping.
pub fn phone_or_skip(width: u32, height: u32) -> Option<Browser> {
    if available() {
        return Some(Browser::phone(width, height));
    }
    assert!(std::env::var_os("SETBRIEF_REQUIRE_BROWSER").is_none(), "chromium and chromedriver are required here");
    eprintln!("skipped: install chromium and chromium-driver to run the phone page in a real browser");
    None
}

/// A chromedriver process and one browser session; both end when dropped.
pub struct Browser {
    driver: Child,
    addr: SocketAddr,
    session: String,
    _profile: tempfile::TempDir,
}

pub type Element = String;

impl Browser {
    /// A phone-sized headless Chromium: `width` x `height` CSS pixels.
    pub fn phone(width: u32, height: u32) -> Self {
        Self::phone_with(width, height, &[])
    }

    /// A phone set to its dark theme, which also darkens pages that do not have one
    /// (Chromium's forced dark mode, as Android's).
    pub fn phone_dark(width: u32, height: u32) -> Self {
        Self::phone_with(width, height, &["--force-dark-mode", "--blink-settings=forceDarkModeEnabled=true"])
    }

    fn phone_with(width: u32, height: u32, extra: &[&str]) -> Self {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new("/usr/bin/chromedriver")
            .args([format!("--port={port}"), "--allowed-ips=127.0.0.1".to_owned()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let profile = tempfile::tempdir().unwrap();
        let mut browser = Self { driver, addr, session: String::new(), _profile: profile };
        // Bounded, but generous: on two cores beside the other test binaries, chromedriver
        // has been seen to take over 20 s to answer.
        let deadline = Instant::now() + Duration::from_secs(60);
        while request(addr, "GET", "/status", b"")
            .map_or(true, |a| !a.json()["value"]["ready"].as_bool().unwrap_or(false))
        {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let args = json!([
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            format!("--user-data-dir={}", browser._profile.path().display()),
        ]);
        let args = json!(
            args.as_array().into_iter().flatten().cloned().chain(extra.iter().map(|a| json!(a))).collect::<Vec<_>>()
        );
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": args,
                // Taps emulated from clicks turn into long presses when a loaded CI machine
                // stretches them, and then no click fires: buttons get mouse clicks, and the
                // signature is drawn with real touch pointer actions (`draw_across`).
                "mobileEmulation": { "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "touch": false } },
            },
        }}});
        let created = browser.call("POST", "/session", &capabilities);
        browser.session = created["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {created}")).to_owned();
        browser
    }

    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let payload = if method == "GET" || method == "DELETE" { Vec::new() } else { body.to_string().into_bytes() };
        let answer = request(self.addr, method, path, &payload).unwrap();
        let value = answer.json()["value"].clone();
        assert!(answer.status == 200, "{method} {path}: {} {}", answer.status, answer.body);
        value
    }

    fn at(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn open(&self, url: &str) {
        self.call("POST", &self.at("/url"), &json!({ "url": url }));
    }

    /// The first element matching a CSS selector, waiting up to thirty seconds for it
    /// (CI machines are slow when every test runs at once).
    pub fn find(&self, css: &str) -> Element {
        self.find_by("css selector", css)
    }

    /// A button whose text contains `text`.
    pub fn button(&self, text: &str) -> Element {
        self.find_by("xpath", &format!("//button[contains(normalize-space(.), \"{text}\")]"))
    }

    fn find_by(&self, using: &str, value: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let path = self.at("/elements");
            let answer =
                request(self.addr, "POST", &path, json!({ "using": using, "value": value }).to_string().as_bytes())
                    .unwrap();
            if let Some(found) = answer.json()["value"].as_array().and_then(|a| a.first().cloned()) {
                return found[ELEMENT].as_str().unwrap().to_owned();
            }
            if Instant::now() >= deadline {
                let page = self.script("return document.body.innerText;");
                panic!("nothing matches {value}; the page says: {page}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn all(&self, css: &str) -> Vec<Element> {
        let found = self.call("POST", &self.at("/elements"), &json!({ "using": "css selector", "value": css }));
        found.as_array().unwrap().iter().map(|e| e[ELEMENT].as_str().unwrap().to_owned()).collect()
    }

    pub fn click(&self, element: &Element) {
        self.call("POST", &self.at(&format!("/element/{element}/click")), &json!({}));
    }

    pub fn type_into(&self, element: &Element, text: &str) {
        self.call("POST", &self.at(&format!("/element/{element}/value")), &json!({ "text": text }));
    }

    pub fn text(&self, element: &Element) -> String {
        self.call("GET", &self.at(&format!("/element/{element}/text")), &Value::Null).as_str().unwrap_or("").to_owned()
    }

    /// Draws with a finger on `element`: a wavy line across it, as W3C touch pointer
    /// actions, which the browser turns into pointerdown, pointermove and pointerup.
    pub fn draw_across(&self, element: &Element, width: f64, height: f64) {
        let origin = json!({ ELEMENT: element });
        let mut actions = vec![
            json!({ "type": "pointerMove", "duration": 0, "origin": origin, "x": (-width * 0.4) as i64, "y": 0 }),
            json!({ "type": "pointerDown", "button": 0 }),
        ];
        for i in 1..=40 {
            let t = f64::from(i) / 40.0;
            let x = -width * 0.4 + t * width * 0.8;
            let y = (t * 18.0).sin() * height * 0.25;
            actions
                .push(json!({ "type": "pointerMove", "duration": 16, "origin": origin, "x": x as i64, "y": y as i64 }));
        }
        actions.push(json!({ "type": "pointerUp", "button": 0 }));
        let body = json!({ "actions": [{
            "type": "pointer", "id": "finger", "parameters": { "pointerType": "touch" }, "actions": actions,
        }]});
        self.call("POST", &self.at("/actions"), &body);
    }

    /// Controls on the page (buttons, boxes, text fields, the pad) that Chromium's
    /// accessibility tree gives no name: what a screen reader would announce blank.
    pub fn unlabelled_controls(&self) -> Vec<String> {
        let tree = self.call(
            "POST",
            &self.at("/goog/cdp/execute"),
            &json!({ "cmd": "Accessibility.getFullAXTree", "params": {} }),
        );
        let controls = ["button", "checkbox", "textbox", "searchbox", "combobox", "link", "canvas", "image"];
        tree["nodes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|n| !n["ignored"].as_bool().unwrap_or(false))
            .filter(|n| n["role"]["value"].as_str().is_some_and(|r| controls.contains(&r)))
            .filter(|n| n["name"]["value"].as_str().is_none_or(|name| name.trim().is_empty()))
            .map(|n| format!("{} {}", n["role"]["value"], n["nodeId"]))
            .collect()
    }

    pub fn script(&self, script: &str) -> Value {
        self.call("POST", &self.at("/execute/sync"), &json!({ "script": script, "args": [] }))
    }

    /// A PNG of the viewport, saved to `path`.
    pub fn screenshot(&self, path: &Path) {
        use base64::Engine as _;
        let encoded = self.call("GET", &self.at("/screenshot"), &Value::Null);
        let png = base64::engine::general_purpose::STANDARD.decode(encoded.as_str().unwrap()).unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            // A session left open keeps Chromium running after the test.
            request(self.addr, "DELETE", &format!("/session/{}", self.session), b"").ok();
        }
        self.driver.kill().ok();
        self.driver.wait().ok();
    }
}
