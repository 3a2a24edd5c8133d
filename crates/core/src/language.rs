//! The languages setbrief speaks, and every word it says in each.
//!
//! One file per language, `assets/words/<code>.ron`, maps a key to the words; the files
//! are compiled in, so a laptop on a set has them all. Code names words by key
//! ([`Words`]); the phone page gets a language's whole map. Adding a language is its
//! file and its code in the list below.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

macro_rules! languages {
    ($($variant:ident = $code:literal),+ $(,)?) => {
        /// A language the crew may read.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Lang {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl Lang {
            pub const ALL: [Self; [$($code),+].len()] = [$(Self::$variant),+];

            /// The code written in briefing files (`en`, `es`).
            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// The language's file, as compiled in.
            fn file(self) -> &'static str {
                match self {
                    $(Self::$variant => include_str!(concat!("../../../assets/words/", $code, ".ron")),)+
                }
            }
        }
    };
}

// The one list of languages: a code here and a file in assets/words/.
languages! {
    En = "en",
    Es = "es",
    Fr = "fr",
}

impl Lang {
    /// The language's name in itself, as a person picking it would look for it.
    pub fn endonym(self) -> &'static str {
        Words::new("language.name").get(self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Every word of the language, by key: what the phone page is given.
    pub fn words(self) -> &'static BTreeMap<String, String> {
        let index = Self::ALL.iter().position(|l| *l == self).unwrap_or(0);
        static EMPTY: OnceLock<BTreeMap<String, String>> = OnceLock::new();
        tables().get(index).unwrap_or_else(|| EMPTY.get_or_init(BTreeMap::new))
    }
}

/// Each language's file read once. A file that does not read gives no words, and every
/// word then falls back to English (a test reads every file, so a release never ships
/// one that does not).
fn tables() -> &'static [BTreeMap<String, String>] {
    static TABLES: OnceLock<Vec<BTreeMap<String, String>>> = OnceLock::new();
    TABLES.get_or_init(|| Lang::ALL.iter().map(|l| parse(l.file()).unwrap_or_default()).collect())
}

/// A language file's map, or why it does not read.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, ron::error::SpannedError> {
    ron::from_str(text)
}

/// Words said to the crew, by key: the same key in every language's file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Words {
    key: &'static str,
}

impl Words {
    pub const fn new(key: &'static str) -> Self {
        Self { key }
    }

    pub fn key(self) -> &'static str {
        self.key
    }

    /// The words in `lang`; in English where `lang`'s file lacks them, and the key itself
    /// where no file has them (never an empty screen).
    pub fn get(self, lang: Lang) -> &'static str {
        lang.words().get(self.key).or_else(|| Lang::En.words().get(self.key)).map_or(self.key, String::as_str)
    }

    /// The words in English: for the record's own text (the report and the log are
    /// written in English for the production office, an insurer or a court).
    pub fn en(self) -> &'static str {
        self.get(Lang::En)
    }

    /// The words under a key made at run time (`date.month.4`), in `lang`.
    pub fn lookup(key: &str, lang: Lang) -> &'static str {
        lang.words().get(key).or_else(|| Lang::En.words().get(key)).map_or("", String::as_str)
    }

    /// The words in `lang` with each `{field}` filled in.
    pub fn fill(self, lang: Lang, fields: &[(&str, &str)]) -> String {
        fill(self.get(lang), fields)
    }

    /// These words as a label of `value` ("Armes\u{a0}: ..." in French, "Weapons: ..."
    /// in English): each language spaces its colon its own way.
    pub fn fill_in(self, lang: Lang, value: &str) -> String {
        Self::new("punct.label_value").fill(lang, &[("label", self.get(lang)), ("value", value)])
    }

    /// The words for a count of `n`, by the language's plural category (CLDR): the key's
    /// `.one`, `.few`, `.many` ... form where the file has it, else `.other`; `{n}` filled.
    pub fn count(base: &str, lang: Lang, n: u64) -> String {
        let category = plural_category(lang, n);
        let words = lang.words();
        let text = words
            .get(&format!("{base}.{category}"))
            .or_else(|| words.get(&format!("{base}.other")))
            .map_or(base, String::as_str);
        fill(text, &[("n", &n.to_string())])
    }
}

/// `template` with each `{field}` replaced: the same templates the phone page fills.
pub fn fill(template: &str, fields: &[(&str, &str)]) -> String {
    let mut text = template.to_owned();
    for (field, value) in fields {
        text = text.replace(&format!("{{{field}}}"), value);
    }
    text
}

/// CLDR's plural category of `n` in `lang`: `one`, `other`, and in some languages
/// `zero`, `two`, `few` or `many`.
pub fn plural_category(lang: Lang, n: u64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(id) = lang.code().parse::<unic_langid::LanguageIdentifier>() else { return "other" };
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) else { return "other" };
    match rules.select(n) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// A key's plural forms (`x.one`, `x.few`) stand for one key, `x.other`: languages
    /// differ in which categories they have.
    fn base(key: &str) -> &str {
        match key.rsplit_once('.') {
            Some((base, "zero" | "one" | "two" | "few" | "many" | "other")) => base,
            _ => key,
        }
    }

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(name, _)| name.to_owned()).collect()
    }

    #[test]
    fn every_language_file_reads_and_says_every_word_with_the_same_placeholders() {
        let english = parse(Lang::En.file()).expect("en.ron reads");
        let wanted: BTreeSet<&str> = english.keys().map(|k| base(k)).collect();
        for lang in Lang::ALL {
            let words = parse(lang.file()).unwrap_or_else(|e| panic!("{}.ron: {e}", lang.code()));
            let have: BTreeSet<&str> = words.keys().map(|k| base(k)).collect();
            let missing: Vec<_> = wanted.difference(&have).collect();
            let extra: Vec<_> = have.difference(&wanted).collect();
            assert!(missing.is_empty(), "{}.ron lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{}.ron has keys no other file has: {extra:?}", lang.code());
            for (key, text) in &words {
                assert!(!text.trim().is_empty(), "{}.ron: {key} is empty", lang.code());
                let english_key = if english.contains_key(key) { key.clone() } else { format!("{}.other", base(key)) };
                let expected = english.get(&english_key).map(|t| placeholders(t)).unwrap_or_default();
                assert_eq!(placeholders(text), expected, "{}.ron: {key}", lang.code());
            }
            for key in words.keys().filter(|k| base(k) != k.as_str()) {
                assert!(
                    words.contains_key(&format!("{}.other", base(key))),
                    "{}.ron: {key} without .other",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn counted_words_follow_each_languages_plural_rules() {
        assert_eq!(Words::count("crew.signed_count", Lang::En, 1), "1 signed");
        assert_eq!(Words::count("crew.signed_count", Lang::Es, 1), "1 firmó");
        assert_eq!(Words::count("crew.signed_count", Lang::Es, 2), "2 firmaron");
        // French counts 0 and 1 as one (CLDR), unlike English and Spanish.
        assert_eq!(Words::count("crew.signed_count", Lang::Fr, 0), "0 a signé");
        assert_eq!(Words::count("crew.signed_count", Lang::Fr, 2), "2 ont signé");
    }

    #[test]
    fn a_word_no_file_has_shows_its_key_and_never_nothing() {
        assert_eq!(Words::new("no.such.key").get(Lang::Fr), "no.such.key");
        assert_eq!(Lang::Fr.endonym(), "Français");
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
    }
}
