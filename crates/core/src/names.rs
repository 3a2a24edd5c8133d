//! People's names as a crew list compares them.
//!
//! One folded form serves search and identity, so "jose", "JOSE" and "José" find José,
//! "lukasz" finds Łukasz, a name
//! typed with a combining accent is the same person as the precomposed one, and
//! "Jose" and "José" on one roster are seen as one person written twice.
//!
//! Folding keeps every script: only Latin letters lose their accents (through
//! Unicode decomposition, then `deunicode` for letters such as Ł, Ø or ß that do
//! not decompose). Greek, Cyrillic, Arabic, Hebrew, Indic and CJK names are compared
//! as written, case aside, so two different names in those scripts never fold into
//! one transliteration.

use unicode_normalization::UnicodeNormalization as _;

/// The folded form of a name: lower case, Latin accents removed, apostrophes and
/// invisible characters dropped, hyphens and dots read as spaces, runs of spaces
/// collapsed.
pub fn fold(name: &str) -> String {
    // Most names and most briefing text are plain ASCII, where normalizing changes
    // nothing: the same result without it, several times faster (the editor folds the
    // whole briefing's words on every edit). A test holds the two paths equal.
    if name.is_ascii() {
        return fold_ascii(name);
    }
    fold_any(name)
}

fn fold_ascii(name: &str) -> String {
    let spaced: String = name
        .chars()
        .filter(|c| !is_apostrophe(*c))
        .map(|c| if c.is_whitespace() || SEPARATORS.contains(&c) { ' ' } else { c.to_ascii_lowercase() })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold_any(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.nfkd() {
        if is_latin_accent(c) || is_apostrophe(c) || is_default_ignorable(c) {
            continue;
        }
        if c.is_whitespace() || SEPARATORS.contains(&c) {
            out.push(' ');
        } else if is_latin_letter(c) {
            // Letters with no decomposition (Ł, Ø, ß, Æ, Đ, ı) have a transliteration.
            match deunicode::deunicode_char(c) {
                Some(ascii) if !ascii.is_empty() => out.push_str(ascii),
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    let recomposed: String = out.nfc().flat_map(char::to_lowercase).collect();
    recomposed.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a letter of `name` was replaced on the way: "?" (Excel's "CSV (Comma
/// delimited)" writes it for every letter Windows-1252 lacks) or U+FFFD (a decoder's).
pub fn has_lost_letters(name: &str) -> bool {
    name.contains(['?', '\u{FFFD}'])
}

/// Whether two names are the same person on a list.
pub fn same_person(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// Whether two names look alike on a screen though they may not be the same name.
///
/// Letters of another script that look Latin ("Наl" with a Cyrillic Н), a space or
/// letter hidden by an invisible character, full-width letters, "rn" for "m": Unicode's
/// TR39 confusable skeleton, after NFKC, with invisible characters, accents, case and
/// spaces set aside. Distinct real names can look alike ("Amie", "Arnie"), so this only
/// asks "Are you ...?"; it never makes two people one.
pub fn looks_alike(a: &str, b: &str) -> bool {
    let (a, b) = (look_alike_key_pair(a), look_alike_key_pair(b));
    a.0 == b.0 || a.1 == b.1
}

/// A name's two look-alike keys (see `look_alike_keys`), remembered.
///
/// A walk-in is compared with the roster under the day's lock, and a burst of phones
/// repeats that for each. Bounded: forgotten whole past a size no day reaches. Two
/// names look alike when either of their keys is the same.
pub fn look_alike_key_pair(name: &str) -> std::sync::Arc<Keys> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock, PoisonError};
    static KEYS: OnceLock<Mutex<HashMap<String, Arc<Keys>>>> = OnceLock::new();
    let keys = KEYS.get_or_init(Mutex::default);
    if let Some(found) = keys.lock().unwrap_or_else(PoisonError::into_inner).get(name) {
        return Arc::clone(found);
    }
    let made = Arc::new(look_alike_keys(name));
    let mut keys = keys.lock().unwrap_or_else(PoisonError::into_inner);
    if keys.len() >= 100_000 {
        keys.clear();
    }
    keys.insert(name.to_owned(), Arc::clone(&made));
    made
}

/// A name's two look-alike keys: lower case first, and the TR39 skeleton first.
pub type Keys = (String, String);

/// Two keys: lower case first loses I/l (`PauI`), the skeleton first loses I/i, so a
/// pair alike in either is alike. The keys are deliberately unreadable (m becomes rn):
/// never shown.
fn look_alike_keys(name: &str) -> Keys {
    use unicode_security::skeleton;
    let visible = |s: &str| -> String {
        s.nfkc()
            .filter(|c| !is_default_ignorable(*c) && !c.is_whitespace())
            .collect::<String>()
            .nfd()
            .filter(|c| !is_latin_accent(*c))
            .collect()
    };
    let lowered: String = visible(name).chars().flat_map(char::to_lowercase).collect();
    let lower_first = skeleton(&lowered).collect();
    let skeleton_first = skeleton(&visible(name)).flat_map(char::to_lowercase).collect();
    (lower_first, skeleton_first)
}

/// Unicode's default-ignorable characters: never visible, so never what tells two
/// people apart (zero-width spaces and joiners, direction marks, variation selectors,
/// the soft hyphen, tags). Kept in the name as typed; dropped from every key.
fn is_default_ignorable(c: char) -> bool {
    DEFAULT_IGNORABLE.iter().any(|(from, to)| (*from..=*to).contains(&c))
}

const DEFAULT_IGNORABLE: [(char, char); 17] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFF8}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

/// Whether a person shows for a search already [`fold`]ed: a word of the name
/// starting with it, the name containing it, or the department starting with it.
/// An empty search shows everyone.
pub fn matches(name: &str, department: &str, folded_query: &str) -> bool {
    if folded_query.is_empty() {
        return true;
    }
    let name = fold(name);
    name.split(' ').any(|w| w.starts_with(folded_query))
        || name.contains(folded_query)
        || fold(department).starts_with(folded_query)
}

/// The combining marks that carry Latin (and Greek and Cyrillic) accents. Marks of
/// other scripts (Devanagari vowel signs, the Japanese voicing mark) are letters' own
/// parts there and are kept.
fn is_latin_accent(c: char) -> bool {
    LATIN_ACCENTS.iter().any(|(from, to)| (*from..=*to).contains(&c))
}

const LATIN_ACCENTS: [(char, char); 5] = [
    ('\u{0300}', '\u{036F}'),
    ('\u{1AB0}', '\u{1AFF}'),
    ('\u{1DC0}', '\u{1DFF}'),
    ('\u{20D0}', '\u{20FF}'),
    ('\u{FE20}', '\u{FE2F}'),
];

const APOSTROPHES: [char; 5] = ['\'', '’', 'ʼ', '`', '´'];

/// Read as a space between the parts of a name: "Mary-Jane", "J.R.", "Smith, Jr".
const SEPARATORS: [char; 7] = ['-', '‐', '‑', '–', '.', ',', '_'];

fn is_apostrophe(c: char) -> bool {
    APOSTROPHES.contains(&c)
}

const LATIN_LETTERS: [(char, char); 2] = [('\u{00C0}', '\u{024F}'), ('\u{1E00}', '\u{1EFF}')];

fn is_latin_letter(c: char) -> bool {
    LATIN_LETTERS.iter().any(|(from, to)| (*from..=*to).contains(&c))
}

/// [`fold`]'s rules as data, for a page that folds what a person types the same way.
///
/// The phone page's name search uses them: ranges of characters dropped after NFKD,
/// the characters read as a space, and what each Latin letter without a decomposition
/// becomes. A browser test holds the page's folding to [`fold`] in every script.
pub fn fold_rules() -> serde_json::Value {
    let dropped: Vec<(u32, u32)> = LATIN_ACCENTS
        .iter()
        .chain(DEFAULT_IGNORABLE.iter())
        .map(|(a, b)| (u32::from(*a), u32::from(*b)))
        .chain(APOSTROPHES.iter().map(|c| (u32::from(*c), u32::from(*c))))
        .collect();
    let letters: serde_json::Map<String, serde_json::Value> = LATIN_LETTERS
        .iter()
        .flat_map(|(a, b)| *a..=*b)
        .filter(|c| c.nfkd().eq(std::iter::once(*c)))
        .filter_map(|c| match deunicode::deunicode_char(c) {
            Some(ascii) if !ascii.is_empty() && ascii != c.to_string() => Some((c.to_string(), ascii.into())),
            _ => None,
        })
        .collect();
    serde_json::json!({ "dropped": dropped, "space": SEPARATORS.iter().collect::<String>(), "letters": letters })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ascii_text_folds_as_the_full_normalization_folds_it(text in "[\\x00-\\x7f]{0,40}") {
            proptest::prop_assert_eq!(fold_ascii(&text), fold_any(&text));
        }
    }

    #[test]
    fn names_written_in_ascii_fold_as_before() {
        for (name, folded) in [
            ("  Mary-Jane O'Neil ", "mary jane oneil"),
            ("J.R. Smith, Jr.", "j r smith jr"),
            ("Hal\tSUTTER\n", "hal sutter"),
            ("d`Arcy_Lee", "darcy lee"),
        ] {
            assert_eq!(fold(name), folded);
            assert_eq!(fold_any(name), folded);
        }
    }

    #[test]
    fn look_alike_names_are_seen_and_different_names_are_not() {
        for alike in [
            "\u{41d}\u{430}l Sutter",
            "Hal\u{200b}Sutter",
            "Ha\u{200d}l Sutter",
            "\u{ff28}\u{ff41}\u{ff4c} Sutter",
            "HaI Sutter",
            "Hal  Sutter",
            "hal sutter",
            "Hál Sütter",
        ] {
            assert!(looks_alike(alike, "Hal Sutter"), "{alike:?}");
        }
        for other in ["Hal Suter", "Hank Sutter", "Sutter Hal", "李明", "Ольга"] {
            assert!(!looks_alike(other, "Hal Sutter"), "{other:?}");
        }
        assert!(looks_alike("李明", "李明") && !looks_alike("李明", "李朋"));
        assert_eq!(fold("Jo\u{200b}hn"), fold("John"), "an invisible character never makes two people");
    }

    #[test]
    fn accents_and_case_fold_away_in_latin_names() {
        for (typed, name) in [
            ("jose", "José"),
            ("JOSE", "José"),
            ("lukasz", "Łukasz"),
            ("nguyen", "Nguyễn"),
            ("muller", "Müller"),
            ("strasse", "Straße"),
            ("soren", "Søren"),
            ("obrien", "O’Brien"),
            ("jean luc", "Jean-Luc"),
        ] {
            assert_eq!(fold(typed), fold(name), "{typed} / {name}");
        }
    }

    #[test]
    fn a_combining_accent_is_the_precomposed_letter() {
        assert!(same_person("Jose\u{301} Armijo", "José Armijo"));
        assert!(same_person("  José   Armijo ", "josé armijo"));
    }

    #[test]
    fn other_scripts_are_compared_as_written() {
        assert!(same_person("김민준", "김민준"));
        assert!(!same_person("李明", "黎明"), "two names never fold into one transliteration");
        assert_eq!(fold("Ἀλέξανδρος"), fold("αλεξανδρος"));
        assert_eq!(fold("Ольга"), "ольга");
        assert_eq!(fold("अनिल"), "अनिल", "Devanagari vowel signs are kept");
        assert_eq!(fold("さとう がく"), "さとう がく", "the voicing mark is kept");
    }

    #[test]
    fn search_by_first_name_last_name_or_department() {
        let hit = |q: &str| matches("Zoë Marchetti", "Camera", &fold(q));
        for q in ["", "zo", "ZOE", "marc", "zoë marchetti", "cam", "etti"] {
            assert!(hit(q), "{q}");
        }
        for q in ["grip", "ac", "x"] {
            assert!(!hit(q), "{q}");
        }
        assert!(matches("Łukasz Nowak", "Grip", &fold("lukasz")));
        assert!(matches("Trần Thị Nguyễn", "Art", &fold("nguyen")));
    }
}
