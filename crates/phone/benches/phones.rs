//! A crew of 250 phones submitting at once against the real server on 127.0.0.1,
//! with fsync: time from "send" to "Saved" per phone (p50, p99), and the whole burst.
//!
//! `cargo bench -p setbrief-phone`. Criterion times whole bursts; the per-phone
//! percentiles are printed once, since they are what a crew member feels.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::print_stdout)]

mod served;

use criterion::{Criterion, criterion_group, criterion_main};
use served::{burst_of, ms, served};
use setbrief_core::attendance::SharedDay;
use setbrief_phone::PhoneServer;

const CREW: usize = 250;

/// Each phone's time to "Saved", sorted; every one must be saved.
fn burst(day: &SharedDay, session: u64, server: &PhoneServer, round: usize) -> Vec<std::time::Duration> {
    burst_of(day, session, server, round, CREW)
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
    println!(
        "1000 phones at once from 1000 addresses: time to Saved p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(&thousand, 0.5),
        ms(&thousand, 0.99),
        ms(&thousand, 1.0)
    );
}

criterion_group!(benches, phones);
criterion_main!(benches);
