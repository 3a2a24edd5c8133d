//! Briefings written back as RON, and tomorrow's made from today's.
//!
//! The form written is the one the loader reads: field names, `Some` left implicit,
//! four-space indents, so a file written here diffs cleanly and reads like the
//! examples. The comment lines that open a file (what the day is, why) are kept; a
//! comment anywhere else cannot follow its field through a rewrite, so the first
//! rewrite of such a file keeps the file as it was beside it.

use super::model::Briefing;

/// `briefing` as RON text, in a stable, readable form: the examples' own layout.
pub fn to_ron(briefing: &Briefing) -> Result<String, ron::Error> {
    Ok(super::layout::briefing_to_ron(briefing))
}

/// The next shooting day, made from `today`.
///
/// Day number + 1, `date` (or the next calendar day), the same contacts, emergency
/// information and crew, the incidents still open carried (closed ones dropped: they
/// were briefed), and no scenes yet.
pub fn next_day(today: &Briefing, date: Option<jiff::civil::Date>) -> Briefing {
    let date = date.or_else(|| today.date.tomorrow().ok()).unwrap_or(today.date);
    Briefing {
        day: today.day.saturating_add(1),
        date,
        incidents: today.incidents.iter().filter(|i| i.corrective_action.is_none()).cloned().collect(),
        scenes: Vec::new(),
        ..today.clone()
    }
}

/// Where a hand-written file is kept before it is first rewritten: comments and layout
/// the writer does not keep survive there.
pub fn backup_path(path: &std::path::Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".before-setbrief");
    path.with_file_name(name)
}

/// A file's text rewritten in the writer's form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    pub text: String,
    /// The original had comments below its opening lines, which the rewrite loses.
    pub drops_comments: bool,
}

/// `briefing` written in the writer's form, under the comment lines that open
/// `original` (the file as a person last wrote it).
pub fn rewrite(original: &str, briefing: &Briefing) -> Result<Rewrite, ron::Error> {
    let (header, body) = split_header(original);
    let mut text = header;
    text.push_str(&to_ron(briefing)?);
    Ok(Rewrite { text, drops_comments: has_comment(body) })
}

/// The `//` lines that open a file, each with its end trimmed, and the rest.
fn split_header(text: &str) -> (String, &str) {
    let mut header = String::new();
    let mut rest = text;
    let mut pending_blank_lines = 0;
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
        let trimmed = line.trim();
        if trimmed.is_empty() {
            pending_blank_lines += 1;
        } else if trimmed.starts_with("//") {
            // Blank lines between comments stay; blank lines before the first go.
            if !header.is_empty() {
                header.push_str(&"\n".repeat(pending_blank_lines));
            }
            pending_blank_lines = 0;
            header.push_str(line.trim_end());
            header.push('\n');
        } else {
            break;
        }
        rest = after;
    }
    (header, rest)
}

/// Whether RON text has a comment outside its strings.
fn has_comment(text: &str) -> bool {
    let at = |i: usize| text.as_bytes().get(i).copied();
    let mut i = 0;
    while let Some(byte) = at(i) {
        match byte {
            b'/' if matches!(at(i + 1), Some(b'/' | b'*')) => return true,
            b'"' => i = closing_quote(text, i + 1, 0),
            b'r' if i == 0 || !at(i - 1).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                let hashes = (i + 1..).take_while(|&k| at(k) == Some(b'#')).count();
                if at(i + 1 + hashes) == Some(b'"') {
                    i = closing_quote(text, i + 2 + hashes, hashes);
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// The index of the last character closing a string whose text starts at `from`: a
/// `"` for a plain string (`hashes` 0, where `\` escapes), or `"` and that many `#`
/// for a raw one.
fn closing_quote(text: &str, from: usize, hashes: usize) -> usize {
    let at = |i: usize| text.as_bytes().get(i).copied();
    let mut i = from;
    while let Some(byte) = at(i) {
        match byte {
            b'\\' if hashes == 0 => i += 1,
            b'"' if (1..=hashes).all(|k| at(i + k) == Some(b'#')) => return i + hashes,
            _ => {}
        }
        i += 1;
    }
    text.len()
}

/// What saving a briefing did beyond writing it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    /// Where the file as a person wrote it was kept, when this save kept it.
    pub backup: Option<std::path::PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write the briefing as RON: {0}")]
    Serialize(#[from] ron::Error),
    #[error("cannot keep a copy of {} before rewriting it: {source}", .path.display())]
    Backup { path: std::path::PathBuf, source: std::io::Error },
    #[error("cannot write {}: {source}", .path.display())]
    Write { path: std::path::PathBuf, source: std::io::Error },
}

/// Writes `briefing` over `path` atomically.
///
/// `on_disk` is the file as it is now, if it exists: its opening comments are kept, and if it has comments the rewrite would
/// lose, it is first kept whole at [`backup_path`] (once: a later save never replaces
/// the hand-written original).
pub fn save(path: &std::path::Path, briefing: &Briefing, on_disk: Option<&[u8]>) -> Result<Saved, SaveError> {
    use crate::fs::write_atomically;
    let original = on_disk.map(String::from_utf8_lossy).unwrap_or_default();
    let rewritten = rewrite(&original, briefing)?;
    let mut saved = Saved::default();
    if let Some(bytes) = on_disk.filter(|_| rewritten.drops_comments) {
        let backup = backup_path(path);
        if !backup.exists() {
            write_atomically(&backup, bytes).map_err(|source| SaveError::Backup { path: backup.clone(), source })?;
            saved.backup = Some(backup);
        }
    }
    write_atomically(path, rewritten.text.as_bytes())
        .map_err(|source| SaveError::Write { path: path.to_owned(), source })?;
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_comments_are_kept_and_others_are_noticed_outside_strings_only() {
        let (header, body) = split_header("\n// Day 12\n\n// Western   \nBriefing(x: 1)\n");
        assert_eq!(header, "// Day 12\n\n// Western\n");
        assert_eq!(body, "Briefing(x: 1)\n");
        assert!(!has_comment(r##"(a: "http://x", b: r#"/* not "// a comment"#, c: "\"//")"##));
        assert!(has_comment("(a: 1, // why\n)"));
        assert!(has_comment("(a: 1 /* why */)"));
        assert!(has_comment(r#"(a: "x\\", // after an escaped backslash"#));
    }
}
