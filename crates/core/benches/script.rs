//! A 120-page feature script (about 140 scenes, 7,000 lines), read whole and the day's
//! three scenes chosen with their hazard suggestions: what "Import scenes from a
//! script…" does when a file is chosen. Target: under 50 ms in either format, so the
//! scene list appears as the file is chosen; the peak heap of a read is printed.
// Fixed inputs and throwaway results: a failure here is a broken benchmark, not a user's.
#![allow(clippy::unwrap_used, clippy::let_underscore_must_use, clippy::let_underscore_untyped)]

use std::alloc::System;
use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use peakmem_alloc::{INSTRUMENTED_SYSTEM, PeakMemAlloc, PeakMemAllocTrait as _};
use setbrief_core::script::{chosen, fdx, fountain, scene_numbers, suggest};

#[global_allocator]
static MEMORY: &PeakMemAlloc<System> = &INSTRUMENTED_SYSTEM;

const SCENES: usize = 140;

/// One scene's worth of a page: a heading, action (some of it hazardous) and dialogue.
fn scene_lines(n: usize) -> (String, Vec<String>, Vec<(String, String)>) {
    let heading =
        if n.is_multiple_of(3) { format!("EXT. RIDGE ROAD - NIGHT #{n}#") } else { format!("INT. SALOON - DAY #{n}#") };
    let action = vec![
        "Dust drifts across the boards. The piano player counts the bar takings.".to_owned(),
        match n % 5 {
            0 => "Miles draws his revolver and fires twice at the ceiling.".to_owned(),
            1 => "Jake falls from the balcony onto the card table.".to_owned(),
            2 => "The stagecoach speeds past, horses at a gallop.".to_owned(),
            _ => "Frank lights a lamp; smoke curls toward the rafters.".to_owned(),
        },
        "Nobody moves. Somewhere outside, a dog barks and the wind picks up.".to_owned(),
    ];
    let talk = (0..12)
        .map(|i| {
            let who = if i % 2 == 0 { "MILES" } else { "FRANK" };
            (who.to_owned(), format!("Line {i} of scene {n}: we ride at first light, and not a minute later."))
        })
        .collect();
    (heading, action, talk)
}

fn fountain_script() -> String {
    let mut text = String::from("Title: Coyote Pass\nAuthor: A. Writer\n\nFADE IN:\n\n");
    for n in 1..=SCENES {
        let (heading, action, talk) = scene_lines(n);
        let _ = write!(text, "{heading}\n\n");
        for line in &action {
            let _ = write!(text, "{line}\n\n");
        }
        for (who, line) in &talk {
            let _ = write!(text, "{who}\n{line}\n\n");
        }
    }
    text
}

fn fdx_script() -> Vec<u8> {
    let mut text = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><FinalDraft DocumentType="Script" Version="5"><Content>"#,
    );
    for n in 1..=SCENES {
        let (heading, action, talk) = scene_lines(n);
        let heading = heading.split(" #").next().unwrap_or_default();
        let _ = write!(text, r#"<Paragraph Number="{n}" Type="Scene Heading"><Text>{heading}</Text></Paragraph>"#);
        for line in &action {
            let _ = write!(text, r#"<Paragraph Type="Action"><Text>{line}</Text></Paragraph>"#);
        }
        for (who, line) in &talk {
            let _ = write!(
                text,
                r#"<Paragraph Type="Character"><Text>{who}</Text></Paragraph><Paragraph Type="Dialogue"><Text>{line}</Text></Paragraph>"#
            );
        }
    }
    text.push_str("</Content></FinalDraft>");
    text.into_bytes()
}

fn script(c: &mut Criterion) {
    let wanted = scene_numbers("12, 14, 47");
    let fountain_text = fountain_script();
    assert_eq!(fountain::read(&fountain_text).len(), SCENES);
    assert!(fountain_text.lines().count() > 6_000, "about 55 lines a page for 120 pages");
    c.bench_function("script_fountain_120_pages_read_and_day_suggested", |b| {
        b.iter(|| {
            let scenes = fountain::read(black_box(&fountain_text));
            let (day, _) = chosen(&scenes, &wanted);
            day.iter().map(|s| suggest::suggestions(s).len()).sum::<usize>()
        });
    });
    let fdx_bytes = fdx_script();
    for (format, read) in [
        ("Fountain", Box::new(|| fountain::read(&fountain_text).len()) as Box<dyn Fn() -> usize>),
        ("Final Draft", Box::new(|| fdx::read(&fdx_bytes).map_or(0, |s| s.len()))),
    ] {
        MEMORY.reset_peak_memory();
        let scenes = read();
        println!(
            "peak heap reading the 120-page {format} script ({scenes} scenes): {} KiB",
            MEMORY.get_peak_memory() / 1024
        );
    }
    assert_eq!(fdx::read(&fdx_bytes).unwrap().len(), SCENES);
    c.bench_function("script_fdx_120_pages_read_and_day_suggested", |b| {
        b.iter(|| {
            let scenes = fdx::read(black_box(&fdx_bytes)).unwrap();
            let (day, _) = chosen(&scenes, &wanted);
            day.iter().map(|s| suggest::suggestions(s).len()).sum::<usize>()
        });
    });
    // The editor suggests for every scene listed, so a whole script's suggestions count.
    let scenes = fountain::read(&fountain_text);
    c.bench_function("script_suggestions_for_all_140_scenes", |b| {
        b.iter(|| black_box(&scenes).iter().map(|s| suggest::suggestions(s).len()).sum::<usize>());
    });
}

criterion_group!(benches, script);
criterion_main!(benches);
