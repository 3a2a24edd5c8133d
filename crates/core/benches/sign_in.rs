//! What one sign-in costs the laptop's CPU as the day fills: 250 phone walk-ins
//! recorded on an empty day and on a day where 750 have signed, every check of
//! [`Day::sign_in`] included, the fsync left out (one for the whole batch, as the phone
//! server's writer does), so what grows with the day shows and the disk does not hide it.
//!
//! `cargo bench -p setbrief-core --bench sign_in`. The two should be within 1.3x.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use setbrief_core::attendance::{Day, Device, Person, SignInRequest};
use setbrief_testkit::day::{main_session, open_day, request};

const BURST: usize = 250;

fn walk_in(day: &Day, session: u64, n: usize) -> SignInRequest {
    let mut req = request(day, session, "x");
    req.person = Person { name: format!("Bench Walker {n:04}"), department: "Grip".into(), role: "Day player".into() };
    req.walk_in = true;
    req.device = Some(Device {
        address: format!("127.0.{}.{}", n / 250, n % 250 + 1),
        browser: format!("browser-{n}"),
        submission: format!("submission-{n}"),
        read_on_phone: None,
    });
    req
}

/// A day with `signed` walk-ins signed already, and the next burst's requests.
fn day_with(signed: usize) -> (tempfile::TempDir, Day, Vec<SignInRequest>) {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| std::path::PathBuf::from("target"), Into::into);
    std::fs::create_dir_all(&target).unwrap();
    let dir = tempfile::tempdir_in(target).unwrap();
    let mut day = open_day(dir.path());
    let session = main_session(&mut day);
    let earlier: Vec<SignInRequest> = (0..signed).map(|n| walk_in(&day, session, n)).collect();
    day.in_one_sync(|day| earlier.into_iter().for_each(|r| drop(day.sign_in(r).unwrap()))).unwrap();
    let burst = (signed..signed + BURST).map(|n| walk_in(&day, session, n)).collect();
    (dir, day, burst)
}

fn sign_ins(c: &mut Criterion) {
    let mut group = c.benchmark_group("sign_in");
    group.sample_size(20);
    for signed in [0, 750] {
        group.bench_function(format!("250 phone walk-ins, {signed} already signed"), |b| {
            b.iter_batched(
                || day_with(signed),
                |(dir, mut day, burst)| {
                    day.in_one_sync(|day| burst.into_iter().for_each(|r| drop(day.sign_in(r).unwrap()))).unwrap();
                    (dir, day)
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, sign_ins);
criterion_main!(benches);
