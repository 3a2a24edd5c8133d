//! Phone sign-in over real HTTP on 127.0.0.1: the API's rules and refusals, a crowd
//! of phones at once, and the real page in headless Chromium.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod api;
mod browser;
mod crowd;
mod follow;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use setbrief_core::attendance::{Receipt, SharedDay};
use setbrief_phone::{Config, Flag, Listener, PhoneServer};
use setbrief_testkit::day::main_session;

/// What the server told its listener.
#[derive(Default)]
pub struct Heard {
    pub saved: Mutex<Vec<Receipt>>,
    pub flags: Mutex<Vec<Flag>>,
}

impl Heard {
    /// What was heard once `enough` says so (the listener hears after the phone is told),
    /// waiting up to ten seconds.
    pub fn when<T>(&self, enough: impl Fn(&[Receipt], &[Flag]) -> Option<T>) -> T {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            if let Some(found) = enough(&self.saved.lock().unwrap(), &self.flags.lock().unwrap()) {
                return found;
            }
            assert!(std::time::Instant::now() < deadline, "the listener never heard it");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}

impl Listener for Heard {
    fn saved(&self, receipt: &Receipt) {
        self.saved.lock().unwrap().push(receipt.clone());
    }
    fn flagged(&self, flag: &Flag) {
        self.flags.lock().unwrap().push(flag.clone());
    }
}

/// A day with an open main session, served on 127.0.0.1.
pub struct Served {
    pub dir: tempfile::TempDir,
    pub day: SharedDay,
    pub session: u64,
    pub server: PhoneServer,
    pub heard: Arc<Heard>,
}

impl Served {
    pub fn start() -> Self {
        Self::start_on(&setbrief_testkit::day::western())
    }

    /// [`Self::start`] on another briefing.
    pub fn start_on(loaded: &setbrief_core::briefing::Loaded) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut day = setbrief_core::attendance::Day::open(dir.path(), loaded).unwrap();
        let session = main_session(&mut day);
        let token = day.phone_token(session).unwrap();
        let day = SharedDay::new(day);
        let heard = Arc::new(Heard::default());
        let config = Config { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0 };
        let server = PhoneServer::start(day.clone(), session, token, config, heard.clone()).unwrap();
        Self { dir, day, session, server, heard }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.local_addr()
    }

    /// The path part of the session's URL: `/s/<token>`.
    pub fn base(&self) -> String {
        let url = self.server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
        url.split_once("/s/").map(|(_, token)| format!("/s/{token}")).unwrap()
    }

    pub fn body(&self, name: &str, walk_in: bool, submission: &str) -> serde_json::Value {
        setbrief_testkit::day::phone_body(&self.day.lock(), self.session, name, walk_in, submission)
    }

    pub fn records(&self) -> usize {
        let bytes = std::fs::read(self.day.lock().journal_path()).unwrap();
        setbrief_core::attendance::journal::verify(&bytes).records.len()
    }
}
