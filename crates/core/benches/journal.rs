//! The journal's cost: one sign-off appended and fsync'd, beside a bare append + fsync
//! of the same bytes to the same disk (the physical floor; target within 2x), and
//! reading back and verifying a 10,000-record journal (target under 100 ms).
// Fixed inputs and throwaway results: a failure here is a broken benchmark, not a user's.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::let_underscore_must_use,
    clippy::let_underscore_untyped
)]

use std::fs::OpenOptions;
use std::hint::black_box;
use std::io::Write as _;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use setbrief_core::attendance::journal::{Journal, verify};
use setbrief_core::attendance::{Event, Person, Signature, Stroke};
use setbrief_core::briefing::Lang;
use setbrief_core::time::SetTime;

/// A fixed time, so every record is the same size.
fn time() -> SetTime {
    SetTime::parse("2026-04-16T07:12:30.250-06:00").unwrap()
}

/// A realistic sign-in: eight acknowledgements and a 300-point signature.
fn sign_in(n: usize) -> Event {
    let points =
        (0..300).map(|i| [10.0 + i as f32 * 1.2, 60.0 + (i as f32 / 9.0).sin() * 35.0, i as f32 * 7.0]).collect();
    Event::SignedIn {
        session: 1,
        person: Person { name: format!("Crew Member {n:05}"), department: "Camera".into(), role: "2nd AC".into() },
        walk_in: false,
        language: Lang::En,
        acknowledgements: vec!["I attended this safety briefing on 2026-04-16 covering scenes 47, 52, 52A.".into(); 8],
        signature: Signature { width: 640.0, height: 200.0, strokes: vec![Stroke { points }] },
        late_briefed_by: None,
        on_behalf: None,
        device: None,
    }
}

/// A folder beside the build, on the same disk the app's data would be.
fn bench_dir() -> Option<tempfile::TempDir> {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).or_else(|_| tempfile::tempdir()).ok()
}

fn append(c: &mut Criterion) {
    let Some(dir) = bench_dir() else { return };
    let Ok(opened) = Journal::open(&dir.path().join("journal.jsonl")) else { return };
    let mut journal = opened.journal;
    let event = sign_in(1);
    let line_len = serde_json::to_string(&event).map_or(0, |s| s.len()) + 280;
    let mut group = c.benchmark_group("append_fsync");
    group.bench_function("journal_sign_in", |b| {
        b.iter(|| black_box(journal.append(time(), event.clone()).is_ok()));
    });
    let Ok(mut bare) = OpenOptions::new().create(true).append(true).open(dir.path().join("bare.bin")) else { return };
    let bytes = vec![b'x'; line_len];
    group.bench_function("bare_same_bytes", |b| {
        b.iter(|| black_box(bare.write_all(&bytes).and_then(|()| bare.sync_data()).is_ok()));
    });
    group.finish();
}

fn read_verify(c: &mut Criterion) {
    let Some(dir) = bench_dir() else { return };
    let path = dir.path().join("journal.jsonl");
    write_journal(&path, 10_000);
    c.bench_function("read_verify_10000_records", |b| {
        b.iter(|| {
            let bytes = std::fs::read(&path).unwrap_or_default();
            let rb = verify(&bytes);
            assert!(rb.is_intact() && rb.records.len() == 10_000);
            black_box(rb.records.len())
        });
    });
}

/// Writes `n` records; fsync per record as the app does (about 1.5 s for 10,000).
fn write_journal(path: &Path, n: usize) {
    let Ok(opened) = Journal::open(path) else { return };
    let mut journal = opened.journal;
    for i in 0..n {
        let _ = journal.append(time(), sign_in(i));
    }
}

criterion_group!(benches, append, read_verify);
criterion_main!(benches);
