//! A 40-scene day with 300 signed crew (signatures of about 300 points): building its
//! report in memory (under 1 s and 3 MB), exporting it signed to a folder, and
//! verifying that folder with the CSV and the PDF made again from the journal (under 2 s).
// Fixed inputs and throwaway results: a failure here is a broken benchmark, not a user's.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::let_underscore_must_use,
    clippy::let_underscore_untyped
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use setbrief_core::attendance::laptop::Laptop;
use setbrief_core::attendance::{Day, SessionKind, SignInRequest, Signature, Stroke};
use setbrief_core::briefing::{Lang, generate, parse_bytes};
use setbrief_report::DayRecord;
use setbrief_report::export::{ExportOptions, build, export_with};
use setbrief_report::pdf::Paper;
use setbrief_report::verify::verify_folder;

fn signature(seed: usize) -> Signature {
    let k = seed as f32 * 0.37;
    let points = (0..300)
        .map(|i| {
            let t = i as f32 / 300.0;
            [30.0 + t * 560.0, 100.0 + (t * 19.0 + k).sin() * 40.0, i as f32 * 8.0]
        })
        .collect();
    Signature { width: 640.0, height: 200.0, strokes: vec![Stroke { points }] }
}

fn export(c: &mut Criterion) {
    let Ok(dir) = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")) else { return };
    let text = generate::briefing_text(40, 300);
    let loaded = parse_bytes(std::path::Path::new("generated.ron"), text.into_bytes());
    let Ok(mut day) = Day::open(dir.path(), &loaded) else { return };
    let scenes: Vec<String> = day.briefing.scenes.iter().map(|s| s.number.clone()).collect();
    let Ok(session) = day.start_session(SessionKind::Main, scenes.clone(), "Ada First", "2468", day.other_day()) else {
        return;
    };
    let acks = vec![true; day.acknowledgements(session, Lang::En).len()];
    for (i, person) in day.state.roster(&day.briefing).into_iter().enumerate() {
        let _ = day.sign_in(SignInRequest {
            session,
            person,
            walk_in: false,
            not: None,
            language: Lang::En,
            acknowledged: acks.clone(),
            signature: signature(i),
            late_briefed_by: None,
            on_behalf: None,
            concern: None,
            device: None,
        });
    }
    let day_dir = day.dir.clone();
    drop(day);
    let Ok(record) = DayRecord::read(&day_dir) else { return };
    if let Ok(files) = build(&record, Paper::Letter, Lang::En, None).map(|b| b.files) {
        let total: usize = files.iter().map(|(_, b)| b.len()).sum();
        let sizes: Vec<String> = files.iter().map(|(n, b)| format!("{n} {} KB", b.len() / 1024)).collect();
        println!("report of 40 scenes, 300 signed: {} KB in all ({})", total / 1024, sizes.join(", "));
    }
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    group.bench_function("export_40_scenes_300_signed", |b| {
        b.iter(|| {
            let record = DayRecord::read(&day_dir).ok();
            black_box(record.and_then(|r| build(&r, Paper::Letter, Lang::En, None).ok()).map(|b| b.files.len()))
        });
    });
    let Ok(laptop) = Laptop::load_or_create(dir.path()) else { return };
    let Ok(reports) = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")) else { return };
    let options = ExportOptions {
        paper: Paper::Letter,
        language: None,
        signer: Some(&laptop),
        replace: true,
        data_dir: Some(dir.path()),
    };
    let folder = reports.path().join("report");
    group.bench_function("export_to_folder_signed_300_signed", |b| {
        b.iter(|| black_box(export_with(&day_dir, &folder, &options).is_ok()));
    });
    let verified = verify_folder(&folder);
    println!("verify of that report: ok {}, {:?}", verified.is_ok(), verified.derived);
    group.bench_function("verify_with_rerender_300_signed", |b| {
        b.iter(|| black_box(verify_folder(&folder).is_ok()));
    });
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
