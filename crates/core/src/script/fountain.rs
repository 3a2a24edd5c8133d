//! Fountain, the plain-text screenplay format (fountain.io).
//!
//! Scene headings (`INT.`, `EXT.`, a forced `.HEADING`), scene numbers (`#12A#`),
//! characters (a line in capitals before dialogue, `@Forced`, `^` for dual dialogue),
//! and action.

use super::{ScriptScene, split_heading};

/// The scenes of a Fountain screenplay.
pub fn read(text: &str) -> Vec<ScriptScene> {
    let text = strip_notes_and_boneyard(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut scenes: Vec<ScriptScene> = Vec::new();
    let blank = |i: usize| i == 0 || lines.get(i - 1).is_none_or(|l| l.trim().is_empty());
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or_default().trim_end();
        let trimmed = line.trim();
        let next_is_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
        if blank(i)
            && next_is_blank
            && let Some(scene) = heading(trimmed)
        {
            scenes.push(scene);
        } else if let Some(scene) = scenes.last_mut() {
            if blank(i)
                && !next_is_blank
                && let Some(name) = character(trimmed)
            {
                if !scene.cast.contains(&name) {
                    scene.cast.push(name);
                }
                // The dialogue that follows is not action.
                while lines.get(i + 1).is_some_and(|l| !l.trim().is_empty()) {
                    i += 1;
                }
            } else if !trimmed.is_empty() && !is_transition(trimmed) {
                scene.action.push(trimmed.trim_start_matches('!').to_owned());
            }
        }
        i += 1;
    }
    scenes
}

/// A scene heading: a standard one, or one forced with a leading ".".
fn heading(line: &str) -> Option<ScriptScene> {
    let (text, number) = match line.trim_end().strip_suffix('#').and_then(|l| l.rsplit_once('#')) {
        Some((text, number)) if !number.trim().is_empty() => (text.trim(), Some(number.trim().to_owned())),
        _ => (line, None),
    };
    let (int_ext, set) = if let Some(forced) = text.strip_prefix('.').filter(|t| !t.starts_with('.')) {
        split_heading(forced).unwrap_or((None, forced.trim()))
    } else {
        split_heading(text)?
    };
    Some(ScriptScene { number, int_ext, set: set.to_owned(), ..ScriptScene::default() })
}

/// A character cue: "MAYA", "MAYA (V.O.)", "MAYA ^" (dual dialogue), `@McCLANE`.
fn character(line: &str) -> Option<String> {
    let forced = line.strip_prefix('@');
    let line = forced.unwrap_or(line).trim_end_matches('^').trim();
    let name = line.split('(').next().unwrap_or_default().trim();
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase());
    ((forced.is_some() && !name.is_empty()) || capitals && !name.ends_with(':')).then(|| name.to_owned())
}

/// "CUT TO:", "FADE OUT.", "> SMASH CUT": how the film moves on, not what happens.
fn is_transition(line: &str) -> bool {
    let capitals = line.chars().filter(|c| c.is_alphabetic()).all(|c| !c.is_lowercase());
    line.starts_with('>') || capitals && (line.ends_with("TO:") || line.starts_with("FADE"))
}

/// The script without `[[notes]]` and `/* boneyard */`, which are not part of it.
fn strip_notes_and_boneyard(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = [rest.find("[["), rest.find("/*")].into_iter().flatten().min();
        let Some(start) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(rest.get(..start).unwrap_or_default());
        let close = if rest.get(start..).is_some_and(|r| r.starts_with("[[")) { "]]" } else { "*/" };
        match rest.get(start..).and_then(|r| r.find(close)) {
            Some(end) => rest = rest.get(start + end + close.len()..).unwrap_or_default(),
            None => break,
        }
    }
    out
}
