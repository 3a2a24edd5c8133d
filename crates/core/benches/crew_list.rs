//! A 500-person crew list as an office's Excel saves it (Windows-1252, title lines,
//! department headings, a total), read and planned against a 300-name roster: what the
//! preview does once per file. Target: under 20 ms, so a file appears as it is chosen;
//! the peak heap of a read and plan is printed.
// Fixed inputs and throwaway results: a failure here is a broken benchmark, not a user's.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::let_underscore_must_use,
    clippy::let_underscore_untyped
)]

use std::alloc::System;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait as _};
use setbrief_core::attendance::crew_list::{delimited, plan};

/// `people` rows under department headings, in Windows-1252, with a few names whose
/// letters Excel lost.
fn office_csv(people: usize) -> Vec<u8> {
    let departments = ["CAMERA", "GRIP", "ELECTRIC", "PROPS", "ART", "SOUND", "COSTUME", "TRANSPORT"];
    let mut text = String::from("Big Show - Crew List\r\nWeek 3\r\n\r\nName,Department,Position,Cell\r\n");
    for i in 0..people {
        if i % 60 == 0 {
            text.push_str(&format!("{} DEPARTMENT,,,\r\n", departments[(i / 60) % departments.len()]));
        }
        let name = if i % 97 == 0 { format!("?ukasz Nowak{i}") } else { format!("José Person{i}") };
        text.push_str(&format!("{name},Dept {},Role {},555 {i:04}\r\n", i % 12, i % 30));
    }
    text.push_str(&format!("Total: {people} crew,,,\r\n"));
    encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
}

#[global_allocator]
static MEMORY: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

fn crew_list(c: &mut Criterion) {
    let bytes = office_csv(500);
    let roster: Vec<String> = (0..300).map(|i| format!("José Person{}", i * 2)).collect();
    MEMORY.reset_peak_memory();
    let import = delimited::read(&bytes).unwrap();
    let planned = plan::plan(&import, &roster).len();
    println!(
        "peak heap reading and planning the 500-person list ({planned} rows): {} KiB",
        MEMORY.get_peak_memory() / 1024
    );
    assert_eq!(import.people().count(), 500);
    c.bench_function("crew_list_500_people_read_and_planned", |b| {
        b.iter(|| {
            let import = delimited::read(black_box(&bytes)).unwrap();
            plan::plan(&import, black_box(&roster)).len()
        });
    });
}

criterion_group!(benches, crew_list);
criterion_main!(benches);
