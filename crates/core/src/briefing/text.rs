//! Text that a crew member reads, in one language or several.
//!
//! In a briefing file a plain string is text in the briefing's own language, and
//! `(en: "...", es: "...")` gives the same text in several languages. Slides and
//! sign-off screens ask for a [`LanguageMode`] and get back the lines to show.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::language::{Lang, Words as StaticText};

/// Which languages to show: one, or two stacked (any two of the briefing's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LanguageMode {
    Only(Lang),
    Two(Lang, Lang),
}

impl LanguageMode {
    /// The next mode in the cycle the presenter's `L` key walks through: each of
    /// `languages` alone, then the first two together.
    pub fn next(self, languages: &[Lang]) -> Self {
        let modes = Self::choices(languages);
        let at = modes.iter().position(|m| *m == self);
        at.and_then(|i| modes.get(i + 1)).or_else(|| modes.first()).copied().unwrap_or_default()
    }

    /// The modes a briefing in `languages` can be shown in.
    pub fn choices(languages: &[Lang]) -> Vec<Self> {
        let mut modes: Vec<Self> = languages.iter().map(|l| Self::Only(*l)).collect();
        if let [first, second, ..] = languages {
            modes.push(Self::Two(*first, *second));
        }
        modes
    }

    /// The mode a briefing opens in: the one last chosen, when it was chosen for a
    /// briefing in the same languages (the next day of the same production, a
    /// restart); otherwise the briefing's own first language, so a French-first day
    /// opens in French after an English one.
    pub fn reopened(self, chosen_for: &[Lang], declared: &[Lang]) -> Self {
        match declared.first() {
            Some(first) if chosen_for != declared => Self::Only(*first),
            _ => self,
        }
    }

    /// The languages shown, first first.
    pub fn languages(self) -> Vec<Lang> {
        match self {
            Self::Only(lang) => vec![lang],
            Self::Two(a, b) => vec![a, b],
        }
    }

    /// The language of the deck's own words where one must be picked (the first).
    pub fn first(self) -> Lang {
        match self {
            Self::Only(lang) | Self::Two(lang, _) => lang,
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::Only(lang) => lang.endonym().to_owned(),
            Self::Two(a, b) => format!("{} + {}", a.endonym(), b.endonym()),
        }
    }
}

impl Default for LanguageMode {
    fn default() -> Self {
        Self::Only(Lang::En)
    }
}

/// A piece of crew-facing text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// Written in the briefing's own language only.
    Plain(String),
    /// The same text in several languages, in the order the file gave them.
    Translated(Vec<(Lang, String)>),
}

impl Text {
    /// The lines to show for `mode`. A plain text is always shown as it is; a
    /// translated text missing the requested language falls back to its first one,
    /// so nothing the 1st AD wrote is ever hidden.
    pub fn lines(&self, mode: LanguageMode) -> Vec<&str> {
        match self {
            Self::Plain(s) => vec![s.as_str()],
            Self::Translated(items) => {
                let shown: Vec<&str> = mode.languages().into_iter().filter_map(|l| self.get(l)).collect();
                if shown.is_empty() { items.first().map(|(_, s)| s.as_str()).into_iter().collect() } else { shown }
            }
        }
    }

    /// The same words made in every language `make` is asked for.
    pub fn each(make: impl Fn(Lang) -> String) -> Self {
        Self::Translated(Lang::ALL.iter().map(|&l| (l, make(l))).collect())
    }

    /// The same text with each language's version passed through `make` (to put it in
    /// a longer line that is otherwise the same in every language).
    pub fn map(&self, make: impl Fn(&str) -> String) -> Self {
        match self {
            Self::Plain(s) => Self::Plain(make(s)),
            Self::Translated(items) => Self::Translated(items.iter().map(|(l, s)| (*l, make(s))).collect()),
        }
    }

    /// Every version the file gives, in its order.
    pub fn versions(&self) -> Vec<&str> {
        match self {
            Self::Plain(s) => vec![s.as_str()],
            Self::Translated(items) => items.iter().map(|(_, s)| s.as_str()).collect(),
        }
    }

    /// The text in `lang`, if it was given in that language.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match self {
            Self::Plain(_) => None,
            Self::Translated(items) => items.iter().find(|(l, _)| *l == lang).map(|(_, s)| s.as_str()),
        }
    }

    /// The text in `lang`, falling back to whatever the file gave first.
    pub fn best(&self, lang: Lang) -> &str {
        match self {
            Self::Plain(s) => s,
            Self::Translated(items) => self.get(lang).or_else(|| items.first().map(|(_, s)| s.as_str())).unwrap_or(""),
        }
    }

    /// All languages joined with " / ", for one-line places such as CSV cells.
    pub fn joined(&self) -> String {
        match self {
            Self::Plain(s) => s.clone(),
            Self::Translated(items) => items.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>().join(" / "),
        }
    }

    /// True when there is nothing to read.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Plain(s) => s.trim().is_empty(),
            Self::Translated(items) => items.iter().all(|(_, s)| s.trim().is_empty()),
        }
    }

    /// The languages this text lacks out of `wanted`, the briefing's languages, first
    /// its own. Plain text is in the briefing's own language only, unless it has no
    /// words at all (a phone number reads the same in every language); a version left
    /// empty is missing (the editor shows both as "missing" too).
    pub fn missing_languages(&self, wanted: &[Lang]) -> Vec<Lang> {
        match self {
            Self::Plain(s) if !s.chars().any(char::is_alphabetic) => Vec::new(),
            Self::Plain(_) => wanted.iter().skip(1).copied().collect(),
            Self::Translated(_) => {
                wanted.iter().copied().filter(|l| self.get(*l).is_none_or(|s| s.trim().is_empty())).collect()
            }
        }
    }
}

impl Default for Text {
    fn default() -> Self {
        Self::Plain(String::new())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self::Plain(s.to_owned())
    }
}

impl From<StaticText> for Text {
    fn from(words: StaticText) -> Self {
        Self::each(|lang| words.get(lang).to_owned())
    }
}

impl StaticText {
    /// The words in each language of `mode`.
    pub fn lines(self, mode: LanguageMode) -> Vec<&'static str> {
        mode.languages().into_iter().map(|lang| self.get(lang)).collect()
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        match self {
            Self::Plain(s) => serializer.serialize_str(s),
            Self::Translated(items) => {
                let mut map = serializer.serialize_map(Some(items.len()))?;
                for (lang, s) in items {
                    map.serialize_entry(lang.code(), s)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a string, or the text per language such as (en: "...", es: "...")"#)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::Plain(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::Plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut items: Vec<(Lang, String)> = Vec::new();
        while let Some(code) = map.next_key::<String>()? {
            let lang = Lang::from_code(&code).ok_or_else(|| {
                de::Error::custom(format!(
                    "unknown language `{code}`, expected one of: {}",
                    Lang::ALL.map(Lang::code).join(", ")
                ))
            })?;
            if items.iter().any(|(l, _)| *l == lang) {
                return Err(de::Error::custom(format!("language `{code}` given twice")));
            }
            items.push((lang, map.next_value()?));
        }
        if items.is_empty() {
            return Err(de::Error::custom("text with no language in it"));
        }
        Ok(Text::Translated(items))
    }
}
