//! Prints a briefing's slides as text, paginated as the app paginates them:
//! `cargo run --example print_deck -- FILE [en|es|fr|both]` (both: the briefing's
//! first two languages stacked).

use std::io::Write as _;

use setbrief_app::slides::measure::measured_deck;
use setbrief_core::briefing::{Lang, LanguageMode, load_file};
use setbrief_core::deck::slide_text;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: print_deck FILE [en|es|fr|both]");
        std::process::exit(2);
    };
    let asked = args.next();
    let loaded = match load_file(std::path::Path::new(&path)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let Some(briefing) = loaded.briefing else {
        eprintln!("{path}: does not parse");
        std::process::exit(1);
    };
    let mode = match asked.as_deref() {
        Some("both") => match briefing.languages.as_slice() {
            [first, second, ..] => LanguageMode::Two(*first, *second),
            _ => LanguageMode::Two(Lang::En, Lang::Es),
        },
        Some(code) => LanguageMode::Only(Lang::from_code(code).unwrap_or(Lang::En)),
        None => LanguageMode::Only(briefing.languages.first().copied().unwrap_or(Lang::En)),
    };
    let slides = measured_deck(&briefing, mode);
    let mut out = std::io::stdout().lock();
    for (i, slide) in slides.iter().enumerate() {
        let header =
            format!("==== slide {} of {} ({:?} part {}/{})", i + 1, slides.len(), slide.kind, slide.part, slide.parts);
        // A closed pipe (`| head`) just ends the listing.
        if writeln!(out, "{header}\n{}", slide_text(slide, mode)).is_err() {
            return;
        }
    }
}
