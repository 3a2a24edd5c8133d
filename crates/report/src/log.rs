//! The production's safety log, across shooting days.
//!
//! Every day under a data directory, what was briefed and signed, and the days and
//! scenes where a briefing or an attestation is missing (on the Rust set safety
//! meetings were not held regularly, and nothing showed it: `../shared/domain/SAFETY.md`).

use std::path::{Path, PathBuf};

use setbrief_core::attendance::day::{JOURNAL_FILE, day_folder};
use setbrief_core::briefing::{Briefing, HazardKind, Lang, Loaded};
use setbrief_core::language::Words;

use crate::DayRecord;

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
    pub hazard_scenes: Vec<HazardScene>,
    pub role_sign_offs: usize,
    pub open_concerns: usize,
    pub open_incidents: usize,
    /// What a production office must see: a critical scene not briefed or not cleared,
    /// a day with a briefing file and no session, a damaged journal.
    pub flags: Vec<String>,
}

/// A scene with a hazard, as the log says it, and whether a briefing cleared it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HazardScene {
    pub line: String,
    pub cleared: bool,
}

/// The log of every day under `data_dir` (of `production`, by name or folder, when
/// given), and of every briefing in `briefings` that was never presented, by date; its
/// lines in `lang`.
pub fn production_log(data_dir: &Path, production: Option<&str>, briefings: &[Loaded], lang: Lang) -> Vec<LogDay> {
    let say = |key: &'static str, fields: &[(&str, &str)]| Words::new(key).fill(lang, fields);
    let wanted = |name: &str, slug: &str| {
        production.is_none_or(|p| p.eq_ignore_ascii_case(name) || p.eq_ignore_ascii_case(slug))
    };
    let mut days = Vec::new();
    for (slug, dir) in day_folders(data_dir) {
        let day = match DayRecord::read(&dir) {
            Ok(d) if wanted(&d.briefing.production, &slug) => briefed_day(&d, lang, &say),
            // A damaged day has only its folder's name to say which production it is.
            Err(e) if wanted(&slug, &slug) => damaged_day(&slug, &dir, &e, &say),
            Ok(_) | Err(_) => continue,
        };
        days.push(day);
    }
    for loaded in briefings {
        let Some(b) = loaded.presentable() else { continue };
        let folder = day_folder(data_dir, b);
        let slug = folder.parent().and_then(Path::file_name).map(|n| n.to_string_lossy().into_owned());
        if !wanted(&b.production, &slug.unwrap_or_default()) || held_on_any_date(&folder, b.day) {
            continue;
        }
        days.push(unbriefed_day(b, &say));
    }
    days.sort_by(|a, b| (&a.production, &a.date, a.day).cmp(&(&b.production, &b.date, b.day)));
    days
}

/// Whether the day numbered `day` was held, on its own date (`folder`) or another: a
/// briefing reused on a later day keeps its record in that day's folder.
fn held_on_any_date(folder: &Path, day: u32) -> bool {
    let suffix = format!("-day{day:02}");
    folder.exists()
        || folder.parent().and_then(|p| std::fs::read_dir(p).ok()).into_iter().flatten().flatten().any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(&suffix) && parse_day_folder(&name).is_some()
        })
}

/// Every day folder under `data_dir`: (the production's folder name, the day's folder).
/// A day folder is named `YYYY-MM-DD-dayNN`; it is listed whatever its journal holds, so a
/// day whose journal was emptied, deleted or replaced is accounted for, not dropped.
fn day_folders(data_dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found = Vec::new();
    for production in std::fs::read_dir(data_dir).into_iter().flatten().flatten() {
        let slug = production.file_name().to_string_lossy().into_owned();
        for day in std::fs::read_dir(production.path()).into_iter().flatten().flatten() {
            if parse_day_folder(&day.file_name().to_string_lossy()).is_some() {
                found.push((slug.clone(), day.path()));
            }
        }
    }
    found.sort();
    found
}

/// `2026-04-16-day12` as (date, day number).
fn parse_day_folder(name: &str) -> Option<(String, u32)> {
    let (date, day) = name.split_once("-day")?;
    let day = day.parse().ok()?;
    date.parse::<jiff::civil::Date>().ok()?;
    Some((date.to_owned(), day))
}

/// The log's words under a key, filled in, in its language.
type Say<'a> = dyn Fn(&'static str, &[(&str, &str)]) -> String + 'a;

/// A day whose records cannot be read as a day: flagged DAMAGED with the reason.
fn damaged_day(slug: &str, dir: &Path, error: &crate::ReportError, say: &Say<'_>) -> LogDay {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (date, day) = parse_day_folder(&name).unwrap_or_default();
    let reason = match error {
        crate::ReportError::NoSessions => {
            let journal = dir.join(JOURNAL_FILE);
            let bytes = std::fs::metadata(&journal).map_or(0, |m| m.len());
            if bytes == 0 {
                say("log.journal_empty", &[])
            } else {
                say("log.journal_no_session", &[("bytes", &bytes.to_string())])
            }
        }
        crate::ReportError::NoJournal(_) => say("log.journal_missing", &[]),
        other => other.to_string(),
    };
    LogDay {
        production: slug.to_owned(),
        date,
        day,
        folder: Some(dir.to_owned()),
        sessions: Vec::new(),
        hazard_scenes: Vec::new(),
        role_sign_offs: 0,
        open_concerns: 0,
        open_incidents: 0,
        flags: vec![say("log.damaged", &[("reason", &reason)])],
    }
}

fn briefed_day(d: &DayRecord, lang: Lang, say: &Say<'_>) -> LogDay {
    let b = &d.briefing;
    let sessions = d
        .state
        .sessions
        .iter()
        .map(|s| {
            let end = s.closed.as_ref().map_or_else(|| say("report.not_closed", &[]), |(t, _)| t.clock());
            say(
                "log.session_line",
                &[
                    ("n", &d.state.session_number(s.id).to_string()),
                    ("kind", s.kind.label_in(lang)),
                    ("start", &s.started.clock()),
                    ("end", &end),
                    ("run_by", &s.run_by),
                    ("counts", &d.state.counts(b, s.id).sentence_in(lang)),
                ],
            )
        })
        .collect();
    let mut hazard_scenes = Vec::new();
    let mut flags: Vec<String> = d
        .read_back
        .problems
        .iter()
        .take(5)
        .map(|p| say("log.damaged_journal", &[("problem", &p.describe())]))
        .collect();
    let more = d.read_back.problems.len().saturating_sub(5) + d.read_back.more_problems;
    if more > 0 {
        flags.push(say("log.damaged_more", &[("n", &more.to_string())]));
    }
    for s in &d.state.sessions {
        let number = d.state.session_number(s.id).to_string();
        if s.is_open() {
            flags.push(say("log.never_closed", &[("n", &number), ("kind", s.kind.label_in(lang))]));
        }
        let counts = d.state.counts(d.briefing_of(s), s.id);
        let (signed, expected) = (counts.roster_signed.to_string(), counts.expected.to_string());
        if counts.expected > 0 && counts.roster_signed == 0 {
            flags.push(say("log.nobody_signed", &[("n", &number), ("expected", &expected)]));
        } else if counts.roster_signed * 2 < counts.expected {
            flags.push(say("log.fewer_than_half", &[("n", &number), ("signed", &signed), ("expected", &expected)]));
        }
    }
    for scene in b.scenes.iter().filter(|s| !s.hazards.is_empty()) {
        let covering: Vec<_> = d.state.sessions.iter().filter(|s| s.scenes.contains(&scene.number)).collect();
        let cleared = covering.iter().any(|s| d.state.scene_cleared_in(d.briefing_of(s), s.id, &scene.number));
        let kinds: Vec<&str> = scene.hazard_kinds().map(|k| k.info().name.get(lang)).collect();
        let status = match (covering.is_empty(), cleared) {
            (true, _) => "log.not_briefed",
            (false, false) => "log.briefed_not_cleared",
            (false, true) => "log.briefed_cleared",
        };
        let status = say(status, &[]);
        let kinds = kinds.join(", ");
        let line = say("log.hazard_scene", &[("scene", &scene.number), ("hazards", &kinds), ("status", &status)]);
        hazard_scenes.push(HazardScene { line, cleared: !covering.is_empty() && cleared });
        for kind in scene.hazard_kinds().filter(|k| CRITICAL.contains(k)) {
            let name = kind.info().name.get(lang).to_lowercase();
            if covering.is_empty() {
                flags.push(say("log.scene_not_covered", &[("scene", &scene.number), ("hazard", &name)]));
            } else if !cleared {
                flags.push(say("log.scene_not_cleared", &[("scene", &scene.number), ("hazard", &name)]));
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

fn unbriefed_day(b: &Briefing, say: &Say<'_>) -> LogDay {
    let critical: Vec<String> =
        b.scenes.iter().filter(|s| s.hazard_kinds().any(|k| CRITICAL.contains(&k))).map(|s| s.number.clone()).collect();
    let mut flags = vec![say("log.no_briefing", &[])];
    if !critical.is_empty() {
        flags.push(say("log.critical_scenes", &[("scenes", &critical.join(", "))]));
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
            .map(|s| HazardScene {
                line: say("log.scene_status", &[("scene", &s.number), ("status", &say("log.not_briefed", &[]))]),
                cleared: false,
            })
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
                &d.hazard_scenes.iter().map(|h| h.line.as_str()).collect::<Vec<_>>().join(" | "),
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
