//! 300 phones following the briefing while 250 others sign, on 127.0.0.0/8, each phone
//! from its own address: how long a slide change takes to reach every follower (p50,
//! p99 over every follower and change), and whether signing slows with them on.
//! Targets (issue 25): delivery p99 under 500 ms; sign-in p99 no worse than 1.2x.
//!
//! `cargo bench -p setbrief-phone --bench follow`. The percentiles are printed once;
//! criterion times one slide change until all 300 followers have it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::print_stdout)]

mod served;

use std::io::{BufRead as _, BufReader, Write as _};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use served::{base, burst_of, ms, served};
use setbrief_core::deck::follow::{FollowDeck, Followed, Showing};
use setbrief_phone::PhoneServer;

const FOLLOWERS: usize = 300;
const SIGNERS: usize = 250;
/// Bursts of signers measured each way: 2,000 sign-ins, so a p99 is the 20th slowest.
const ROUNDS: usize = 8;

/// What the followers heard: for each, the sequence number and arrival of each event;
/// and how many followers have heard event `n` (for the criterion loop).
struct Heard {
    arrivals: Mutex<Vec<(u64, Instant)>>,
    latest: Vec<AtomicU64>,
}

/// Opens `FOLLOWERS` streams from addresses no signer uses; each thread records every
/// event until the stream ends.
fn followers(server: &PhoneServer) -> (Arc<Heard>, Vec<std::thread::JoinHandle<()>>) {
    let heard = Arc::new(Heard {
        arrivals: Mutex::new(Vec::new()),
        latest: (0..FOLLOWERS).map(|_| AtomicU64::new(u64::MAX)).collect(),
    });
    let path = format!("{}/api/follow/es", base(server));
    let addr = server.local_addr();
    let threads = (0..FOLLOWERS)
        .map(|i| {
            let (heard, path) = (Arc::clone(&heard), path.clone());
            std::thread::Builder::new()
                .stack_size(64 * 1024)
                .spawn(move || {
                    let source = setbrief_testkit::http::phone_address(2000 + i);
                    let mut stream = setbrief_testkit::http::connect_from(source, addr).unwrap();
                    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
                    write!(stream, "GET {path} HTTP/1.1\r\nHost: phone\r\n\r\n").unwrap();
                    let mut lines = BufReader::new(stream);
                    let mut line = String::new();
                    let mut mine = Vec::new();
                    while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
                        if let Some(seq) = line.strip_prefix("id: ").and_then(|s| s.trim().parse::<u64>().ok()) {
                            mine.push((seq, Instant::now()));
                            heard.latest[i].store(seq, Ordering::Release);
                        }
                        line.clear();
                    }
                    heard.arrivals.lock().unwrap().extend(mine);
                })
                .unwrap()
        })
        .collect();
    (heard, threads)
}

fn all_have(heard: &Heard, seq: u64) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while heard.latest.iter().any(|l| l.load(Ordering::Acquire) == u64::MAX || l.load(Ordering::Acquire) < seq) {
        assert!(Instant::now() < deadline, "a follower never heard change {seq}");
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// One burst of signers on a fresh day while 300 phones follow ten slide changes, a
/// fifth of a second apart (the burst starts with the first): each signer's time to
/// "Saved", and each follower's delay for each change.
fn followed_round(round: usize) -> (Vec<Duration>, Vec<Duration>) {
    let (dir, day, session, server) = served();
    let deck = Arc::new(FollowDeck::of(&day.lock().briefing));
    let (heard, threads) = followers(&server);
    all_have(&heard, 0);
    let mut followed = Followed::new(Arc::clone(&deck));
    let mut sent: Vec<(u64, Instant)> = Vec::new();
    let signing = std::thread::scope(|scope| {
        let signers = scope.spawn(|| burst_of(&day, session, &server, round, SIGNERS));
        for change in 0..10 {
            followed.show(Showing::Slide { topic: change % deck.len(), part: 1, parts: 1 });
            sent.push((sent.len() as u64 + 1, Instant::now()));
            server.follow(&followed);
            std::thread::sleep(Duration::from_millis(200));
        }
        signers.join().unwrap()
    });
    all_have(&heard, sent.len() as u64);
    server.stop();
    for t in threads {
        t.join().unwrap();
    }
    drop(dir);
    let arrivals = heard.arrivals.lock().unwrap();
    let delivery = arrivals
        .iter()
        .filter_map(|(got, at)| {
            sent.iter().find(|(s, _)| s == got).map(|(_, when)| at.saturating_duration_since(*when))
        })
        .collect();
    (signing, delivery)
}

fn follow(c: &mut Criterion) {
    let (mut with_followers, mut alone, mut delivery) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        // Signing with nobody following, for the comparison, taken turn about with the
        // followed rounds, each on a fresh day, so both see the machine alike.
        {
            let (_dir, day, session, server) = served();
            alone.extend(burst_of(&day, session, &server, round, SIGNERS));
        }
        let (signing, delivered) = followed_round(round);
        with_followers.extend(signing);
        delivery.extend(delivered);
    }
    for times in [&mut with_followers, &mut alone, &mut delivery] {
        times.sort();
    }
    println!(
        "{FOLLOWERS} followers, {} slide changes while {SIGNERS} phones signed: delivery p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({} deliveries)",
        ROUNDS * 10,
        ms(&delivery, 0.5),
        ms(&delivery, 0.99),
        ms(&delivery, 1.0),
        delivery.len()
    );
    println!(
        "{SIGNERS} sign-ins x {ROUNDS}: p99 {:.1} ms with {FOLLOWERS} followers vs {:.1} ms without ({:.2}x); p50 {:.1} vs {:.1} ms",
        ms(&with_followers, 0.99),
        ms(&alone, 0.99),
        ms(&with_followers, 0.99) / ms(&alone, 0.99),
        ms(&with_followers, 0.5),
        ms(&alone, 0.5)
    );

    let (_dir, day, _session, server) = served();
    let deck = Arc::new(FollowDeck::of(&day.lock().briefing));
    let (heard, threads) = followers(&server);
    all_have(&heard, 0);
    let mut followed = Followed::new(Arc::clone(&deck));
    let mut seq = 0;
    let mut group = c.benchmark_group("follow");
    group.sample_size(20);
    group.bench_function("one slide change reaches 300 following phones", |b| {
        b.iter(|| {
            // Always another slide than the one on screen: an unchanged screen is no news.
            let now = match followed.showing {
                Showing::Slide { topic, .. } => topic,
                _ => 0,
            };
            followed.show(Showing::Slide { topic: (now + 1) % deck.len(), part: 1, parts: 1 });
            seq += 1;
            server.follow(&followed);
            all_have(&heard, seq);
        });
    });
    group.finish();
    server.stop();
    for t in threads {
        t.join().unwrap();
    }
}

criterion_group!(benches, follow);
criterion_main!(benches);
