//! The production's safety log, across shooting days.
//!
//! Every day under a data directory, what was briefed and signed, and the days and
//! scenes where a briefing or an attestation is missing (SAFETY.md finding 2: safety
//! meetings were not held regularly, and nothing showed it).

use std::path::{Path, PathBuf};

use setbrief_core::attendance::day::day_folder;
use setbrief_core::briefing::{Briefing, HazardKind, Loaded};

use crate::DayRecord;
use crate::export::find_day;

/// The hazards whose scenes a day must brief and clear: a firearm, a stunt, an explosion.
pub const CRITICAL: [HazardKind; 3] = [HazardKind::Firearms, HazardKind::Stunts, HazardKind::Pyrotechnics];

/// One shooting day in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogDay {
    pub production: String,
    pub date: String,
    pub day: u32,
    /// The day's folder, where a session was ever started.
    pub folder: Option<PathBuf>,
    /// "1. Main briefing at crew call 06:41–07:12, run by Dana Whitfield · Roster 28: ..."
    pub sessions: Vec<String>,
    /// Scenes with a hazard, and what became of them: "52 (Firearms, Smoke): briefed, cleared".
    pub hazard_scenes: Vec<String>,
    pub role_sign_offs: usize,
    pub open_concerns: usize,
    pub open_incidents: usize,
    /// What a production office must see: a critical scene not briefed or not cleared,
    /// a day with a briefing file and no session, a damaged journal.
    pub flags: Vec<String>,
}

/// The log of every day under `data_dir` (of `production`, by name or folder, when
/// given), and of every briefing in `briefings` that was never presented, by date.
pub fn production_log(data_dir: &Path, production: Option<&str>, briefings: &[Loaded]) -> Vec<LogDay> {
    let wanted = |name: &str, slug: &str| {
        production.is_none_or(|p| p.eq_ignore_ascii_case(name) || p.eq_ignore_ascii_case(slug))
    };
    let mut days: Vec<LogDay> = find_day(data_dir, "")
        .into_iter()
        .filter_map(|dir| DayRecord::read(&dir).ok())
        .filter(|d| {
            let slug = d.dir.parent().and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned());
            wanted(&d.briefing.production, &slug.unwrap_or_default())
        })
        .map(|d| briefed_day(&d))
        .collect();
    for loaded in briefings {
        let Some(b) = loaded.presentable() else { continue };
        let folder = day_folder(data_dir, b);
        let slug = folder.parent().and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned());
        if !wanted(&b.production, &slug.unwrap_or_default()) || folder.join("journal.jsonl").exists() {
            continue;
        }
        days.push(unbriefed_day(b));
    }
    days.sort_by(|a, b| (&a.production, &a.date, a.day).cmp(&(&b.production, &b.date, b.day)));
    days
}

fn briefed_day(d: &DayRecord) -> LogDay {
    let b = &d.briefing;
    let sessions = d
        .state
        .sessions
        .iter()
        .map(|s| {
            let end = s.closed.as_ref().map_or_else(|| "not closed".to_owned(), |(t, _)| t.clock());
            format!(
                "{}. {} {}–{end}, run by {} · {}",
                d.state.session_number(s.id),
                s.kind.label(),
                s.started.clock(),
                s.run_by,
                d.state.counts(b, s.id).sentence()
            )
        })
        .collect();
    let mut hazard_scenes = Vec::new();
    let mut flags: Vec<String> = d.read_back.problems.iter().map(|p| format!("journal: {}", p.describe())).collect();
    for scene in b.scenes.iter().filter(|s| !s.hazards.is_empty()) {
        let covering: Vec<_> = d.state.sessions.iter().filter(|s| s.scenes.contains(&scene.number)).collect();
        let cleared = covering.iter().any(|s| d.state.scene_cleared_in(d.briefing_of(s), s.id, &scene.number));
        let kinds: Vec<&str> = scene.hazard_kinds().map(|k| k.info().name.en).collect();
        let status = match (covering.is_empty(), cleared) {
            (true, _) => "NOT BRIEFED",
            (false, false) => "briefed, NOT CLEARED",
            (false, true) => "briefed, cleared",
        };
        hazard_scenes.push(format!("{} ({}): {status}", scene.number, kinds.join(", ")));
        for kind in scene.hazard_kinds().filter(|k| CRITICAL.contains(k)) {
            let name = kind.info().name.en.to_lowercase();
            if covering.is_empty() {
                flags.push(format!("scene {} has {name} and no briefing covered it", scene.number));
            } else if !cleared {
                flags.push(format!(
                    "scene {} has {name} and was never cleared: an attestation is missing",
                    scene.number
                ));
            }
        }
    }
    LogDay {
        production: b.production.clone(),
        date: b.date.to_string(),
        day: b.day,
        folder: Some(d.dir.clone()),
        sessions,
        hazard_scenes,
        role_sign_offs: d.state.role_sign_offs.iter().filter(|r| r.voided.is_none()).count(),
        open_concerns: d.state.open_concerns().count(),
        open_incidents: b.incidents.iter().filter(|i| i.corrective_action.is_none()).count(),
        flags,
    }
}

fn unbriefed_day(b: &Briefing) -> LogDay {
    let critical: Vec<String> =
        b.scenes.iter().filter(|s| s.hazard_kinds().any(|k| CRITICAL.contains(&k))).map(|s| s.number.clone()).collect();
    let mut flags = vec!["NO BRIEFING RECORDED: a briefing file exists for this day, and no session".to_owned()];
    if !critical.is_empty() {
        flags.push(format!("scenes {} have firearms, stunts or pyrotechnics", critical.join(", ")));
    }
    LogDay {
        production: b.production.clone(),
        date: b.date.to_string(),
        day: b.day,
        folder: None,
        sessions: Vec::new(),
        hazard_scenes: b
            .scenes
            .iter()
            .filter(|s| !s.hazards.is_empty())
            .map(|s| format!("{}: NOT BRIEFED", s.number))
            .collect(),
        role_sign_offs: 0,
        open_concerns: 0,
        open_incidents: b.incidents.iter().filter(|i| i.corrective_action.is_none()).count(),
        flags,
    }
}

/// The log as CSV: one row per day (RFC 4180, UTF-8 with BOM for Excel).
pub fn log_csv(days: &[LogDay]) -> Result<Vec<u8>, csv::Error> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "production",
            "date",
            "day",
            "sessions",
            "hazard_scenes",
            "role_sign_offs",
            "open_concerns",
            "open_incidents",
            "flags",
        ])?;
        for d in days {
            w.write_record([
                d.production.as_str(),
                &d.date,
                &d.day.to_string(),
                &d.sessions.join(" | "),
                &d.hazard_scenes.join(" | "),
                &d.role_sign_offs.to_string(),
                &d.open_concerns.to_string(),
                &d.open_incidents.to_string(),
                &d.flags.join(" | "),
            ])?;
        }
        w.flush()?;
    }
    Ok(out)
}
