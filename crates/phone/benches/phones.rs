//! A crew of 250 phones submitting at once against the real server on 127.0.0.1,
//! with fsync: time from "send" to "Saved" per phone (p50, p99), and the whole burst.
//!
//! `cargo bench -p setbrief-phone`. Criterion times whole bursts; the per-phone
//! percentiles are printed once, since they are what a crew member feels.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::print_stdout)]

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use setbrief_core::attendance::{Receipt, SharedDay};
use setbrief_phone::{Config, Flag, Listener, PhoneServer};
use setbrief_testkit::day::{main_session, open_day, phone_body};

const CREW: usize = 250;

struct Quiet;
impl Listener for Quiet {
    fn saved(&self, _: &Receipt) {}
    fn flagged(&self, _: &Flag) {}
}

/// A fresh day on the build's disk (not a RAM /tmp), served on 127.0.0.1.
fn served() -> (tempfile::TempDir, SharedDay, u64, PhoneServer) {
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

/// Each phone's time to "Saved", sorted; every one must be saved.
fn burst(day: &SharedDay, session: u64, server: &PhoneServer, round: usize) -> Vec<Duration> {
    burst_of(day, session, server, round, CREW)
}

/// [`burst`] of `crew` phones, each from its own loopback address.
fn burst_of(day: &SharedDay, session: u64, server: &PhoneServer, round: usize, crew: usize) -> Vec<Duration> {
    let url = server.url(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let path = url.split_once("/s/").map(|(_, t)| format!("/s/{t}/api/sign-in")).unwrap();
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

/// Each burst gets its own server: real phones each have their own address, and all of
/// these come from 127.0.0.1, which would soon meet the per-address rate limit.
fn phones(c: &mut Criterion) {
    let mut all = Vec::new();
    for round in 0..8 {
        let (_dir, day, session, server) = served();
        all.extend(burst(&day, session, &server, round));
    }
    all.sort();
    let at = |q: f64| all[((all.len() - 1) as f64 * q) as usize];
    println!(
        "250 phones at once, {} sign-ins: time to Saved p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        all.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        all[all.len() - 1].as_secs_f64() * 1e3
    );
    let mut group = c.benchmark_group("phones");
    group.sample_size(10);
    group.bench_function("250 phones sign at once", |b| {
        b.iter_batched(
            served,
            |(dir, day, session, server)| (burst(&day, session, &server, 0), dir, server),
            criterion::BatchSize::PerIteration,
        );
    });
    // The cost of a burst should not grow with the day: the same 250 with 750 signed.
    group.bench_function("250 phones sign at once, 750 already signed", |b| {
        b.iter_batched(
            || {
                let (dir, day, session, server) = served();
                for round in 1..=3 {
                    burst(&day, session, &server, round);
                }
                (dir, day, session, server)
            },
            |(dir, day, session, server)| (burst(&day, session, &server, 0), dir, server),
            criterion::BatchSize::PerIteration,
        );
    });
    group.finish();
    let (_dir, day, session, server) = served();
    let thousand = burst_of(&day, session, &server, 9, 1000);
    let at = |q: f64| thousand[((thousand.len() as f64 * q) as usize).min(thousand.len() - 1)];
    println!(
        "1000 phones at once from 1000 addresses: time to Saved p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        thousand[thousand.len() - 1].as_secs_f64() * 1e3
    );
}

criterion_group!(benches, phones);
criterion_main!(benches);
