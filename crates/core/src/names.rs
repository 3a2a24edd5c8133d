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

/// The folded form of a name: lower case, Latin accents removed, apostrophes
/// dropped, hyphens and dots read as spaces, runs of spaces collapsed.
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.nfkd() {
        if is_latin_accent(c) || is_apostrophe(c) {
            continue;
        }
        if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '.' | ',' | '_') {
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

/// Whether two names are the same person on a list.
pub fn same_person(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

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
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '´')
}

fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

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
