//! Live ammunition written into a briefing, in any of its languages.
//!
//! None is ever allowed on a set (CSATF Safety Bulletin #1); on the *Rust* set live
//! rounds were among the dummies. A weapon described with live rounds is an error; a
//! scene's own points or notes that mention them are a warning the 1st AD must read.
//! The phrases looked for are words like any other, in each language's file under
//! `rule.live_ammunition`, separated by `|`.

use super::model::{Hazard, Scene};
use super::text::{Lang, StaticText, Text};

/// Lower case, accents and punctuation set aside, padded with spaces, so a phrase is
/// found as whole words: "Balas REALES." holds "balas reales".
fn words_of(text: &str) -> String {
    let folded = crate::names::fold(text);
    let spaced: String = folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    format!(" {} ", spaced.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Every language's phrases, each with its folded words: folded once per program, not
/// once per text checked (the editor checks the whole briefing on every edit, and
/// folding every phrase again for each point of 200 scenes took 30 ms).
static PHRASES: std::sync::LazyLock<Vec<(&'static str, String)>> = std::sync::LazyLock::new(|| {
    Lang::ALL
        .iter()
        .flat_map(|lang| StaticText::new("rule.live_ammunition").get(*lang).split('|'))
        .map(str::trim)
        .filter(|phrase| !phrase.is_empty())
        .map(|phrase| (phrase, words_of(phrase)))
        .collect()
});

/// How many texts' answers are kept: a 200-scene day in two languages has about 3,000.
const REMEMBERED: usize = 8_192;

thread_local! {
    /// The answer for each text seen lately. The editor checks the whole briefing on
    /// every edit, and one edit changes one text: folding all the others again (accents
    /// normalized away) was most of the check's time.
    static SEEN: std::cell::RefCell<std::collections::HashMap<String, Option<&'static str>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The phrase of any language that `text` uses for live ammunition, if one.
pub fn mention(text: &str) -> Option<String> {
    if let Some(known) = SEEN.with_borrow(|seen| seen.get(text).copied()) {
        return known.map(str::to_owned);
    }
    let words = words_of(text);
    let found = PHRASES.iter().find(|(_, folded)| words.contains(folded.as_str())).map(|(phrase, _)| *phrase);
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= REMEMBERED {
            seen.clear();
        }
        seen.insert(text.to_owned(), found);
    });
    found.map(str::to_owned)
}

/// Each weapon of `scene`'s firearms that is described with live ammunition, with the
/// phrase found.
pub fn in_weapons(scene: &Scene) -> Vec<(&str, String)> {
    scene
        .hazards
        .iter()
        .filter_map(|h| match h {
            Hazard::Firearms { weapons, .. } => Some(weapons),
            _ => None,
        })
        .flatten()
        .filter_map(|w: &Text| w.versions().into_iter().find_map(|v| mention(v).map(|phrase| (v, phrase))))
        .collect()
}

/// The phrase found in `scene`'s own words (description, points, notes), in any of
/// the languages they are given in.
pub fn in_scene_words(scene: &Scene) -> Option<String> {
    std::iter::once(&scene.description)
        .chain(&scene.points)
        .flat_map(Text::versions)
        .chain(scene.notes.as_deref())
        .find_map(mention)
}

#[cfg(test)]
mod tests {
    use super::mention;

    #[test]
    fn live_rounds_are_found_in_every_language_and_dummies_are_not() {
        assert_eq!(mention("Colt .45 with LIVE ROUNDS for the insert").as_deref(), Some("live rounds"));
        assert!(mention("Winchester, balas reales").is_some());
        assert!(mention("Revolver, munitions réelles.").is_some());
        assert!(mention("Revolver, MUNITIONS REELLES").is_some(), "accents aside");
        assert!(mention("2x Colt SAA .45 (blank-adapted), dummy rounds").is_none());
        assert!(mention("delivery van, alive and well").is_none(), "whole words only");
    }
}
