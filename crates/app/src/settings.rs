//! Preferences kept between runs (eframe's storage).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use setbrief_core::briefing::Lang;
use setbrief_core::briefing::text::LanguageMode;

use crate::theme::ThemeKind;

/// How many recent files File > Open recent lists.
const RECENT_MAX: usize = 8;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub theme: ThemeKind,
    pub language: LanguageMode,
    /// The languages of the briefing `language` was chosen for: another production's
    /// briefing opens in its own first language instead.
    pub language_chosen_for: Vec<Lang>,
    /// The language of the program's own words (menus, console, editor), which may
    /// differ from the crew's; `None` until chosen: the system's, else English.
    pub program_language: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            theme: ThemeKind::Daylight,
            language: LanguageMode::default(),
            language_chosen_for: Vec::new(),
            program_language: None,
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(RECENT_MAX);
    }
}
