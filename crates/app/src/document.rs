//! The briefing file the app has open: read through the core, re-read on change.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use setbrief_core::briefing::{Loaded, load_file};

/// The file as opened: either read (with its diagnostics) or unreadable.
pub enum Opened {
    Read(Box<Loaded>),
    Unreadable(String),
}

pub struct Document {
    pub path: PathBuf,
    pub opened: Opened,
    modified: Option<SystemTime>,
}

impl Document {
    pub fn open(path: &Path) -> Self {
        let modified = modified_time(path);
        let opened = match load_file(path) {
            Ok(loaded) => Opened::Read(Box::new(loaded)),
            Err(e) => Opened::Unreadable(e.to_string()),
        };
        Self { path: path.to_owned(), opened, modified }
    }

    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.opened {
            Opened::Read(l) => Some(l),
            Opened::Unreadable(_) => None,
        }
    }

    /// True when the file on disk changed since it was read (the 1st AD saved it in
    /// an editor).
    pub fn changed_on_disk(&self) -> bool {
        let now = modified_time(&self.path);
        now.is_some() && now != self.modified
    }

    /// The change on disk is seen and set aside: the version read stays in use.
    pub fn keep_version_read(&mut self) {
        self.modified = modified_time(&self.path);
    }

    pub fn display_name(&self) -> String {
        self.path.file_name().map_or_else(|| self.path.display().to_string(), |n| n.to_string_lossy().into_owned())
    }
}

fn modified_time(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
