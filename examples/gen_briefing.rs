//! Prints a generated briefing: `cargo run --example gen_briefing -- SCENES CREW`.

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().unwrap_or(10));
    let scenes = args.next().unwrap_or(10);
    let crew = args.next().unwrap_or(30);
    print!("{}", setbrief_core::briefing::generate::briefing_text(scenes, crew));
}
