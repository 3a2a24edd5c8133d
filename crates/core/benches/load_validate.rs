//! Load and validate a generated 200-scene, 300-crew briefing. Target: under 20 ms.
// Fixed inputs and throwaway results: a failure here is a broken benchmark, not a user's.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::let_underscore_must_use,
    clippy::let_underscore_untyped
)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use setbrief_core::briefing::{generate, parse_bytes};

fn load_validate(c: &mut Criterion) {
    let text = generate::briefing_text(200, 300);
    let check = parse_bytes(Path::new("gen.ron"), text.clone().into_bytes());
    assert!(check.diagnostics.is_empty(), "generated briefing is not clean: {:?}", check.diagnostics.first());
    c.bench_function("load_validate_200_scenes_300_crew", |b| {
        b.iter(|| parse_bytes(Path::new("gen.ron"), black_box(text.clone().into_bytes())));
    });
}

criterion_group!(benches, load_validate);
criterion_main!(benches);
