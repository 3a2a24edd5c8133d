//! The day's scenes from the script.
//!
//! A Fountain (`.fountain`) or Final Draft (`.fdx`) screenplay read into scenes (number,
//! interior or exterior, set, cast), each with the hazards its action lines and
//! breakdown tags suggest and the line that suggested each. Nothing here changes a
//! briefing: the 1st AD accepts what becomes part of it.

pub mod fdx;
pub mod fountain;
pub mod suggest;

use crate::briefing::model::{IntExt, Scene};
use crate::briefing::{HazardKind, Text};

/// A scene as the script writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScriptScene {
    /// The scene number the script gives ("12", "47A"); `None` where it gives none.
    pub number: Option<String>,
    pub int_ext: Option<IntExt>,
    /// "MAYA'S KITCHEN - NIGHT": the heading without INT./EXT.
    pub set: String,
    /// Who speaks in it, in order of appearance, each once.
    pub cast: Vec<String>,
    /// The action lines, for the hazard suggestions.
    pub action: Vec<String>,
    /// Breakdown tags the script carries (Final Draft's), as (category, item).
    pub tags: Vec<(String, String)>,
}

/// A hazard the script suggests for a scene, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: HazardKind,
    /// The action line (or "Weapons: revolver" tag) that suggested it.
    pub because: String,
}

/// Why a script could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error("cannot read {path}: {source}")]
    File {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a Final Draft file that can be read: {why}")]
    Fdx { path: std::path::PathBuf, why: String },
}

/// Reads a script: Final Draft by its `.fdx` extension, else Fountain (plain text).
pub fn read_file(path: &std::path::Path) -> Result<Vec<ScriptScene>, ScriptError> {
    let bytes = std::fs::read(path).map_err(|source| ScriptError::File { path: path.to_owned(), source })?;
    let is_fdx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("fdx"));
    if is_fdx {
        fdx::read(&bytes).map_err(|why| ScriptError::Fdx { path: path.to_owned(), why })
    } else {
        Ok(fountain::read(&crate::attendance::crew_list::delimited::decode(&bytes)))
    }
}

/// The scene numbers a person pasted from a call sheet: "12, 14, 47A" or "12 14 47A".
pub fn scene_numbers(typed: &str) -> Vec<String> {
    typed.split([',', ';', ' ', '\t', '\n']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_uppercase).collect()
}

/// The scenes of `script` numbered as in `wanted`, in the order wanted, and the numbers
/// the script does not have.
pub fn chosen<'s>(script: &'s [ScriptScene], wanted: &[String]) -> (Vec<&'s ScriptScene>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for number in wanted {
        match script.iter().find(|s| s.number.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(number))) {
            Some(scene) => found.push(scene),
            None => missing.push(number.clone()),
        }
    }
    (found, missing)
}

/// "INT.", "EXT.", "INT./EXT.", "I/E", "EST." at the start of a heading, and the rest.
pub(crate) fn split_heading(heading: &str) -> Option<(Option<IntExt>, &str)> {
    let upper = heading.to_uppercase();
    let prefixes: [(&str, Option<IntExt>); 9] = [
        ("INT./EXT.", Some(IntExt::IntExt)),
        ("INT/EXT.", Some(IntExt::IntExt)),
        ("INT/EXT", Some(IntExt::IntExt)),
        ("EXT./INT.", Some(IntExt::IntExt)),
        ("I/E.", Some(IntExt::IntExt)),
        ("I/E", Some(IntExt::IntExt)),
        ("INT.", Some(IntExt::Int)),
        ("EXT.", Some(IntExt::Ext)),
        ("EST.", Some(IntExt::Ext)),
    ];
    prefixes.into_iter().find_map(|(p, kind)| {
        let rest = upper.starts_with(p).then(|| heading.get(p.len()..))??;
        (rest.is_empty() || rest.starts_with(' ')).then(|| (kind, rest.trim()))
    })
}

impl ScriptScene {
    /// "INT. MAYA'S KITCHEN - NIGHT"
    pub fn heading(&self) -> String {
        let int_ext = self.int_ext.map(IntExt::label).unwrap_or_default();
        format!("{int_ext} {}", self.set).trim().to_owned()
    }

    /// The briefing's scene for it, with the hazards the 1st AD accepted; the cast in
    /// the presenter's notes (who is in it, for the 1st AD, not a crew-facing line).
    pub fn to_scene(&self, accepted: &[HazardKind]) -> Scene {
        Scene {
            number: self.number.clone().unwrap_or_default(),
            int_ext: self.int_ext.unwrap_or(IntExt::Int),
            set: self.set.clone(),
            description: Text::default(),
            hazards: accepted.iter().map(|k| crate::briefing::edit::hazard_of(*k)).collect(),
            points: Vec::new(),
            ppe: Vec::new(),
            exclusion_zones: Vec::new(),
            responsible: Vec::new(),
            abort_signal: None,
            notes: (!self.cast.is_empty()).then(|| format!("Cast: {}", self.cast.join(", "))),
        }
    }
}
