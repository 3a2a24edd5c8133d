//! A day served on 127.0.0.1 for the phone benchmarks, and a crowd signing into it.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use setbrief_core::attendance::{Receipt, SharedDay};
use setbrief_phone::{Config, Flag, Listener, PhoneServer};
use setbrief_testkit::day::{main_session, open_day, phone_body};

struct Quiet;
impl Listener for Quiet {
    fn saved(&self, _: &Receipt) {}
    fn flagged(&self, _: &Flag) {}
}

/// A fresh day on the build's disk (not a RAM /tmp), served on 127.0.0.1.
pub fn served() -> (tempfile::TempDir, SharedDay, u64, PhoneServer) {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| std::path::PathBuf::from("target"), Into::into);
    std::fs::create_dir_all(&target).unwrap();
    let dir = tempfile::tempdir_in(target).unwrap();
    let mut day = open_day(dir.path());
    let session = main_session(&mut day);
    let token = day.phone_token(session).unwrap();
    let day = SharedDay::new(day);
    let config = Config { bind: IpAddr::V4(Ipv4Addr::LOCALHOST), port: 0 };
    let server = PhoneServer::start(day.clone(), session, token, config, Arc::new(Quiet)).unwrap();
    (dir, day, session, server)
}

/// The path part of the session's link: `/s/<token>`.
pub fn base(server: &PhoneServer) -> String {
    let url = server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    url.split_once("/s/").map(|(_, t)| format!("/s/{t}")).unwrap()
}

/// `crew` phones, each from its own loopback address, signing at once: each phone's
/// time to "Saved", sorted; every one must be saved.
pub fn burst_of(day: &SharedDay, session: u64, server: &PhoneServer, round: usize, crew: usize) -> Vec<Duration> {
    let path = format!("{}/api/sign-in", base(server));
    let addr = server.local_addr();
    let bodies: Vec<String> = {
        let day = day.lock();
        (0..crew)
            .map(|i| {
                phone_body(&day, session, &format!("Bench {round}-{i:03}"), true, &format!("{round}-{i}")).to_string()
            })
            .collect()
    };
    let phones = setbrief_testkit::http::crowd(addr, &path, bodies);
    let mut times: Vec<Duration> = phones
        .into_iter()
        .map(|p| {
            let (time, answer) = p.join().unwrap();
            let answer = answer.unwrap();
            assert_eq!(answer.status, 200, "{}", answer.body);
            time
        })
        .collect();
    times.sort();
    times
}

/// The `q` quantile of sorted `times`, in milliseconds.
pub fn ms(times: &[Duration], q: f64) -> f64 {
    times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1e3
}
