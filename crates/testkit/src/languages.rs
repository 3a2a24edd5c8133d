//! Another language's words on a screen: the words that only another language's words
//! file has, less the words the briefing file itself gives in this language.

use std::collections::BTreeSet;
use std::path::Path;

use setbrief_core::briefing::Lang;

/// The words of a words file that tell its language apart: short words ("de", "la",
/// "on") are shared or too short to say anything.
pub fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase)
}

/// The words that belong to another language's file and not to `lang`'s.
pub fn foreign_words(lang: Lang) -> BTreeSet<String> {
    let own: BTreeSet<String> = lang.words().values().flat_map(|v| words_of(v)).collect();
    let endonyms: BTreeSet<String> = Lang::ALL.iter().flat_map(|l| words_of(l.endonym())).collect();
    Lang::ALL
        .iter()
        .filter(|other| **other != lang)
        .flat_map(|other| other.words().values().flat_map(|v| words_of(v)))
        .filter(|w| !own.contains(w) && !endonyms.contains(w))
        .collect()
}

/// The words the briefing file itself gives in `lang`.
///
/// Its text in `lang` and its plain text (names, places, the crew list's departments
/// and roles) are the file's to choose (a Spanish muster point on "Main Street"); its
/// untranslated fields are `validate`'s to find (SB022).
pub fn briefing_words(day: &Path, lang: Lang) -> BTreeSet<String> {
    fn walk(value: &ron::Value, lang: Lang, into: &mut BTreeSet<String>) {
        match value {
            ron::Value::String(text) => into.extend(words_of(text)),
            ron::Value::Seq(items) => items.iter().for_each(|v| walk(v, lang, into)),
            ron::Value::Option(Some(v)) => walk(v, lang, into),
            ron::Value::Map(map) => {
                let is_code = |k: &ron::Value| matches!(k, ron::Value::String(c) if Lang::from_code(c).is_some());
                let translated = map.keys().all(is_code);
                for (key, v) in map.iter() {
                    if !translated || *key == ron::Value::String(lang.code().to_owned()) {
                        walk(v, lang, into);
                    }
                }
            }
            _ => {}
        }
    }
    let value: ron::Value = ron::from_str(&std::fs::read_to_string(day).unwrap()).unwrap();
    let mut words = BTreeSet::new();
    walk(&value, lang, &mut words);
    assert!(words.len() > 20, "the file's words are read: {words:?}");
    words
}

/// The words of `text` that belong to another language than `lang`, for a screen of
/// the briefing `day`.
pub struct ForeignWords(BTreeSet<String>);

impl ForeignWords {
    pub fn for_day(day: &Path, lang: Lang) -> Self {
        let own = briefing_words(day, lang);
        Self(foreign_words(lang).difference(&own).cloned().collect())
    }

    /// The same, allowing `words` too (a screen that shows every language of the day,
    /// as the editor does).
    #[must_use]
    pub fn allowing(mut self, words: impl IntoIterator<Item = String>) -> Self {
        for word in words {
            self.0.remove(&word);
        }
        self
    }

    pub fn in_text(&self, text: &str) -> Vec<String> {
        let text = without_witness_codes(text);
        words_of(&text).filter(|w| self.0.contains(w)).collect()
    }
}

/// `text` without codes (a witness code "VERS-WK3A-RH", a key "SB-CADA-6ED0-..."):
/// random letters, in no language, that sometimes spell a word of one.
fn without_witness_codes(text: &str) -> String {
    let is_code = |token: &str| {
        let token = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let parts: Vec<&str> = token.split('-').collect();
        parts.len() >= 3
            && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    };
    text.split(' ').filter(|t| !is_code(t)).collect::<Vec<_>>().join(" ")
}
